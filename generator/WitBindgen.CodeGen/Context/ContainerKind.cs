namespace WitBindgen.CodeGen.Context;

/// <summary>What a <see cref="CSharpContainer"/> stands for.</summary>
internal enum ContainerKind
{
    /// <summary>A WIT interface (named, or inline in the world).</summary>
    Interface,

    /// <summary>The selected world itself: its own types and functions.</summary>
    World,
}
