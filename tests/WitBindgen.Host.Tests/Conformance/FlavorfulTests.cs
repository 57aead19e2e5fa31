#if WIT_CONFORMANCE
using Test.Flavorful.FlavorfulWorld;
using Test.Flavorful.Test;
using WitBindgen.Host.Tests.Infrastructure;
using Unit = WitBindgen.Unit;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The flavorful component: strings inside records, options and results, typedefs, lists of variants.</summary>
public sealed class FlavorfulTests
{
    [ConformanceFact]
    public void Guest_calls_every_import_with_the_values_it_expects()
    {
        var host = new FlavorfulHost();
        using var flavorful = Flavorful.Instantiate(TestComponents.Engine, TestComponents.Conformance("flavorful"), host);

        flavorful.TestImports();

        host.Calls.ShouldBe(
            ["f-list-in-record1", "f-list-in-record2", "f-list-in-record3", "f-list-in-record4", "f-list-in-variant1",
             "f-list-in-variant2", "f-list-in-variant3", "errno-result", "list-typedefs", "list-of-variants"],
            ignoreOrder: true);
    }

    [ConformanceFact]
    public void Strings_inside_records_cross_both_ways()
    {
        using var flavorful = Flavorful.Instantiate(TestComponents.Engine, TestComponents.Conformance("flavorful"), new FlavorfulHost());
        var test = flavorful.Test;

        test.FListInRecord1(new ListInRecord1("list_in_record1"));
        test.FListInRecord2().A.ShouldBe("list_in_record2");
        test.FListInRecord3(new ListInRecord3("list_in_record3 input")).A.ShouldBe("list_in_record3 output");
        test.FListInRecord4(new ListInRecord4("input4")).A.ShouldBe("result4");
    }

    [ConformanceFact]
    public void Strings_inside_options_and_results_cross_both_ways()
    {
        using var flavorful = Flavorful.Instantiate(TestComponents.Engine, TestComponents.Conformance("flavorful"), new FlavorfulHost());
        var test = flavorful.Test;

        test.FListInVariant1("foo", WitBindgen.Result<Unit, string>.Err("bar"));
        test.FListInVariant2().ShouldBe("list_in_variant2");
        test.FListInVariant3("input3").ShouldBe("output3");
    }

    [ConformanceFact]
    public void Error_results_and_typedefs()
    {
        using var flavorful = Flavorful.Instantiate(TestComponents.Engine, TestComponents.Conformance("flavorful"), new FlavorfulHost());
        var test = flavorful.Test;

        test.ErrnoResult().IsErr.ShouldBeTrue();
        var (bytes, strings) = test.ListTypedefs("typedef1", ["typedef2"]);
        bytes.ShouldBe("typedef3"u8.ToArray());
        strings.ShouldBe(["typedef4"]);
    }

    /// <summary>The reference host.</summary>
    private sealed class FlavorfulHost : ITest
    {
        private bool _errored;

        public List<string> Calls { get; } = new();

        public void FListInRecord1(ListInRecord1 a) => Call("f-list-in-record1", a.A).ShouldBe("list_in_record1");

        public ListInRecord2 FListInRecord2() => Call("f-list-in-record2", new ListInRecord2("list_in_record2"));

        public ListInRecord3 FListInRecord3(ListInRecord3 a)
        {
            Call("f-list-in-record3", a.A).ShouldBe("list_in_record3 input");
            return new ListInRecord3("list_in_record3 output");
        }

        public ListInRecord4 FListInRecord4(ListInRecord4 a)
        {
            Call("f-list-in-record4", a.A).ShouldBe("input4");
            return new ListInRecord4("result4");
        }

        public void FListInVariant1(string? a, WitBindgen.Result<Unit, string> b)
        {
            Call("f-list-in-variant1", a).ShouldBe("foo");
            b.Error.ShouldBe("bar");
        }

        public string? FListInVariant2() => Call("f-list-in-variant2", "list_in_variant2");

        public string? FListInVariant3(string? a)
        {
            Call("f-list-in-variant3", a).ShouldBe("input3");
            return "output3";
        }

        public WitBindgen.Result<Unit, MyErrno> ErrnoResult()
        {
            Call("errno-result", 0);
            if (_errored)
            {
                return WitBindgen.Result<Unit, MyErrno>.Ok(default);
            }

            _errored = true;
            return WitBindgen.Result<Unit, MyErrno>.Err(MyErrno.B);
        }

        public (byte[], string[]) ListTypedefs(string a, string[] c)
        {
            Call("list-typedefs", a).ShouldBe("typedef1");
            c.ShouldBe(["typedef2"]);
            return ("typedef3"u8.ToArray(), ["typedef4"]);
        }

        public (bool[], WitBindgen.Result<Unit, Unit>[], MyErrno[]) ListOfVariants(bool[] a, WitBindgen.Result<Unit, Unit>[] b, MyErrno[] c)
        {
            Call("list-of-variants", a).ShouldBe([true, false]);
            b.ShouldBe([WitBindgen.Result<Unit, Unit>.Ok(default), WitBindgen.Result<Unit, Unit>.Err(default)]);
            c.ShouldBe([MyErrno.Success, MyErrno.A]);
            return ([false, true], [WitBindgen.Result<Unit, Unit>.Err(default), WitBindgen.Result<Unit, Unit>.Ok(default)], [MyErrno.A, MyErrno.B]);
        }

        private T Call<T>(string name, T value)
        {
            if (!Calls.Contains(name))
            {
                Calls.Add(name);
            }

            return value;
        }
    }
}
#endif
