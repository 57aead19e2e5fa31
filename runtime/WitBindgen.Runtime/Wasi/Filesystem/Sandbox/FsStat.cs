namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>descriptor-stat</c>.</summary>
internal readonly record struct FsStat(
    FsDescriptorType Type,
    ulong LinkCount,
    ulong Size,
    FsTimestamp? DataAccessTimestamp,
    FsTimestamp? DataModificationTimestamp,
    FsTimestamp? StatusChangeTimestamp);
