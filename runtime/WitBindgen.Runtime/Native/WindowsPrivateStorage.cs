using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Ownership checks for the compiled-component cache on Windows: the cache directory and every artifact must not be
/// reparse points (links) and must be owned by the current user (or by SYSTEM or the Administrators group, which
/// can do anything anyway).
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsPrivateStorage
{
    /// <summary>Checks that <paramref name="directory"/> (which exists) is not a link and belongs to the current user.</summary>
    /// <returns>Why the directory cannot hold trusted artifacts, or null when it can.</returns>
    public static string? CheckDirectory(string directory)
    {
        var info = new DirectoryInfo(directory);
        if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            return $"The cache directory '{directory}' is a symbolic link or junction; artifacts are only loaded from a real private directory.";
        }

        var owner = info.GetAccessControl(AccessControlSections.Owner).GetOwner(typeof(SecurityIdentifier));
        return IsTrusted(owner)
            ? null
            : $"The cache directory '{directory}' belongs to {owner}, not to this user; artifacts are only loaded from a directory of the user's own.";
    }

    /// <summary>Opens an artifact that is a regular file of the current user.</summary>
    /// <returns>The open file, or null with a <paramref name="rejection"/> (null when there is no file).</returns>
    public static FileStream? OpenArtifact(string path, out string? rejection)
    {
        rejection = null;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            rejection = "the artifact is a symbolic link";
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var owner = stream.GetAccessControl().GetOwner(typeof(SecurityIdentifier));
            if (!IsTrusted(owner))
            {
                rejection = $"the artifact belongs to {owner}, not to this user";
                stream.Dispose();
                return null;
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static bool IsTrusted(IdentityReference? owner)
    {
        if (owner is not SecurityIdentifier sid)
        {
            return false;
        }

        using var identity = WindowsIdentity.GetCurrent();
        return sid == identity.User
            || sid.IsWellKnown(WellKnownSidType.LocalSystemSid)
            || sid.IsWellKnown(WellKnownSidType.BuiltinAdministratorsSid);
    }
}
