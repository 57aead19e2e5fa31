namespace WitBindgen.Wit.Diagnostics;

/// <summary>
/// The runtime's stand-in for the front end's public <c>DiagnosticDescriptor</c>: the binary reader compiled into
/// this assembly reports failures through it, and the loader turns them into one-line load errors. Kept internal
/// so the runtime's public API does not grow.
/// </summary>
/// <param name="Id">The front end's diagnostic code.</param>
/// <param name="MessageFormat">A composite format string for the message.</param>
internal sealed record DiagnosticDescriptor(string Id, string MessageFormat)
{
    /// <summary>Formats the message with invariant culture.</summary>
    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
