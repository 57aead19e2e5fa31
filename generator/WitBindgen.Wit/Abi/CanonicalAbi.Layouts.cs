using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Abi;

public static partial class CanonicalAbi
{
    /// <summary>Computes the layout of every type definition; <paramref name="types"/> must be fully resolved and acyclic.</summary>
    public static EquatableArray<TypeLayout> ComputeLayouts(EquatableArray<TypeDef> types) => throw new NotImplementedException();
}
