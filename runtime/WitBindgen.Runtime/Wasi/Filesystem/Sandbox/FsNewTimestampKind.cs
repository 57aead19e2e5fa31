namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>The cases of WASI's <c>new-timestamp</c> variant.</summary>
internal enum FsNewTimestampKind
{
    NoChange,
    Now,
    Timestamp,
}
