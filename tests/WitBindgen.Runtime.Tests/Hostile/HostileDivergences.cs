namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>The known departures of each backend from CanonicalABI.md in the hostile corpus.</summary>
public static class HostileDivergences
{
    /// <summary>Every known divergence.</summary>
    public static IReadOnlyList<HostileDivergence> All { get; } =
    [
        new(
            HostileBackend.Wasmtime,
            "four-mebibytes",
            nameof(HostileDivergenceTests.Wasmtime_refuses_a_result_list_over_its_hostcall_copy_budget),
            "Wasmtime's component API refuses to copy more than about 2.7 MiB of list<u8> out of the guest in one call."),
        new(
            HostileBackend.Wasmtime,
            "donut-reenters-child",
            nameof(HostileDivergenceTests.Wasmtime_lets_a_parent_call_back_into_a_child_component_instance_already_on_the_stack),
            "Wasmtime's fused adapters let a parent component call into a child component instance already on the stack, which entering_set traps."),
        new(
            HostileBackend.Wasmtime,
            "tagged-latin1-shrink",
            nameof(HostileDivergenceTests.Wasmtime_shrinks_compacted_latin1_with_alignment_2),
            "Wasmtime's adapter shrinks latin1 text a guest tagged as UTF-16 with realloc alignment 2 where the spec passes 1."),
    ];

    /// <summary>The backends that meet the spec for <paramref name="case"/> (those without a divergence for it).</summary>
    public static TheoryData<HostileBackend> FollowingSpec(string @case)
    {
        var data = new TheoryData<HostileBackend>();
        foreach (var backend in Enum.GetValues<HostileBackend>())
        {
            if (!All.Any(divergence => divergence.Backend == backend && divergence.Case == @case))
            {
                data.Add(backend);
            }
        }

        return data;
    }
}
