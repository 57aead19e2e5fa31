using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// The host sandbox under a concurrent swap: while a thread keeps replacing a directory of the preopen with a
/// link to outside and back, opens and stats through that directory see the inside file or fail, and never
/// reach the file outside (6 bytes inside, 14 outside, so a stat would tell).
/// </summary>
public sealed class SandboxRaceTests
{
    private const int Attempts = 3000;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void A_directory_swapped_for_a_link_to_outside_never_leads_outside(bool openat2, bool absoluteLink)
    {
        using var fixture = new HostSandboxFixture(readOnly: false, openat2);
        fixture.CreateDirectory("dir");
        fixture.WriteFile("dir/secret", "inside");
        var directory = fixture.Host("dir");
        var parked = fixture.Host("parked");
        var outside = Path.GetDirectoryName(fixture.OutsideSecretPath)!;
        var linkTarget = absoluteLink ? outside : "../outside";
        using var stop = new CancellationTokenSource();
        var swaps = 0;
        var swapper = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Directory.Move(directory, parked);
                File.CreateSymbolicLink(directory, linkTarget);
                File.Delete(directory);
                Directory.Move(parked, directory);
                swaps++;
            }
        });
        swapper.Start();

        var opened = 0;
        try
        {
            for (var i = 0; i < Attempts; i++)
            {
                var flags = i % 2 == 0 ? FsPathFlags.SymlinkFollow : FsPathFlags.None;
                try
                {
                    SandboxAssert.ReadText(fixture.Root, "dir/secret", flags).ShouldBe("inside");
                    opened++;
                }
                catch (FsException)
                {
                }

                try
                {
                    fixture.Root.StatAt(flags, "dir/secret").Size.ShouldBe(6UL);
                }
                catch (FsException)
                {
                }
            }
        }
        finally
        {
            stop.Cancel();
            swapper.Join();
        }

        // The race really ran: the swapper made progress and some opens went through.
        swaps.ShouldBeGreaterThan(0);
        opened.ShouldBeGreaterThan(0);
    }
}
