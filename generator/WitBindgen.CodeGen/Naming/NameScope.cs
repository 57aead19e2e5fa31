namespace WitBindgen.CodeGen.Naming;

/// <summary>
/// The names taken in one C# scope (a namespace, a type's members, a method's parameters). Claiming a name
/// that is already taken gives it a numeric suffix: the first claim of <c>Foo</c> keeps <c>Foo</c>, the next
/// gets <c>Foo2</c>, then <c>Foo3</c>; a name ending in a digit gets an underscore first (<c>V1</c> -> <c>V1_2</c>).
/// Claims happen in WIT declaration order, so the result is deterministic.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    // The last suffix handed out for each name. Names are never released, so every suffix below it is still
    // taken and the next claim of that name can start after it instead of probing from 2 again.
    // Made on the first clash: most scopes never have one.
    private Dictionary<string, int>? _lastSuffix;

    /// <summary>Creates an empty scope comparing names with <paramref name="comparer"/> (ordinal by default).</summary>
    public NameScope(IEqualityComparer<string>? comparer = null)
    {
        _taken = new HashSet<string>(comparer ?? StringComparer.Ordinal);
    }

    /// <summary>Creates a scope where <paramref name="reserved"/> are already taken (inherited members, the enclosing type's name).</summary>
    public NameScope(IEnumerable<string> reserved)
        : this()
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>
    /// A new scope where the names taken here are taken too; claims in either scope do not change the other. A plan
    /// starts from the scope the planner left and adds its own names to the copy, so planning twice decides the same.
    /// </summary>
    public NameScope Fork()
    {
        var fork = new NameScope(_taken.Comparer);
        fork._taken.UnionWith(_taken);
        if (_lastSuffix is not null)
        {
            fork._lastSuffix = new Dictionary<string, int>(_lastSuffix, _taken.Comparer);
        }

        return fork;
    }

    /// <summary>Whether <paramref name="name"/> is taken.</summary>
    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Marks <paramref name="name"/> as taken without claiming it.</summary>
    public void Reserve(string name) => _taken.Add(name);

    /// <summary>Takes <paramref name="name"/>, or the first free suffixed form of it.</summary>
    public string Claim(string name)
    {
        if (_taken.Add(name))
        {
            return name;
        }

        var separator = name.Length > 0 && char.IsDigit(name[name.Length - 1]) ? "_" : string.Empty;
        _lastSuffix ??= new Dictionary<string, int>(_taken.Comparer);
        for (var i = _lastSuffix.TryGetValue(name, out var last) ? last + 1 : 2; ; i++)
        {
            var candidate = name + separator + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                _lastSuffix[name] = i;
                return candidate;
            }
        }
    }
}
