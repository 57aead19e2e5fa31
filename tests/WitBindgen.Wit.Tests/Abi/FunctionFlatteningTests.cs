using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Abi.CoreType;
using static WitBindgen.Wit.Tests.Abi.TypeArena;

namespace WitBindgen.Wit.Tests.Abi;

/// <summary>Core signatures of component functions (<c>flatten_functype</c>).</summary>
public sealed class FunctionFlatteningTests
{
    private static Function Func(FunctionKind kind, WitType? result, params WitType[] parameters) => new(
        "f",
        kind,
        null,
        parameters.Select((t, i) => new Param("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t)).ToArray(),
        result,
        null,
        Stability.Unknown,
        null);

    private static FlatSignature Flatten(TypeArena arena, Function function, AbiDirection direction) =>
        CanonicalAbi.FlattenFunction(arena.ToModel(), function, direction);

    [Fact]
    public void Sixteen_flat_parameters_stay_flat()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.Freestanding, null, Enumerable.Repeat(U32, 16).ToArray()), AbiDirection.Lower);
        signature.Params.Count.ShouldBe(16);
        signature.ParamsInMemory.ShouldBeFalse();
        signature.Results.IsEmpty.ShouldBeTrue();
    }

    [Theory]
    [InlineData(AbiDirection.Lift)]
    [InlineData(AbiDirection.Lower)]
    public void Seventeen_flat_parameters_spill_to_one_pointer(AbiDirection direction)
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.Freestanding, U32, Enumerable.Repeat(U32, 17).ToArray()), direction);
        signature.Params.ToArray().ShouldBe(new[] { I32 });
        signature.ParamsInMemory.ShouldBeTrue();
        signature.Results.ToArray().ShouldBe(new[] { I32 });
        signature.ResultsInMemory.ShouldBeFalse();
    }

    [Fact]
    public void Parameters_that_flatten_past_sixteen_spill_even_with_fewer_parameters()
    {
        var arena = new TypeArena();
        var wide = arena.Add(Record(Str, Str, Str, Str, Str, Str, Str, Str, U8));
        var signature = Flatten(arena, Func(FunctionKind.Freestanding, null, wide), AbiDirection.Lift);
        signature.ParamsInMemory.ShouldBeTrue();
        signature.Params.ToArray().ShouldBe(new[] { I32 });
    }

    [Fact]
    public void String_returning_export_returns_one_pointer()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.Freestanding, Str, U32), AbiDirection.Lift);
        signature.Params.ToArray().ShouldBe(new[] { I32 });
        signature.Results.ToArray().ShouldBe(new[] { I32 });
        signature.ResultsInMemory.ShouldBeTrue();
        signature.HasReturnPointerParam.ShouldBeFalse();
    }

    [Fact]
    public void String_returning_import_takes_a_return_area_pointer()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.Freestanding, Str, U64), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { I64, I32 });
        signature.Results.IsEmpty.ShouldBeTrue();
        signature.ResultsInMemory.ShouldBeTrue();
        signature.HasReturnPointerParam.ShouldBeTrue();
    }

    [Fact]
    public void Spilled_import_parameters_are_followed_by_the_return_area()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.Freestanding, Str, Enumerable.Repeat(Float64, 17).ToArray()), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { I32, I32 });
        signature.ParamsInMemory.ShouldBeTrue();
        signature.HasReturnPointerParam.ShouldBeTrue();
    }

    [Fact]
    public void Single_flat_result_is_returned_directly()
    {
        var arena = new TypeArena();
        var signature = Flatten(arena, Func(FunctionKind.Freestanding, Float64, Float32, Str), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { F32, I32, I32 });
        signature.Results.ToArray().ShouldBe(new[] { F64 });
        signature.ResultsInMemory.ShouldBeFalse();
    }

    [Fact]
    public void Method_flattens_its_self_handle_like_any_parameter()
    {
        var arena = new TypeArena();
        var resource = arena.Add(ResourceKind.Instance, "r");
        var self = arena.Add(new HandleKind(HandleOwnership.Borrow, resource.Id));
        var signature = Flatten(arena, Func(FunctionKind.Method, null, self, U64), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { I32, I64 });
    }

    [Fact]
    public void Async_import_spills_past_four_parameters_and_returns_a_status()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.AsyncFreestanding, Str, U32, U32, U32, U32, U32), AbiDirection.Lower);
        signature.IsAsync.ShouldBeTrue();
        signature.Params.ToArray().ShouldBe(new[] { I32, I32 });
        signature.ParamsInMemory.ShouldBeTrue();
        signature.HasReturnPointerParam.ShouldBeTrue();
        signature.Results.ToArray().ShouldBe(new[] { I32 });
    }

    [Fact]
    public void Async_import_with_four_parameters_and_no_result_keeps_them_flat()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.AsyncFreestanding, null, U32, Float32, U64, U8), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { I32, F32, I64, I32 });
        signature.ParamsInMemory.ShouldBeFalse();
        signature.HasReturnPointerParam.ShouldBeFalse();
        signature.Results.ToArray().ShouldBe(new[] { I32 });
    }

    [Fact]
    public void Async_import_with_one_flat_result_still_uses_a_return_area()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.AsyncFreestanding, U32), AbiDirection.Lower);
        signature.Params.ToArray().ShouldBe(new[] { I32 });
        signature.HasReturnPointerParam.ShouldBeTrue();
    }

    [Fact]
    public void Async_export_keeps_up_to_sixteen_parameters_and_returns_the_callback_code()
    {
        var signature = Flatten(new TypeArena(), Func(FunctionKind.AsyncStatic, Str, U32, U32, U32, U32, U32), AbiDirection.Lift);
        signature.Params.ToArray().ShouldBe(Enumerable.Repeat(I32, 5).ToArray());
        signature.ParamsInMemory.ShouldBeFalse();
        signature.ResultsInMemory.ShouldBeFalse();
        signature.Results.ToArray().ShouldBe(new[] { I32 });
    }

    [Fact]
    public void Missing_layouts_do_not_throw()
    {
        var model = new TypeArena().ToModel();
        var signature = CanonicalAbi.FlattenFunction(model, Func(FunctionKind.Freestanding, WitType.Of(new TypeId(7)), WitType.Of(new TypeId(9))), AbiDirection.Lift);
        signature.Params.IsEmpty.ShouldBeTrue();
        signature.Results.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Spilled_parameters_are_laid_out_as_a_tuple()
    {
        var arena = new TypeArena();
        var function = Func(FunctionKind.Freestanding, null, U8, U64, Str, U16);
        var model = arena.ToModel();

        CanonicalAbi.ParamOffsets(model, function).ToArray().ShouldBe(new uint[] { 0, 8, 16, 24 });
        var layout = CanonicalAbi.ParamsLayout(model, function);
        layout.Size.ShouldBe(32u);
        layout.Alignment.ShouldBe(8u);
    }
}
