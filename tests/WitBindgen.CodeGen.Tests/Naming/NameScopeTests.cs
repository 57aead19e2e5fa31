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

    [Fact]
    public void Repeated_claims_take_the_first_free_suffix_around_names_taken_between_them()
    {
        var scope = new NameScope();
        scope.Reserve("Foo4");
        var claims = Enumerable.Range(0, 4).Select(_ => scope.Claim("Foo")).ToList();
        scope.Claim("Foo6");
        claims.Add(scope.Claim("Foo"));
        claims.Add(scope.Claim("Foo7"));

        claims.ShouldBe(new[] { "Foo", "Foo2", "Foo3", "Foo5", "Foo7", "Foo7_2" });
    }

    [Fact]
    public void Claiming_one_name_many_times_costs_the_same_per_claim_however_many_came_before()
    {
        // Bytes allocated, not time: a claim that tried every earlier suffix again would allocate each of them.
        ClaimBytes(100);
        var few = ClaimBytes(1_000) / 1_000;
        var many = ClaimBytes(8_000) / 8_000;

        many.ShouldBeLessThan(few * 2, $"{few:F0} bytes per claim for 1,000 claims, {many:F0} for 8,000");
    }

    private static double ClaimBytes(int claims)
    {
        var scope = new NameScope();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < claims; i++)
        {
            scope.Claim("Name");
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
