using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Abi;

/// <summary>Canonical ABI computations (WebAssembly/component-model <c>CanonicalABI.md</c>).</summary>
public static partial class CanonicalAbi
{
    private static readonly TypeLayout I32 = new(4, 4, EquatableArray.Create(CoreType.I32));

    /// <summary>The layout of a primitive type (an undefined value lays out as an empty type rather than throwing).</summary>
    public static TypeLayout PrimitiveLayout(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool or PrimitiveKind.U8 or PrimitiveKind.S8 => new(1, 1, EquatableArray.Create(CoreType.I32)),
        PrimitiveKind.U16 or PrimitiveKind.S16 => new(2, 2, EquatableArray.Create(CoreType.I32)),
        PrimitiveKind.U32 or PrimitiveKind.S32 or PrimitiveKind.Char or PrimitiveKind.ErrorContext => I32,
        PrimitiveKind.U64 or PrimitiveKind.S64 => new(8, 8, EquatableArray.Create(CoreType.I64)),
        PrimitiveKind.F32 => new(4, 4, EquatableArray.Create(CoreType.F32)),
        PrimitiveKind.F64 => new(8, 8, EquatableArray.Create(CoreType.F64)),
        PrimitiveKind.String => new(8, 4, EquatableArray.Create(CoreType.I32, CoreType.I32)),
        _ => Unknown,
    };

    /// <summary>Guards a reference argument.</summary>
    private static T NotNull<T>(T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}
