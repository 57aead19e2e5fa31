namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>The ways <see cref="WitMutator"/> damages a file.</summary>
public enum MutationKind
{
    /// <summary>Flips a bit of one to three characters, or replaces them with awkward characters.</summary>
    FlipCharacters,

    /// <summary>Cuts the text at a random point.</summary>
    Truncate,

    /// <summary>Removes one token.</summary>
    DropToken,

    /// <summary>Repeats one token many times in place (deep nesting, long lists).</summary>
    RepeatToken,

    /// <summary>Swaps two lines.</summary>
    SwapLines,
}
