using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>The robustness tests are only as good as the contract check, so it is tested on its own.</summary>
public sealed class ResolveProbeTests
{
    private static readonly DiagnosticDescriptor SomeError = new("WIT0100", "Some error", "something is wrong");
    private static readonly SourceLocation Somewhere = new("a.wit", new TextSpan(0, 1), 1, 1, 1, 2);

    [Fact]
    public void A_failed_result_with_located_errors_is_fine()
    {
        ResolveProbe.CheckContract(Failed(Diagnostic.Create(SomeError, Somewhere))).ShouldBeNull();
    }

    [Fact]
    public void An_io_error_may_have_no_location()
    {
        ResolveProbe.CheckContract(Failed(Diagnostic.Create(WitDiagnostics.CannotRead, null, "a.wit", "denied"))).ShouldBeNull();
    }

    [Fact]
    public void A_result_with_neither_model_nor_error_is_caught()
    {
        ResolveProbe.CheckContract(Failed()).ShouldNotBeNull().ShouldContain("no model and no error");
    }

    [Fact]
    public void A_diagnostic_about_the_text_without_a_location_is_caught()
    {
        ResolveProbe.CheckContract(Failed(Diagnostic.Create(SomeError, null))).ShouldNotBeNull().ShouldContain("without a location");
    }

    [Fact]
    public void A_location_outside_the_text_is_caught()
    {
        var broken = Somewhere with { Line = 0 };

        ResolveProbe.CheckContract(Failed(Diagnostic.Create(SomeError, broken))).ShouldNotBeNull().ShouldContain("broken location");
    }

    [Fact]
    public void An_internal_error_counts_as_a_crash()
    {
        var crash = Diagnostic.Create(WitDiagnostics.InternalError, Somewhere, "index out of range");

        ResolveProbe.CheckContract(Failed(crash)).ShouldNotBeNull().ShouldContain("internal error");
    }

    private static ResolveResult Failed(params Diagnostic[] diagnostics) => new(null, diagnostics.ToEquatableArray());
}
