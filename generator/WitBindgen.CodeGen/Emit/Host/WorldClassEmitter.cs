namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the world class: how to instantiate the component (from a store, an engine, or a file) with the
/// host's implementations of its imports and a WASI configuration, typed members for its exported interfaces,
/// and methods for its own exported functions. Also the C# interface for the world's own imported functions.
/// </summary>
internal static class WorldClassEmitter
{
    private const string Runtime = "global::WitBindgen.Runtime";

    public static GeneratedFile Emit(HostPlan plan)
    {
        var context = plan.Context;
        var world = context.World;
        var writer = new IndentedWriter();
        FileHeader.Write(writer, context);
        writer.Line($"namespace {context.WorldContainer.Namespace};");

        if (plan.WorldImportInterfaceName is { } importInterface)
        {
            writer.Line();
            var summary = $"The host's implementation of the functions the WIT world <c>{DocComments.Escape(world.Name)}</c> imports itself.";
            InterfaceFileEmitter.WriteImportInterface(writer, plan, importInterface, null, summary, plan.WorldImportFunctions);
        }

        foreach (var resource in plan.WorldResources)
        {
            writer.Line();
            ResourceClassEmitter.WriteHostResource(writer, plan, resource);
        }

        writer.Line();
        DocComments.Summary(writer, world.Docs, $"An instance of a component of the WIT world <c>{DocComments.Escape(world.Name)}</c>.");
        writer.Line("/// <remarks>");
        writer.Line("/// Create it with <c>Instantiate</c> or <c>FromFile</c>, passing an implementation of each imported interface; call");
        writer.Line("/// exported functions through its members. Imports from <c>wasi:</c> packages are served by Wasmtime's WASI 0.2,");
        writer.Line("/// whose capabilities the <see cref=\"global::WitBindgen.Runtime.WasiConfiguration\"/> grants (by default: none).");
        writer.Line("/// Like its store, an instance is used from one thread at a time.");
        writer.Line("/// </remarks>");
        DocComments.StabilityAttributes(writer, world.Stability);
        writer.OpenBlock($"{context.Accessibility} sealed class {plan.WorldClassName} : global::System.IDisposable");

        var functionFields = plan.WorldExportFields;
        var sharing = plan.Linkers;
        writer.Line("private readonly global::System.IDisposable[] _owned;");
        foreach (var field in functionFields)
        {
            writer.Line($"private readonly {Runtime}.ComponentFunction {field};");
        }

        foreach (var shape in plan.WorldExportFunctions)
        {
            CanonicalCallWriter.WriteField(writer, plan.Marshal, shape);
        }

        writer.Line($"private static readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<{Runtime}.WasmEngine, {Runtime}.ComponentLinker> {sharing.LinkersField} = new();");
        if (sharing.ImportsField is { } importsField)
        {
            writer.Line($"private static readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<{Runtime}.ComponentStore, object[]> {importsField} = new();");
        }

        writer.Line();
        WriteConstructor(writer, plan, functionFields);
        WriteProperties(writer, plan);
        WriteFactories(writer, plan, sharing);

        for (var i = 0; i < plan.WorldExportFunctions.Count; i++)
        {
            var shape = plan.WorldExportFunctions[i];
            writer.Line();
            shape.WriteDocs(writer);
            writer.OpenBlock($"public {shape.ReturnType} {shape.MethodName}({shape.ParameterList})");
            CallWriter.WriteExportBody(writer, context, plan.Marshal, shape, functionFields[i], plan.UsesResources ? "this" : null);
            writer.CloseBlock();
        }

        writer.CloseBlock();
        return new GeneratedFile(context.WorldContainer.HintName(InterfaceFileEmitter.Suffix), writer.ToString());
    }

    private static void WriteConstructor(IndentedWriter writer, HostPlan plan, IReadOnlyList<string> functionFields)
    {
        writer.OpenBlock($"private {plan.WorldClassName}({Runtime}.ComponentInstance instance, global::System.IDisposable[] owned)");
        writer.Line("Instance = instance;");
        writer.Line("_owned = owned;");
        foreach (var export in plan.Exports)
        {
            writer.Line(plan.UsesResources
                ? $"{export.MemberName} = new {export.QualifiedTypeName}(instance, this);"
                : $"{export.MemberName} = new {export.QualifiedTypeName}(instance);");
        }

        for (var i = 0; i < functionFields.Count; i++)
        {
            writer.Line($"{functionFields[i]} = instance.GetFunction(null, \"{plan.WorldExportFunctions[i].Function.Name}\");");
            CanonicalCallWriter.WriteAssignment(writer, plan.Marshal, plan.WorldExportFunctions[i], functionFields[i]);
        }

        writer.CloseBlock();
    }

    private static void WriteProperties(IndentedWriter writer, HostPlan plan)
    {
        writer.Line();
        writer.Line("/// <summary>The underlying component instance.</summary>");
        writer.Line($"public {Runtime}.ComponentInstance Instance {{ get; }}");
        writer.Line();
        writer.Line("/// <summary>The store the instance lives in.</summary>");
        writer.Line($"public {Runtime}.ComponentStore Store => Instance.Store;");
        foreach (var export in plan.Exports)
        {
            writer.Line();
            writer.Line($"/// <summary>The exported WIT interface <c>{DocComments.Escape(export.Container.WitName)}</c>.</summary>");
            writer.Line($"public {export.QualifiedTypeName} {export.MemberName} {{ get; }}");
        }
    }

    private static void WriteFactories(IndentedWriter writer, HostPlan plan, LinkerSharing sharing)
    {
        var required = RequiredParameters(plan);
        var optional = plan.Imports.Where(plan.IsWasi).Select(b => ($"{b.QualifiedTypeName}? {b.ParameterName} = null", b)).ToList();
        var requiredDecl = required.Select(r => r.Declaration).ToList();
        var optionalDecl = optional.Select(o => o.Item1).ToList();
        var allArgs = string.Join(", ", required.Select(r => r.Name).Concat(optional.Select(o => o.b.ParameterName)));
        string Join(params IEnumerable<string>[] parts) => string.Join(", ", parts.SelectMany(p => p));
        string Then(string args) => args.Length == 0 ? string.Empty : ", " + args;

        // AddToLinker
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Defines the world's imports in <paramref name=\"linker\"/> with the given implementations. Interfaces of");
        writer.Line("/// <c>wasi:</c> packages are defined only when an implementation is given (overriding Wasmtime's WASI, which");
        writer.Line("/// requires <see cref=\"global::WitBindgen.Runtime.ComponentLinker.AllowShadowing\"/>).");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"linker\">The linker to define the imports in.</param>");
        WriteImportParamDocs(writer, plan);
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">A required implementation is null.</exception>");
        writer.OpenBlock($"public static void AddToLinker({Join(new[] { $"{Runtime}.ComponentLinker linker" }, requiredDecl, optionalDecl)})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(linker);");
        foreach (var (_, _, name) in required)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({name});");
        }

        if (sharing.DefinesImports)
        {
            var accessors = required.Select(r => $"() => {r.Name}")
                .Concat(optional.Select(o => $"{o.b.ParameterName} is null ? null : () => {o.b.ParameterName}"));
            writer.Line($"DefineImports(linker{Then(string.Join(", ", accessors))});");
        }

        writer.CloseBlock();
        if (sharing.DefinesImports)
        {
            WriteDefineImports(writer, plan, required, optional.Select(o => o.b).ToList());
        }

        WriteSharedLinker(writer, plan, sharing, required, optional.Count);

        // CreateLinker
        writer.Line();
        writer.Line("/// <summary>A linker with Wasmtime's WASI 0.2 and the world's imports defined by the given implementations.</summary>");
        writer.Line("/// <param name=\"engine\">The engine of the components to link.</param>");
        WriteImportParamDocs(writer, plan);
        writer.Line("/// <returns>A new linker; the caller disposes it.</returns>");
        writer.OpenBlock($"public static {Runtime}.ComponentLinker CreateLinker({Join(new[] { $"{Runtime}.WasmEngine engine" }, requiredDecl, optionalDecl)})");
        writer.Line($"var linker = new {Runtime}.ComponentLinker(engine);");
        writer.OpenBlock("try");
        writer.Line("linker.AddWasiPreview2();");
        writer.Line("linker.AllowShadowing(true);");
        writer.Line($"AddToLinker(linker{Then(allArgs)});");
        writer.Line("return linker;");
        writer.CloseBlock();
        writer.OpenBlock("catch");
        writer.Line("linker.Dispose();");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();

        // Instantiate in a store
        writer.Line();
        writer.Line("/// <summary>Instantiates <paramref name=\"component\"/> in <paramref name=\"store\"/>, whose WASI configuration applies.</summary>");
        writer.Line("/// <param name=\"store\">The store; it stays owned by the caller.</param>");
        writer.Line("/// <param name=\"component\">A component of this world.</param>");
        WriteImportParamDocs(writer, plan);
        writer.Line("/// <returns>The instance.</returns>");
        writer.Line($"/// <exception cref=\"{Runtime}.WitRuntimeException\">The component does not fit the world or its start failed.</exception>");
        writer.OpenBlock($"public static {plan.WorldClassName} Instantiate({Join(new[] { $"{Runtime}.ComponentStore store", $"{Runtime}.WasmComponent component" }, requiredDecl, optionalDecl)})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(store);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(component);");
        writer.Line($"using var linker = CreateLinker(store.Engine{Then(allArgs)});");
        writer.Line($"return new {plan.WorldClassName}(linker.Instantiate(store, component), global::System.Array.Empty<global::System.IDisposable>());");
        writer.CloseBlock();

        // Instantiate with an engine
        writer.Line();
        writer.Line("/// <summary>Instantiates <paramref name=\"component\"/> in a new store, disposed with the instance.</summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// The linker (WASI and the world's imports) is built once per engine and shared by every instance made here; each");
        writer.Line("/// instance's functions still call the implementations and use the WASI configuration given for it.");
        writer.Line("/// </remarks>");
        writer.Line("/// <param name=\"engine\">The engine the component was compiled with.</param>");
        writer.Line("/// <param name=\"component\">A component of this world.</param>");
        WriteImportParamDocs(writer, plan, includeWasi: true);
        writer.Line("/// <returns>The instance; dispose it to release its store.</returns>");
        writer.Line($"/// <exception cref=\"{Runtime}.WitRuntimeException\">The component does not fit the world or its start failed.</exception>");
        writer.OpenBlock($"public static {plan.WorldClassName} Instantiate({Join(new[] { $"{Runtime}.WasmEngine engine", $"{Runtime}.WasmComponent component" }, requiredDecl, new[] { $"{Runtime}.WasiConfiguration? wasi = null" }, optionalDecl)})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(engine);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(component);");
        foreach (var (_, _, name) in required)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({name});");
        }

        writer.Line($"var store = new {Runtime}.ComponentStore(engine, wasi);");
        writer.OpenBlock("try");
        if (optional.Count > 0)
        {
            // A replaced WASI interface changes the linker itself, so such an instance gets a linker of its own.
            writer.OpenBlock($"if ({string.Join(" || ", optional.Select(o => o.b.ParameterName + " is not null"))})");
            writer.Line($"using var linker = CreateLinker(engine{Then(allArgs)});");
            writer.Line($"return new {plan.WorldClassName}(linker.Instantiate(store, component), new global::System.IDisposable[] {{ store }});");
            writer.CloseBlock();
            writer.Line();
        }

        if (sharing.ImportsField is { } importsField)
        {
            writer.Line($"{importsField}.Add(store, new object[] {{ {string.Join(", ", required.Select(r => r.Name))} }});");
        }

        writer.Line($"return new {plan.WorldClassName}(SharedLinker(engine).Instantiate(store, component), new global::System.IDisposable[] {{ store }});");
        writer.CloseBlock();
        writer.OpenBlock("catch");
        writer.Line("store.Dispose();");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();

        // FromFile
        writer.Line();
        writer.Line("/// <summary>Compiles the component file at <paramref name=\"path\"/> with a new engine and instantiates it; all are disposed with the instance.</summary>");
        writer.Line("/// <param name=\"path\">A <c>.wasm</c> component (binary) of this world.</param>");
        WriteImportParamDocs(writer, plan, includeWasi: true);
        writer.Line("/// <returns>The instance; dispose it to release its store, component and engine.</returns>");
        writer.Line($"/// <exception cref=\"{Runtime}.WitRuntimeException\">The file is not a valid component of this world.</exception>");
        writer.OpenBlock($"public static {plan.WorldClassName} FromFile({Join(new[] { "string path" }, requiredDecl, new[] { $"{Runtime}.WasiConfiguration? wasi = null" }, optionalDecl)})");
        writer.Line($"var engine = new {Runtime}.WasmEngine();");
        writer.Line($"{Runtime}.WasmComponent? component = null;");
        writer.Line($"{Runtime}.ComponentStore? store = null;");
        writer.OpenBlock("try");
        writer.Line($"component = {Runtime}.WasmComponent.FromFile(engine, path);");
        writer.Line($"store = new {Runtime}.ComponentStore(engine, wasi);");
        writer.Line($"using var linker = CreateLinker(engine{Then(allArgs)});");
        writer.Line($"return new {plan.WorldClassName}(linker.Instantiate(store, component), new global::System.IDisposable[] {{ store, component, engine }});");
        writer.CloseBlock();
        writer.OpenBlock("catch");
        writer.Line("store?.Dispose();");
        writer.Line("component?.Dispose();");
        writer.Line("engine.Dispose();");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();

        // FromInstance
        writer.Line();
        writer.Line("/// <summary>Binds to a component instance created elsewhere (e.g. with a linker from <see cref=\"CreateLinker\"/>).</summary>");
        writer.Line("/// <param name=\"instance\">An instance of a component of this world; it stays owned by the caller.</param>");
        writer.Line("/// <returns>The typed view of the instance.</returns>");
        writer.Line($"/// <exception cref=\"{Runtime}.WitRuntimeException\">The instance lacks an export of the world.</exception>");
        writer.OpenBlock($"public static {plan.WorldClassName} FromInstance({Runtime}.ComponentInstance instance)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(instance);");
        writer.Line($"return new {plan.WorldClassName}(instance, global::System.Array.Empty<global::System.IDisposable>());");
        writer.CloseBlock();

        writer.Line();
        writer.Line("/// <summary>Disposes the store, component and engine this instance created (nothing it was given).</summary>");
        writer.OpenBlock("public void Dispose()");
        writer.Line("foreach (var owned in _owned)");
        writer.Line("{");
        writer.Line("    owned.Dispose();");
        writer.Line("}");
        writer.CloseBlock();
    }

    /// <summary>
    /// Writes <c>DefineImports</c>: the world's import definitions, each calling the implementation its accessor returns,
    /// so that <c>AddToLinker</c> (fixed implementations) and the shared linker (the calling store's) write them once.
    /// </summary>
    private static void WriteDefineImports(
        IndentedWriter writer, HostPlan plan, List<(string Declaration, string Type, string Name)> required, List<InterfaceBinding> optional)
    {
        var parameters = new[] { $"{Runtime}.ComponentLinker linker" }
            .Concat(required.Select(r => $"global::System.Func<{r.Type}> {r.Name}"))
            .Concat(optional.Select(b => $"global::System.Func<{b.QualifiedTypeName}>? {b.ParameterName}"));
        writer.Line();
        writer.OpenBlock($"private static void DefineImports({string.Join(", ", parameters)})");
        if (plan.WorldImportInterfaceName is not null)
        {
            foreach (var resource in plan.WorldResources)
            {
                writer.Line($"linker.DefineResource(null, \"{resource.WitName}\", {plan.Marshal.ResourceField(resource.Id)});");
            }

            foreach (var shape in plan.WorldImportFunctions.Concat(plan.WorldResources.SelectMany(r => r.HostMethods)))
            {
                CallWriter.WriteImportDefinition(writer, plan.Context, plan.Marshal, shape, "linker", null, plan.WorldImportParameter!, implementationIsAccessor: true);
            }
        }

        foreach (var binding in plan.Imports)
        {
            var wasi = plan.IsWasi(binding);
            if (wasi)
            {
                writer.OpenBlock($"if ({binding.ParameterName} is not null)");
            }

            foreach (var resource in binding.Resources.Where(r => r.HostImplements))
            {
                writer.Line($"linker.DefineResource(\"{binding.Container.WitName}\", \"{resource.WitName}\", {plan.Marshal.ResourceField(resource.Id)});");
            }

            foreach (var shape in binding.Functions.Concat(binding.Resources.SelectMany(r => r.HostMethods)))
            {
                CallWriter.WriteImportDefinition(
                    writer, plan.Context, plan.Marshal, shape, "linker", binding.Container.WitName, binding.ParameterName, implementationIsAccessor: true);
            }

            if (wasi)
            {
                writer.CloseBlock();
            }
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// Writes <c>SharedLinker</c>: one linker per engine with WASI and the world's imports, whose functions call the
    /// implementations <c>Instantiate(engine, ...)</c> registered for the calling store. Building a linker with WASI
    /// costs far more than instantiating, so per-instance linkers would dominate one-instance-per-request hosts.
    /// </summary>
    private static void WriteSharedLinker(
        IndentedWriter writer, HostPlan plan, LinkerSharing sharing, List<(string Declaration, string Type, string Name)> required, int optionalCount)
    {
        var linkers = sharing.LinkersField;
        writer.Line();
        writer.OpenBlock($"private static {Runtime}.ComponentLinker SharedLinker({Runtime}.WasmEngine engine)");
        writer.OpenBlock($"if ({linkers}.TryGetValue(engine, out var shared))");
        writer.Line("return shared;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"lock ({linkers})");
        writer.OpenBlock($"if ({linkers}.TryGetValue(engine, out shared))");
        writer.Line("return shared;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"var linker = new {Runtime}.ComponentLinker(engine);");
        writer.OpenBlock("try");
        writer.Line("linker.AddWasiPreview2();");
        writer.Line("linker.AllowShadowing(true);");
        if (sharing.DefinesImports)
        {
            var accessors = required.Select((r, i) => $"() => ({r.Type})StoreImports()[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]")
                .Concat(Enumerable.Repeat("null", optionalCount));
            writer.Line($"DefineImports(linker, {string.Join(", ", accessors)});");
        }

        writer.Line($"{linkers}.Add(engine, linker);");
        writer.Line("return linker;");
        writer.CloseBlock();
        writer.OpenBlock("catch");
        writer.Line("linker.Dispose();");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();
        if (sharing.ImportsField is { } importsField)
        {
            writer.Line();
            writer.Line($"static object[] StoreImports() => {importsField}.TryGetValue({Runtime}.ResourceScope.Store, out var imports)");
            writer.Line("    ? imports");
            writer.Line($"    : throw new global::System.InvalidOperationException(\"No implementations of the imports of the WIT world '{plan.Context.World.Name}' are registered for the calling store.\");");
        }

        writer.CloseBlock();
    }

    private static List<(string Declaration, string Type, string Name)> RequiredParameters(HostPlan plan)
    {
        var list = new List<(string, string, string)>();
        if (plan.WorldImportInterfaceName is { } name)
        {
            var type = $"{plan.Context.WorldContainer.QualifiedNamespace}.{name}";
            list.Add(($"{type} {plan.WorldImportParameter}", type, plan.WorldImportParameter!));
        }

        foreach (var binding in plan.Imports.Where(b => !plan.IsWasi(b)))
        {
            list.Add(($"{binding.QualifiedTypeName} {binding.ParameterName}", binding.QualifiedTypeName, binding.ParameterName));
        }

        return list;
    }

    private static void WriteImportParamDocs(IndentedWriter writer, HostPlan plan, bool includeWasi = false)
    {
        if (plan.WorldImportParameter is { } worldParameter)
        {
            writer.Line($"/// <param name=\"{worldParameter}\">The implementation of the world's own imported functions.</param>");
        }

        foreach (var binding in plan.Imports.Where(b => !plan.IsWasi(b)))
        {
            writer.Line($"/// <param name=\"{binding.ParameterName.TrimStart('@')}\">The implementation of the imported interface <c>{DocComments.Escape(binding.Container.WitName)}</c>.</param>");
        }

        if (includeWasi)
        {
            writer.Line("/// <param name=\"wasi\">What the guest may reach through WASI (arguments, environment, directories, stdio); null grants nothing.</param>");
        }

        foreach (var binding in plan.Imports.Where(plan.IsWasi))
        {
            writer.Line($"/// <param name=\"{binding.ParameterName.TrimStart('@')}\">Replaces Wasmtime's implementation of <c>{DocComments.Escape(binding.Container.WitName)}</c>; null keeps it.</param>");
        }
    }
}
