namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>path-flags</c>, bit for bit.</summary>
[Flags]
internal enum FsPathFlags : byte
{
    None = 0,
    SymlinkFollow = 1,
}
