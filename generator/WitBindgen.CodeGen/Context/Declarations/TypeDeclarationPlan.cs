namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>
/// How the world's records, variants, enums and flags are declared in C#, decided before any file is written, the
/// same in both modes: one <see cref="TypeDeclarationFile"/> per container that declares any (a reused container
/// declares none). Resources are declared by the mode's plan, aliases and anonymous types not at all.
/// </summary>
internal sealed class TypeDeclarationPlan
{
    /// <param name="files">One file per container that declares a record, variant, enum or flags type, in container order.</param>
    public TypeDeclarationPlan(IReadOnlyList<TypeDeclarationFile> files)
    {
        Files = files;
    }

    /// <summary>One file per container that declares a record, variant, enum or flags type, in container order.</summary>
    public IReadOnlyList<TypeDeclarationFile> Files { get; }

    /// <summary>The plan of <paramref name="context"/>'s world; see <see cref="TypeDeclarationPlanBuilder"/>.</summary>
    public static TypeDeclarationPlan Create(CodeGenContext context) => TypeDeclarationPlanBuilder.Build(context);
}
