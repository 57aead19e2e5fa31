using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Mapping;

public sealed class GeneratorRobustnessTests
{
    [Fact]
    public void A_broken_model_gives_an_internal_error_diagnostic_instead_of_throwing()
    {
        var model = WitSource.Resolve("package a:b; interface i { record r { a: u8 } } world w { import i; }");
        var index = model.Types.ToList().FindIndex(t => t.Name == "r");
        var broken = model.Types.Select((t, i) => i == index
            ? t with { Kind = new RecordKind(EquatableArray.Create(new Field("a", WitType.Of(new TypeId(9999)), null))) }
            : t).ToEquatableArray();

        var result = CSharpGenerator.Generate(model with { Types = broken }, new CodeGenOptions(null, BindingMode.Guest, null, false));

        result.Files.ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0900");
    }

    [Fact]
    public void Null_arguments_are_rejected_explicitly()
    {
        var model = WitSource.Resolve("package a:b; world w { }");

        Should.Throw<ArgumentNullException>(() => CSharpGenerator.Generate(null!, new CodeGenOptions(null, BindingMode.Host, null, false)));
        Should.Throw<ArgumentNullException>(() => CSharpGenerator.Generate(model, null!));
    }

    [Fact]
    public void A_world_without_types_generates_no_type_files()
    {
        var result = CSharpGenerator.Generate(WitSource.Resolve("package a:b; world w { import f: func(x: u32) -> string; }"), new CodeGenOptions(null, BindingMode.Host, null, false));

        result.Diagnostics.ShouldBeEmpty();
        result.Files.ShouldNotContain(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal));
    }
}
