namespace WitBindgen.Generator.Tests.Build;

/// <summary>
/// Tests that run <c>dotnet build</c> or <c>dotnet pack</c> over the repository's projects. They run one at a
/// time: parallel builds of the same projects would race on their obj/ folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetBuildCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "dotnet builds";
}
