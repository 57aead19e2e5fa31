using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// A preopen of one sandbox implementation, with host-side helpers to lay out its content. The host fixture
/// also has a directory outside the preopen holding <see cref="Secret"/>, which no guest path may reach.
/// </summary>
public abstract class SandboxFixture : IDisposable
{
    /// <summary>The content of the file outside the preopen.</summary>
    public const string Secret = "outside-secret";

    internal abstract SandboxDescriptor Root { get; }

    /// <summary>
    /// The implementations every shared test runs on: the host sandbox with and without its <c>openat2</c> path,
    /// and the in-memory tree.
    /// </summary>
    public static TheoryData<string> Kinds => ["host", "host-walk", "memory"];

    internal static SandboxFixture Create(string kind, bool readOnly = false) => kind switch
    {
        "host" => new HostSandboxFixture(readOnly, openat2: true),
        "host-walk" => new HostSandboxFixture(readOnly, openat2: false),
        _ => new MemorySandboxFixture(readOnly),
    };

    /// <summary>The absolute host path of the secret file, for link targets (the memory fixture has none).</summary>
    public abstract string OutsideSecretPath { get; }

    public abstract void WriteFile(string path, string content);

    public abstract void CreateDirectory(string path);

    public abstract void CreateSymbolicLink(string path, string target);

    public abstract bool Exists(string path);

    public abstract string ReadFile(string path);

    /// <summary>A second preopen of the same kind (a sibling directory, or another tree).</summary>
    internal abstract SandboxDescriptor OpenSecondPreopen();

    public abstract void Dispose();
}
