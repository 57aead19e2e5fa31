using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using WitBindgen.CodeGen;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// The code generator as <c>tests/WitBindgen.Benchmarks/old-generator.sh</c> built it from a past commit, loaded
/// into its own <see cref="OldGeneratorLoadContext"/>. Its public entry points are found by reflection once, and
/// <see cref="Pipeline"/> compiles a delegate that calls them directly, so a measured call pays no reflection.
/// </summary>
internal sealed class OldGenerator : IDisposable
{
    private readonly OldGeneratorLoadContext _context;
    private readonly Type _witInput;
    private readonly MethodInfo _load;
    private readonly MethodInfo _resolve;
    private readonly MethodInfo _generate;
    private readonly Type _options;
    private readonly Type _mode;

    private OldGenerator(OldGeneratorLoadContext context)
    {
        _context = context;
        var wit = context.LoadFromAssemblyName(new AssemblyName("WitBindgen.Wit"));
        var codeGen = context.LoadFromAssemblyName(new AssemblyName("WitBindgen.CodeGen"));
        _load = Method(Find(wit, "WitBindgen.Wit.Resolution.WitInputLoader"), "Load", typeof(string), typeof(IEnumerable<string>));
        var resolver = Find(wit, "WitBindgen.Wit.Resolution.WitResolver");
        _resolve = resolver.GetMethods(BindingFlags.Public | BindingFlags.Static).SingleOrDefault(m => m.Name == "Resolve" && m.GetParameters().Length == 1)
            ?? throw new InvalidOperationException($"{resolver.FullName} of the old generator has no method Resolve(WitInput)");
        _witInput = _resolve.GetParameters()[0].ParameterType;
        _options = Find(codeGen, "WitBindgen.CodeGen.CodeGenOptions");
        _mode = Find(codeGen, "WitBindgen.CodeGen.BindingMode");
        _generate = Method(Find(codeGen, "WitBindgen.CodeGen.CSharpGenerator"), "Generate", _resolve.ReturnType.GetProperty("Model")!.PropertyType, _options);
    }

    /// <summary>
    /// Where <c>old-generator.sh</c> leaves its build: <c>$WITBINDGEN_OLD_GENERATOR</c> if set, else
    /// <c>obj/old-generator/bin</c> of the benchmark project.
    /// </summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable("WITBINDGEN_OLD_GENERATOR") is { Length: > 0 } fromEnv
            ? Path.GetFullPath(fromEnv)
            : Path.Combine(ConformancePaths.FindRepoRoot() ?? AppContext.BaseDirectory, "tests", "WitBindgen.Benchmarks", "obj", "old-generator", "bin");

    /// <summary>Why the old generator cannot be loaded, or null when its build is there.</summary>
    public static string? Missing =>
        OldGeneratorLoadContext.AssemblyNames.All(n => File.Exists(Path.Combine(Directory, n + ".dll")))
            ? null
            : $"old generator build not found in {Directory}: run tests/WitBindgen.Benchmarks/old-generator.sh [rev] first";

    /// <summary>The commit the build was made from (the <c>REV</c> file beside it), or "unknown".</summary>
    public static string Revision
    {
        get
        {
            var file = Path.Combine(Path.GetDirectoryName(Directory.TrimEnd(Path.DirectorySeparatorChar))!, "REV");
            return File.Exists(file) ? File.ReadAllText(file).Trim() : "unknown";
        }
    }

    /// <summary>Loads the old assemblies into a new collectible context.</summary>
    /// <exception cref="InvalidOperationException">The build is absent or lacks an entry point the comparison calls.</exception>
    public static OldGenerator Load() =>
        Missing is { } missing ? throw new InvalidOperationException(missing) : new OldGenerator(new OldGeneratorLoadContext(Directory));

    /// <summary>Reads a WIT directory with the old loader; the result is the old <c>WitInput</c>.</summary>
    /// <exception cref="InvalidOperationException">The directory does not load.</exception>
    public object LoadInput(string path)
    {
        var loaded = _load.Invoke(null, [path, Array.Empty<string>()])!;
        var fields = loaded.GetType();
        return fields.GetField("Item1")!.GetValue(loaded)
            ?? throw new InvalidOperationException($"old generator cannot load {path}: {string.Join("; ", (IEnumerable)fields.GetField("Item2")!.GetValue(loaded)!)}");
    }

    /// <summary>Resolves an old <c>WitInput</c>; the result is the old <c>WitModel</c>.</summary>
    /// <exception cref="InvalidOperationException">The input does not resolve.</exception>
    public object ResolveModel(object input)
    {
        var resolved = _resolve.Invoke(null, [input])!;
        return resolved.GetType().GetProperty("Model")!.GetValue(resolved)
            ?? throw new InvalidOperationException("old generator cannot resolve the input: " + string.Join("; ", (IEnumerable)resolved.GetType().GetProperty("Diagnostics")!.GetValue(resolved)!));
    }

    /// <summary>
    /// Compiles <c>input =&gt; CSharpGenerator.Generate(WitResolver.Resolve((WitInput)input).Model, options)</c>
    /// over the old types when <paramref name="resolve"/> is set, else <c>model =&gt; CSharpGenerator.Generate((WitModel)model,
    /// options)</c>, with the options (world, mode, default namespace, public) made once.
    /// </summary>
    public Func<object, object> Pipeline(string world, BindingMode mode, bool resolve)
    {
        var options = Activator.CreateInstance(_options, world, Enum.Parse(_mode, mode.ToString()), null, false)!;
        var argument = Expression.Parameter(typeof(object), resolve ? "input" : "model");
        var modelType = _generate.GetParameters()[0].ParameterType;
        Expression model = resolve
            ? Expression.Property(Expression.Call(_resolve, Expression.Convert(argument, _witInput)), "Model")
            : Expression.Convert(argument, modelType);
        var body = Expression.Call(_generate, model, Expression.Constant(options, _options));
        return Expression.Lambda<Func<object, object>>(Expression.Convert(body, typeof(object)), argument).Compile();
    }

    /// <summary>The files and diagnostics of an old <c>CodeGenResult</c>, read by reflection (not measured).</summary>
    public static (IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Diagnostics) Read(object result)
    {
        var type = result.GetType();
        var files = new List<GeneratedFile>();
        foreach (var file in (IEnumerable)type.GetProperty("Files")!.GetValue(result)!)
        {
            var fileType = file.GetType();
            files.Add(new GeneratedFile((string)fileType.GetProperty("HintName")!.GetValue(file)!, (string)fileType.GetProperty("Text")!.GetValue(file)!));
        }

        var diagnostics = ((IEnumerable)type.GetProperty("Diagnostics")!.GetValue(result)!).Cast<object>().Select(d => d.ToString()!).ToList();
        return (files, diagnostics);
    }

    /// <summary>Unloads the context once nothing refers to its types any more.</summary>
    public void Dispose() => _context.Unload();

    private static Type Find(Assembly assembly, string name) =>
        assembly.GetType(name) ?? throw new InvalidOperationException($"{assembly.GetName().Name} of the old generator has no type {name}");

    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new InvalidOperationException($"{type.FullName} of the old generator has no method {name}({string.Join(", ", parameters.Select(p => p.Name))})");
}
