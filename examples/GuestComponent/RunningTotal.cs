using Example.Guest.Calculator;
using Example.Guest.Logger;

namespace GuestComponent;

/// <summary>
/// The component's implementation of the exported resource <c>accumulator</c>: a class deriving from the generated
/// <see cref="Accumulator"/>. The host holds a handle to each instance; when it drops the last one, the bindings
/// release the instance and, since it is <see cref="IDisposable"/>, dispose it.
/// </summary>
internal sealed class RunningTotal : Accumulator, IDisposable
{
    private long _total;

    public RunningTotal(long start) => _total = start;

    /// <inheritdoc />
    public override void Add(long value) => _total = unchecked(_total + value);

    /// <inheritdoc />
    public override long Total() => _total;

    /// <summary>Called when the host drops the accumulator.</summary>
    public void Dispose() => LoggerImports.Log($"accumulator closed at {_total}");
}
