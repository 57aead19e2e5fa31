using System.Reflection;
using PublicApiGenerator;
using Shouldly.Configuration;
using WitBindgen.Runtime;

namespace WitBindgen.Runtime.Tests.PublicApi;

/// <summary>
/// The public API of the packages generated code and hosts compile against, as reviewed text: a change to it
/// fails here until the new listing is accepted. The test writes <c>*.received.txt</c> beside the
/// <c>*.approved.txt</c> it compares with; accept every listing with <c>tests/accept-public-api.sh</c>, then
/// review the difference with <c>git diff</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_runtime_public_api_is_approved() =>
        Listing(typeof(WasmEngine).Assembly).ShouldMatchApproved(Options);

    [Fact]
    public void The_types_public_api_is_approved() =>
        Listing(typeof(Unit).Assembly).ShouldMatchApproved(Options);

    /// <summary>
    /// Every public and protected member with its signature, ordered by namespace, type and member; without
    /// the assembly attributes that change with each build (versions, commit hashes).
    /// </summary>
    private static string Listing(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.Versioning.TargetFrameworkAttribute",
            ],
        }).ReplaceLineEndings("\n");

    private static readonly Action<ShouldMatchConfigurationBuilder> Options =
        builder => builder
            .WithFileExtension("txt")
            .NoDiff()
            .WithScrubber(text => text.ReplaceLineEndings("\n"));
}
