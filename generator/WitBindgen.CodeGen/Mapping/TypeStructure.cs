using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Mapping;

/// <summary>Facts about WIT type definitions that every emitter needs.</summary>
internal static class TypeStructure
{
    /// <summary>
    /// Whether a type definition becomes a C# type declaration of its own: a named record, variant, enum,
    /// flags or resource. Everything else (aliases, <c>type bytes = list&lt;u8&gt;</c>, anonymous types) is
    /// written structurally where it is used, because C# has no type aliases that cross files.
    /// </summary>
    public static bool IsDeclared(TypeDef def) =>
        def.Name is not null && def.Kind is RecordKind or VariantKind or EnumKind or FlagsKind or ResourceKind;

    /// <summary>Whether a type definition is a resource (whose C# class the mode emitter declares).</summary>
    public static bool IsResource(TypeDef def) => def.Kind is ResourceKind;

    /// <summary>The parameter and result types of a function.</summary>
    public static IEnumerable<WitType> Signature(Function function)
    {
        foreach (var p in function.Params)
        {
            yield return p.Type;
        }

        if (function.Result is { } result)
        {
            yield return result;
        }
    }
}
