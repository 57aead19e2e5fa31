using WitBindgen.Cli.Commands;

namespace WitBindgen.Cli.Tests;

public sealed class FeatureListTests
{
    [Fact]
    public void Values_are_split_on_commas_trimmed_and_deduplicated_in_order()
    {
        FeatureList.Parse(["b, a", "c,,b", " "]).ShouldBe(["b", "a", "c"]);
    }

    [Fact]
    public void No_option_means_no_features()
    {
        FeatureList.Parse(null).ShouldBeEmpty();
    }
}
