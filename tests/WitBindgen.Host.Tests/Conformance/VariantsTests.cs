#if WIT_CONFORMANCE
using Test.Variants.Test;
using Test.Variants.VariantsWorld;
using WitBindgen.Host.Tests.Infrastructure;
using Unit = WitBindgen.Unit;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The variants component: options, results, enums, variants of every payload width, typedefs.</summary>
public sealed class VariantsTests
{
    [ConformanceFact]
    public void Guest_calls_every_import_with_the_values_it_expects()
    {
        var host = new VariantsHost();
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), host);

        variants.TestImports();

        host.VariantEnumsCalled.ShouldBeTrue();
    }

    [ConformanceFact]
    public void Options_and_results_round_trip()
    {
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), new VariantsHost());
        var test = variants.Test;

        test.RoundtripOption(1.0f).ShouldBe((byte)1);
        test.RoundtripOption(null).ShouldBeNull();
        test.RoundtripOption(2.0f).ShouldBe((byte)2);
        test.RoundtripResult(WitBindgen.Result<uint, float>.Ok(2)).ShouldBe(WitBindgen.Result<double, byte>.Ok(2.0));
        test.RoundtripResult(WitBindgen.Result<uint, float>.Ok(4)).ShouldBe(WitBindgen.Result<double, byte>.Ok(4.0));
        test.RoundtripResult(WitBindgen.Result<uint, float>.Err(5.3f)).ShouldBe(WitBindgen.Result<double, byte>.Err(5));
    }

    [ConformanceFact]
    public void Enums_and_bools_round_trip()
    {
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), new VariantsHost());

        variants.Test.RoundtripEnum(E1.A).ShouldBe(E1.A);
        variants.Test.RoundtripEnum(E1.B).ShouldBe(E1.B);
        variants.Test.InvertBool(true).ShouldBeFalse();
        variants.Test.InvertBool(false).ShouldBeTrue();
    }

    [ConformanceFact]
    public void Variants_of_every_payload_width_round_trip()
    {
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), new VariantsHost());
        var test = variants.Test;

        test.VariantCasts((new C1.A(1), new C2.A(2), new C3.A(3), new C4.A(4), new C5.A(5), new C6.A(6.0f)))
            .ShouldBe((new C1.A(1), new C2.A(2), new C3.A(3), new C4.A(4), new C5.A(5), new C6.A(6.0f)));
        test.VariantCasts((new C1.B(1), new C2.B(2.0f), new C3.B(3.0), new C4.B(4.0f), new C5.B(5.0), new C6.B(6.0)))
            .ShouldBe((new C1.B(1), new C2.B(2.0f), new C3.B(3.0), new C4.B(4.0f), new C5.B(5.0), new C6.B(6.0)));
        test.VariantZeros((new Z1.A(1), new Z2.A(2), new Z3.A(3.0f), new Z4.A(4.0)))
            .ShouldBe((new Z1.A(1), new Z2.A(2), new Z3.A(3.0f), new Z4.A(4.0)));
    }

    [ConformanceFact]
    public void Typedefs_of_options_and_results_are_accepted()
    {
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), new VariantsHost());

        Should.NotThrow(() => variants.Test.VariantTypedefs(null, false, WitBindgen.Result<uint, Unit>.Err(default)));
    }

    [ConformanceFact]
    public void A_null_variant_is_rejected_before_the_call()
    {
        using var variants = Variants.Instantiate(TestComponents.Engine, TestComponents.Conformance("variants"), new VariantsHost());

        var error = Should.Throw<ArgumentException>(() => variants.Test.VariantZeros((null!, new Z2.B(), new Z3.B(), new Z4.B())));

        error.Message.ShouldContain("parameter `a` of `test:variants/test#variant-zeros`");
        error.Message.ShouldContain("variant z1");
    }

    /// <summary>The reference host.</summary>
    private sealed class VariantsHost : ITest
    {
        public bool VariantEnumsCalled { get; private set; }

        public byte? RoundtripOption(float? a) => a is { } value ? (byte)value : null;

        public WitBindgen.Result<double, byte> RoundtripResult(WitBindgen.Result<uint, float> a) =>
            a.IsOk ? WitBindgen.Result<double, byte>.Ok(a.Value) : WitBindgen.Result<double, byte>.Err((byte)a.Error);

        public E1 RoundtripEnum(E1 a) => a;

        public bool InvertBool(bool a) => !a;

        public (C1, C2, C3, C4, C5, C6) VariantCasts((C1, C2, C3, C4, C5, C6) a) => a;

        public (Z1, Z2, Z3, Z4) VariantZeros((Z1, Z2, Z3, Z4) a) => a;

        public void VariantTypedefs(uint? a, bool b, WitBindgen.Result<uint, Unit> c)
        {
        }

        public (bool, WitBindgen.Result<Unit, Unit>, MyErrno) VariantEnums(bool a, WitBindgen.Result<Unit, Unit> b, MyErrno c)
        {
            a.ShouldBeTrue();
            b.ShouldBe(WitBindgen.Result<Unit, Unit>.Ok(default));
            c.ShouldBe(MyErrno.Success);
            VariantEnumsCalled = true;
            return (false, WitBindgen.Result<Unit, Unit>.Err(default), MyErrno.A);
        }
    }
}
#endif
