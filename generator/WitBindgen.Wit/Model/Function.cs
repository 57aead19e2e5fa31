namespace WitBindgen.Wit.Model;

/// <summary>What kind of function, and whether it is <c>async</c>.</summary>
public enum FunctionKind
{
    /// <summary>A plain function.</summary>
    Freestanding,

    /// <summary>An <c>async</c> plain function.</summary>
    AsyncFreestanding,

    /// <summary>A resource method (first parameter is <c>self: borrow&lt;R&gt;</c>).</summary>
    Method,

    /// <summary>An <c>async</c> resource method.</summary>
    AsyncMethod,

    /// <summary>A static resource function.</summary>
    Static,

    /// <summary>An <c>async</c> static resource function.</summary>
    AsyncStatic,

    /// <summary>A resource constructor.</summary>
    Constructor,
}

/// <summary>A function parameter.</summary>
public sealed record Param(string Name, WitType Type);

/// <summary>A function of an interface or world.</summary>
/// <param name="Name">The name; resource functions use the desugared names <c>[method]r.f</c>, <c>[static]r.f</c>, <c>[constructor]r</c>.</param>
/// <param name="Kind">Freestanding, method, static or constructor, and whether async.</param>
/// <param name="Resource">For resource functions, the resource type.</param>
/// <param name="Params">Parameters in order; methods start with <c>self</c>.</param>
/// <param name="Result">The result type, or null.</param>
/// <param name="Docs">Doc comments, or null.</param>
/// <param name="Stability">Its gates.</param>
/// <param name="Location">Where it is declared, for diagnostics.</param>
public sealed record Function(
    string Name,
    FunctionKind Kind,
    TypeId? Resource,
    EquatableArray<Param> Params,
    WitType? Result,
    string? Docs,
    Stability Stability,
    SourceLocation? Location)
{
    /// <summary>Whether the function is <c>async</c>.</summary>
    public bool IsAsync => Kind is FunctionKind.AsyncFreestanding or FunctionKind.AsyncMethod or FunctionKind.AsyncStatic;

    /// <summary>The name as written in WIT: for resource functions, the part after the dot.</summary>
    public string ItemName
    {
        get
        {
            if (Kind == FunctionKind.Constructor)
            {
                return "constructor";
            }

            var dot = Name.IndexOf('.');
            return Name.StartsWith("[", StringComparison.Ordinal) && dot >= 0 ? Name.Substring(dot + 1) : Name;
        }
    }
}
