namespace WitBindgen.Wit.Binary.Loading;

/// <summary>Where a core definition used by a core instantiation or a canonical option comes from.</summary>
internal enum CoreDefinitionKind
{
    /// <summary>An export of an earlier core module instance (<see cref="ComponentPlan.Instantiations"/>).</summary>
    InstanceExport,

    /// <summary>A component function lowered to a core function (<see cref="ComponentPlan.Lowerings"/>).</summary>
    Lowering,

    /// <summary>A canonical built-in such as <c>resource.new</c> (<see cref="ComponentPlan.Builtins"/>).</summary>
    Builtin,
}
