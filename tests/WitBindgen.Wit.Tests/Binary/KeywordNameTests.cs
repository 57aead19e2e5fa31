using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Syntax.Lexing;
using static WitBindgen.Testing.ExternNameSamples;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>A component's names that are WIT keywords come out escaped, wherever they appear, so the decoded text parses.</summary>
public sealed class KeywordNameTests
{
    public static TheoryData<string> ReservedWords()
    {
        var data = new TheoryData<string>();
        foreach (var word in Keywords.All.Where(w => char.IsLetter(w[0])).OrderBy(w => w, StringComparer.Ordinal))
        {
            data.Add(word);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReservedWords))]
    public void Every_word_the_lexer_reserves_is_escaped_in_printed_text(string word)
    {
        var path = word + ":" + word + "/" + word + "@0.2.0";

        var result = ComponentWit.Decode(InterfaceImport(Plain(0x00, path), Plain(0x00, word)), "names.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain($"import %{word}:%{word}/%{word}@0.2.0;");
        text.ShouldContain($"package %{word}:%{word}@0.2.0 {{\n  interface %{word} {{\n    %{word}: func();\n  }}\n}}");
        ComponentSamples.Resolve(text, "names.wit").Worlds.ShouldHaveSingleItem();
    }
}
