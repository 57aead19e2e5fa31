using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

/// <summary>WIT <c>map&lt;K, V&gt;</c> values (a proposal Wasmtime gates behind <see cref="WasmEngineOptions.EnableMapTypes"/>).</summary>
public sealed class MapTests
{
    [Fact]
    public void Map_round_trips_through_export_and_import()
    {
        using var harness = new RoundTripHarness(new WasmEngineOptions { EnableMapTypes = true }, "(map string u32)", "i32", "i32");
        var map = ComponentVal.NewMap(2);
        var entries = map.GetMapEntries();
        entries[0].Key = ComponentVal.String("one");
        entries[0].Value = ComponentVal.U32(1);
        entries[1].Key = ComponentVal.String("two");
        entries[1].Value = ComponentVal.U32(2);

        var result = harness.Call(map);
        try
        {
            harness.LastHostArgument.ShouldBe("map{\"one\": 1, \"two\": 2}");
            var read = result.GetMapEntries();
            read.Length.ShouldBe(2);
            read[1].Key.GetString().ShouldBe("two");
            read[1].Value.GetU32().ShouldBe(2u);
        }
        finally
        {
            result.Dispose();
        }
    }
}
