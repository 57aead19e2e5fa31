using System.CommandLine;

namespace WitBindgen.Cli.Commands;

/// <summary>Options shared by the commands that read WIT.</summary>
internal static class CommonOptions
{
    /// <summary>Creates the <c>--features</c> option: comma-separated names, and the option may be repeated.</summary>
    public static Option<string[]> Features() => new("--features")
    {
        Description = "Features to enable for @unstable(feature = ...) items: comma-separated, and the option may be repeated.",
        HelpName = "a,b",
        Arity = ArgumentArity.OneOrMore,
    };
}
