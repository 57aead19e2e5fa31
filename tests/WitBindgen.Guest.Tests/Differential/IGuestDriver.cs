namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// What the tests ask of the generated bindings, implemented by code compiled together with them
/// (<see cref="DriverWriter"/>). Types are numbered as in <see cref="TestWorld.Types"/>; values are rendered as
/// text by <see cref="ValueText"/>'s rules, from the C# value.
/// </summary>
public interface IGuestDriver
{
    /// <summary>Points the bindings' memory at <paramref name="base"/>, with the given allocator.</summary>
    void UseMemory(IntPtr @base, uint size, Func<uint, uint, uint, uint, uint> realloc);

    /// <summary>Creates <paramref name="count"/> random values from <paramref name="seed"/>, stores them as a <c>list&lt;T&gt;</c> whose (data, length) pair goes at <paramref name="pair"/>, and renders them.</summary>
    string[] StoreRandomList(int type, int seed, int count, uint pair);

    /// <summary>Loads the <c>list&lt;T&gt;</c> whose (data, length) pair is at <paramref name="pair"/>, and renders its values.</summary>
    string[] LoadList(int type, uint pair);

    /// <summary>Lowers the same random values as <see cref="StoreRandomList"/> to flat core values (one array per value).</summary>
    ulong[][] LowerRandom(int type, int seed, int count);

    /// <summary>Lifts one value from flat core values, and renders it.</summary>
    string LiftFlat(int type, ulong[] flat);
}
