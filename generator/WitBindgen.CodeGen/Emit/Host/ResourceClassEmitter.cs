namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the C# classes of WIT resources in host bindings: an abstract class the host derives from for a
/// resource of an imported interface, and a class wrapping the guest's handle for a resource of an exported one.
/// </summary>
internal static class ResourceClassEmitter
{
    private const string Runtime = "global::WitBindgen.Runtime";

    /// <summary>
    /// Writes the abstract class of an imported resource: one abstract member per WIT method; <c>Dispose</c> runs
    /// when the guest drops its last handle. Its constructor and static functions are members of the interface's
    /// C# interface (<c>Create…</c>, <c>Resource…</c>).
    /// </summary>
    public static void WriteHostResource(IndentedWriter writer, HostPlan plan, ResourceBinding resource)
    {
        var context = plan.Context;
        DocComments.Summary(writer, resource.Def.Docs, $"The host's implementation of the WIT resource <c>{DocComments.Escape(resource.WitName)}</c>.");
        writer.Line("/// <remarks>");
        writer.Line("/// Derive from it and return instances from the interface's constructor and functions. Each object handed to the");
        writer.Line("/// guest as <c>own</c> stays referenced by the store until the guest drops it; then <see cref=\"Dispose\"/> runs");
        writer.Line("/// (also for objects the guest still holds when its store is disposed). An object passed back to the host as");
        writer.Line("/// <c>own</c> belongs to the host again and is not disposed by the bindings.");
        writer.Line("/// </remarks>");
        DocComments.StabilityAttributes(writer, resource.Def.Stability);
        writer.OpenBlock($"{context.Accessibility} abstract class {resource.TypeName} : global::System.IDisposable");
        foreach (var method in resource.HostMethods)
        {
            DocComments.Summary(writer, method.Function.Docs, $"Implements the WIT method <c>{DocComments.Escape(method.WitPath)}</c>, called by the guest.");
            method.WriteParamDocs(writer);
            if (method.Function.Result is not null)
            {
                writer.Line("/// <returns>The WIT result.</returns>");
            }

            DocComments.StabilityAttributes(writer, method.Function.Stability);
            writer.Line($"public abstract {method.ReturnType} {method.MethodName}({method.ParameterList});");
            writer.Line();
        }

        writer.Line($"/// <summary>Runs when the guest drops its last handle (WIT <c>[resource-drop]{DocComments.Escape(resource.WitName)}</c>); does nothing unless overridden.</summary>");
        writer.OpenBlock("public virtual void Dispose()");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>
    /// Writes the class of an exported resource: it owns (or borrows) the guest's handle; the WIT constructor is a
    /// C# constructor, methods are instance methods, static functions static methods taking the exports object.
    /// </summary>
    public static void WriteGuestResource(IndentedWriter writer, HostPlan plan, InterfaceBinding export, ResourceBinding resource)
    {
        var context = plan.Context;
        var owner = export.QualifiedTypeName;
        DocComments.Summary(writer, resource.Def.Docs, $"A handle to the WIT resource <c>{DocComments.Escape(resource.WitName)}</c> the component exports.");
        writer.Line("/// <remarks>");
        writer.Line("/// Disposing an owned handle drops the resource in the guest (its destructor runs). Passing it to a function taking");
        writer.Line("/// <c>own</c> moves it into the guest and disposes this object; a handle received as <c>borrow</c> works only");
        writer.Line("/// during the call that lent it.");
        writer.Line("/// </remarks>");
        DocComments.StabilityAttributes(writer, resource.Def.Stability);
        writer.OpenBlock($"{context.Accessibility} sealed class {resource.TypeName} : global::System.IDisposable");
        writer.Line($"private readonly {owner} _owner;");
        writer.Line();
        writer.Line("/// <summary>Wraps a handle received from the guest.</summary>");
        writer.OpenBlock($"internal {resource.TypeName}({owner} owner, {Runtime}.ComponentResource handle)");
        writer.Line("_owner = owner;");
        writer.Line("Handle = handle;");
        writer.CloseBlock();

        if (resource.Constructor is { } fallible && resource.FactoryName is { } factory)
        {
            // A fallible constructor (`-> result<r, e>`) cannot be a C# constructor: it is a factory returning the result.
            var field = resource.FunctionFields[fallible.Function];
            writer.Line();
            DocComments.Summary(writer, fallible.Function.Docs, $"Calls the fallible WIT constructor <c>{DocComments.Escape(fallible.WitPath)}</c>.");
            writer.Line($"/// <param name=\"owner\">The exported interface of the instance to create the resource in.</param>");
            fallible.WriteParamDocs(writer);
            writer.Line("/// <returns>The new resource, or the constructor's error.</returns>");
            DocComments.StabilityAttributes(writer, fallible.Function.Stability);
            writer.OpenBlock($"public static {fallible.ReturnType} {factory}({Join($"{owner} owner", fallible.ParameterList)})");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(owner);");
            CallWriter.WriteExportBody(writer, context, plan.Marshal, fallible, "owner." + field, "owner.World");
            writer.CloseBlock();
        }
        else if (resource.Constructor is { } constructor)
        {
            var field = resource.FunctionFields[constructor.Function];
            var arguments = constructor.ArgumentList;
            writer.Line();
            DocComments.Summary(writer, constructor.Function.Docs, $"Calls the WIT constructor <c>{DocComments.Escape(constructor.WitPath)}</c>.");
            writer.Line($"/// <param name=\"owner\">The exported interface of the instance to create the resource in.</param>");
            constructor.WriteParamDocs(writer);
            DocComments.StabilityAttributes(writer, constructor.Function.Stability);
            writer.Line($"public {resource.TypeName}({Join($"{owner} owner", constructor.ParameterList)})");
            writer.Line($"    : this(owner, Construct({Join("owner", arguments)}))");
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            writer.OpenBlock($"private static {Runtime}.ComponentResource Construct({Join($"{owner} owner", constructor.ParameterList)})");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(owner);");
            var witName = resource.WitName;
            CallWriter.WriteExportBody(
                writer, context, plan.Marshal, constructor, "owner." + field, "owner.World",
                source => $"{Runtime}.ComponentResource.Lift({source}, \"the new `{witName}`\")");
            writer.CloseBlock();
        }

        writer.Line();
        writer.Line("/// <summary>The guest's handle.</summary>");
        writer.Line($"public {Runtime}.ComponentResource Handle {{ get; }}");

        foreach (var method in resource.Methods)
        {
            writer.Line();
            method.WriteDocs(writer);
            writer.OpenBlock($"public {method.ReturnType} {method.MethodName}({method.ParameterList})");
            CallWriter.WriteExportBody(writer, context, plan.Marshal, method, "_owner." + resource.FunctionFields[method.Function], "_owner.World");
            writer.CloseBlock();
        }

        foreach (var function in resource.Statics)
        {
            writer.Line();
            function.WriteDocs(writer);
            writer.Line($"/// <param name=\"owner\">The exported interface of the instance to call.</param>");
            writer.OpenBlock($"public static {function.ReturnType} {function.MethodName}({Join($"{owner} owner", function.ParameterList)})");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(owner);");
            CallWriter.WriteExportBody(writer, context, plan.Marshal, function, "owner." + resource.FunctionFields[function.Function], "owner.World");
            writer.CloseBlock();
        }

        writer.Line();
        writer.Line($"/// <summary>Drops an owned handle in the guest (WIT <c>[resource-drop]{DocComments.Escape(resource.WitName)}</c>); a second call does nothing.</summary>");
        writer.OpenBlock("public void Dispose()");
        writer.Line("Handle.Dispose();");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string Join(string first, string rest) => rest.Length == 0 ? first : first + ", " + rest;
}
