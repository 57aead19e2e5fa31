using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The class of one resource and the names of its members.</summary>
/// <param name="Id">The resource.</param>
/// <param name="IsExported">Whether this component implements it (an abstract class), else the host (a sealed class over a handle).</param>
/// <param name="Functions">
/// The host's resource: its constructor, methods and static functions; this component's resource: its methods, the abstract members.
/// </param>
/// <param name="InteropNames">The host's resource: the name of the core import of each of <paramref name="Functions"/>; else empty.</param>
internal sealed record GuestResourcePlan(TypeId Id, bool IsExported, IReadOnlyList<GuestFunction> Functions, IReadOnlyList<string> InteropNames);
