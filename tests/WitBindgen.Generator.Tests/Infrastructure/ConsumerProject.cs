namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>
/// A throwaway project in a temporary directory that consumes the generator the way projects of this
/// repository do: the WitBindgen props and targets imported, the generator as an analyzer project reference.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string directory) => Directory = directory;

    /// <summary>The project's directory.</summary>
    public string Directory { get; }

    /// <summary>Creates the project with the given <c>&lt;Wit&gt;</c> items, extra properties and extra items.</summary>
    public static ConsumerProject Create(string witItems, string properties = "", string items = "", string name = "Consumer")
    {
        var directory = Path.Combine(Path.GetTempPath(), "witbindgen-consumer-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var root = TestPaths.RepoRoot;
        var buildDir = Path.Combine(root, "generator", "WitBindgen.Package", "buildTransitive");
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(buildDir, "WitBindgen.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {witItems}
                {items}
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(root, "generator", "WitBindgen.Generator", "WitBindgen.Generator.csproj")}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Path.Combine(root, "runtime", "WitBindgen.Types", "WitBindgen.Types.csproj")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(buildDir, "WitBindgen.targets")}" />
            </Project>
            """);
        return new ConsumerProject(directory);
    }

    /// <summary>Writes a file below the project directory.</summary>
    public ConsumerProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Builds the project with <c>dotnet build</c>.</summary>
    public (int ExitCode, string Output) Build() =>
        DotnetCli.Run(Directory, TimeSpan.FromMinutes(8), "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary");

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
    }
}
