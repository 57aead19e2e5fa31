namespace WitBindgen.CodeGen.Tests.Runtime;

public sealed class UnitAndExceptionTests
{
    [Fact]
    public void Unit_has_one_value()
    {
        (Unit.Value == default(Unit)).ShouldBeTrue();
        (Unit.Value != default).ShouldBeFalse();
        Unit.Value.Equals((object)default(Unit)).ShouldBeTrue();
        Unit.Value.Equals((object)0).ShouldBeFalse();
        Unit.Value.ToString().ShouldBe("()");
    }

    [Fact]
    public void WitException_keeps_message_and_cause()
    {
        var cause = new InvalidOperationException("inner");
        var ex = new WitException("outer", cause);

        ex.Message.ShouldBe("outer");
        ex.InnerException.ShouldBeSameAs(cause);
        new WitException().Message.ShouldNotBeNullOrWhiteSpace();
    }
}
