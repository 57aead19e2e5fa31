namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>Writes the construction of a C# value tuple of any arity.</summary>
internal static class TupleText
{
    /// <summary><c>default</c>, <c>new ValueTuple&lt;T&gt;(x)</c>, or <c>(x, y, …)</c>.</summary>
    public static string Construct(string type, IReadOnlyList<string> items) => items.Count switch
    {
        0 => "default",
        1 => $"new {type}({items[0]})",
        _ => "(" + string.Join(", ", items) + ")",
    };
}
