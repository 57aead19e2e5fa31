using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Imports.g.cs</c> of one interface or of the world.</summary>
internal sealed class GuestImportsPlan : GuestFilePlan
{
    /// <param name="container">The interface or world.</param>
    /// <param name="module">The core module of the imports.</param>
    /// <param name="className">The static class holding the wrappers.</param>
    /// <param name="functions">The wrapped functions.</param>
    public GuestImportsPlan(CSharpContainer container, string module, string className, IReadOnlyList<GuestFunction> functions)
        : base(container)
    {
        Module = module;
        ClassName = className;
        Functions = functions;
    }

    /// <summary>The core module of the imports: the interface's name, or <c>$root</c> for world functions.</summary>
    public string Module { get; }

    /// <summary>The static class holding the wrappers.</summary>
    public string ClassName { get; }

    /// <summary>The wrapped functions, with their C# method names.</summary>
    public IReadOnlyList<GuestFunction> Functions { get; }
}
