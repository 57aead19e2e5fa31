using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// How one exported function is called through the Canonical ABI when its instance runs on the direct backend, as
/// <see cref="CanonicalCallPlanner"/> decided it: the field of its view, the signature it is checked against, its locals,
/// and how the parameters and result travel (flat values, or a tuple and a return area in memory).
/// </summary>
internal sealed class CanonicalCallCode
{
    public CanonicalCallCode(
        string abiClass,
        string field,
        string signature,
        IReadOnlyDictionary<string, string> locals,
        IReadOnlyList<MarshalType> parameters,
        int flatCount,
        (uint Size, uint Alignment, IReadOnlyList<uint> Offsets)? parameterTuple,
        MarshalType? result,
        bool resultInMemory,
        IReadOnlyList<HandleMarshal> handles)
    {
        AbiClass = abiClass;
        Field = field;
        Signature = signature;
        Locals = locals;
        Parameters = parameters;
        FlatCount = flatCount;
        ParameterTuple = parameterTuple;
        Result = result;
        ResultInMemory = resultInMemory;
        Handles = handles;
    }

    /// <summary>The qualified Canonical ABI class whose helpers the call uses.</summary>
    public string AbiClass { get; }

    /// <summary>The field holding the function's <c>CanonicalExport</c> (null when it runs on the Wasmtime backend).</summary>
    public string Field { get; }

    /// <summary>The function type the code is written for, as the runtime writes it (<see cref="Abi.SignatureText"/>).</summary>
    public string Signature { get; }

    /// <summary>The call's locals by role: <c>abi</c>, <c>flat</c>, <c>next</c>, <c>tuple</c>, <c>lifted</c>, <c>error</c>.</summary>
    public IReadOnlyDictionary<string, string> Locals { get; }

    /// <summary>The parameters' marshal nodes, in order.</summary>
    public IReadOnlyList<MarshalType> Parameters { get; }

    /// <summary>The number of flat core arguments: the parameters' flat values, or 1 when they pass as a tuple.</summary>
    public int FlatCount { get; }

    /// <summary>When the parameters take more than 16 flat values: the tuple's size, alignment and each parameter's offset.</summary>
    public (uint Size, uint Alignment, IReadOnlyList<uint> Offsets)? ParameterTuple { get; }

    /// <summary>The result's marshal node, or null when the function returns nothing.</summary>
    public MarshalType? Result { get; }

    /// <summary>Whether the result is read from the area the core function returns a pointer to.</summary>
    public bool ResultInMemory { get; }

    /// <summary>The handles <see cref="Signature"/> names, in its order (their resources are checked beside it).</summary>
    public IReadOnlyList<HandleMarshal> Handles { get; }
}
