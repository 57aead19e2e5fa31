using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>The direct backend accepts the filesystem imports, since they are implemented.</summary>
public sealed class FilesystemRegistryTests
{
    [Theory]
    [InlineData("wasi:filesystem/types", true)]
    [InlineData("wasi:filesystem/preopens", true)]
    [InlineData("wasi:filesystem/other", false)]
    public void Filesystem_interfaces_are_registered(string name, bool implemented) =>
        WasiInterfaces.IsImplemented(name).ShouldBe(implemented);
}
