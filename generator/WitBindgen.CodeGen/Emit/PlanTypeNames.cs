using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;

namespace WitBindgen.CodeGen.Emit;

/// <summary>
/// The type names a mode's plan takes in each container while it is built: a <see cref="NameScope.Fork"/> of the
/// container's WIT type names per container, made on first use, so the plan's own types never clash with a WIT type
/// and the containers stay as the planner made them.
/// </summary>
internal sealed class PlanTypeNames
{
    private readonly Dictionary<CSharpContainer, NameScope> _scopes = new();

    /// <summary>The scope of <paramref name="container"/>'s namespace.</summary>
    public NameScope Of(CSharpContainer container)
    {
        if (!_scopes.TryGetValue(container, out var scope))
        {
            scope = container.Names.Fork();
            _scopes[container] = scope;
        }

        return scope;
    }
}
