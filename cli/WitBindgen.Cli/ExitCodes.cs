namespace WitBindgen.Cli;

/// <summary>The process exit codes of <c>witbindgen</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>The WIT input has errors, or could not be read.</summary>
    public const int WitErrors = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing argument.</summary>
    public const int UsageError = 2;
}
