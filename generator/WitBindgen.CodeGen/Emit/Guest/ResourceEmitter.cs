using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;
using WitBindgen.CodeGen.Emit.Abi;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes the classes of the resources one interface (or the world) declares, in <c>{Namespace}.Resources.g.cs</c>.
/// </summary>
/// <remarks>
/// <para>A resource the host implements (one of an imported interface or of the world) is a sealed class wrapping
/// the <c>i32</c> handle: its constructor calls <c>[constructor]r</c>, its methods <c>[method]r.m</c>, its static
/// methods <c>[static]r.f</c>, and <see cref="System.IDisposable.Dispose"/> calls <c>[resource-drop]r</c>. Passing it
/// as <c>own</c> moves the handle to the callee and leaves the object disposed; passing it as <c>borrow</c> lends the
/// handle for the call. An export that receives a <c>borrow</c> gets an object that is only valid during the call
/// (the bindings drop the borrowed handle before returning, as the Canonical ABI requires).</para>
/// <para>A resource this component implements (one of an exported interface) is an abstract class the user
/// derives from. Objects handed to the host as <c>own</c> are entered in a rep table and given a handle with
/// <c>[resource-new]r</c>; the host passes the rep back to methods (<c>borrow</c>) and to the <c>[dtor]r</c> export,
/// which removes the object and disposes it when it is <see cref="System.IDisposable"/>. An <c>own</c> handle the
/// host passes in is resolved with <c>[resource-rep]r</c>.</para>
/// </remarks>
internal sealed class ResourceEmitter
{
    private readonly CodeGenContext _context;
    private readonly ImportEmitter _imports;
    private readonly string _abi;

    public ResourceEmitter(CodeGenContext context, ImportEmitter imports, string abiClass)
    {
        _context = context;
        _imports = imports;
        _abi = abiClass;
    }

    /// <summary>Writes the resources file <paramref name="file"/> plans.</summary>
    public GeneratedFile Emit(GuestResourcesPlan file)
    {
        var container = file.Container;
        var w = new IndentedWriter();
        FileHeader.Write(w, _context);
        w.Line($"namespace {container.Namespace};");
        foreach (var resource in file.Resources)
        {
            w.Line();
            if (resource.IsExported)
            {
                WriteExported(w, container, resource);
            }
            else
            {
                WriteImported(w, container, resource);
            }
        }

        return new GeneratedFile(container.HintName("Resources"), w.ToString());
    }

    private void WriteImported(IndentedWriter w, CSharpContainer container, GuestResourcePlan resource)
    {
        var def = _context.Model[resource.Id];
        var witName = def.Name!;
        var name = _context.TypeName(resource.Id);
        var module = GuestResources.ImportModule(container);

        DocComments.Summary(w, def.Docs, $"The WIT resource <c>{DocComments.Escape(witName)}</c>, implemented by the host.");
        w.Line("/// <remarks>");
        w.Line("/// The object owns its handle: dispose it to drop the handle. Passing it where WIT expects <c>own</c> moves the");
        w.Line("/// handle to the callee and leaves this object disposed; passing it as <c>borrow</c> lends the handle for the call.");
        w.Line("/// An object an export receives as <c>borrow</c> is only usable during that call.");
        w.Line("/// </remarks>");
        DocComments.StabilityAttributes(w, def.Stability);
        w.OpenBlock($"{_context.Accessibility} sealed class {name} : global::System.IDisposable");
        w.Line("private readonly bool _owned;");
        w.Line("private int _handle;");
        w.Line();
        w.OpenBlock($"private {name}({_abi}.HandleTag tag, int handle, bool owned)");
        w.Line("_handle = handle;");
        w.Line("_owned = owned;");
        w.CloseBlock();

        var interop = new List<(GuestFunction, string)>();
        for (var k = 0; k < resource.Functions.Count; k++)
        {
            var item = resource.Functions[k];
            var fn = item.Function;
            var interopName = resource.InteropNames[k];
            interop.Add((item, interopName));
            w.Line();
            var returns = GuestSignatures.ReturnType(_context, fn);
            var parameters = GuestSignatures.Parameters(_context, item);
            if (fn.Kind == FunctionKind.Constructor && GuestResources.IsPlainConstructor(_context, fn))
            {
                // A plain constructor: a C# constructor taking over the handle the core constructor returns.
                DocComments.Summary(w, fn.Docs, $"Creates a <c>{DocComments.Escape(witName)}</c> with the WIT constructor.");
                GuestSignatures.WriteParamDocs(w, item);
                DocComments.StabilityAttributes(w, fn.Stability);
                w.OpenBlock($"public {name}({parameters})");
                w.Line($"var r = WitConstruct({GuestSignatures.Arguments(item, 0)});");
                w.Line("_handle = r._handle;");
                w.Line("_owned = true;");
                w.Line("r._handle = 0;");
                w.CloseBlock();
                w.Line();
                _imports.WriteWrapper(w, item, $"private static {returns} WitConstruct({parameters})", interopName);
                continue;
            }

            GuestSignatures.WriteDocs(w, item);
            DocComments.StabilityAttributes(w, fn.Stability);
            var modifiers = item.IsMethod ? "public" : "public static";
            _imports.WriteWrapper(w, item, $"{modifiers} {returns} {item.MethodName}({parameters})", interopName);
        }

        w.Line();
        w.Line("/// <summary>The handle: an index in this component's handle table.</summary>");
        w.Line("/// <exception cref=\"global::System.ObjectDisposedException\">The object was disposed, or its handle moved away.</exception>");
        w.Line($"public int Handle => _handle != 0 ? _handle : throw new global::System.ObjectDisposedException({Literal(name)}, {Literal($"this `{witName}` was disposed, or its handle was passed as own")});");
        w.Line();
        w.Line("/// <summary>Drops the handle (when this object owns it). Disposing twice does nothing.</summary>");
        w.OpenBlock("public void Dispose()");
        w.Line("var handle = _handle;");
        w.Line("_handle = 0;");
        w.OpenBlock("if (handle != 0 && _owned)");
        w.Line("WitDrop(handle);");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"internal static int {HandleMethods.LowerOwn}({name} v)");
        w.OpenBlock("if (!v._owned)");
        w.Line($"throw new global::System.InvalidOperationException({Literal($"a borrowed `{witName}` cannot be passed as own")});");
        w.CloseBlock();
        w.Line();
        w.Line("var handle = v.Handle;");
        w.Line("v._handle = 0;");
        w.Line("return handle;");
        w.CloseBlock();
        w.Line();
        w.Line($"internal static int {HandleMethods.LowerBorrow}({name} v) => v.Handle;");
        w.Line();
        w.Line($"internal static {name} {HandleMethods.LiftOwn}({_abi}.Scope s, int handle) => new(default, handle, true);");
        w.Line();
        w.OpenBlock($"internal static {name} {HandleMethods.LiftBorrow}({_abi}.Scope s, int handle)");
        w.Line($"var v = new {name}(default, handle, false);");
        w.Line("s.Borrow(() =>");
        w.Line("{");
        w.Line("    v._handle = 0;");
        w.Line("    WitDrop(handle);");
        w.Line("});");
        w.Line("return v;");
        w.CloseBlock();
        w.Line();
        WriteBuiltinCall(w, "void", "WitDrop", module, $"[resource-drop]{witName}", "ResourceDrop", "handle");
        w.Line();
        w.OpenBlock($"private static class {ImportEmitter.InteropClass}");
        ImportEmitter.WriteCoreImports(w, module, interop);
        if (interop.Count > 0)
        {
            w.Line();
        }

        ImportEmitter.WriteCoreImport(w, module, $"[resource-drop]{witName}", "void ResourceDrop(int p0)");
        w.CloseBlock();
        w.CloseBlock();
    }

    private void WriteExported(IndentedWriter w, CSharpContainer container, GuestResourcePlan resource)
    {
        var def = _context.Model[resource.Id];
        var witName = def.Name!;
        var name = _context.TypeName(resource.Id);
        var module = GuestResources.ExportModule(container);

        DocComments.Summary(w, def.Docs, $"The WIT resource <c>{DocComments.Escape(witName)}</c>, implemented by this component.");
        w.Line("/// <remarks>");
        w.Line("/// Derive from it to implement the resource. Objects returned to the host as <c>own</c> are kept until the host");
        w.Line("/// drops their last handle; then the object is released, and disposed if it implements");
        w.Line("/// <see cref=\"global::System.IDisposable\"/>. An object may be handed to the host as <c>own</c> once at a time.");
        w.Line("/// </remarks>");
        DocComments.StabilityAttributes(w, def.Stability);
        w.OpenBlock($"{_context.Accessibility} abstract class {name}");
        w.Line($"internal static readonly {_abi}.RepTable<{name}> WitReps = new({Literal(witName)});");
        w.Line();
        w.Line("// The object's rep while the host holds a handle to it (0: none), and an own handle this component holds (0: none).");
        w.Line("internal int WitRep;");
        w.Line("internal int WitHandle;");
        foreach (var item in resource.Functions)
        {
            w.Line();
            GuestSignatures.WriteDocs(w, item);
            DocComments.StabilityAttributes(w, item.Function.Stability);
            w.Line($"public abstract {GuestSignatures.ReturnType(_context, item.Function)} {item.MethodName}({GuestSignatures.Parameters(_context, item)});");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// Drops the handle this component holds to the object (one it received as <c>own&lt;{DocComments.Escape(witName)}&gt;</c>), so the host");
        w.Line("/// destroys it. Does nothing when the component holds no handle to it.");
        w.Line("/// </summary>");
        w.OpenBlock("public void DropHandle()");
        w.Line("var handle = WitHandle;");
        w.Line("WitHandle = 0;");
        w.OpenBlock("if (handle != 0)");
        w.Line("WitDrop(handle);");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"internal static int {HandleMethods.LowerOwn}({name} v)");
        w.OpenBlock("if (v.WitHandle != 0)");
        w.Line("var handle = v.WitHandle;");
        w.Line("v.WitHandle = 0;");
        w.Line("return handle;");
        w.CloseBlock();
        w.Line();
        w.OpenBlock("if (v.WitRep != 0)");
        w.Line($"throw new global::System.InvalidOperationException({Literal($"this `{witName}` is already owned by the host: it can be passed as own only once until the host drops it")});");
        w.CloseBlock();
        w.Line();
        w.Line("v.WitRep = WitReps.Add(v);");
        w.Line("return WitNew(v.WitRep);");
        w.CloseBlock();
        w.Line();
        w.Line($"internal static int {HandleMethods.LowerBorrow}({name} v) =>");
        w.Line($"    v.WitHandle != 0 ? v.WitHandle : throw new global::System.InvalidOperationException({Literal($"this component holds no handle to this `{witName}` to lend")});");
        w.Line();
        w.OpenBlock($"internal static {name} {HandleMethods.LiftOwn}({_abi}.Scope s, int handle)");
        w.Line("var v = WitReps.Get(WitRepOf(handle));");
        w.Line("v.WitHandle = handle;");
        w.Line("return v;");
        w.CloseBlock();
        w.Line();
        w.Line($"internal static {name} {HandleMethods.LiftBorrow}({_abi}.Scope s, int rep) => WitReps.Get(rep);");
        w.Line();
        var dtor = container.WitName + "#[dtor]" + witName;
        w.Line($"/// <summary>The core entry point of <c>{DocComments.Escape(dtor)}</c>: the host dropped the last handle.</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = {Literal(dtor)})]");
        w.OpenBlock("internal static void WitDestructor(int p0)");
        w.Line("var v = WitReps.Remove(p0);");
        w.Line("v.WitRep = 0;");
        w.Line("v.WitHandle = 0;");
        w.Line("(v as global::System.IDisposable)?.Dispose();");
        w.CloseBlock();
        w.Line();
        WriteBuiltinCall(w, "int", "WitNew", module, $"[resource-new]{witName}", "ResourceNew", "rep");
        w.Line();
        WriteBuiltinCall(w, "int", "WitRepOf", module, $"[resource-rep]{witName}", "ResourceRep", "handle");
        w.Line();
        WriteBuiltinCall(w, "void", "WitDrop", module, $"[resource-drop]{witName}", "ResourceDrop", "handle");
        w.Line();
        w.OpenBlock($"private static class {ImportEmitter.InteropClass}");
        ImportEmitter.WriteCoreImport(w, module, $"[resource-new]{witName}", "int ResourceNew(int p0)");
        w.Line();
        ImportEmitter.WriteCoreImport(w, module, $"[resource-rep]{witName}", "int ResourceRep(int p0)");
        w.Line();
        ImportEmitter.WriteCoreImport(w, module, $"[resource-drop]{witName}", "void ResourceDrop(int p0)");
        w.CloseBlock();
        w.CloseBlock();
    }

    // A call of a resource built-in, through CanonicalAbi.ResourceBuiltins when a test set it.
    private void WriteBuiltinCall(IndentedWriter w, string returns, string method, string module, string name, string interop, string arg)
    {
        w.OpenBlock($"private static {returns} {method}(int {arg})");
        w.OpenBlock($"if ({_abi}.ResourceBuiltins is {{ }} builtins)");
        w.Line(returns == "void" ? $"builtins({Literal(module)}, {Literal(name)}, {arg});" : $"return builtins({Literal(module)}, {Literal(name)}, {arg});");
        if (returns == "void")
        {
            w.Line("return;");
        }

        w.CloseBlock();
        w.Line();
        w.Line(returns == "void" ? $"{ImportEmitter.InteropClass}.{interop}({arg});" : $"return {ImportEmitter.InteropClass}.{interop}({arg});");
        w.CloseBlock();
    }
}
