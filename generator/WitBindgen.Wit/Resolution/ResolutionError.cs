using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Stops resolution at the first error, as wit-parser does. Raised only inside the resolver and
/// always caught by <see cref="WitResolver.Resolve(WitInput)"/>, which turns it into its diagnostic.
/// </summary>
internal sealed class ResolutionError : Exception
{
    public ResolutionError(Diagnostic diagnostic)
        : base(diagnostic.Message)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>The diagnostic to report.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Creates the error for a descriptor, a location and the message arguments.</summary>
    public static ResolutionError At(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        new(Diagnostic.Create(descriptor, location, args));
}
