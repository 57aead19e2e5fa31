namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>Names host marshalling code uses everywhere.</summary>
internal static class HostTypeFacts
{
    /// <summary>The runtime's value type, fully qualified.</summary>
    public const string Val = "global::WitBindgen.Runtime.ComponentVal";
}
