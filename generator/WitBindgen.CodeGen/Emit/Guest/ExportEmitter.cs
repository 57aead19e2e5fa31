using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit.Abi;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes the exports of one interface or of the world: a C# interface <c>IName</c> the user implements, and a
/// static partial class <c>NameExports</c> holding the implementation and one
/// <c>[UnmanagedCallersOnly(EntryPoint = "ns:pkg/iface@ver#func")]</c> entry point per function (plus its
/// <c>cabi_post_…</c> cleanup when the result is returned through memory).
/// </summary>
/// <remarks>
/// The implementation is found without reflection: set <c>NameExports.Implementation</c> at startup, or
/// implement the optional partial method <c>static partial void CreateImplementation(ref IName? implementation)</c>
/// in <c>partial class NameExports</c>, which is called the first time the host calls an export.
/// </remarks>
internal sealed class ExportEmitter
{
    private readonly CodeGenContext _context;
    private readonly GuestMarshalPlan _plan;
    private readonly string _abi;

    public ExportEmitter(CodeGenContext context, GuestMarshalPlan plan, string abiClass)
    {
        _context = context;
        _plan = plan;
        _abi = abiClass;
    }

    /// <summary>Writes the exports file <paramref name="file"/> plans.</summary>
    /// <remarks>
    /// Resource constructors and static functions are members of the interface (<c>CreateR</c>, <c>RF</c>);
    /// resource methods are abstract methods of the resource's class (see <see cref="ResourceEmitter"/>).
    /// </remarks>
    public GeneratedFile Emit(GuestExportsPlan file)
    {
        var (container, interfaceName, className, exports) = (file.Container, file.InterfaceName, file.ClassName, file.Entries);
        var w = new IndentedWriter();
        FileHeader.Write(w, _context);
        w.Line($"namespace {container.Namespace};");
        w.Line();
        WriteInterface(w, container, interfaceName, exports.Where(e => e.InInterface).Select(e => e.Item).ToList());
        w.Line();
        w.Line($"/// <summary>The entry points the host calls for the exports of <c>{DocComments.Escape(container.WitName)}</c>; they forward to <see cref=\"Implementation\"/>.</summary>");
        w.OpenBlock($"{_context.Accessibility} static partial class {className}");
        WriteImplementationAccess(w, container, interfaceName, className);
        foreach (var export in exports)
        {
            w.Line();
            WriteEntryPoint(w, export, file.ExportPrefix + export.Item.Function.Name);
        }

        w.CloseBlock();
        return new GeneratedFile(container.HintName("Exports"), w.ToString());
    }

    private void WriteInterface(IndentedWriter w, CSharpContainer container, string name, IReadOnlyList<GuestFunction> items)
    {
        w.Line($"/// <summary>Implement to export <c>{DocComments.Escape(container.WitName)}</c>; register the implementation with <see cref=\"{container.Name}Exports\"/>.</summary>");
        w.OpenBlock($"{_context.Accessibility} interface {name}");
        for (var k = 0; k < items.Count; k++)
        {
            if (k > 0)
            {
                w.Line();
            }

            GuestSignatures.WriteDocs(w, items[k]);
            DocComments.StabilityAttributes(w, items[k].Function.Stability);
            w.Line($"{GuestSignatures.ReturnType(_context, items[k].Function)} {items[k].MethodName}({GuestSignatures.Parameters(_context, items[k])});");
        }

        w.CloseBlock();
    }

    private static void WriteImplementationAccess(IndentedWriter w, CSharpContainer container, string interfaceName, string className)
    {
        w.Line($"private static {interfaceName}? s_implementation;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The implementation the exports call. Set it at startup, or implement <see cref=\"CreateImplementation\"/>");
        w.Line("/// to create it the first time the host calls an export.");
        w.Line("/// </summary>");
        w.Line($"/// <exception cref=\"global::System.InvalidOperationException\">Read before an implementation is set or created.</exception>");
        w.OpenBlock($"public static {interfaceName} Implementation");
        w.Line("get => s_implementation ??= Create();");
        w.Line("set => s_implementation = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        w.CloseBlock();
        w.Line();
        w.Line("/// <summary>Optionally implemented in another part of this class to create the implementation on first use.</summary>");
        w.Line($"static partial void CreateImplementation(ref {interfaceName}? implementation);");
        w.Line();
        w.OpenBlock($"private static {interfaceName} Create()");
        w.Line($"{interfaceName}? implementation = null;");
        w.Line("CreateImplementation(ref implementation);");
        w.Line("return implementation ?? throw new global::System.InvalidOperationException(");
        w.Line($"    \"No implementation of {container.WitName.Replace("\"", string.Empty)} is registered: set {className}.Implementation at startup, \" +");
        w.Line($"    \"or implement `static partial void CreateImplementation(ref {interfaceName}? implementation)` in partial class {className}.\");");
        w.CloseBlock();
    }

    private void WriteEntryPoint(IndentedWriter w, GuestExportEntry export, string exportName)
    {
        var item = export.Item;
        var sig = item.Signature;
        var fn = item.Function;
        w.Line($"/// <summary>The core entry point of <c>{DocComments.Escape(exportName)}</c>.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = {Literal(exportName)})]");
        w.OpenBlock($"internal static {item.CoreReturnType()} {export.EntryPoint}({item.CoreParameters()})");
        w.Line($"var s = new {_abi}.Scope({_abi}.Memory.Current);");
        GuestSignatures.WriteParamLifting(w, _context, _plan, _abi, item);
        w.Line("s.FreeAll();");
        var call = $"{export.Target}.{item.MethodName}({GuestSignatures.Arguments(item, item.FirstDeclaredParam)})";
        var endBorrows = _plan.LiftsImportedBorrows(fn);
        if (fn.Result is not { } resultType)
        {
            w.Line(call + ";");
            if (endBorrows)
            {
                w.Line("s.EndBorrows();");
            }

            w.CloseBlock();
            return;
        }

        w.Line($"var result = {call};");
        if (endBorrows)
        {
            w.Line("s.EndBorrows();");
        }

        var result = _plan.Of(resultType);
        var post = export.PostField;
        if (post is not null)
        {
            var layout = result.Layout;
            w.Line($"var post = new {_abi}.Scope({_abi}.Memory.Current);");
            w.Line($"var area = post.Allocate({U(layout.Size)}, {U(layout.Alignment)});");
            w.Line($"{_abi}.{AbiHelperNames.Store(result)}(post, area, result);");
            w.Line($"{post} = post;");
            w.Line("return unchecked((int)area);");
        }
        else
        {
            w.Line("var r = new ulong[1];");
            w.Line("var j = 0;");
            w.Line($"{_abi}.{AbiHelperNames.Lower(result)}(s, result, r, ref j);");
            w.Line($"return {_abi}.To{GuestFunction.CoreKey(sig.Results[0])}(r[0]);");
        }

        w.CloseBlock();
        if (post is null)
        {
            return;
        }

        w.Line();
        w.Line($"private static {_abi}.Scope? {post};");
        w.Line();
        w.Line($"/// <summary>Frees what <c>{DocComments.Escape(exportName)}</c> returned, once the host has read it.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = {Literal("cabi_post_" + exportName)})]");
        w.OpenBlock($"internal static void {export.PostReturn}(int p0)");
        w.Line($"{post}?.FreeAll();");
        w.Line($"{post} = null;");
        w.CloseBlock();
    }
}
