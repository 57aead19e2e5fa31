namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>descriptor-flags</c>, bit for bit.</summary>
[Flags]
internal enum FsDescriptorFlags : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    FileIntegritySync = 4,
    DataIntegritySync = 8,
    RequestedWriteSync = 16,
    MutateDirectory = 32,
}
