using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax;
using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Turns the names a component binary carries into syntax names, checked by the rules the WIT lexer applies,
/// so a decoded component never holds a name that WIT text could not spell.
/// </summary>
internal static class WitSyntaxNames
{
    /// <summary>The name given to an item whose name is empty.</summary>
    private const string Unnamed = "unnamed";

    /// <summary>
    /// <paramref name="name"/> as an identifier; keywords need no escape here. An empty name becomes <c>unnamed</c>.
    /// </summary>
    /// <exception cref="ComponentFormatException">The name is not kebab-case (WIT0406).</exception>
    public static Identifier Identifier(string name)
    {
        var text = string.IsNullOrEmpty(name) ? Unnamed : name;
        if (!IdentifierRules.IsValid(text))
        {
            throw new ComponentFormatException(WitDiagnostics.InvalidComponentName, name, "it is not a WIT identifier (lower-case or upper-case words separated by single '-')");
        }

        return new Identifier(text, default);
    }

    /// <summary>A package name <c>ns:pkg</c> or <c>ns:pkg@version</c>.</summary>
    /// <exception cref="ComponentFormatException">The name has no namespace, a name that is not kebab-case, or a version that is not semver (WIT0406).</exception>
    public static PackageNameSyntax PackageName(string package)
    {
        var at = package.IndexOf('@');
        var names = at < 0 ? package : package.Substring(0, at);
        var colon = names.IndexOf(':');
        if (colon < 0)
        {
            throw new ComponentFormatException(WitDiagnostics.InvalidComponentName, package, "a package name needs a namespace (ns:name)");
        }

        SemVer? version = null;
        if (at >= 0 && (version = SemVer.TryParse(package.Substring(at + 1))) is null)
        {
            throw new ComponentFormatException(WitDiagnostics.InvalidComponentName, package, "its version is not a semantic version (major.minor.patch)");
        }

        var ns = Identifier(names.Substring(0, colon));
        var name = Identifier(names.Substring(colon + 1));
        return new PackageNameSyntax(ns.Name, name.Name, version, default);
    }
}
