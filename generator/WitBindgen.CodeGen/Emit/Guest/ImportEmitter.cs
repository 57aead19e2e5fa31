using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit.Abi;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes the imports of one interface or of the world: a static class <c>NameImports</c> with one C# method per
/// function that lowers the arguments, calls the core import and lifts the result. The core imports are
/// <c>[DllImport("ns:pkg/iface@ver", EntryPoint = "func")]</c> with <c>[WasmImportLinkage]</c> (on .NET 9 and later, where it exists), which NativeAOT-LLVM
/// turns into WebAssembly imports of that module and name (<c>$root</c> for world functions).
/// </summary>
internal sealed class ImportEmitter
{
    /// <summary>The nested class holding the core imports.</summary>
    public const string InteropClass = "Interop";
    private readonly CodeGenContext _context;
    private readonly GuestMarshalPlan _plan;
    private readonly string _abi;

    public ImportEmitter(CodeGenContext context, GuestMarshalPlan plan, string abiClass)
    {
        _context = context;
        _plan = plan;
        _abi = abiClass;
    }

    /// <summary>Writes the imports file <paramref name="file"/> plans.</summary>
    public GeneratedFile Emit(GuestImportsPlan file)
    {
        var (container, module, className, items) = (file.Container, file.Module, file.ClassName, file.Functions);

        var w = new IndentedWriter();
        FileHeader.Write(w, _context);
        w.Line($"namespace {container.Namespace};");
        w.Line();
        w.Line($"/// <summary>The functions this component imports from <c>{DocComments.Escape(container.WitName)}</c>.</summary>");
        w.OpenBlock($"{_context.Accessibility} static partial class {className}");
        foreach (var item in items)
        {
            GuestSignatures.WriteDocs(w, item);
            DocComments.StabilityAttributes(w, item.Function.Stability);
            WriteWrapper(w, item, $"public static {GuestSignatures.ReturnType(_context, item.Function)} {item.MethodName}({GuestSignatures.Parameters(_context, item)})");
            w.Line();
        }

        w.OpenBlock($"private static class {InteropClass}");
        WriteCoreImports(w, module, items.Select(i => (i, i.MethodName)).ToList());
        w.CloseBlock();
        w.CloseBlock();
        return new GeneratedFile(container.HintName("Imports"), w.ToString());
    }

    /// <summary>Writes one <c>[DllImport]</c> per function of <paramref name="module"/>, named as given.</summary>
    public static void WriteCoreImports(IndentedWriter w, string module, IReadOnlyList<(GuestFunction Item, string Name)> imports)
    {
        for (var k = 0; k < imports.Count; k++)
        {
            if (k > 0)
            {
                w.Line();
            }

            WriteCoreImport(w, module, imports[k].Item.Function.Name, $"{imports[k].Item.CoreReturnType()} {imports[k].Name}({imports[k].Item.CoreParameters()})");
        }
    }

    /// <summary>Writes one <c>[DllImport]</c> of <paramref name="name"/> in <paramref name="module"/>; <paramref name="signature"/> is <c>int Name(int p0)</c>.</summary>
    public static void WriteCoreImport(IndentedWriter w, string module, string name, string signature)
    {
        w.Line($"[global::System.Runtime.InteropServices.DllImport({Literal(module)}, EntryPoint = {Literal(name)})]");
        w.Line("#if NET9_0_OR_GREATER");
        w.Line("[global::System.Runtime.InteropServices.WasmImportLinkage]");
        w.Line("#endif");
        w.Line($"internal static extern {signature};");
    }

    /// <summary>Writes a method with the given <paramref name="header"/> that lowers the arguments, calls <c>Interop.{MethodName}</c> and lifts the result.</summary>
    public void WriteWrapper(IndentedWriter w, GuestFunction item, string header, string? interopName = null)
    {
        var fn = item.Function;
        var sig = item.Signature;
        w.OpenBlock(header);
        w.Line($"var s = new {_abi}.Scope({_abi}.Memory.Current);");
        w.OpenBlock("try");
        var args = GuestSignatures.WriteParamLowering(w, _context, _plan, _abi, item).ToList();
        if (sig.HasReturnPointerParam)
        {
            var layout = _plan.Of(fn.Result!.Value).Layout;
            w.Line($"var area = s.Allocate({U(layout.Size)}, {U(layout.Alignment)});");
            args.Add("unchecked((int)area)");
        }

        var call = $"{InteropClass}.{interopName ?? item.MethodName}({string.Join(", ", args)})";
        if (fn.Result is not { } resultType)
        {
            w.Line(call + ";");
        }
        else if (sig.HasReturnPointerParam)
        {
            w.Line(call + ";");
            w.Line($"return {_abi}.{AbiHelperNames.Load(_plan.Of(resultType))}(s, area);");
        }
        else
        {
            w.Line($"var core = {call};");
            w.Line($"var r = new ulong[] {{ {_abi}.From{GuestFunction.CoreKey(sig.Results[0])}(core) }};");
            w.Line("var j = 0;");
            w.Line($"return {_abi}.{AbiHelperNames.Lift(_plan.Of(resultType))}(s, r, ref j);");
        }

        w.CloseBlock();
        w.OpenBlock("finally");
        w.Line("s.FreeAll();");
        w.CloseBlock();
        w.CloseBlock();
    }
}
