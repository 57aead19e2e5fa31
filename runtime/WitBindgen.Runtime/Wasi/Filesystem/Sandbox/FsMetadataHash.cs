namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>metadata-hash-value</c>: equal for the same object, different (practically) otherwise.</summary>
internal readonly record struct FsMetadataHash(ulong Lower, ulong Upper)
{
    /// <summary>The hash of an object identity such as a device and inode pair, split as Wasmtime splits it.</summary>
    public static FsMetadataHash Of(ulong device, ulong inode)
    {
        var lower = Mix(Mix(0x9E3779B97F4A7C15UL ^ device) ^ inode);
        return new FsMetadataHash(lower, lower ^ 4614256656552045848UL);
    }

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
