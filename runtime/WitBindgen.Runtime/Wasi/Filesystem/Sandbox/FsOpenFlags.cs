namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>open-flags</c>, bit for bit.</summary>
[Flags]
internal enum FsOpenFlags : byte
{
    None = 0,
    Create = 1,
    Directory = 2,
    Exclusive = 4,
    Truncate = 8,
}
