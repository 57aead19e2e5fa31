using System.Diagnostics.CodeAnalysis;

namespace WitBindgen;

/// <summary>
/// An optional value whose absence is distinct from <c>null</c>. Bindings map WIT <c>option&lt;T&gt;</c> to
/// <c>T?</c>; only a nested <c>option&lt;option&lt;T&gt;&gt;</c> needs this type, as <c>Option&lt;T&gt;?</c>, so
/// that <c>none</c> (outer <c>null</c>) and <c>some(none)</c> (<see cref="None"/>) stay apart.
/// </summary>
/// <remarks><c>default(Option&lt;T&gt;)</c> is <see cref="None"/>.</remarks>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct Option<T> : IEquatable<Option<T>>
{
    private readonly T _value;

    private Option(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>No value.</summary>
    public static Option<T> None => default;

    /// <summary>Whether there is a value.</summary>
    public bool HasValue { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">There is no value.</exception>
    public T Value => HasValue
        ? _value
        : throw new InvalidOperationException("The option has no value. Check HasValue or use TryGetValue first.");

    /// <summary>An option holding <paramref name="value"/>.</summary>
    public static Option<T> Some(T value) => new(value);

    /// <summary>Wraps a value.</summary>
    public static implicit operator Option<T>(T value) => new(value);

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value, or <c>default</c>.</param>
    /// <returns>Whether there is a value.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return HasValue;
    }

    /// <summary>The value, or <paramref name="fallback"/> when there is none.</summary>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <inheritdoc />
    public bool Equals(Option<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Option<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <summary>Whether both are empty or hold equal values.</summary>
    public static bool operator ==(Option<T> left, Option<T> right) => left.Equals(right);

    /// <summary>Whether one is empty and the other not, or they hold different values.</summary>
    public static bool operator !=(Option<T> left, Option<T> right) => !left.Equals(right);

    /// <summary><c>Some(value)</c> or <c>None</c>.</summary>
    public override string ToString() => HasValue ? $"Some({_value?.ToString() ?? "null"})" : "None";
}

/// <summary>Helpers that create options with the type argument inferred.</summary>
public static class Option
{
    /// <summary>An option holding <paramref name="value"/>.</summary>
    public static Option<T> Some<T>(T value) => Option<T>.Some(value);
}
