using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// Seeded random values of every test type go down through the engine and come back up unchanged: as arguments
/// (lowered by a caller, lifted by a callee: flat, or through realloc past 16 flat values) and as results (lowered
/// through the return pointer or flat, lifted back), in each string encoding.
/// </summary>
public sealed class AbiRoundTripTests
{
    private const int Seeds = 40;

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf16")]
    [InlineData("latin1+utf16")]
    public void Arguments_of_every_type_survive_lowering_and_lifting(string stringEncoding)
    {
        var encoding = Encoding(stringEncoding);
        var checkedValues = 0;
        foreach (var function in AbiFunctions.All)
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                var random = new Random(seed);
                var arguments = function.Parameters.Select(p => RandomComponentVals.Create(p, random)).ToArray();
                var lifted = new ComponentVal[arguments.Length];
                try
                {
                    var memory = new ArrayGuestMemory();
                    var cx = new AbiContext(function.Name, memory, encoding);
                    var flat = new ulong[CanonicalLayout.MaxFlatParams];
                    var count = function.LowerArguments(cx, arguments, flat);
                    count.ShouldBe(function.LiftedParameters.Length);
                    function.LiftArguments(cx, flat.AsSpan(0, count), lifted);
                    for (var i = 0; i < arguments.Length; i++)
                    {
                        lifted[i].ToString().ShouldBe(arguments[i].ToString(), $"{function.Name} seed {seed} argument {i}");
                        checkedValues++;
                    }
                }
                finally
                {
                    ComponentVal.Free(arguments);
                    ComponentVal.Free(lifted);
                }
            }
        }

        checkedValues.ShouldBe(Seeds * AbiFunctions.All.Sum(f => f.Parameters.Length));
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf16")]
    [InlineData("latin1+utf16")]
    public void Results_of_every_type_survive_lowering_and_lifting(string stringEncoding)
    {
        var encoding = Encoding(stringEncoding);
        foreach (var function in AbiFunctions.All)
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                var value = RandomComponentVals.Create(function.Result!, new Random(seed));
                ComponentVal? lifted = null;
                try
                {
                    var memory = new ArrayGuestMemory();
                    var cx = new AbiContext(function.Name, memory, encoding);
                    var parameters = new ulong[function.LoweredParameters.Length];
                    var results = new ulong[1];
                    if (function.ResultInMemory)
                    {
                        parameters[^1] = memory.Realloc(0, 0, function.Result!.Alignment, function.Result.Size);
                    }

                    var count = function.LowerResult(cx, value, parameters, results);
                    count.ShouldBe(function.LoweredResults.Length);
                    lifted = function.LiftResult(cx, function.ResultInMemory ? [parameters[^1]] : results);
                    lifted.ToString().ShouldBe(value.ToString(), $"{function.Name} seed {seed}");
                }
                finally
                {
                    value.Dispose();
                    lifted?.Dispose();
                }
            }
        }
    }

    [Fact]
    public void Parameters_past_sixteen_flat_values_travel_as_one_tuple_allocated_through_realloc()
    {
        var function = AbiFunctions.All.Single(f => f.Name == "many");
        function.ParametersInMemory.ShouldBeTrue();
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var arguments = function.Parameters.Select((p, i) => p.Kind == AbiKind.String ? ComponentVal.String("s" + i) : ComponentVal.U64((ulong)i)).ToArray();
        try
        {
            var flat = new ulong[16];
            function.LowerArguments(new AbiContext("many", memory, CanonicalStringEncoding.Utf8), arguments, flat).ShouldBe(1);

            // The tuple first, aligned to its u64s; then each string as it is stored.
            memory.Calls[0].ShouldBe((0u, 0u, 8u, function.ParameterTuple.Size));
            (flat[0] % 8).ShouldBe(0UL);
            memory.Calls.Count.ShouldBe(1 + 6);
            BitConverter.ToUInt64(memory.Span.Slice((int)flat[0] + (int)function.ParameterTuple.Offsets[11], 8)).ShouldBe(11UL);
        }
        finally
        {
            ComponentVal.Free(arguments);
        }
    }

    internal static CanonicalStringEncoding Encoding(string name) => name switch
    {
        "utf8" => CanonicalStringEncoding.Utf8,
        "utf16" => CanonicalStringEncoding.Utf16,
        _ => CanonicalStringEncoding.Latin1Utf16,
    };
}
