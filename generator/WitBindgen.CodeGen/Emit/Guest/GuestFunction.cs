using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// One WIT function as the guest bindings see it: its C# method and parameter names, its core signature,
/// and the names it has on the component boundary.
/// </summary>
internal sealed class GuestFunction
{
    /// <summary>Locals the generated wrappers declare; parameters with these names get a suffix.</summary>
    private static readonly string[] WrapperLocals = { "s", "f", "i", "j", "r", "result", "post", "area", "args", "core" };

    public GuestFunction(WitModel model, Function function, string methodName, AbiDirection direction)
    {
        Function = function;
        MethodName = methodName;
        Signature = CanonicalAbi.FlattenFunction(model, function, direction);
        var locals = new NameScope(WrapperLocals.Concat(Signature.Params.Select((_, k) => CoreParamName(k))));
        ParamNames = function.Params.Select(p => locals.Claim(CSharpNames.ToCamelCase(p.Name))).ToList();
    }

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
