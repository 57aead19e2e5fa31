namespace WitBindgen.CodeGen.Tests.Runtime;

public sealed class ResultTests
{
    [Fact]
    public void Ok_exposes_the_value_and_refuses_the_error()
    {
        Result<int, string> result = Result.Ok(42);

        result.IsOk.ShouldBeTrue();
        result.IsErr.ShouldBeFalse();
        result.Value.ShouldBe(42);
        var ex = Should.Throw<InvalidOperationException>(() => result.Error);
        ex.Message.ShouldContain("success");
        ex.Message.ShouldContain("42");
    }

    [Fact]
    public void Err_exposes_the_error_and_refuses_the_value()
    {
        Result<int, string> result = Result.Err("disk full");

        result.IsErr.ShouldBeTrue();
        result.Error.ShouldBe("disk full");
        var ex = Should.Throw<InvalidOperationException>(() => result.Value);
        ex.Message.ShouldContain("disk full");
    }

    [Fact]
    public void TryGet_reports_the_side()
    {
        var ok = Result<int, string>.Ok(7);
        var err = Result<int, string>.Err("bad");

        ok.TryGetValue(out var value).ShouldBeTrue();
        value.ShouldBe(7);
        ok.TryGetError(out _).ShouldBeFalse();
        err.TryGetValue(out _).ShouldBeFalse();
        err.TryGetError(out var error).ShouldBeTrue();
        error.ShouldBe("bad");
    }

    [Fact]
    public void Match_calls_the_branch_of_the_side()
    {
        Result<int, string>.Ok(2).Match(v => v * 10, e => -1).ShouldBe(20);
        Result<int, string>.Err("abc").Match(v => v * 10, e => e.Length).ShouldBe(3);
    }

    [Fact]
    public void Equality_compares_side_and_contents()
    {
        var ok1 = Result<int, int>.Ok(1);
        var err1 = Result<int, int>.Err(1);

        (ok1 == Result<int, int>.Ok(1)).ShouldBeTrue();
        (ok1 != err1).ShouldBeTrue();
        ok1.Equals((object)err1).ShouldBeFalse();
        ok1.GetHashCode().ShouldBe(Result<int, int>.Ok(1).GetHashCode());
    }

    [Fact]
    public void ToString_names_the_side()
    {
        Result<int, string>.Ok(5).ToString().ShouldBe("Ok(5)");
        Result<int, string>.Err("no").ToString().ShouldBe("Err(no)");
        Result<string?, Unit>.Ok(null).ToString().ShouldBe("Ok(null)");
    }

    [Fact]
    public void Unit_sides_convert_from_the_argumentless_helpers()
    {
        Result<Unit, Unit> ok = Result.Ok();
        Result<Unit, Unit> err = Result.Err();

        ok.IsOk.ShouldBeTrue();
        err.IsErr.ShouldBeTrue();
        default(Result<Unit, Unit>).ShouldBe(ok);
    }
}
