namespace WitBindgen.Wit.Abi;

/// <summary>The core WebAssembly signature of a component function, after the Canonical ABI's flattening limits.</summary>
/// <param name="Params">
/// The core parameters: the flattened parameters, or one <c>i32</c> pointer when they spill to memory, followed,
/// when <see cref="HasReturnPointerParam"/>, by the <c>i32</c> return-area pointer.
/// </param>
/// <param name="Results">The core results: empty, one flat value, or one <c>i32</c> pointer.</param>
/// <param name="ParamsInMemory">Whether the parameters are stored in linear memory and passed by one <c>i32</c> pointer.</param>
/// <param name="ResultsInMemory">Whether the results travel through linear memory (a return pointer) rather than as flat values.</param>
/// <param name="HasReturnPointerParam">Whether the last core parameter is a caller-provided return area (lowered functions).</param>
/// <param name="IsAsync">Whether this is the signature of an <c>async</c> function.</param>
public sealed record FlatSignature(
    EquatableArray<CoreType> Params,
    EquatableArray<CoreType> Results,
    bool ParamsInMemory,
    bool ResultsInMemory,
    bool HasReturnPointerParam,
    bool IsAsync);
