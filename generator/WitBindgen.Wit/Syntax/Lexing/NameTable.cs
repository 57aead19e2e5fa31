namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>
/// Hands out one string instance per distinct name, so a name written many times in a file
/// (types, parameters, interfaces) is allocated once. Open addressing over a power-of-two table.
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[128];
    private int _count;

    /// <summary>The string for <c>text[start..start+length)</c>.</summary>
    public string Get(string text, int start, int length)
    {
        var mask = _slots.Length - 1;
        var index = (int)(Hash(text, start, length) & (uint)mask);
        while (true)
        {
            var existing = _slots[index];
            if (existing is null)
            {
                var created = text.Substring(start, length);
                _slots[index] = created;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (existing.Length == length && string.CompareOrdinal(existing, 0, text, start, length) == 0)
            {
                return existing;
            }

            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null)
            {
                continue;
            }

            var index = (int)(Hash(name, 0, name.Length) & (uint)mask);
            while (_slots[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _slots[index] = name;
        }
    }

    // FNV-1a over UTF-16 code units.
    private static uint Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return hash;
    }
}
