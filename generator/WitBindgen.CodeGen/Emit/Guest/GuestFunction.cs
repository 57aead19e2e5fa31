using WitBindgen.CodeGen.Emit.Abi;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// One WIT function as the guest bindings see it: its C# method and parameter names (decided by <see cref="GuestPlan"/>),
/// its core signature, and the names it has on the component boundary.
/// </summary>
internal sealed class GuestFunction
{
    /// <param name="function">The WIT function.</param>
    /// <param name="methodName">The C# method name.</param>
    /// <param name="signature">The flattened core signature.</param>
    /// <param name="paramNames">The C# parameter names, in order (for an instance method, the first is the expression of <c>self</c>).</param>
    /// <param name="firstDeclaredParam">1 for an instance method, whose <c>self</c> is not declared, else 0.</param>
    public GuestFunction(Function function, string methodName, FlatSignature signature, IReadOnlyList<string> paramNames, int firstDeclaredParam)
    {
        Function = function;
        MethodName = methodName;
        Signature = signature;
        ParamNames = paramNames;
        FirstDeclaredParam = firstDeclaredParam;
    }

    /// <summary>Whether the function is a resource method, whose first parameter is <c>self</c>.</summary>
    public bool IsMethod => Function.Kind is FunctionKind.Method or FunctionKind.AsyncMethod;

    /// <summary>The index of the first parameter the C# method declares: 1 for an instance method, whose <c>self</c> is <c>this</c>.</summary>
    public int FirstDeclaredParam { get; }

    /// <summary>The WIT function.</summary>
    public Function Function { get; }

    /// <summary>The C# method name.</summary>
    public string MethodName { get; }

    /// <summary>The C# parameter names, in order.</summary>
    public IReadOnlyList<string> ParamNames { get; }

    /// <summary>The flattened core signature.</summary>
    public FlatSignature Signature { get; }

    /// <summary>The name of the <paramref name="index"/>th core parameter: <c>p0</c>, <c>p1</c>, ….</summary>
    public static string CoreParamName(int index) => "p" + AbiText.I(index);

    /// <summary>The C# type of a core value type.</summary>
    public static string CoreTypeName(CoreType type) => type switch
    {
        CoreType.I32 => "int",
        CoreType.I64 => "long",
        CoreType.F32 => "float",
        _ => "double",
    };

    /// <summary>The helper suffix converting a core value to and from a flat slot: <c>I32</c>.</summary>
    public static string CoreKey(CoreType type) => type.ToString();

    /// <summary>The core parameter list: <c>int p0, long p1</c>.</summary>
    public string CoreParameters() =>
        string.Join(", ", Signature.Params.Select((t, k) => $"{CoreTypeName(t)} {CoreParamName(k)}"));

    /// <summary>The core return type: <c>void</c> or the single result's type.</summary>
    public string CoreReturnType() => Signature.Results.Count == 0 ? "void" : CoreTypeName(Signature.Results[0]);
}
