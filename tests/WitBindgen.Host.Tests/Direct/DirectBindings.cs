using System.Reflection;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Canonical;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// Points generated bindings made over a Wasmtime instance at the exports of a direct instance of the same component,
/// as instantiating on the direct backend does: each function the bindings call directly gets the direct export behind
/// it and its Canonical ABI view, checked against the signature the bindings embed.
/// </summary>
internal static class DirectBindings
{
    private const string Suffix = "Canonical";

    private static readonly PropertyInfo DirectExportProperty =
        typeof(ComponentFunction).GetProperty("DirectExport", BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Attaches every directly callable function of <paramref name="bindings"/>; returns how many.</summary>
    /// <param name="bindings">A generated world class or exports class.</param>
    /// <param name="direct">The direct instance of the component the bindings were made for.</param>
    /// <param name="signatures">The signature each function's bindings embed, by WIT function name (<see cref="GeneratedSignatures"/>).</param>
    public static int Attach(object bindings, DirectInstance direct, IReadOnlyDictionary<string, string> signatures)
    {
        var fields = bindings.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic);
        var attached = 0;
        foreach (var canonical in fields.Where(f => f.FieldType == typeof(CanonicalExport)))
        {
            var function = (ComponentFunction)fields.Single(f => f.Name == canonical.Name[..^Suffix.Length]).GetValue(bindings)!;
            var separator = function.Name.IndexOf('#', StringComparison.Ordinal);
            var export = separator < 0 ? direct.GetExport(null, function.Name) : direct.GetExport(function.Name[..separator], function.Name[(separator + 1)..]);
            DirectExportProperty.SetValue(function, export);
            var view = CanonicalExport.For(function, signatures[function.Name])
                ?? throw new InvalidOperationException($"the bindings of '{function.Name}' were generated for {signatures[function.Name]}, which does not match {DirectSignature.Of(export.Type)}");
            canonical.SetValue(bindings, view);
            attached++;
        }

        return attached;
    }

    /// <summary>The signatures generated bindings embed, read from the generated source of <paramref name="witText"/>, by WIT function name.</summary>
    public static IReadOnlyDictionary<string, string> GeneratedSignatures(string witText, string fileName)
    {
        var model = WitBindgen.Guest.Tests.Differential.WitText.Resolve(fileName, witText);
        var generated = WitBindgen.CodeGen.CSharpGenerator.Generate(model, new WitBindgen.CodeGen.CodeGenOptions(null, WitBindgen.CodeGen.BindingMode.Host, null, false));
        var text = string.Join("\n", generated.Files.Select(f => f.Text));
        var functions = System.Text.RegularExpressions.Regex.Matches(text, "(_\\w+) = instance\\.GetFunction\\((null|\"[^\"]+\"), \"([^\"]+)\"\\);")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value == "null" ? m.Groups[3].Value : m.Groups[2].Value.Trim('"') + "#" + m.Groups[3].Value);
        return System.Text.RegularExpressions.Regex.Matches(text, "_\\w+ = global::WitBindgen\\.Runtime\\.Canonical\\.CanonicalExport\\.For\\((_\\w+), \"([^\"]*)\"\\);")
            .ToDictionary(m => functions[m.Groups[1].Value], m => m.Groups[2].Value);
    }
}
