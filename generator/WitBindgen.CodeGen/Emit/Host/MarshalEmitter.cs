using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the world's marshal class: the checks shared by all lowering code, then the lowering and lifting methods
/// and the resource members the <see cref="MarshalPlan"/> lists.
/// </summary>
internal static class MarshalEmitter
{
    private const string Val = HostTypeFacts.Val;

    public static GeneratedFile Emit(HostPlan plan)
    {
        var context = plan.Context;
        var marshal = plan.Marshal;
        var writer = new IndentedWriter();
        FileHeader.Write(writer, context);
        writer.Line($"namespace {context.WorldContainer.Namespace};");
        writer.Line();
        writer.Line($"/// <summary>Converts the values of the WIT world <c>{DocComments.Escape(context.World.Name)}</c> between C# and the native component values.</summary>");
        writer.OpenBlock($"internal static class {marshal.ClassName}");
        WriteHelpers(writer);

        var lowering = new LoweringRenderer(writer, marshal);
        var lifting = new LiftingRenderer(writer, marshal);
        foreach (var method in marshal.Methods)
        {
            writer.Line();
            if (method.Lift)
            {
                writer.OpenBlock($"internal static {method.TypeName} {method.Name}(in {Val} value)");
                lifting.LiftBody(method);
            }
            else
            {
                writer.OpenBlock($"internal static {Val} {method.Name}({method.TypeName} value, string where)");
                lowering.LowerBody(method);
            }

            writer.CloseBlock();
        }

        WriteResourceMembers(writer, plan);
        writer.CloseBlock();
        return new GeneratedFile(context.WorldContainer.HintName("Marshal"), writer.ToString());
    }

    private static void WriteResourceMembers(IndentedWriter writer, HostPlan plan)
    {
        var context = plan.Context;
        var marshal = plan.Marshal;
        const string Runtime = "global::WitBindgen.Runtime";
        foreach (var (id, field) in marshal.ResourceFields)
        {
            var path = plan.Resources.TryGetValue(id, out var binding) && binding.Container.InterfaceId is not null
                ? binding.Container.WitName + "#" + binding.WitName
                : context.Model[id].Name;
            writer.Line();
            writer.Line($"/// <summary>The host resource type of the WIT resource <c>{DocComments.Escape(path ?? "resource")}</c>; its destructor disposes the object.</summary>");
            writer.Line($"internal static readonly {Runtime}.HostResourceType {field} = new(\"{path}\");");
        }

        // The first exported interface that declares each resource, looked up once rather than searched per resource.
        var exportOf = new Dictionary<TypeId, InterfaceBinding>();
        foreach (var binding in plan.Exports)
        {
            foreach (var resource in binding.Resources.Where(r => !exportOf.ContainsKey(r.Id)))
            {
                exportOf[resource.Id] = binding;
            }
        }

        foreach (var (id, method) in marshal.ResourceOwners)
        {
            var export = exportOf.TryGetValue(id, out var owner) ? owner : null;
            var world = context.WorldContainer.QualifiedNamespace + "." + plan.WorldClassName;
            var name = context.Model[id].Name ?? "resource";
            writer.Line();
            writer.OpenBlock($"internal static {export?.QualifiedTypeName ?? "object"} {method}()");
            writer.Line($"return {Runtime}.ResourceScope.Bindings is {world} world");
            writer.Line($"    ? world.{export?.MemberName ?? "Instance"}");
            writer.Line($"    : throw new global::System.InvalidOperationException(\"A `{name}` handle can only be received during a call made through {world}.\");");
            writer.CloseBlock();
        }

        if (marshal.UsesResourceHelper)
        {
            writer.Line();
            writer.OpenBlock($"internal static {Val} LowerResource({Runtime}.ComponentResource? value, bool owned, string where)");
            writer.Line("if (value is null)");
            writer.Line("{");
            writer.Line("    throw NullValue(where, \"resource handle\");");
            writer.Line("}");
            writer.Line();
            writer.Line("return owned ? value.LowerOwn(where) : value.LowerBorrow(where);");
            writer.CloseBlock();
        }
    }

    private static void WriteHelpers(IndentedWriter writer)
    {
        const string ArgumentException = "global::System.ArgumentException";
        writer.OpenBlock($"internal static {Val} LowerString(string? value, string where)");
        writer.Line("if (value is null)");
        writer.Line("{");
        writer.Line("    throw NullValue(where, \"string\");");
        writer.Line("}");
        writer.Line();
        writer.Line("for (var i = 0; i < value.Length; i++)");
        writer.Line("{");
        writer.Line("    if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))");
        writer.Line("    {");
        writer.Line("        i++;");
        writer.Line("    }");
        writer.Line("    else if (char.IsSurrogate(value[i]))");
        writer.Line("    {");
        writer.Line($"        throw new {ArgumentException}($\"Cannot pass {{where}}: the string has an unpaired surrogate at index {{i}}, which is not a Unicode scalar value and cannot be a WIT string.\");");
        writer.Line("    }");
        writer.Line("}");
        writer.Line();
        writer.Line($"return {Val}.String(value);");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock($"internal static {Val} LowerBytes(byte[]? value, string where)");
        writer.Line($"return {Val}.Bytes(value ?? throw NullValue(where, \"list<u8>\"));");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock("internal static T[] NewArray<T>(int length)");
        writer.Line("return length == 0 ? global::System.Array.Empty<T>() : new T[length];");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock($"internal static {ArgumentException} NullValue(string where, string witType)");
        writer.Line($"return new {ArgumentException}($\"Cannot pass {{where}}: null is not a WIT {{witType}} (only option<...> has a null).\");");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock("internal static void CheckLength(int actual, int expected, string where)");
        writer.Line("if (actual != expected)");
        writer.Line("{");
        writer.Line($"    throw new {ArgumentException}($\"Cannot pass {{where}}: the fixed-length list must have exactly {{expected}} elements but has {{actual}}.\");");
        writer.Line("}");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock($"internal static {ArgumentException} UnknownCase(string where, string witType, string value)");
        writer.Line($"return new {ArgumentException}($\"Cannot pass {{where}}: {{value}} is not a case of the WIT {{witType}}.\");");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock($"internal static {ArgumentException} UnknownFlags(string where, string witType, ulong bits, ulong defined)");
        writer.Line($"return new {ArgumentException}($\"Cannot pass {{where}}: bits 0x{{bits & ~defined:X}} are not flags of the WIT {{witType}}.\");");
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock("internal static global::System.InvalidOperationException UnexpectedCase(string witType, string name)");
        writer.Line("return new global::System.InvalidOperationException($\"The component returned '{name}', which is not a case of the WIT {witType}.\");");
        writer.CloseBlock();
    }
}
