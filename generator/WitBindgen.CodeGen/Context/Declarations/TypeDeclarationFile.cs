namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>The type declarations of one container, written to one file.</summary>
internal sealed class TypeDeclarationFile
{
    /// <param name="container">The interface or world whose namespace the types are declared in.</param>
    /// <param name="types">Its records, variants, enums and flags, in WIT order; never empty.</param>
    public TypeDeclarationFile(CSharpContainer container, IReadOnlyList<TypeDeclaration> types)
    {
        Container = container;
        Types = types;
    }

    /// <summary>The interface or world whose namespace the types are declared in.</summary>
    public CSharpContainer Container { get; }

    /// <summary>Its records, variants, enums and flags, in WIT order; never empty.</summary>
    public IReadOnlyList<TypeDeclaration> Types { get; }
}
