using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Build;

/// <summary>
/// Packs WitBindgen and WitBindgen.Types with a version no other run uses, and builds a project that consumes
/// them from that local folder only, restoring into its own packages folder, so neither a package cache nor
/// the repository's projects can stand in for what the packages hold.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class PackageTests
{
    [Fact]
    public void A_project_consuming_the_packed_packages_gets_the_bindings()
    {
        var work = Path.Combine(Path.GetTempPath(), "witbindgen-package-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(work, "feed");
        var version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
        try
        {
            Pack("runtime/WitBindgen.Types/WitBindgen.Types.csproj", feed, version);
            Pack("generator/WitBindgen.Package/WitBindgen.Package.csproj", feed, version);
            var project = Path.Combine(work, "consumer");
            Directory.CreateDirectory(Path.Combine(project, "wit"));
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="WitBindgen" Version="{version}" />
                    <Wit Include="wit/" World="calc" Mode="Guest" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "wit", "calc.wit"), WitSamples.Calc);
            File.WriteAllText(Path.Combine(project, "Program.cs"), """
                var sum = new Example.Calc.Ops.Point(1, 2) with { Y = 40 };
                System.Console.WriteLine(sum.X + sum.Y);
                """);

            var (exitCode, output) = DotnetCli.Run(project, TimeSpan.FromMinutes(8), "run", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            exitCode.ShouldBe(0, output);
            output.ShouldContain("41", Case.Sensitive, output);
            Directory.Exists(Path.Combine(work, "packages", "witbindgen.types", version)).ShouldBeTrue();
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless.
            }
        }
    }

    private static void Pack(string projectPath, string feed, string version)
    {
        var (exitCode, output) = DotnetCli.Run(
            TestPaths.RepoRoot,
            TimeSpan.FromMinutes(8),
            "pack", projectPath, "-o", feed, "-p:Version=" + version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        exitCode.ShouldBe(0, output);
    }
}
