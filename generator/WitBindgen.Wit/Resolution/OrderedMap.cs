namespace WitBindgen.Wit.Resolution;

/// <summary>
/// A dictionary that remembers insertion order, like Rust's <c>IndexMap</c>: setting an existing key
/// keeps its position, and iteration follows insertion order.
/// </summary>
internal sealed class OrderedMap<TKey, TValue>
    where TKey : notnull
{
    private readonly List<TKey> _keys;
    private readonly List<TValue> _values;
    private readonly Dictionary<TKey, int> _index;

    public OrderedMap()
        : this(0)
    {
    }

    public OrderedMap(int capacity)
    {
        _keys = new List<TKey>(capacity);
        _values = new List<TValue>(capacity);
        _index = new Dictionary<TKey, int>(capacity);
    }

    public int Count => _keys.Count;

    public TKey KeyAt(int i) => _keys[i];

    public TValue ValueAt(int i) => _values[i];

    public void SetValueAt(int i, TValue value) => _values[i] = value;

    public bool ContainsKey(TKey key) => _index.ContainsKey(key);

    public int IndexOf(TKey key) => _index.TryGetValue(key, out var i) ? i : -1;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            value = _values[i];
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Adds the key at the end, or replaces its value in place. Returns whether the key was already there.</summary>
    public bool Set(TKey key, TValue value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            _values[i] = value;
            return true;
        }

        _index.Add(key, _keys.Count);
        _keys.Add(key);
        _values.Add(value);
        return false;
    }

    /// <summary>Adds the key only when absent. Returns whether it was added.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        if (_index.ContainsKey(key))
        {
            return false;
        }

        Set(key, value);
        return true;
    }

    public void Clear()
    {
        _keys.Clear();
        _values.Clear();
        _index.Clear();
    }

    /// <summary>Stable sort by a key computed from each entry.</summary>
    public void StableSortBy(Func<TKey, TValue, int> rank)
    {
        var n = _keys.Count;
        var order = new int[n];
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            ranks[i] = rank(_keys[i], _values[i]);
        }

        // Equal ranks keep their order: ties are broken by position, which makes the unstable Array.Sort stable.
        Array.Sort(order, (a, b) => ranks[a] != ranks[b] ? ranks[a].CompareTo(ranks[b]) : a.CompareTo(b));

        var keys = _keys.ToArray();
        var values = _values.ToArray();
        Clear();
        foreach (var i in order)
        {
            Set(keys[i], values[i]);
        }
    }
}
