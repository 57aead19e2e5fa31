using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Resolution;

public sealed class GateTests
{
    private const string Gated = """
        package a:b@1.0.0;
        interface i {
          @since(version = 1.0.0)
          @deprecated(version = 1.0.0)
          stable: func();

          @unstable(feature = shiny)
          shiny: func();

          @unstable(feature = shiny)
          type new-type = u32;
        }
        """;

    [Fact]
    public void Unstable_items_are_dropped_unless_their_feature_is_enabled()
    {
        var off = Wit.Model(Gated);
        var i = off.Interface("a:b@1.0.0", "i");
        i.Functions.Select(f => f.Name).ShouldBe(new[] { "stable" });
        i.Types.ShouldBeEmpty();

        var on = Wit.Model(Gated, "shiny");
        var j = on.Interface("a:b@1.0.0", "i");
        j.Functions.Select(f => f.Name).ShouldBe(new[] { "stable", "shiny" });
        j.Functions[1].Stability.ShouldBe(new Stability(StabilityKind.Unstable, null, "shiny", null));
        on.Type(j, "new-type").Stability.Feature.ShouldBe("shiny");
    }

    [Fact]
    public void Since_and_deprecated_are_recorded()
    {
        var stable = Wit.Model(Gated).Interface("a:b@1.0.0", "i").Functions[0].Stability;

        stable.Kind.ShouldBe(StabilityKind.Stable);
        stable.Since.ShouldBe(SemVer.TryParse("1.0.0"));
        stable.IsDeprecated.ShouldBeTrue();
    }

    [Fact]
    public void A_reference_to_a_dropped_type_is_rejected_where_it_is_made()
    {
        var error = Wit.Error("package a:b;\ninterface i {\n  @unstable(feature = off)\n  type gated = u32;\n  record r {\n    ok: u32,\n    bad: gated,\n  }\n}");

        error.Message.ShouldStartWith("found a reference to a type which is excluded due to its feature not being activated");
        error.ShouldBeAt("test.wit", 7, 5);
    }

    [Fact]
    public void Since_newer_than_the_package_version_is_rejected()
    {
        var error = Wit.Error("package a:b@0.1.0;\n@since(version = 0.2.0)\ninterface i {}");

        error.Message.ShouldStartWith("feature gate cannot reference unreleased version 0.2.0 of package [a:b@0.1.0] (current version 0.1.0)");
        error.ShouldBeAt("test.wit", 3, 11);
    }

    [Fact]
    public void Docs_are_kept()
    {
        var model = Wit.Model("package a:b;\n/// The interface.\ninterface i {\n  /// The type.\n  type t = u8;\n}");

        var i = model.Interface("a:b", "i");
        i.Docs.ShouldBe("The interface.");
        model.Type(i, "t").Docs.ShouldBe("The type.");
    }
}
