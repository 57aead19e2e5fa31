using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The class of one resource and the names of its members.</summary>
internal sealed class GuestResourcePlan
{
    /// <param name="id">The resource.</param>
    /// <param name="isExported">Whether this component implements it.</param>
    /// <param name="functions">The functions the class declares.</param>
    /// <param name="interopNames">The names of the core imports of <paramref name="functions"/>, or empty.</param>
    public GuestResourcePlan(TypeId id, bool isExported, IReadOnlyList<GuestFunction> functions, IReadOnlyList<string> interopNames)
    {
        Id = id;
        IsExported = isExported;
        Functions = functions;
        InteropNames = interopNames;
    }

    /// <summary>The resource.</summary>
    public TypeId Id { get; }

    /// <summary>Whether this component implements it (an abstract class), else the host (a sealed class over a handle).</summary>
    public bool IsExported { get; }

    /// <summary>
    /// The host's resource: its constructor, methods and static functions; this component's resource: its methods, the abstract members.
    /// </summary>
    public IReadOnlyList<GuestFunction> Functions { get; }

    /// <summary>The host's resource: the name of the core import of each of <see cref="Functions"/>; else empty.</summary>
    public IReadOnlyList<string> InteropNames { get; }
}
