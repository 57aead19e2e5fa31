using System.Diagnostics.CodeAnalysis;

namespace WitBindgen;

/// <summary>
/// The C# form of WIT <c>result&lt;T, E&gt;</c>: either a success value of type <typeparamref name="TOk"/> or an error
/// of type <typeparamref name="TErr"/>. A side WIT leaves out (<c>result&lt;_, E&gt;</c>, <c>result&lt;T&gt;</c>,
/// <c>result</c>) is <see cref="Unit"/>.
/// </summary>
/// <remarks>
/// Create one with <see cref="Ok(TOk)"/> / <see cref="Err(TErr)"/>, or let <see cref="Result.Ok{T}(T)"/> and
/// <see cref="Result.Err{E}(E)"/> convert implicitly. <c>default(Result&lt;TOk, TErr&gt;)</c> is a success holding
/// <c>default(TOk)</c>.
/// </remarks>
/// <typeparam name="TOk">The success type.</typeparam>
/// <typeparam name="TErr">The error type.</typeparam>
public readonly struct Result<TOk, TErr> : IEquatable<Result<TOk, TErr>>
{
    private readonly TOk _value;
    private readonly TErr _error;
    private readonly bool _isErr;

    private Result(TOk value, TErr error, bool isErr)
    {
        _value = value;
        _error = error;
        _isErr = isErr;
    }

    /// <summary>Whether this is a success.</summary>
    public bool IsOk => !_isErr;

    /// <summary>Whether this is an error.</summary>
    public bool IsErr => _isErr;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">This is an error; the message includes the error.</exception>
    public TOk Value => _isErr
        ? throw new InvalidOperationException($"The result is an error, not a value: {Describe(_error)}. Check IsOk or use TryGetValue or Match first.")
        : _value;

    /// <summary>The error.</summary>
    /// <exception cref="InvalidOperationException">This is a success.</exception>
    public TErr Error => _isErr
        ? _error
        : throw new InvalidOperationException($"The result is a success, not an error: {Describe(_value)}. Check IsErr or use TryGetError or Match first.");

    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Result<TOk, TErr> Ok(TOk value) => new(value, default!, isErr: false);

    /// <summary>An error holding <paramref name="error"/>.</summary>
    public static Result<TOk, TErr> Err(TErr error) => new(default!, error, isErr: true);

    /// <summary>Converts the untyped success made by <see cref="Result.Ok{T}(T)"/>.</summary>
    public static implicit operator Result<TOk, TErr>(Ok<TOk> ok) => Ok(ok.Value);

    /// <summary>Converts the untyped error made by <see cref="Result.Err{E}(E)"/>.</summary>
    public static implicit operator Result<TOk, TErr>(Err<TErr> err) => Err(err.Error);

    /// <summary>Gets the success value when there is one.</summary>
    /// <param name="value">The success value, or <c>default</c> for an error.</param>
    /// <returns>Whether this is a success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out TOk value)
    {
        value = _value;
        return !_isErr;
    }

    /// <summary>Gets the error when there is one.</summary>
    /// <param name="error">The error, or <c>default</c> for a success.</param>
    /// <returns>Whether this is an error.</returns>
    public bool TryGetError([MaybeNullWhen(false)] out TErr error)
    {
        error = _error;
        return _isErr;
    }

    /// <summary>Calls <paramref name="ok"/> or <paramref name="err"/> depending on the side, and returns what it returns.</summary>
    public TResult Match<TResult>(Func<TOk, TResult> ok, Func<TErr, TResult> err)
    {
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(err);
        return _isErr ? err(_error) : ok(_value);
    }

    /// <inheritdoc />
    public bool Equals(Result<TOk, TErr> other) =>
        _isErr == other._isErr &&
        (_isErr ? EqualityComparer<TErr>.Default.Equals(_error, other._error) : EqualityComparer<TOk>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<TOk, TErr> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isErr ? HashCode.Combine(true, _error) : HashCode.Combine(false, _value);

    /// <summary>Whether two results are on the same side with equal contents.</summary>
    public static bool operator ==(Result<TOk, TErr> left, Result<TOk, TErr> right) => left.Equals(right);

    /// <summary>Whether two results differ in side or contents.</summary>
    public static bool operator !=(Result<TOk, TErr> left, Result<TOk, TErr> right) => !left.Equals(right);

    /// <summary><c>Ok(value)</c> or <c>Err(error)</c>.</summary>
    public override string ToString() => _isErr ? $"Err({Describe(_error)})" : $"Ok({Describe(_value)})";

    private static string Describe<T>(T item) => item?.ToString() ?? "null";
}

/// <summary>Helpers that create results without spelling out both type arguments.</summary>
public static class Result
{
    /// <summary>A success, converted implicitly to any <see cref="Result{TOk, TErr}"/> with a matching <typeparamref name="T"/>.</summary>
    public static Ok<T> Ok<T>(T value) => new(value);

    /// <summary>A success with no value, for <c>Result&lt;Unit, TErr&gt;</c>.</summary>
    public static Ok<Unit> Ok() => new(default);

    /// <summary>An error, converted implicitly to any <see cref="Result{TOk, TErr}"/> with a matching <typeparamref name="E"/>.</summary>
    public static Err<E> Err<E>(E error) => new(error);

    /// <summary>An error with no value, for <c>Result&lt;TOk, Unit&gt;</c>.</summary>
    public static Err<Unit> Err() => new(default);
}

/// <summary>A success value waiting to become a <see cref="Result{TOk, TErr}"/>; made by <see cref="Result.Ok{T}(T)"/>.</summary>
/// <typeparam name="T">The success type.</typeparam>
/// <param name="Value">The success value.</param>
public readonly record struct Ok<T>(T Value);

/// <summary>An error waiting to become a <see cref="Result{TOk, TErr}"/>; made by <see cref="Result.Err{E}(E)"/>.</summary>
/// <typeparam name="E">The error type.</typeparam>
/// <param name="Error">The error.</param>
public readonly record struct Err<E>(E Error);
