using WitBindgen.CodeGen.Naming;

namespace WitBindgen.CodeGen.Tests.Naming;

public sealed class NameScopeTests
{
    [Fact]
    public void Later_claims_of_a_taken_name_get_increasing_suffixes()
    {
        var scope = new NameScope();

        scope.Claim("Foo").ShouldBe("Foo");
        scope.Claim("Foo").ShouldBe("Foo2");
        scope.Claim("Foo").ShouldBe("Foo3");
        scope.Claim("Bar").ShouldBe("Bar");
    }

    [Fact]
    public void Suffix_skips_names_already_taken_and_separates_trailing_digits()
    {
        var scope = new NameScope();
        scope.Claim("Foo2");
        scope.Claim("Foo");

        scope.Claim("Foo").ShouldBe("Foo3");
        scope.Claim("V1");
        scope.Claim("V1").ShouldBe("V1_2");
    }

    [Fact]
    public void Record_scope_reserves_synthesized_members_and_the_type_name()
    {
        var scope = RecordMemberNames.ScopeFor("Point");

        scope.Claim("Point").ShouldBe("Point2");
        scope.Claim("ToString").ShouldBe("ToString2");
        scope.Claim("X").ShouldBe("X");
    }

    [Fact]
    public void Case_insensitive_scope_treats_case_variants_as_one_name()
    {
        var scope = new NameScope(StringComparer.OrdinalIgnoreCase);
        scope.Claim("A.B");

        scope.Claim("a.b").ShouldBe("a.b2");
    }
}
