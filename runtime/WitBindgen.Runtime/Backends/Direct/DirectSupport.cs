using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Decides whether the direct backend can run a flattened component, and names the first thing it cannot: resource
/// types and built-ins, async canonical options and the async, stream, future, waitable-set, error-context and thread
/// built-ins. Calls between the component instances of a composed component are supported (fused adapters) for the
/// same types as imports and exports.
/// </summary>
internal static class DirectSupport
{
    /// <summary>What the direct backend cannot run in <paramref name="plan"/>, or null when it can run all of it.</summary>
    /// <param name="plan">The flattened component.</param>
    /// <param name="trapImportedResources">
    /// Accept resources the component imports, handles of them in its imports' types, and <c>resource.drop</c> of
    /// them (as a built-in that traps when called): for components whose resource-bearing imports are stubs.
    /// </param>
    public static string? FindUnsupported(ComponentPlan plan, bool trapImportedResources = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var builtin in plan.Builtins)
        {
            if (!(trapImportedResources && IsImportedResourceDrop(builtin)))
            {
                return builtin.IsResourceBuiltin
                    ? $"the resource built-in '{builtin.Name}' (resources are not supported yet)"
                    : $"the canonical built-in '{builtin.Name}' (async, stream, future, waitable-set, error-context and thread built-ins are not supported)";
            }
        }

        foreach (var resource in plan.Resources)
        {
            if (!(trapImportedResources && resource.IsImported))
            {
                return resource.Import is { } import
                    ? $"the imported resource type '{import.DisplayName}' (resources are not supported yet)"
                    : "a resource type it defines (resources are not supported yet)";
            }
        }

        foreach (var lowering in plan.Lowerings)
        {
            if (lowering.Callee is LiftedFunction lifted)
            {
                // A call between two of the component's instances, run by a fused adapter.
                var composed = "the composed function '" + (lifted.Core.ExportName ?? lifted.ToString()) + "'";
                if (lowering.Options.IsAsync || lifted.Options.IsAsync || lifted.Type.IsAsync)
                {
                    return $"the async lowering or lift of {composed}";
                }

                if (DescribeUnsupportedType(lifted.Type, allowHandles: false) is { } composedWhat)
                {
                    return $"{composed}, whose type uses {composedWhat}";
                }

                continue;
            }

            var name = lowering.Callee is ImportedItem imported ? "'" + imported.DisplayName + "'" : lowering.Callee.ToString();
            if (lowering.Options.IsAsync || lowering.Type?.IsAsync == true)
            {
                return $"the async lowering of the import {name}";
            }

            if (lowering.Type is { } type && DescribeUnsupportedType(type, trapImportedResources) is { } what)
            {
                return $"the import {name}, whose type uses {what}";
            }
        }

        foreach (var (path, function) in LiftedFunctions(plan))
        {
            if (function.Options.IsAsync || function.Type.IsAsync)
            {
                return $"the async export '{path}'";
            }

            if (DescribeUnsupportedType(function.Type, allowHandles: false) is { } what)
            {
                return $"the export '{path}', whose type uses {what}";
            }
        }

        return null;
    }

    /// <summary>Every function the component exports, directly or inside an exported instance, by export path.</summary>
    public static IEnumerable<(string Path, LiftedFunction Function)> LiftedFunctions(ComponentPlan plan)
    {
        foreach (var export in plan.Exports)
        {
            switch (export.Definition)
            {
                case LiftedFunction function:
                    yield return (export.Name, function);
                    break;
                case DefinedInstance instance:
                    foreach (var member in instance.Exports)
                    {
                        if (member.Value is LiftedFunction lifted)
                        {
                            yield return (export.Name + "#" + member.Key, lifted);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="builtin"/> is a synchronous <c>resource.drop</c> of a resource the host provides.</summary>
    public static bool IsImportedResourceDrop(CanonicalBuiltin builtin) =>
        builtin.Name == "resource.drop" && builtin.Resource is { IsImported: true };

    private static string? DescribeUnsupportedType(TypeNode type, bool allowHandles)
    {
        var pending = new Stack<TypeNode>();
        var seen = new HashSet<TypeNode>(ReferenceEqualityComparer.Instance);
        pending.Push(type);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case HandleNode or ResourceNode when !allowHandles:
                    return "a resource handle (resources are not supported yet)";
                case WrapperNode { Keyword: "stream" or "future" or "error-context" } wrapper:
                    return $"a {wrapper.Keyword} (async types are not supported)";
                case WrapperNode { Element: { } element }:
                    pending.Push(element);
                    break;
                case FuncNode func:
                    foreach (var parameter in func.Parameters)
                    {
                        pending.Push(parameter.Type);
                    }

                    if (func.Result is { } funcResult)
                    {
                        pending.Push(funcResult);
                    }

                    break;
                case RecordNode record:
                    foreach (var field in record.Fields)
                    {
                        pending.Push(field.Type);
                    }

                    break;
                case VariantNode variant:
                    foreach (var @case in variant.Cases)
                    {
                        if (@case.Type is { } caseType)
                        {
                            pending.Push(caseType);
                        }
                    }

                    break;
                case ListNode list:
                    pending.Push(list.Element);
                    break;
                case TupleNode tuple:
                    foreach (var item in tuple.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case ResultNode result:
                    if (result.Ok is { } ok)
                    {
                        pending.Push(ok);
                    }

                    if (result.Error is { } error)
                    {
                        pending.Push(error);
                    }

                    break;
                case MapNode map:
                    pending.Push(map.Key);
                    pending.Push(map.Value);
                    break;
                case NamedNode named:
                    pending.Push(named.Target);
                    break;
            }
        }

        return null;
    }
}
