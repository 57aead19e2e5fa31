extern alias wit;

using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>The functions of <see cref="AbiTestWorld"/>, laid out for the engine, and single types by their WIT spelling.</summary>
internal static class AbiFunctions
{
    private static readonly Lazy<ModelTypes> World = new(() => new ModelTypes(ModelTypes.Resolve(AbiTestWorld.Wit)));

    /// <summary>Every function of the test world: <c>callN(v: T) -> T</c> per type, then <c>many</c>.</summary>
    public static IReadOnlyList<FunctionAbi> All { get; } = Create();

    /// <summary>The function whose parameter and result have the type spelled <paramref name="wit"/> in <see cref="AbiTestWorld.Types"/>.</summary>
    public static FunctionAbi Of(string wit) => All[IndexOf(wit)];

    /// <summary>The laid-out type spelled <paramref name="wit"/> in <see cref="AbiTestWorld.Types"/>.</summary>
    public static AbiType Type(string wit) => Of(wit).Parameters[0];

    private static int IndexOf(string wit)
    {
        var index = AbiTestWorld.Types.ToList().IndexOf(wit);
        index.ShouldBeGreaterThanOrEqualTo(0, wit);
        return index;
    }

    private static FunctionAbi[] Create()
    {
        var world = World.Value;
        var functions = world.Functions().ToDictionary(f => f.Name);
        var builder = new AbiTypeBuilder();
        return Enumerable.Range(0, AbiTestWorld.Types.Count).Select(i => $"call{i}").Append("many")
            .Select(name => FunctionAbi.Create(name, world.Func(functions[name]), builder))
            .ToArray();
    }
}
