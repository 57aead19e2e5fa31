using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>The direct backend accepts the filesystem imports of any WASI 0.2 release, since they are implemented.</summary>
public sealed class FilesystemRegistryTests
{
    [Theory]
    [InlineData("wasi:filesystem/types@0.2.0", true)]
    [InlineData("wasi:filesystem/preopens@0.2.12", true)]
    [InlineData("wasi:filesystem/types@0.3.0", false)]
    [InlineData("wasi:filesystem/other@0.2.0", false)]
    public void Filesystem_interfaces_are_registered(string import, bool implemented) =>
        WasiInterfaces.IsImplemented(import).ShouldBe(implemented);
}
