using System.Buffers.Binary;
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
/// through the same engine as host calls, except top-level lists of integers and floats, which are checked like the
/// rest and then copied from memory to memory in one block (<see cref="CanonicalCopy"/>). Every source is checked
/// before the first destination realloc, as the spec lifts all arguments before it lowers any.
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

    // Which parameters, and whether the result, move as one block (top-level lists of numbers passed flat).
    private readonly bool[] _blockParameters;
    private readonly bool _blockResult;

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
        _blockParameters = abi.ParametersInMemory ? new bool[abi.Parameters.Length] : [.. abi.Parameters.Select(CanonicalCopy.IsBlockList)];
        _blockResult = abi.Result is { } result && CanonicalCopy.IsBlockList(result) && abi.ResultInMemory;
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

        if (lifted.Core.Index >= instance.CoreInstances.Count)
        {
            throw new WitRuntimeException($"The composed function '{path}' lifts {lifted.Core} before that instance exists.");
        }

        // Named after the composed function, so its traps name it.
        var callee = instance.CoreInstances[lifted.Core.Index].GetFunction(lifted.Core.ExportName!, path)
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
        var callerContext = Context(_callerMemory, _callerOptions, strings);
        var calleeContext = Context(_calleeMemory, _calleeOptions, strings);
        var arguments = new ComponentVal[_abi.Parameters.Length];
        var blocks = new (uint Pointer, uint Length)[_abi.Parameters.Length];
        var result = new ComponentVal?[1];

        // Releases what it lifted if it fails.
        LiftArguments(callerContext, callerFlat, arguments, blocks);
        try
        {
            Span<ulong> calleeFlat = stackalloc ulong[CanonicalLayout.MaxFlatParams];
            var count = LowerArguments(callerContext, calleeContext, arguments, blocks, calleeFlat);
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
            if (_blockResult)
            {
                CopyResult(calleeContext, callerContext, (uint)resultFlat[0], (uint)callerFlat[^1]);
            }
            else
            {
                result[0] = _abi.LiftResult(calleeContext, resultFlat[..calleeResults.Length]);
                if (result[0] is { } value)
                {
                    Span<ulong> flatResults = stackalloc ulong[CanonicalLayout.MaxFlatResults];
                    var written = _abi.LowerResult(callerContext, value, callerFlat, flatResults);
                    for (var i = 0; i < written; i++)
                    {
                        argsAndResults[i] = ToSlot(_abi.LoweredResults[i], flatResults[i]);
                    }
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

    /// <summary>
    /// Lifts the caller's arguments: block lists are only checked (their pointer and length kept in
    /// <paramref name="blocks"/>), the rest become values. Releases what it lifted if one fails.
    /// </summary>
    private void LiftArguments(AbiContext caller, ReadOnlySpan<ulong> flat, Span<ComponentVal> arguments, Span<(uint Pointer, uint Length)> blocks)
    {
        if (_abi.ParametersInMemory)
        {
            _abi.LiftArguments(caller, flat, arguments);
            return;
        }

        var index = 0;
        var lifted = 0;
        try
        {
            for (; lifted < arguments.Length; lifted++)
            {
                caller.Location = $"parameter '{_abi.ParameterNames[lifted]}'";
                if (_blockParameters[lifted])
                {
                    blocks[lifted] = ((uint)flat[index], (uint)flat[index + 1]);
                    index += 2;
                    CanonicalCopy.CheckList(caller, _abi.Parameters[lifted], blocks[lifted].Pointer, blocks[lifted].Length);
                }
                else
                {
                    arguments[lifted] = CanonicalLift.LiftFlat(caller, _abi.Parameters[lifted], flat, ref index);
                }
            }
        }
        catch
        {
            ComponentVal.Free(arguments[..lifted]);
            throw;
        }
    }

    /// <summary>Lowers the arguments into the callee's flat parameters, copying block lists; returns how many were written.</summary>
    private int LowerArguments(AbiContext caller, AbiContext callee, ReadOnlySpan<ComponentVal> arguments, ReadOnlySpan<(uint Pointer, uint Length)> blocks, Span<ulong> flat)
    {
        if (_abi.ParametersInMemory)
        {
            return _abi.LowerArguments(callee, arguments, flat);
        }

        var index = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            callee.Location = $"parameter '{_abi.ParameterNames[i]}'";
            if (_blockParameters[i])
            {
                caller.Location = callee.Location;
                (flat[index], flat[index + 1]) = CanonicalCopy.CopyList(caller, callee, _abi.Parameters[i], blocks[i].Pointer, blocks[i].Length);
                index += 2;
            }
            else
            {
                CanonicalLower.LowerFlat(callee, arguments[i], _abi.Parameters[i], flat, ref index);
            }
        }

        return index;
    }

    /// <summary>
    /// Moves a block list result: reads its pointer and length at <paramref name="area"/> in the callee's memory and
    /// checks them, then checks the caller's return area <paramref name="returnArea"/>, copies the list into the
    /// caller's memory and stores the new pointer and length there.
    /// </summary>
    private void CopyResult(AbiContext callee, AbiContext caller, uint area, uint returnArea)
    {
        var type = _abi.Result!;
        callee.Location = "the result";
        var memory = callee.CheckRange(area, type.Size, type.Alignment, "to its value");
        var pointer = BinaryPrimitives.ReadUInt32LittleEndian(memory[(int)area..]);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(memory[((int)area + 4)..]);
        CanonicalCopy.CheckList(callee, type, pointer, length);
        caller.Location = "the result";
        caller.CheckRange(returnArea, type.Size, type.Alignment, "to its return area");
        var (copied, count) = CanonicalCopy.CopyList(callee, caller, type, pointer, length);
        var into = caller.Memory.Span;
        BinaryPrimitives.WriteUInt32LittleEndian(into[(int)returnArea..], copied);
        BinaryPrimitives.WriteUInt32LittleEndian(into[((int)returnArea + 4)..], count);
    }

    private AbiContext Context(DirectOptionsMemory? memory, DirectOptions options, Queue<StringSource> strings) =>
        new(Path, memory, options.StringEncoding) { QuotesFunction = true, StringSources = strings };

    private static ulong FromSlot(FlatType type, ValRaw slot) =>
        type is FlatType.I32 or FlatType.F32 ? (uint)slot.I32 : (ulong)slot.I64;

    private static ValRaw ToSlot(FlatType type, ulong value) =>
        type is FlatType.I32 or FlatType.F32 ? ValRaw.FromI32(unchecked((int)(uint)value)) : ValRaw.FromI64(unchecked((long)value));
}
