using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A host function defined at the value level on the direct backend: the trampoline lifts the guest's flat arguments
/// (or the parameter tuple in memory) with the lowering's options, calls the implementation with
/// <see cref="ComponentVal"/> arguments, and lowers its result into flat results or through the guest's return
/// pointer and realloc, with every check the Canonical ABI makes. The function's type is the one the component lowers
/// (<see cref="DirectInstancePre"/> checked it against the type the host declared, if any).
/// </summary>
internal sealed class DirectValueFunction
{
    private readonly ComponentHostFunction _implementation;
    private readonly FuncNode? _declared;

    // One layout per lowered type (the plan shares a node between the lowerings of one import).
    private readonly ConditionalWeakTable<FuncNode, FunctionAbi> _layouts = new();

    /// <summary>Wraps <paramref name="implementation"/>, which handles an import of type <paramref name="declared"/> (null: any).</summary>
    public DirectValueFunction(FuncNode? declared, ComponentHostFunction implementation)
    {
        _declared = declared;
        _implementation = implementation;
    }

    /// <summary>The trampoline body to register with <see cref="DirectHostFunctions"/>.</summary>
    public void Invoke(DirectCallContext context, Span<ValRaw> argsAndResults)
    {
        var abi = Layout(context);
        var options = context.Options;
        var cx = new AbiContext(
            context.FunctionPath,
            options.Memory is null ? null : new DirectOptionsMemory(options),
            options.StringEncoding);

        var parameters = abi.LoweredParameters;
        if (argsAndResults.Length < Math.Max(parameters.Length, abi.LoweredResults.Length))
        {
            throw new WitTrapException(
                $"{context.FunctionPath}: the component's core import passes {argsAndResults.Length} value(s) where the function's type needs {Math.Max(parameters.Length, abi.LoweredResults.Length)}.")
            {
                FunctionName = context.FunctionPath,
            };
        }

        // At most MAX_FLAT_PARAMS values and a return pointer.
        Span<ulong> flatParameters = stackalloc ulong[CanonicalLayout.MaxFlatParams + 1];
        flatParameters = flatParameters[..parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            flatParameters[i] = parameters[i] is FlatType.I32 or FlatType.F32 ? (uint)argsAndResults[i].I32 : (ulong)argsAndResults[i].I64;
        }

        Span<ComponentVal> arguments = abi.Parameters.Length <= CanonicalLayout.MaxFlatParams
            ? stackalloc ComponentVal[abi.Parameters.Length]
            : new ComponentVal[abi.Parameters.Length];
        Span<ComponentVal> results = stackalloc ComponentVal[abi.Result is null ? 0 : 1];
        arguments.Clear();
        results.Clear();
        var resources = abi.HasHandles
            ? new Resources.DirectResourceCall(context.Instance.Resources, context.ComponentInstance, context.FunctionPath) { GuestCalling = true }
            : null;
        cx.ResourceCall = resources;

        // Host objects and guest handles are converted in a resource scope of the call, as on the Wasmtime backend.
        var scope = ResourceScope.EnterHostCall(context.Instance.Store.Store.EnteredContext, context.FunctionPath);
        var succeeded = false;
        try
        {
            abi.LiftArguments(cx, flatParameters, arguments);
            _implementation(arguments, results);
            Span<ulong> flatResults = stackalloc ulong[CanonicalLayout.MaxFlatResults];
            var count = abi.Result is null ? 0 : abi.LowerResult(cx, results[0], flatParameters, flatResults);
            var kinds = abi.LoweredResults;
            for (var i = 0; i < count; i++)
            {
                argsAndResults[i] = kinds[i] is FlatType.I32 or FlatType.F32
                    ? ValRaw.FromI32(unchecked((int)(uint)flatResults[i]))
                    : ValRaw.FromI64(unchecked((long)flatResults[i]));
            }

            succeeded = true;
        }
        finally
        {
            ComponentVal.Free(arguments);
            ComponentVal.Free(results);
            if (!succeeded)
            {
                scope.DiscardOwned();
            }

            scope.Dispose();
            resources?.End(check: false);
        }
    }

    private FunctionAbi Layout(DirectCallContext context)
    {
        var lowered = context.Type ?? _declared
            ?? throw new WitRuntimeException($"The import '{context.FunctionPath}' has no function type in the component, and its host function declares none.");
        if (_layouts.TryGetValue(lowered, out var abi))
        {
            return abi;
        }

        abi = FunctionAbi.Create(context.FunctionPath, lowered, new AbiTypeBuilder(context.Instance.Component.Plan.FindResource));
        _layouts.AddOrUpdate(lowered, abi);
        return abi;
    }
}
