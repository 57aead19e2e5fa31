namespace WitBindgen.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (!TerminalColors.ShouldColor(Console.IsErrorRedirected, Environment.GetEnvironmentVariable))
        {
            return CliApplication.Run(args, Console.Out, Console.Error);
        }

        using var stderr = TerminalColors.Wrap(Console.Error);
        return CliApplication.Run(args, Console.Out, stderr);
    }
}
