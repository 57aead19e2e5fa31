using System.Runtime.InteropServices;
using System.Text;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>Host names the guest cannot be given as they are: not UTF-8.</summary>
public sealed class HostNameTests
{
    [Fact]
    public unsafe void Host_names_that_are_not_utf8_give_illegal_byte_sequence_never_a_lossy_name()
    {
        using var fixture = new HostSandboxFixture(readOnly: false, openat2: true);
        fixture.WriteFile("plain", "text");
        var badName = Encoding.UTF8.GetBytes(fixture.RootPath + "/bad").Concat(new byte[] { 0xFF, 0xFE, 0 }).ToArray();
        var badLink = Encoding.UTF8.GetBytes(fixture.RootPath + "/link\0");
        var badTarget = new byte[] { (byte)'x', 0xC3, 0x28, 0 };
        fixed (byte* name = badName)
        fixed (byte* link = badLink)
        fixed (byte* target = badTarget)
        {
            var descriptor = HostLibc.OpenAt(-100, name, HostConstants.WriteOnly | HostConstants.Create | HostConstants.CloseOnExec, 0x1A4);
            descriptor.ShouldBeGreaterThanOrEqualTo(0, $"errno {Marshal.GetLastPInvokeError()}");
            HostLibc.Close(descriptor);
            HostLibc.SymlinkAt(target, -100, link).ShouldBe(0);
        }

        try
        {
            CheckNames(fixture);
        }
        finally
        {
            fixed (byte* name = badName)
            {
                HostLibc.UnlinkAt(-100, name, 0);
            }
        }
    }

    private static void CheckNames(HostSandboxFixture fixture)
    {
        var entries = fixture.Root.ReadDirectory();
        entries.Count.ShouldBe(3);
        entries.Count(entry => entry.Name is null).ShouldBe(1);
        entries.Where(entry => entry.Name is not null).Select(entry => entry.Name).Order().ShouldBe(["link", "plain"]);
        SandboxAssert.Fails(() => fixture.Root.ReadlinkAt("link")).ShouldBe(FsErrorCode.IllegalByteSequence);
        SandboxAssert.Fails(() => fixture.Root.StatAt(FsPathFlags.SymlinkFollow, "link")).ShouldBe(FsErrorCode.IllegalByteSequence);
        fixture.Root.StatAt(FsPathFlags.None, "link").Type.ShouldBe(FsDescriptorType.SymbolicLink);
    }
}
