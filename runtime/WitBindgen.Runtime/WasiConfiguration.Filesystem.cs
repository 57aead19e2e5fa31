namespace WitBindgen.Runtime;

/// <summary>Filesystem options that only the direct backend's C# WASI honours.</summary>
public sealed partial class WasiConfiguration
{
    /// <summary>How <see cref="WithPreopenedDirectory(WasiMemoryDirectory, string, bool)"/> is named in errors.</summary>
    internal const string MemoryDirectoryOption = "WasiConfiguration.WithPreopenedDirectory(WasiMemoryDirectory, …)";

    // Replaced, never changed in place, so a store's snapshot (a member-wise copy) keeps the grants it was made with.
    private (WasiMemoryDirectory Directory, string GuestPath, bool ReadOnly)[] _memoryDirectories = [];

    /// <summary>The in-memory directories granted to the guest, in the order they were added.</summary>
    internal IReadOnlyList<(WasiMemoryDirectory Directory, string GuestPath, bool ReadOnly)> MemoryDirectories => _memoryDirectories;

    /// <summary>
    /// Grants the guest the in-memory tree <paramref name="directory"/> under the name <paramref name="guestPath"/>;
    /// read-only unless <paramref name="readOnly"/> is false. Only the direct backend runs WASI in C# and can serve
    /// it: instantiating a component on the Wasmtime backend with this option fails, naming it.
    /// </summary>
    public WasiConfiguration WithPreopenedDirectory(WasiMemoryDirectory directory, string guestPath, bool readOnly = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(guestPath);
        _memoryDirectories = [.. _memoryDirectories, (directory, guestPath, readOnly)];
        UseDirectOnlyOption(MemoryDirectoryOption);
        return this;
    }
}
