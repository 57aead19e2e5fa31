using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// A WIT type as lifting and lowering code sees it. An option directly inside an option is represented as
/// <c>global::WitBindgen.Option&lt;T&gt;</c> rather than <c>T?</c> (C# cannot nest <c>?</c>), so the same WIT
/// option type gets separate methods for that <see cref="OptionStruct"/> form.
/// </summary>
/// <param name="Type">The type, aliases already followed.</param>
/// <param name="OptionStruct">Whether an option type is in its <c>Option&lt;T&gt;</c> form.</param>
internal readonly record struct AbiTypeRef(WitType Type, bool OptionStruct);
