using System.Reflection;
using System.Text.RegularExpressions;
using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Differential;
using WitBindgen.Runtime.Canonical;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>What the direct typed path tests read of generated bindings: which functions call directly, and the signatures they embed.</summary>
internal static class DirectBindings
{
    /// <summary>How many functions of <paramref name="bindings"/> (a generated world or exports class) have a Canonical ABI view, so call directly.</summary>
    public static int TypedCount(object bindings) => bindings.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
        .Count(f => f.FieldType == typeof(CanonicalExport) && f.GetValue(bindings) is not null);

    /// <summary>The signatures generated bindings embed, read from the generated source of <paramref name="witText"/>, by WIT function name.</summary>
    public static IReadOnlyDictionary<string, string> GeneratedSignatures(string witText, string fileName)
    {
        var model = WitText.Resolve(fileName, witText);
        var generated = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Host, null, false));
        var text = string.Join("\n", generated.Files.Select(f => f.Text));
        var functions = Regex.Matches(text, "(_\\w+) = instance\\.GetFunction\\((null|\"[^\"]+\"), \"([^\"]+)\"\\);")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value == "null" ? m.Groups[3].Value : m.Groups[2].Value.Trim('"') + "#" + m.Groups[3].Value);
        return Regex.Matches(text, "_\\w+ = global::WitBindgen\\.Runtime\\.Canonical\\.CanonicalExport\\.For\\((_\\w+), \"([^\"]*)\"\\);")
            .ToDictionary(m => functions[m.Groups[1].Value], m => m.Groups[2].Value);
    }
}
