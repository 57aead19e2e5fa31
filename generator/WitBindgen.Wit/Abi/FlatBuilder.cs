namespace WitBindgen.Wit.Abi;

/// <summary>Accumulates flat core types, stopping at <see cref="CanonicalAbi.MaxTrackedFlatLength"/>.</summary>
internal sealed class FlatBuilder
{
    private readonly List<CoreType> _types = new();

    /// <summary>Whether the bound is reached and further types are dropped.</summary>
    public bool IsFull => _types.Count >= CanonicalAbi.MaxTrackedFlatLength;

    /// <summary>The number of types gathered.</summary>
    public int Count => _types.Count;

    /// <summary>Appends one type.</summary>
    public void Add(CoreType type)
    {
        if (!IsFull)
        {
            _types.Add(type);
        }
    }

    /// <summary>Appends types in order.</summary>
    public void AddRange(IEnumerable<CoreType> types)
    {
        foreach (var type in types)
        {
            if (IsFull)
            {
                return;
            }

            _types.Add(type);
        }
    }

    /// <summary>Joins <paramref name="types"/> into the gathered ones position by position, appending past the end.</summary>
    public void JoinAll(IReadOnlyList<CoreType> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (i < _types.Count)
            {
                _types[i] = CanonicalAbi.Join(_types[i], types[i]);
            }
            else
            {
                Add(types[i]);
            }
        }
    }

    /// <summary>The gathered types.</summary>
    public EquatableArray<CoreType> ToArray() => _types.ToArray();
}
