namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>The tests that change the process-wide WITBINDGEN_BACKEND variable: run after all others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BackendEnvironmentCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "WITBINDGEN_BACKEND";
}
