#if WIT_CONFORMANCE
using Test.Strings.StringsWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The strings component (a UTF-16 guest): strings in both directions.</summary>
public sealed class StringsTests
{
    private const string Unicode = "🚀🚀🚀 𠈄𓀀";

    [ConformanceFact]
    public void Guest_passes_and_receives_strings_through_imports()
    {
        var host = new StringsHost();
        using var strings = Strings.Instantiate(TestComponents.Engine, TestComponents.Conformance("strings"), host);

        strings.TestImports();

        host.Received.ShouldBe(["latin utf16"]);
        host.UnicodeReturned.ShouldBe(1);
    }

    [ConformanceFact]
    public void Strings_round_trip_through_the_export()
    {
        using var strings = Strings.Instantiate(TestComponents.Engine, TestComponents.Conformance("strings"), new StringsHost());

        strings.Roundtrip("str").ShouldBe("str");
        strings.Roundtrip(Unicode).ShouldBe(Unicode);
    }

    [ConformanceFact]
    public void Empty_string_result()
    {
        using var strings = Strings.Instantiate(TestComponents.Engine, TestComponents.Conformance("strings"), new StringsHost());

        strings.ReturnEmpty().ShouldBe(string.Empty);
    }

    private sealed class StringsHost : Test.Strings.Imports.IImports
    {
        public List<string> Received { get; } = new();

        public int UnicodeReturned { get; private set; }

        public void TakeBasic(string s)
        {
            s.ShouldBe("latin utf16");
            Received.Add(s);
        }

        public string ReturnUnicode()
        {
            UnicodeReturned++;
            return Unicode;
        }
    }
}
#endif
