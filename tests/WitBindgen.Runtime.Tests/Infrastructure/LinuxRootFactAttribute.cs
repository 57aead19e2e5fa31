using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Tests.Infrastructure;

/// <summary>
/// A fact that plays another local user: it needs Linux and root, to give files to another user id
/// (<see cref="OtherUser"/>), and skips with a clear message elsewhere.
/// </summary>
public sealed class LinuxRootFactAttribute : FactAttribute
{
    /// <summary>The user id the tests give files to (<c>nobody</c>).</summary>
    public const int OtherUser = 65534;

    /// <summary>Skips unless the tests run as root on Linux.</summary>
    public LinuxRootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || NativeMethods.PosixGetEffectiveUserId() != 0)
        {
            Skip = "Needs root on Linux, to create files owned by another user.";
        }
    }
}
