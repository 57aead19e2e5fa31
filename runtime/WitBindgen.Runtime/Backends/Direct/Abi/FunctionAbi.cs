using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// How one synchronous component function's parameters and result cross the Canonical ABI: their layouts, the core
/// signature (<c>flatten_functype</c>), and the four conversions of a call: lowering arguments and lifting the result
/// when the host calls a lifted function (<c>canon lift</c>), lifting arguments and lowering the result when the guest
/// calls a lowered one (<c>canon lower</c>). More than <see cref="CanonicalLayout.MaxFlatParams"/> flat parameters
/// travel as a tuple in memory allocated through realloc; more than <see cref="CanonicalLayout.MaxFlatResults"/> flat
/// results through a pointer the callee returns (lift) or the caller passes (lower).
/// </summary>
internal sealed class FunctionAbi
{
    private readonly string[] _locations;

    private FunctionAbi(string name, AbiType[] parameters, string[] names, AbiType? result)
    {
        Name = name;
        Parameters = parameters;
        ParameterNames = names;
        Result = result;
        ParameterTuple = AbiTypeBuilder.Record(AbiKind.Tuple, parameters, []);
        _locations = names.Select(n => $"parameter '{n}'").ToArray();
        ParametersInMemory = ParameterTuple.FlatCount > CanonicalLayout.MaxFlatParams;
        ResultInMemory = result is not null && result.FlatCount > CanonicalLayout.MaxFlatResults;
        LiftedParameters = ParametersInMemory ? [FlatType.I32] : ParameterTuple.Flat;
        LiftedResults = ResultInMemory ? [FlatType.I32] : result?.Flat ?? [];
        LoweredParameters = ResultInMemory ? [.. LiftedParameters, FlatType.I32] : LiftedParameters;
        LoweredResults = ResultInMemory ? [] : LiftedResults;
        HasHandles = parameters.Any(HoldsHandles) || (result is not null && HoldsHandles(result));
    }

    /// <summary>Whether a parameter or the result holds a resource handle (then a call needs a <see cref="AbiContext.ResourceCall"/>).</summary>
    public bool HasHandles { get; }

    /// <summary>The WIT function, for messages.</summary>
    public string Name { get; }

    /// <summary>The parameters' layouts.</summary>
    public AbiType[] Parameters { get; }

    /// <summary>The parameters' names.</summary>
    public string[] ParameterNames { get; }

    /// <summary>The result's layout, or null when the function returns nothing.</summary>
    public AbiType? Result { get; }

    /// <summary>The parameters as one tuple, as they are stored when they do not fit in flat values.</summary>
    public AbiType ParameterTuple { get; }

    /// <summary>Whether the parameters pass as a pointer to a tuple in memory.</summary>
    public bool ParametersInMemory { get; }

    /// <summary>Whether the result passes through memory.</summary>
    public bool ResultInMemory { get; }

    /// <summary>The core parameters of the lifted function.</summary>
    public FlatType[] LiftedParameters { get; }

    /// <summary>The core results of the lifted function.</summary>
    public FlatType[] LiftedResults { get; }

    /// <summary>The core parameters of the lowered function (a return pointer last when the result passes through memory).</summary>
    public FlatType[] LoweredParameters { get; }

    /// <summary>The core results of the lowered function.</summary>
    public FlatType[] LoweredResults { get; }

    /// <summary>Lays out <paramref name="type"/>, the type of the function <paramref name="name"/>.</summary>
    /// <exception cref="NotSupportedException">The function is async, or a parameter or the result holds a type the direct backend cannot pass yet.</exception>
    public static FunctionAbi Create(string name, FuncNode type, AbiTypeBuilder? builder = null)
    {
        if (type.IsAsync)
        {
            throw new NotSupportedException($"{name}: async functions are not supported by the direct backend yet.");
        }

        builder ??= new AbiTypeBuilder();
        var parameters = new AbiType[type.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = builder.Build(type.Parameters[i].Type, name, $"parameter '{type.Parameters[i].Name}'");
        }

        var result = type.Result is { } r ? builder.Build(r, name, "the result") : null;
        return new FunctionAbi(name, parameters, type.Parameters.Select(p => p.Name).ToArray(), result);
    }

    /// <summary>
    /// Lowers the host's <paramref name="arguments"/> into the lifted function's core parameters (<c>lower_flat_values</c>
    /// with <c>MAX_FLAT_PARAMS</c>); returns how many were written to <paramref name="flat"/>.
    /// </summary>
    public int LowerArguments(AbiContext cx, ReadOnlySpan<ComponentVal> arguments, Span<ulong> flat)
    {
        CheckArity(cx, arguments.Length);
        var index = 0;
        if (ParametersInMemory)
        {
            cx.Location = "the parameter list";
            var pointer = cx.Realloc(0, 0, ParameterTuple.Alignment, ParameterTuple.Size);
            for (var i = 0; i < arguments.Length; i++)
            {
                cx.Location = _locations[i];
                CanonicalLower.Store(cx, arguments[i], Parameters[i], pointer + ParameterTuple.Offsets[i]);
            }

            flat[index++] = pointer;
            return index;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            cx.Location = _locations[i];
            CanonicalLower.LowerFlat(cx, arguments[i], Parameters[i], flat, ref index);
        }

        return index;
    }

    /// <summary>Lifts the lifted function's core results (<c>lift_flat_values</c> with <c>MAX_FLAT_RESULTS</c>); null when it returns nothing.</summary>
    public ComponentVal? LiftResult(AbiContext cx, ReadOnlySpan<ulong> flat)
    {
        if (Result is null)
        {
            return null;
        }

        cx.Location = "the result";
        if (ResultInMemory)
        {
            var pointer = (uint)flat[0];
            cx.CheckRange(pointer, Result.Size, Result.Alignment, "to its value");
            return CanonicalLift.Load(cx, Result, pointer);
        }

        var index = 0;
        return CanonicalLift.LiftFlat(cx, Result, flat, ref index);
    }

    /// <summary>Lifts the lowered function's core parameters into <paramref name="arguments"/>, releasing what it lifted if one fails.</summary>
    public void LiftArguments(AbiContext cx, ReadOnlySpan<ulong> flat, Span<ComponentVal> arguments)
    {
        CheckArity(cx, arguments.Length);
        var lifted = 0;
        try
        {
            if (ParametersInMemory)
            {
                cx.Location = "the parameter list";
                var pointer = (uint)flat[0];
                cx.CheckRange(pointer, ParameterTuple.Size, ParameterTuple.Alignment, "to its tuple");
                for (; lifted < arguments.Length; lifted++)
                {
                    cx.Location = _locations[lifted];
                    arguments[lifted] = CanonicalLift.Load(cx, Parameters[lifted], pointer + ParameterTuple.Offsets[lifted]);
                }

                return;
            }

            var index = 0;
            for (; lifted < arguments.Length; lifted++)
            {
                cx.Location = _locations[lifted];
                arguments[lifted] = CanonicalLift.LiftFlat(cx, Parameters[lifted], flat, ref index);
            }
        }
        catch
        {
            ComponentVal.Free(arguments.Slice(0, lifted));
            throw;
        }
    }

    /// <summary>
    /// Lowers the host's result of a lowered function: through the return pointer, the last of <paramref name="flatParameters"/>,
    /// when it does not fit in flat values (then 0 is returned), else into <paramref name="flatResults"/> (returns how many).
    /// </summary>
    public int LowerResult(AbiContext cx, in ComponentVal result, ReadOnlySpan<ulong> flatParameters, Span<ulong> flatResults)
    {
        if (Result is null)
        {
            return 0;
        }

        cx.Location = "the result";
        if (ResultInMemory)
        {
            var pointer = (uint)flatParameters[LoweredParameters.Length - 1];
            cx.CheckRange(pointer, Result.Size, Result.Alignment, "to its return area");
            CanonicalLower.Store(cx, result, Result, pointer);
            return 0;
        }

        var index = 0;
        CanonicalLower.LowerFlat(cx, result, Result, flatResults, ref index);
        return index;
    }

    private static bool HoldsHandles(AbiType type)
    {
        var pending = new Stack<AbiType>();
        var seen = new HashSet<AbiType>(ReferenceEqualityComparer.Instance);
        pending.Push(type);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            if (next.Kind is AbiKind.Own or AbiKind.Borrow)
            {
                return true;
            }

            if (next.Element is { } element)
            {
                pending.Push(element);
            }

            foreach (var part in next.Fields.Concat(next.Cases))
            {
                if (part is not null)
                {
                    pending.Push(part);
                }
            }
        }

        return false;
    }

    private void CheckArity(AbiContext cx, int count)
    {
        if (count != Parameters.Length)
        {
            cx.Location = "the call";
            throw cx.Trap($"has {count} arguments where the function takes {Parameters.Length}");
        }
    }
}
