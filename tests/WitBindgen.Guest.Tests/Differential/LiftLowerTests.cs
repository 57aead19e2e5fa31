using Wasmtime.Components;
using Xunit.Abstractions;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Differential tests of the generated lifting and lowering against Wasmtime, for every type of
/// <see cref="TestWorld"/>, with thousands of random values per type:
/// <list type="bullet">
/// <item>C# lowers: the bindings store a <c>list&lt;T&gt;</c> into the mirror buffer, the bytes are copied into the
/// component, and Wasmtime lifts them (<c>readN</c>); its values must render like the C# originals.</item>
/// <item>C# lifts: Wasmtime lowers the same values into the component (<c>takeN</c>), the memory is copied back,
/// and the bindings lift the list; it must render like the originals.</item>
/// <item>Flat: Wasmtime passes each value to a core function that records its core parameters (<c>flatN</c>); they
/// must equal what the bindings' flat lowering produces (bit for bit, for types without pointers or floats), and
/// the bindings' flat lifting of them must render like the original.</item>
/// </list>
/// </summary>
public sealed class LiftLowerTests(GuestFixture fixture, ITestOutputHelper output) : IClassFixture<GuestFixture>
{
    private const int Batches = 4;
    private const int BatchSize = 500;
    private const uint Pair = 32;

    public static TheoryData<int, string> TypeCases()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < TestWorld.Types.Count; i++)
        {
            data.Add(i, TestWorld.Types[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypeCases))]
    public void Values_cross_the_boundary_unchanged(int type, string wit)
    {
        var witType = fixture.Types[type];
        var flatCount = Wit.Abi.CanonicalAbi.LayoutOf(fixture.Model, witType).Flat.Count;
        var flatTried = 0;
        for (var batch = 0; batch < Batches; batch++)
        {
            var seed = type * 1000 + batch;

            // C# lowers, Wasmtime lifts.
            fixture.Component.ResetGuestAllocator();
            var shown = fixture.Driver.StoreRandomList(type, seed, BatchSize, Pair);
            fixture.Component.CopyToComponent(Pair, fixture.Component.GuestEnd - Pair);
            var lifted = fixture.Component.Call($"read{type}", ComponentValue.U32(Pair))!.AsList();
            lifted.Select(v => ValueText.Render(fixture.Model, witType, v)).ShouldBe(shown, $"{wit}: Wasmtime lifting what C# lowered, seed {seed}");

            // Wasmtime lowers, C# lifts.
            fixture.Component.Call("reset");
            fixture.Component.Call($"take{type}", ComponentValue.List(lifted.ToArray()));
            fixture.Component.CopyComponentRegion();
            fixture.Component.CopyFromComponent(0, 8);
            fixture.Driver.LoadList(type, 0).ShouldBe(shown, $"{wit}: C# lifting what Wasmtime lowered, seed {seed}");

            if (flatCount > Wit.Abi.CanonicalAbi.MaxFlatParams)
            {
                continue;
            }

            // Flat: Wasmtime flattens each value; compare with C#'s flattening, and lift Wasmtime's back in C#.
            fixture.Component.Call("reset");
            fixture.Component.ResetGuestAllocator();
            var expected = fixture.Driver.LowerRandom(type, seed, BatchSize);
            var recorded = lifted.Select(v => Slots(fixture.Component.Call($"flat{type}", v)!)).ToList();
            fixture.Component.CopyComponentRegion();
            var exact = IsPlain(witType);
            for (var k = 0; k < recorded.Count; k++)
            {
                if (exact)
                {
                    recorded[k].ShouldBe(expected[k], $"{wit}: flat values of {shown[k]}");
                }

                fixture.Driver.LiftFlat(type, recorded[k]).ShouldBe(shown[k], $"{wit}: C# flat lifting");
                flatTried++;
            }
        }

        output.WriteLine($"{wit}: {Batches * BatchSize} values through memory both ways, {flatTried} flattened");
    }

    private static ulong[] Slots(ComponentValue bytes)
    {
        var list = bytes.AsList();
        var slots = new ulong[list.Count / 8];
        for (var k = 0; k < list.Count; k++)
        {
            slots[k / 8] |= (ulong)list[k].AsU8() << (8 * (k % 8));
        }

        return slots;
    }

    // Types whose flat values are compared bit for bit: no pointers (the two sides allocate at different
    // offsets) and no floats (NaN payloads may differ).
    private bool IsPlain(Wit.Model.WitType type)
    {
        var model = fixture.Model;
        type = model.Unalias(type);
        if (type.Primitive is { } p)
        {
            return p is not (Wit.Syntax.PrimitiveKind.String or Wit.Syntax.PrimitiveKind.F32 or Wit.Syntax.PrimitiveKind.F64);
        }

        var kind = model[type.Id].Kind;
        return kind is not Wit.Model.ListKind && Wit.Model.TypeReferences.Children(kind).All(IsPlain);
    }
}
