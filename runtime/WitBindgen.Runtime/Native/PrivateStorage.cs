namespace WitBindgen.Runtime.Native;

/// <summary>
/// Where the compiled-component cache proves that a directory and a file belong to the current user before it
/// trusts them (artifacts are native code loaded without validation). Linux and Windows are supported; elsewhere
/// the cache is unavailable rather than unchecked.
/// </summary>
internal static class PrivateStorage
{
    /// <summary>Checks that the existing <paramref name="directory"/> can hold trusted artifacts.</summary>
    /// <returns>Why it cannot, or null when it can.</returns>
    public static string? CheckDirectory(string directory)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxPrivateStorage.CheckDirectory(directory);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsPrivateStorage.CheckDirectory(directory);
        }

        return $"The cache directory '{directory}' is not used: who owns a file cannot be checked on {Environment.OSVersion.Platform}, so artifacts could come from another user.";
    }

    /// <summary>Opens the artifact at <paramref name="path"/> once it is proven to be a regular file of the current user.</summary>
    /// <returns>The open file, or null with a <paramref name="rejection"/> (null when there is no file).</returns>
    public static FileStream? OpenArtifact(string path, out string? rejection)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxPrivateStorage.OpenArtifact(path, out rejection);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsPrivateStorage.OpenArtifact(path, out rejection);
        }

        rejection = "who owns the artifact cannot be checked on this operating system";
        return null;
    }
}
