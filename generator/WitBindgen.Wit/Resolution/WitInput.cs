namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Everything the resolver reads: the root package's files, its dependencies and the enabled features.
/// Holds text only, so it can come from disk (the CLI) or from a compiler's additional files (the generator).
/// </summary>
/// <param name="RootFiles">The .wit files of the root package (a package directory's top level, or one file).</param>
/// <param name="Dependencies">Each entry of <c>deps/</c>: a single .wit file, or the .wit files of one directory.</param>
/// <param name="Features">Features enabled for <c>@unstable(feature = …)</c> gates.</param>
public sealed record WitInput(
    EquatableArray<SourceFile> RootFiles,
    EquatableArray<DependencyGroup> Dependencies,
    EquatableArray<string> Features);

/// <summary>One entry of a <c>deps/</c> directory: the files of one or more packages.</summary>
/// <param name="Name">The file or directory name under <c>deps/</c>, for messages.</param>
/// <param name="Files">The .wit files.</param>
public sealed record DependencyGroup(string Name, EquatableArray<SourceFile> Files);
