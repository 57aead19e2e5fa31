namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// One entry of a directory listing. <see cref="Name"/> is null when the host's name is not valid UTF-8: the
/// directory stream reports <see cref="FsErrorCode.IllegalByteSequence"/> at that entry instead of a lossy name.
/// </summary>
internal readonly record struct FsDirectoryEntry(FsDescriptorType Type, string? Name);
