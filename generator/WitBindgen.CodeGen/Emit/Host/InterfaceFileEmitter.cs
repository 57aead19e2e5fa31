using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes, in the namespace of a WIT interface, the C# interface a host implements for it when the world
/// imports it, and the class that calls it when the world exports it.
/// </summary>
internal static class InterfaceFileEmitter
{
    /// <summary>The hint-name suffix of host binding files.</summary>
    public const string Suffix = "Host";

    public static IEnumerable<GeneratedFile> Emit(HostPlan plan)
    {
        var containers = plan.Imports.Concat(plan.Exports).Select(b => b.Container).Distinct().ToList();
        var importsOf = plan.Imports.ToLookup(b => b.Container);
        var exportsOf = plan.Exports.ToLookup(b => b.Container);
        foreach (var container in containers)
        {
            var writer = new IndentedWriter();
            FileHeader.Write(writer, plan.Context);
            writer.Line($"namespace {container.Namespace};");
            foreach (var import in importsOf[container])
            {
                writer.Line();
                WriteImportInterface(writer, plan, import);
                foreach (var resource in import.Resources.Where(r => r.Role == HostResourceRole.Host))
                {
                    writer.Line();
                    ResourceClassEmitter.WriteHostResource(writer, plan, resource);
                }
            }

            foreach (var export in exportsOf[container])
            {
                writer.Line();
                WriteExportClass(writer, plan, export);
                foreach (var resource in export.Resources.Where(r => r.GuestImplements))
                {
                    writer.Line();
                    ResourceClassEmitter.WriteGuestResource(writer, plan, export, resource);
                }
            }

            yield return new GeneratedFile(container.HintName(Suffix), writer.ToString());
        }
    }

    /// <summary>Writes a C# interface with one method per function, for the host to implement.</summary>
    public static void WriteImportInterface(IndentedWriter writer, HostPlan plan, string typeName, string? docs, string fallbackSummary, IReadOnlyList<FunctionShape> functions)
    {
        DocComments.Summary(writer, docs, fallbackSummary);
        writer.OpenBlock($"{plan.Context.Accessibility} interface {typeName}");
        for (var i = 0; i < functions.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            var shape = functions[i];
            DocComments.Summary(writer, shape.Function.Docs, $"Implements the WIT function <c>{DocComments.Escape(shape.WitPath)}</c>, called by the guest.");
            shape.WriteParamDocs(writer);
            if (shape.Function.Result is not null)
            {
                writer.Line("/// <returns>The WIT result.</returns>");
            }

            DocComments.StabilityAttributes(writer, shape.Function.Stability);
            writer.Line($"{shape.ReturnType} {shape.MethodName}({shape.ParameterList});");
        }

        writer.CloseBlock();
    }

    private static void WriteImportInterface(IndentedWriter writer, HostPlan plan, InterfaceBinding binding)
    {
        var iface = plan.Context.Model[binding.Container.InterfaceId!.Value];
        var summary = $"The host's implementation of the imported WIT interface <c>{DocComments.Escape(binding.Container.WitName)}</c>.";
        WriteImportInterface(writer, plan, binding.TypeName, iface.Docs, summary, binding.Functions);
    }

    private static void WriteExportClass(IndentedWriter writer, HostPlan plan, InterfaceBinding binding)
    {
        var context = plan.Context;
        var iface = context.Model[binding.Container.InterfaceId!.Value];
        var witName = binding.Container.WitName;
        DocComments.Summary(writer, iface.Docs, $"Calls the WIT interface <c>{DocComments.Escape(witName)}</c> exported by the component.");
        writer.OpenBlock($"{context.Accessibility} sealed class {binding.TypeName}");
        var fieldNames = binding.FunctionFields;
        for (var i = 0; i < binding.Functions.Count; i++)
        {
            writer.Line($"private readonly global::WitBindgen.Runtime.ComponentFunction {fieldNames[i]};");
        }

        foreach (var shape in binding.Functions)
        {
            CanonicalCallWriter.WriteField(writer, plan.Marshal, shape);
        }

        foreach (var resource in binding.Resources)
        {
            foreach (var function in resource.AllFunctions)
            {
                writer.Line($"internal readonly global::WitBindgen.Runtime.ComponentFunction {resource.FunctionFields[function.Function]};");
            }
        }

        var world = plan.UsesResources ? context.WorldContainer.QualifiedNamespace + "." + plan.WorldClassName : null;
        writer.Line();
        writer.Line(world is null
            ? $"internal {binding.TypeName}(global::WitBindgen.Runtime.ComponentInstance instance)"
            : $"internal {binding.TypeName}(global::WitBindgen.Runtime.ComponentInstance instance, {world} world)");
        writer.Line("{");
        writer.Indent();
        if (world is not null)
        {
            writer.Line("World = world;");
        }

        for (var i = 0; i < binding.Functions.Count; i++)
        {
            writer.Line($"{fieldNames[i]} = instance.GetFunction(\"{witName}\", \"{binding.Functions[i].Function.Name}\");");
            CanonicalCallWriter.WriteAssignment(writer, plan.Marshal, binding.Functions[i], fieldNames[i]);
        }

        foreach (var resource in binding.Resources)
        {
            foreach (var function in resource.AllFunctions)
            {
                writer.Line($"{resource.FunctionFields[function.Function]} = instance.GetFunction(\"{witName}\", \"{function.Function.Name}\");");
            }
        }

        writer.CloseBlock();
        if (world is not null)
        {
            writer.Line();
            writer.Line("/// <summary>The bindings of the instance these functions belong to.</summary>");
            writer.Line($"internal {world} World {{ get; }}");
        }

        for (var i = 0; i < binding.Functions.Count; i++)
        {
            var shape = binding.Functions[i];
            writer.Line();
            shape.WriteDocs(writer);
            writer.OpenBlock($"public {shape.ReturnType} {shape.MethodName}({shape.ParameterList})");
            CallWriter.WriteExportBody(writer, context, plan.Marshal, shape, fieldNames[i], world is null ? null : "World");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }
}
