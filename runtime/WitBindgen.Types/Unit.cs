namespace WitBindgen;

/// <summary>
/// The type with exactly one value, standing for a side of a WIT <c>result</c> that carries nothing:
/// <c>result&lt;_, E&gt;</c> is <c>Result&lt;Unit, E&gt;</c> and <c>result</c> is <c>Result&lt;Unit, Unit&gt;</c>.
/// </summary>
public readonly struct Unit : IEquatable<Unit>
{
    /// <summary>The only value.</summary>
    public static Unit Value => default;

    /// <summary>Always true: there is only one value.</summary>
    public bool Equals(Unit other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>Always true.</summary>
    public static bool operator ==(Unit left, Unit right) => true;

    /// <summary>Always false.</summary>
    public static bool operator !=(Unit left, Unit right) => false;

    /// <summary><c>()</c>.</summary>
    public override string ToString() => "()";
}
