using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Exports.g.cs</c> of one interface or of the world.</summary>
internal sealed class GuestExportsPlan : GuestFilePlan
{
    /// <param name="container">The interface or world.</param>
    /// <param name="exportPrefix">The prefix of the entry points' export names.</param>
    /// <param name="interfaceName">The C# interface the user implements.</param>
    /// <param name="className">The static class holding the implementation and the entry points.</param>
    /// <param name="entries">One entry point per exported function, in WIT order.</param>
    public GuestExportsPlan(CSharpContainer container, string exportPrefix, string interfaceName, string className, IReadOnlyList<GuestExportEntry> entries)
        : base(container)
    {
        ExportPrefix = exportPrefix;
        InterfaceName = interfaceName;
        ClassName = className;
        Entries = entries;
    }

    /// <summary>The prefix of the entry points' export names: <c>ns:pkg/iface#</c>, or empty for world functions.</summary>
    public string ExportPrefix { get; }

    /// <summary>The C# interface the user implements.</summary>
    public string InterfaceName { get; }

    /// <summary>The static class holding the implementation and the entry points.</summary>
    public string ClassName { get; }

    /// <summary>One entry point per exported function, in WIT order.</summary>
    public IReadOnlyList<GuestExportEntry> Entries { get; }
}
