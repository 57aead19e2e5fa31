using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The fused adapter of a composed component: a <c>canon lower</c> of a function another component instance inside the
/// same component lifts. A call lifts the arguments with the caller's options and lowers them with the callee's (its
/// memory, realloc and string encoding; strings take the realloc sequence their source encoding calls for), calls the
/// callee, lifts its result with the callee's options and lowers it with the caller's, then runs the callee's
/// post-return. The callee's component instance and those of its ancestors the caller is not inside are entered for the
/// call (<c>entering_set</c>), so a call into an instance already on the stack traps. Values cross at the value level,
/// through the same engine as host calls.
/// </summary>
internal sealed class DirectAdapter
{
    private readonly DirectInstance _instance;
    private readonly FunctionAbi _abi;
    private readonly CoreFunction _callee;
    private readonly DirectOptions _callerOptions;
    private readonly DirectOptions _calleeOptions;
    private readonly DirectOptionsMemory? _callerMemory;
    private readonly DirectOptionsMemory? _calleeMemory;
    private readonly int[] _entering;

    private DirectAdapter(
        DirectInstance instance,
        string path,
        FunctionAbi abi,
        CoreFunction callee,
        DirectOptions callerOptions,
        DirectOptions calleeOptions,
        int[] entering)
    {
        _instance = instance;
        Path = path;
        _abi = abi;
        _callee = callee;
        _callerOptions = callerOptions;
        _calleeOptions = calleeOptions;
        _callerMemory = callerOptions.Memory is null ? null : new DirectOptionsMemory(callerOptions);
        _calleeMemory = calleeOptions.Memory is null ? null : new DirectOptionsMemory(calleeOptions);
        _entering = entering;
    }

    /// <summary>The name calls through the adapter are reported under: the callee's core export.</summary>
    public string Path { get; }

    /// <summary>Resolves the adapter of <paramref name="lowering"/>, whose callee is a <see cref="LiftedFunction"/>, in <paramref name="instance"/>.</summary>
    /// <exception cref="WitRuntimeException">The lifted core function or an option cannot be resolved, or the core signature does not fit the type.</exception>
    public static DirectAdapter Create(DirectInstance instance, CoreLowering lowering)
    {
        var lifted = (LiftedFunction)lowering.Callee;
        var path = lifted.Core.ExportName ?? lifted.ToString();
        if (lifted.Core.Kind != CoreDefinitionKind.InstanceExport || lifted.Core.Sort != CoreSort.Func)
        {
            throw new WitRuntimeException($"The composed function '{path}' lifts {lifted.Core}, which is not a core function of a module instance.");
        }

        var callee = instance.Resolve(lifted.Core) as CoreFunction
            ?? throw new WitRuntimeException($"The composed function '{path}' lifts {lifted.Core}, which is not a function.");
        var abi = FunctionAbi.Create(path, lifted.Type);
        if (abi.LiftedParameters.Length != callee.ParameterCount || abi.LiftedResults.Length != callee.ResultCount)
        {
            throw new WitRuntimeException(
                $"The composed function '{path}' lifts a core function of {callee.ParameterCount} parameter(s) and {callee.ResultCount} result(s), " +
                $"but its type flattens to {abi.LiftedParameters.Length} and {abi.LiftedResults.Length}.");
        }

        var calleeOptions = instance.ResolveOptions(lifted.Options, path);
        if (calleeOptions.PostReturn is { } postReturn && (postReturn.ParameterCount != callee.ResultCount || postReturn.ResultCount != 0))
        {
            throw new WitRuntimeException(
                $"The post-return function of the composed function '{path}' takes {postReturn.ParameterCount} parameter(s) and returns " +
                $"{postReturn.ResultCount} result(s); it must take the function's {callee.ResultCount} result(s) and return nothing.");
        }

        return new DirectAdapter(
            instance,
            path,
            abi,
            callee,
            instance.ResolveOptions(lowering.Options, path),
            calleeOptions,
            instance.EnteringSet(lifted.ComponentInstance, lowering.ComponentInstance));
    }

    /// <summary>
    /// Runs a call from the caller's core code: <paramref name="argsAndResults"/> holds the lowered function's flat
    /// parameters and receives its flat results.
    /// </summary>
    /// <exception cref="WitReentranceException">The callee's instance is already on the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">A value breaks the Canonical ABI on either side, or the callee trapped.</exception>
    public void Call(Span<ValRaw> argsAndResults)
    {
        var lowered = _abi.LoweredParameters;
        if (argsAndResults.Length < Math.Max(lowered.Length, _abi.LoweredResults.Length))
        {
            throw new WitTrapException($"'{Path}': the caller's core import passes {argsAndResults.Length} value(s) where the function's type needs more.")
            {
                FunctionName = Path,
            };
        }

        _instance.EnterFrom(Path, _entering);
        try
        {
            CallEntered(argsAndResults);
        }
        finally
        {
            _instance.LeaveTo(_entering);
        }
    }

    private void CallEntered(Span<ValRaw> argsAndResults)
    {
        var lowered = _abi.LoweredParameters;
        Span<ulong> callerFlat = stackalloc ulong[CanonicalLayout.MaxFlatParams + 1];
        callerFlat = callerFlat[..lowered.Length];
        for (var i = 0; i < lowered.Length; i++)
        {
            callerFlat[i] = FromSlot(lowered[i], argsAndResults[i]);
        }

        var strings = new Queue<StringSource>();
        var arguments = new ComponentVal[_abi.Parameters.Length];
        var result = new ComponentVal?[1];

        // Releases what it lifted if it fails.
        _abi.LiftArguments(Context(_callerMemory, _callerOptions, strings), callerFlat, arguments);
        try
        {
            Span<ulong> calleeFlat = stackalloc ulong[CanonicalLayout.MaxFlatParams];
            var count = _abi.LowerArguments(Context(_calleeMemory, _calleeOptions, strings), arguments, calleeFlat);
            Span<ValRaw> slots = stackalloc ValRaw[Math.Max(_callee.SlotCount, 1)];
            for (var i = 0; i < count; i++)
            {
                slots[i] = ToSlot(_abi.LiftedParameters[i], calleeFlat[i]);
            }

            _callee.Call(slots);
            var calleeResults = slots[.._callee.ResultCount];
            Span<ulong> resultFlat = stackalloc ulong[Math.Max(calleeResults.Length, 1)];
            for (var i = 0; i < calleeResults.Length; i++)
            {
                resultFlat[i] = FromSlot(_abi.LiftedResults[i], calleeResults[i]);
            }

            strings.Clear();
            result[0] = _abi.LiftResult(Context(_calleeMemory, _calleeOptions, strings), resultFlat[..calleeResults.Length]);
            if (result[0] is { } value)
            {
                Span<ulong> flatResults = stackalloc ulong[CanonicalLayout.MaxFlatResults];
                var written = _abi.LowerResult(Context(_callerMemory, _callerOptions, strings), value, callerFlat, flatResults);
                for (var i = 0; i < written; i++)
                {
                    argsAndResults[i] = ToSlot(_abi.LoweredResults[i], flatResults[i]);
                }
            }

            // The caller has its result: the callee may now free what it returned.
            if (_calleeOptions.PostReturn is { } postReturn)
            {
                Span<ValRaw> flat = stackalloc ValRaw[Math.Max(postReturn.SlotCount, calleeResults.Length)];
                calleeResults.CopyTo(flat);
                _instance.RunWithoutLeaving(postReturn, flat);
            }
        }
        finally
        {
            ComponentVal.Free(arguments);
            if (result[0] is { } value)
            {
                ComponentVal.Free([value]);
            }
        }
    }

    private AbiContext Context(DirectOptionsMemory? memory, DirectOptions options, Queue<StringSource> strings) =>
        new(Path, memory, options.StringEncoding) { QuotesFunction = true, StringSources = strings };

    private static ulong FromSlot(FlatType type, ValRaw slot) =>
        type is FlatType.I32 or FlatType.F32 ? (uint)slot.I32 : (ulong)slot.I64;

    private static ValRaw ToSlot(FlatType type, ulong value) =>
        type is FlatType.I32 or FlatType.F32 ? ValRaw.FromI32(unchecked((int)(uint)value)) : ValRaw.FromI64(unchecked((long)value));
}
