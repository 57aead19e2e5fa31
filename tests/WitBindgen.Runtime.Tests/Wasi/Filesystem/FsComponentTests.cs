using System.Text;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// The same filesystem operations from a component on the direct backend's C# WASI and on Wasmtime's WASI (the
/// oracle), over copies of one host directory: every result, error code included, and the tree left behind must
/// be the same, and nothing outside the preopen is ever read or changed.
/// </summary>
public sealed class FsComponentTests
{
    private static readonly (string Export, object[] Args)[] Script =
    [
        ("read", ["file", 0u]), ("read", ["link", 1u]), ("read", ["link", 0u]), ("read", ["escape/secret", 0u]),
        ("read", ["absolute", 1u]), ("read", ["../outside/secret", 0u]), ("read", ["/etc/passwd", 0u]),
        ("read", ["loop1", 1u]), ("read", ["dir/../file", 0u]), ("read", ["dir/../../outside/secret", 0u]), ("read", ["dir", 0u]),
        ("read", ["escape", 1u]), ("read", ["file/", 0u]), ("read", ["dir/nested", 1u]),
        ("open", ["dir", 0u, 2u, 1u]), ("open", ["file", 0u, 2u, 1u]), ("open", ["new", 0u, 5u, 2u]), ("open", ["new", 0u, 5u, 2u]),
        ("open", ["file", 0u, 0u, 2u]), ("open", ["dir", 0u, 0u, 2u]), ("open", ["dir", 0u, 2u, 4u]), ("open", ["dir", 0u, 3u, 1u]),
        ("open", ["missing/", 0u, 1u, 2u]), ("open", ["link", 0u, 0u, 1u]),
        ("write", ["out.txt", "hello"]), ("write", ["dir/out2", "x"]), ("write", ["escape/evil", "x"]), ("write", ["link", "through"]),
        ("mkdir", ["sub"]), ("mkdir", ["sub"]), ("mkdir", ["escape/x"]), ("mkdir", ["/tmp/x"]), ("mkdir", ["file/x"]),
        ("symlink", ["file", "sl"]), ("symlink", ["/etc/passwd", "sl2"]), ("symlink", ["../outside", "sl3"]), ("symlink", ["x", "file"]),
        ("readlink", ["sl"]), ("readlink", ["escape"]), ("readlink", ["file"]), ("readlink", ["missing"]),
        ("rename", ["out.txt", "dir/moved.txt"]), ("rename", ["dir/moved.txt", "../outside/stolen"]), ("rename", ["missing", "x"]),
        ("rename", ["dir", "file"]), ("rename", ["file", "dir"]),
        ("unlink", ["sl"]), ("unlink", ["dir"]), ("unlink", ["missing"]), ("unlink", ["escape"]), ("rmdir", ["dir"]), ("rmdir", ["sub"]),
        ("rmdir", ["missing"]), ("rmdir", ["file"]), ("rmdir", ["."]), ("rmdir", [".."]),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_backends_give_the_same_results_and_leave_the_same_tree(bool readOnly)
    {
        var wasmtime = Run(ComponentBackend.Wasmtime, readOnly);
        var direct = Run(ComponentBackend.Direct, readOnly);

        var differences = Script.Select((step, i) => (step, i))
            .Where(entry => wasmtime.Results[entry.i] != direct.Results[entry.i])
            .Select(entry => $"{entry.step.Export}({string.Join(", ", entry.step.Args)}): wasmtime {wasmtime.Results[entry.i]}, direct {direct.Results[entry.i]}")
            .ToList();
        differences.ShouldBeEmpty(string.Join("\n", differences));
        direct.Tree.ShouldBe(wasmtime.Tree);
        direct.Outside.ShouldBe(["secret: outside-secret"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_in_memory_directory_gives_the_results_wasmtime_gives_for_a_host_directory(bool readOnly)
    {
        var wasmtime = Run(ComponentBackend.Wasmtime, readOnly).Results;
        var memory = new WasiMemoryDirectory();
        memory.WriteFile("file", "inside"u8);
        memory.WriteFile("dir/nested", "nested"u8);
        memory.CreateSymbolicLink("link", "file");
        memory.CreateSymbolicLink("escape", "../outside");
        memory.CreateSymbolicLink("absolute", "/outside/secret");
        memory.CreateSymbolicLink("loop1", "loop2");
        memory.CreateSymbolicLink("loop2", "loop1");

        var direct = Run(new WasiConfiguration().WithPreopenedDirectory(memory, "/", readOnly), ComponentBackend.Direct);

        var differences = Script.Select((step, i) => (step, i))
            .Where(entry => wasmtime[entry.i] != direct[entry.i])
            .Select(entry => $"{entry.step.Export}({string.Join(", ", entry.step.Args)}): wasmtime {wasmtime[entry.i]}, memory {direct[entry.i]}")
            .ToList();
        differences.ShouldBeEmpty(string.Join("\n", differences));
        memory.GetEntries(string.Empty).ShouldBe(readOnly
            ? ["absolute", "dir", "escape", "file", "link", "loop1", "loop2"]
            : ["absolute", "dir", "file", "link", "loop1", "loop2", "new", "sl3"]);
        memory.GetEntries("dir").ShouldBe(readOnly ? ["nested"] : ["moved.txt", "nested", "out2"]);
    }

    private static (string[] Results, string[] Tree, string[] Outside) Run(ComponentBackend backend, bool readOnly)
    {
        var baseDirectory = Directory.CreateTempSubdirectory("witbindgen-fs-component-");
        try
        {
            var root = Path.Combine(baseDirectory.FullName, "root");
            var outside = Path.Combine(baseDirectory.FullName, "outside");
            Directory.CreateDirectory(Path.Combine(root, "dir"));
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "secret"), "outside-secret");
            File.WriteAllText(Path.Combine(root, "file"), "inside");
            File.WriteAllText(Path.Combine(root, "dir", "nested"), "nested");
            File.CreateSymbolicLink(Path.Combine(root, "link"), "file");
            File.CreateSymbolicLink(Path.Combine(root, "escape"), "../outside");
            File.CreateSymbolicLink(Path.Combine(root, "absolute"), Path.Combine(outside, "secret"));
            File.CreateSymbolicLink(Path.Combine(root, "loop1"), "loop2");
            File.CreateSymbolicLink(Path.Combine(root, "loop2"), "loop1");

            var results = Run(new WasiConfiguration().WithPreopenedDirectory(root, "/", readOnly), backend);
            return (results, Snapshot(root, baseDirectory.FullName), Snapshot(outside, baseDirectory.FullName));
        }
        finally
        {
            baseDirectory.Delete(recursive: true);
        }
    }

    private static string[] Run(WasiConfiguration configuration, ComponentBackend backend)
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, FsComponents.Wat);
        using var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        using var store = new ComponentStore(engine, configuration);
        var instance = linker.Instantiate(store, component);
        instance.Backend.ShouldBe(backend);
        return [.. Script.Select(step => Call(instance, step.Export, step.Args))];
    }

    private static string Call(ComponentInstance instance, string export, object[] args)
    {
        var values = args.Select(arg => arg switch
        {
            uint number => ComponentVal.U32(number),
            string text when export == "write" && !ReferenceEquals(text, args[0]) => ComponentVal.List([.. Encoding.UTF8.GetBytes(text).Select(ComponentVal.U8)]),
            string text => ComponentVal.String(text),
            _ => throw new ArgumentException("unexpected argument"),
        }).ToArray();
        var results = new ComponentVal[1];
        try
        {
            instance.GetFunction(null, export).Call(values, results);
            return results[0].ToString();
        }
        finally
        {
            ComponentVal.Free(results);
            ComponentVal.Free(values);
        }
    }

    /// <summary>The tree's entries, contents and link targets, the temporary base path written as "BASE".</summary>
    private static string[] Snapshot(string directory, string basePath) =>
        [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(entry => Path.GetRelativePath(directory, entry.FullName) + entry switch
            {
                _ when entry.LinkTarget is { } target => " -> " + target.Replace(basePath, "BASE", StringComparison.Ordinal),
                FileInfo file => ": " + File.ReadAllText(file.FullName),
                _ => "/",
            })
            .Order(StringComparer.Ordinal)];
}
