namespace WitBindgen.CodeGen;

/// <summary>One generated C# source file.</summary>
/// <param name="HintName">A file name unique within one <see cref="CodeGenResult"/>, such as <c>Example.Calc.CalcWorld.g.cs</c>.</param>
/// <param name="Text">The C# source, with <c>\n</c> newlines.</param>
public sealed record GeneratedFile(string HintName, string Text);
