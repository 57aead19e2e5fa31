using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>What every <see cref="MarshalType"/> knows, whatever its kind.</summary>
/// <param name="Type">The WIT type, aliases followed.</param>
/// <param name="Key">
/// A readable suffix unique to this type in the world, from which the names of its lifting and lowering helpers are
/// made: <c>U32</c>, <c>String</c>, <c>Bytes</c>, <c>Point3</c>, <c>List7</c>, <c>Option5Struct</c>.
/// </param>
/// <param name="Label">The WIT name, or the kind's word for an anonymous type (<c>list</c>, <c>option</c>), for comments.</param>
/// <param name="CSharpType">The fully qualified C# type values of this type have.</param>
/// <param name="Layout">The Canonical ABI size, alignment and flattened core types.</param>
/// <param name="IsValueType">Whether <paramref name="CSharpType"/> is a value type, so that <c>T?</c> is <c>Nullable&lt;T&gt;</c>.</param>
internal sealed record MarshalFacts(WitType Type, string Key, string Label, string CSharpType, TypeLayout Layout, bool IsValueType);
