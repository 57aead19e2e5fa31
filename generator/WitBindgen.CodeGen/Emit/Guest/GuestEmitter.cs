using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Guest bindings: C# compiled into a component with NativeAOT-LLVM. Per interface or world, an
/// <c>…Imports.g.cs</c> (static wrappers over <c>[DllImport]</c> core imports) and an <c>…Exports.g.cs</c>
/// (an interface to implement and the <c>[UnmanagedCallersOnly]</c> entry points), plus one
/// <c>…CanonicalAbi.g.cs</c> in the world's namespace with the lifting and lowering code they share.
/// </summary>
/// <remarks>
/// Resources get a <c>…Resources.g.cs</c> per interface or world that declares them (see <see cref="ResourceEmitter"/>);
/// their functions are members of their classes (imports) or entry points in the exports file (exports).
/// </remarks>
internal sealed class GuestEmitter : IModeEmitter
{
    /// <summary>The hint-name suffix and class name of the shared Canonical ABI code.</summary>
    public const string AbiClassName = "CanonicalAbi";

    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Emit(CodeGenContext context)
    {
        var abiName = context.WorldContainer.Names.Claim(AbiClassName);
        var abi = context.WorldContainer.QualifiedNamespace + "." + abiName;
        var plan = new AbiMethodPlan(context);
        var imports = new ImportEmitter(context, plan, abi);
        var exports = new ExportEmitter(context, plan, abi);
        var resources = new ResourceEmitter(context, imports, abi);
        var files = new List<GeneratedFile>();
        if (resources.Emit(context.WorldContainer) is { } worldResources)
        {
            files.Add(worldResources);
        }

        foreach (var container in context.Interfaces)
        {
            if (resources.Emit(container) is { } resourceFile)
            {
                files.Add(resourceFile);
            }

            var functions = context.Model[container.InterfaceId!.Value].Functions.ToList();
            var freestanding = functions.Where(f => f.Resource is null).ToList();
            if (container.IsImported && freestanding.Count > 0)
            {
                files.Add(imports.Emit(container, freestanding, container.WitName));
            }

            if (container.IsExported && functions.Count > 0)
            {
                files.Add(exports.Emit(container, functions, container.WitName + "#"));
            }
        }

        var worldImports = WorldFunctions(context.World.Imports).Where(f => f.Resource is null).ToList();
        if (worldImports.Count > 0)
        {
            files.Add(imports.Emit(context.WorldContainer, worldImports, "$root"));
        }

        var worldExports = WorldFunctions(context.World.Exports);
        if (worldExports.Count > 0)
        {
            files.Add(exports.Emit(context.WorldContainer, worldExports, string.Empty));
        }

        files.Add(AbiClassEmitter.Emit(context, plan, abiName));
        return files;
    }

    private static List<Function> WorldFunctions(IEnumerable<WorldEntry> entries) =>
        entries.Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function).ToList();
}
