using WitBindgen.CodeGen.Context;

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
    public ModeOutput Emit(CodeGenContext context)
    {
        var names = GuestPlan.Create(context);
        var plan = GuestMarshalPlan.Create(context, names);
        var imports = new ImportEmitter(context, plan, names.Abi);
        var exports = new ExportEmitter(context, plan, names.Abi);
        var resources = new ResourceEmitter(context, imports, names.Abi);
        var files = new List<GeneratedFile>();
        foreach (var file in names.Files)
        {
            files.Add(file switch
            {
                GuestResourcesPlan r => resources.Emit(r),
                GuestImportsPlan i => imports.Emit(i),
                GuestExportsPlan e => exports.Emit(e),
                _ => throw new InvalidOperationException("unknown guest file plan " + file.GetType().Name),
            });
        }

        files.Add(AbiClassEmitter.Emit(context, plan, names.AbiClassName));
        return new ModeOutput(files, names.Exports);
    }
}
