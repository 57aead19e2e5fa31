namespace WitBindgen.CodeGen.Tests.Runtime;

public sealed class OptionTests
{
    [Fact]
    public void Some_holds_a_value_even_when_it_is_null()
    {
        var some = Option.Some<string?>(null);

        some.HasValue.ShouldBeTrue();
        some.Value.ShouldBeNull();
        some.ShouldNotBe(Option<string?>.None);
        some.ToString().ShouldBe("Some(null)");
    }

    [Fact]
    public void None_refuses_its_value()
    {
        var none = Option<int>.None;

        none.HasValue.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => none.Value).Message.ShouldContain("no value");
        none.TryGetValue(out _).ShouldBeFalse();
        none.GetValueOrDefault(9).ShouldBe(9);
        none.ToString().ShouldBe("None");
        none.ShouldBe(default(Option<int>));
    }

    [Fact]
    public void Nested_optional_distinguishes_outer_and_inner_absence()
    {
        Option<int>? outerNone = null;
        Option<int>? innerNone = Option<int>.None;
        Option<int>? value = 3;

        outerNone.HasValue.ShouldBeFalse();
        innerNone.HasValue.ShouldBeTrue();
        innerNone!.Value.HasValue.ShouldBeFalse();
        value!.Value.TryGetValue(out var v).ShouldBeTrue();
        v.ShouldBe(3);
    }

    [Fact]
    public void Equality_compares_presence_and_value()
    {
        (Option.Some(1) == Option.Some(1)).ShouldBeTrue();
        (Option.Some(1) != Option.Some(2)).ShouldBeTrue();
        Option.Some(1).GetHashCode().ShouldBe(Option.Some(1).GetHashCode());
    }
}
