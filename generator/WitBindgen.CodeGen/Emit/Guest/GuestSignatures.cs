using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Abi;
using WitBindgen.CodeGen.Emit.Abi;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The C# signature of a WIT function, and the code moving its parameters across the boundary.</summary>
internal static class GuestSignatures
{
    public static string ReturnType(CodeGenContext context, Wit.Model.Function function) =>
        function.Result is { } result ? context.Types.Map(result) : "void";

    public static string Parameters(CodeGenContext context, GuestFunction item, int first = -1) =>
        string.Join(", ", item.Function.Params.Select((p, k) => (p, k)).Skip(first < 0 ? item.FirstDeclaredParam : first)
            .Select(x => $"{context.Types.Map(x.p.Type)} {item.ParamNames[x.k]}"));

    /// <summary>The arguments forwarding the declared parameters from <paramref name="first"/> on.</summary>
    public static string Arguments(GuestFunction item, int first) => string.Join(", ", item.ParamNames.Skip(first));

    public static void WriteDocs(IndentedWriter w, GuestFunction item)
    {
        DocComments.Summary(w, item.Function.Docs, Fallback(item.Function));
        WriteParamDocs(w, item);
        if (item.Function.Result is not null)
        {
            w.Line(item.Function.Kind == Wit.Model.FunctionKind.Constructor
                ? "/// <returns>The new resource.</returns>"
                : "/// <returns>The function's result.</returns>");
        }
    }

    /// <summary>Writes a param element per declared parameter (not the receiver of a method).</summary>
    public static void WriteParamDocs(IndentedWriter w, GuestFunction item)
    {
        for (var k = item.FirstDeclaredParam; k < item.ParamNames.Count; k++)
        {
            DocComments.Param(w, item.ParamNames[k], null, $"The <c>{DocComments.Escape(item.Function.Params[k].Name)}</c> parameter.");
        }
    }

    // The summary of an undocumented function: resource functions are described by what they are to their resource.
    private static string Fallback(Wit.Model.Function function)
    {
        var resource = function.Name.IndexOf(']') is var close and > 0 ? function.Name.Substring(close + 1).Split('.')[0] : string.Empty;
        return function.Kind switch
        {
            Wit.Model.FunctionKind.Constructor => $"The constructor of the WIT resource <c>{DocComments.Escape(resource)}</c>.",
            Wit.Model.FunctionKind.Method => $"The method <c>{DocComments.Escape(function.ItemName)}</c> of the WIT resource <c>{DocComments.Escape(resource)}</c>.",
            Wit.Model.FunctionKind.Static => $"The static function <c>{DocComments.Escape(function.ItemName)}</c> of the WIT resource <c>{DocComments.Escape(resource)}</c>.",
            _ => $"The WIT function <c>{DocComments.Escape(function.Name)}</c>.",
        };
    }

    /// <summary>Declares one local per WIT parameter, lifted from the core parameters (an export's entry point).</summary>
    public static void WriteParamLifting(IndentedWriter w, CodeGenContext context, GuestMarshalPlan plan, string abi, GuestFunction item)
    {
        var fn = item.Function;
        if (fn.Params.Count == 0)
        {
            return;
        }

        if (item.Signature.ParamsInMemory)
        {
            var layout = CanonicalAbi.ParamsLayout(context.Model, fn);
            var offsets = CanonicalAbi.ParamOffsets(context.Model, fn);
            w.Line("var args = unchecked((uint)p0);");
            for (var k = 0; k < fn.Params.Count; k++)
            {
                w.Line($"var {item.ParamNames[k]} = {abi}.{AbiHelperNames.Load(plan.Of(fn.Params[k].Type))}(s, {Offset("args", offsets[k])});");
            }

            w.Line($"s.Own(args, {U(layout.Size)}, {U(layout.Alignment)});");
            return;
        }

        var slots = item.Signature.Params.Select((t, k) => $"{abi}.From{GuestFunction.CoreKey(t)}({GuestFunction.CoreParamName(k)})");
        w.Line($"var f = new ulong[] {{ {string.Join(", ", slots)} }};");
        w.Line("var i = 0;");
        for (var k = 0; k < fn.Params.Count; k++)
        {
            w.Line($"var {item.ParamNames[k]} = {abi}.{AbiHelperNames.Lift(plan.Of(fn.Params[k].Type))}(s, f, ref i);");
        }
    }

    /// <summary>Lowers the WIT parameters into core arguments (an import's wrapper); returns the argument expressions.</summary>
    public static IReadOnlyList<string> WriteParamLowering(IndentedWriter w, CodeGenContext context, GuestMarshalPlan plan, string abi, GuestFunction item)
    {
        var fn = item.Function;
        var sig = item.Signature;
        var args = new List<string>();
        if (sig.ParamsInMemory)
        {
            var layout = CanonicalAbi.ParamsLayout(context.Model, fn);
            var offsets = CanonicalAbi.ParamOffsets(context.Model, fn);
            w.Line($"var args = s.Allocate({U(layout.Size)}, {U(layout.Alignment)});");
            for (var k = 0; k < fn.Params.Count; k++)
            {
                w.Line($"{abi}.{AbiHelperNames.Store(plan.Of(fn.Params[k].Type))}(s, {Offset("args", offsets[k])}, {item.ParamNames[k]});");
            }

            args.Add("unchecked((int)args)");
        }
        else if (fn.Params.Count > 0)
        {
            var flatCount = sig.Params.Count - (sig.HasReturnPointerParam ? 1 : 0);
            w.Line($"var f = new ulong[{I(flatCount)}];");
            w.Line("var i = 0;");
            for (var k = 0; k < fn.Params.Count; k++)
            {
                w.Line($"{abi}.{AbiHelperNames.Lower(plan.Of(fn.Params[k].Type))}(s, {item.ParamNames[k]}, f, ref i);");
            }

            for (var k = 0; k < flatCount; k++)
            {
                args.Add($"{abi}.To{GuestFunction.CoreKey(sig.Params[k])}(f[{I(k)}])");
            }
        }

        return args;
    }
}
