using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>Calls a direct export at the value level through the Canonical ABI engine, as the tests' stand-in for the typed call path.</summary>
internal static class DirectValueCalls
{
    /// <summary>Lowers <paramref name="arguments"/> with the export's options, calls it and lifts its result (owned by the caller).</summary>
    public static ComponentVal? Call(DirectExport export, params ComponentVal[] arguments)
    {
        var abi = FunctionAbi.Create(export.Path, export.Type);
        var options = export.Options;
        var cx = new AbiContext(export.Path, options.Memory is null ? null : new DirectOptionsMemory(options), options.StringEncoding);
        var flat = new ulong[CanonicalLayout.MaxFlatParams];
        var count = abi.LowerArguments(cx, arguments, flat);
        var slots = new ValRaw[Math.Max(count, export.Function.ResultCount)];
        for (var i = 0; i < count; i++)
        {
            slots[i] = abi.LiftedParameters[i] is FlatType.I32 or FlatType.F32 ? ValRaw.FromI32((int)(uint)flat[i]) : ValRaw.FromI64((long)flat[i]);
        }

        return export.Call(slots, (_, results) =>
        {
            var values = new ulong[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                values[i] = abi.LiftedResults[i] is FlatType.I32 or FlatType.F32 ? (uint)results[i].I32 : (ulong)results[i].I64;
            }

            return abi.LiftResult(cx, values);
        });
    }
}
