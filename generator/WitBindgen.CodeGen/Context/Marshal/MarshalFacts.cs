using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>What every <see cref="MarshalType"/> knows, whatever its kind.</summary>
internal sealed class MarshalFacts
{
    /// <param name="type">The WIT type, aliases followed.</param>
    /// <param name="key">
    /// A readable suffix unique to this type in the world, from which the names of its lifting and lowering helpers are
    /// made: <c>U32</c>, <c>String</c>, <c>Bytes</c>, <c>Point3</c>, <c>List7</c>, <c>Option5Struct</c>.
    /// </param>
    /// <param name="label">The WIT name, or the kind's word for an anonymous type (<c>list</c>, <c>option</c>), for comments.</param>
    /// <param name="cSharpType">The fully qualified C# type values of this type have.</param>
    /// <param name="layout">The Canonical ABI size, alignment and flattened core types.</param>
    /// <param name="isValueType">Whether the C# type is a value type, so that <c>T?</c> is <c>Nullable&lt;T&gt;</c>.</param>
    public MarshalFacts(WitType type, string key, string label, string cSharpType, TypeLayout layout, bool isValueType)
    {
        Type = type;
        Key = key;
        Label = label;
        CSharpType = cSharpType;
        Layout = layout;
        IsValueType = isValueType;
    }

    /// <summary>The WIT type, aliases followed.</summary>
    public WitType Type { get; }

    /// <summary>
    /// A readable suffix unique to this type in the world, from which the names of its lifting and lowering helpers are
    /// made: <c>U32</c>, <c>String</c>, <c>Bytes</c>, <c>Point3</c>, <c>List7</c>, <c>Option5Struct</c>.
    /// </summary>
    public string Key { get; }

    /// <summary>The WIT name, or the kind's word for an anonymous type (<c>list</c>, <c>option</c>), for comments.</summary>
    public string Label { get; }

    /// <summary>The fully qualified C# type values of this type have.</summary>
    public string CSharpType { get; }

    /// <summary>The Canonical ABI size, alignment and flattened core types.</summary>
    public TypeLayout Layout { get; }

    /// <summary>Whether the C# type is a value type, so that <c>T?</c> is <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType { get; }
}
