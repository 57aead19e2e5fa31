using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Abi;

public static partial class CanonicalAbi
{
    /// <summary>At most this many flat parameters are passed as core parameters (<c>MAX_FLAT_PARAMS</c>).</summary>
    public const int MaxFlatParams = 16;

    /// <summary>At most this many flat parameters are passed to a lowered <c>async</c> function (<c>MAX_FLAT_ASYNC_PARAMS</c>).</summary>
    public const int MaxFlatAsyncParams = 4;

    /// <summary>At most this many flat results are returned as core results (<c>MAX_FLAT_RESULTS</c>).</summary>
    public const int MaxFlatResults = 1;

    /// <summary>
    /// The core signature of <paramref name="function"/> (<c>flatten_functype</c> in the spec).
    /// <para>
    /// Synchronous functions: more than <see cref="MaxFlatParams"/> flat parameters become one <c>i32</c>
    /// pointer; more than <see cref="MaxFlatResults"/> flat results become an <c>i32</c> result when lifted
    /// and an extra trailing <c>i32</c> return-area parameter (and no result) when lowered.
    /// </para>
    /// <para>
    /// <c>async</c> functions: lowered, more than <see cref="MaxFlatAsyncParams"/> flat parameters become one
    /// pointer, any result is written through an extra return-area parameter, and the core result is the
    /// <c>i32</c> subtask status; lifted, parameters spill past <see cref="MaxFlatParams"/> and the core result is
    /// the <c>i32</c> callback code (the callback form of <c>canon lift async</c>, which binding generators use;
    /// results are delivered through <c>task.return</c>).
    /// </para>
    /// </summary>
    /// <param name="model">The model the function's types belong to (its layouts are used).</param>
    /// <param name="function">The function.</param>
    /// <param name="direction">Whether the function is lifted (an export) or lowered (an import).</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="function"/> is null.</exception>
    public static FlatSignature FlattenFunction(WitModel model, Function function, AbiDirection direction)
    {
        NotNull(model, nameof(model));
        NotNull(function, nameof(function));
        var flatParams = new List<CoreType>();
        foreach (var param in function.Params)
        {
            flatParams.AddRange(LayoutOf(model, param.Type).Flat);
        }

        var flatResults = function.Result is { } result ? LayoutOf(model, result).Flat.ToList() : new List<CoreType>();
        return function.IsAsync
            ? FlattenAsync(flatParams, flatResults, direction)
            : FlattenSync(flatParams, flatResults, direction);
    }

    /// <summary>
    /// The layout of a function's parameters stored together in linear memory, as when they spill past the flat
    /// limit: a tuple of the parameter types (<c>self</c> included for methods).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="function"/> is null.</exception>
    public static TypeLayout ParamsLayout(WitModel model, Function function) => RecordLayout(ParamLayouts(model, function));

    /// <summary>The offset of each parameter within <see cref="ParamsLayout"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="function"/> is null.</exception>
    public static EquatableArray<uint> ParamOffsets(WitModel model, Function function) => FieldOffsets(ParamLayouts(model, function));

    /// <summary>
    /// The layout of a type in <paramref name="model"/>, tolerating a model whose layouts are missing or
    /// shorter than its types (an empty layout is used then).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static TypeLayout LayoutOf(WitModel model, WitType type)
    {
        NotNull(model, nameof(model));
        if (type.Primitive is { } primitive)
        {
            return PrimitiveLayout(primitive);
        }

        var index = type.Id.Index;
        return index >= 0 && index < model.Layouts.Count ? model.Layouts[index] : Unknown;
    }

    private static TypeLayout[] ParamLayouts(WitModel model, Function function)
    {
        NotNull(model, nameof(model));
        return NotNull(function, nameof(function)).Params.Select(p => LayoutOf(model, p.Type)).ToArray();
    }

    private static FlatSignature FlattenSync(List<CoreType> flatParams, List<CoreType> flatResults, AbiDirection direction)
    {
        var paramsInMemory = flatParams.Count > MaxFlatParams;
        var parameters = paramsInMemory ? new List<CoreType> { CoreType.I32 } : flatParams;
        var resultsInMemory = flatResults.Count > MaxFlatResults;
        if (!resultsInMemory)
        {
            return new FlatSignature(parameters.ToArray(), flatResults.ToArray(), paramsInMemory, false, false, false);
        }

        if (direction == AbiDirection.Lift)
        {
            return new FlatSignature(parameters.ToArray(), new[] { CoreType.I32 }, paramsInMemory, true, false, false);
        }

        parameters.Add(CoreType.I32);
        return new FlatSignature(parameters.ToArray(), EquatableArray<CoreType>.Empty, paramsInMemory, true, true, false);
    }

    private static FlatSignature FlattenAsync(List<CoreType> flatParams, List<CoreType> flatResults, AbiDirection direction)
    {
        if (direction == AbiDirection.Lift)
        {
            var spills = flatParams.Count > MaxFlatParams;
            var parameters = spills ? new[] { CoreType.I32 } : flatParams.ToArray();
            return new FlatSignature(parameters, new[] { CoreType.I32 }, spills, false, false, true);
        }

        var paramsInMemory = flatParams.Count > MaxFlatAsyncParams;
        var lowered = paramsInMemory ? new List<CoreType> { CoreType.I32 } : flatParams;
        var hasResult = flatResults.Count > 0;
        if (hasResult)
        {
            lowered.Add(CoreType.I32);
        }

        return new FlatSignature(lowered.ToArray(), new[] { CoreType.I32 }, paramsInMemory, hasResult, hasResult, true);
    }
}
