using System.ComponentModel;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Canonical;

/// <summary>
/// An exported function called through the Canonical ABI by generated bindings, when its instance runs on the direct
/// backend: the bindings lower typed values straight into the guest's linear memory and flat core values, call the
/// core function, and lift typed values back, with every check the Canonical ABI makes. For generated code only; not
/// meant to be called by hand.
/// </summary>
/// <remarks>
/// <para>
/// A call goes <see cref="Enter"/>, lowering (<see cref="CanonicalMemory.Allocate"/>, <see cref="CanonicalMemory.Write{T}"/>, <see cref="CanonicalMemory.WriteString"/>,
/// <see cref="CanonicalMemory.WriteArray{T}"/>), <see cref="Invoke"/>, lifting (<see cref="Results"/>, <see cref="ReturnArea"/>,
/// <see cref="CanonicalMemory.Read{T}"/>, <see cref="CanonicalMemory.ReadString"/>, <see cref="CanonicalMemory.ReadArray{T}"/>), <see cref="Return"/> (post-return),
/// and <see cref="Leave"/> in a <c>finally</c>. A failure while lowering goes through <see cref="LowerFailed(Exception, string)"/>, one while
/// lifting through <see cref="LiftFailed"/>, which poisons the store and skips post-return.
/// </para>
/// <para>
/// Every pointer is checked against the memory's current size; the memory's address is read again after every call
/// into the guest (realloc may grow and move it), and no span into it is handed out. One object per export and
/// signature; the component model's rule that a running instance cannot be entered again keeps its calls from overlapping.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class CanonicalExport : CanonicalMemory
{
    private readonly DirectExport _export;
    private readonly DirectInstance _instance;
    private readonly ComponentStore _store;
    private readonly CoreFunction _function;
    private readonly CoreFunction? _postReturn;
    private readonly int _componentInstance;
    private readonly bool _widensResult;
    private readonly FunctionAbi _abi;
    private readonly string _operation;
    private readonly ulong[] _results = new ulong[CanonicalLayout.MaxFlatResults];
    private ValRaw _rawResult;
    private bool _armed;

    private CanonicalExport(DirectExport export, FunctionAbi abi)
        : base(export.Path, export.Options, lowersArguments: true)
    {
        _export = export;
        _instance = export.Instance;
        _store = export.Instance.Store.Store;
        _function = export.Function;
        _postReturn = export.Options.PostReturn;
        _componentInstance = export.ComponentInstance;
        _widensResult = abi.LiftedResults is [FlatType.I32 or FlatType.F32];
        _abi = abi;
        _operation = "calling '" + export.Path + "'";
    }

    /// <summary>
    /// The Canonical ABI view of <paramref name="function"/> when it runs on the direct backend and its component type is
    /// <paramref name="signature"/>; null when it runs on the Wasmtime backend or its type differs (the bindings then call
    /// it with component values, which reports the mismatch).
    /// </summary>
    /// <param name="function">The exported function.</param>
    /// <param name="signature">The function type the bindings were generated for, written out structurally.</param>
    public static CanonicalExport? For(ComponentFunction function, string signature)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(signature);
        return function.DirectExport is { } export ? For(export, signature) : null;
    }

    /// <summary>The Canonical ABI view of a direct export, or null when its type is not <paramref name="signature"/>.</summary>
    internal static CanonicalExport? For(DirectExport export, string signature)
    {
        if (export.Canonical is { } known && known.Signature == signature)
        {
            return known.Export;
        }

        CanonicalExport? created = null;
        if (DirectSignature.Of(export.Type) == signature)
        {
            try
            {
                created = new CanonicalExport(export, export.Abi);
            }
            catch (NotSupportedException)
            {
                // A type the value engine cannot lay out: the value path reports it on the call.
            }
        }

        export.Canonical = (signature, created);
        return created;
    }

    /// <summary>
    /// Enters the store (the thread check, and the call's deadline and cancellation, which then cover realloc, the core
    /// call and post-return) and the instance (<c>may_enter</c>): a call into an instance already running further up the
    /// stack traps and poisons the store.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="WitConcurrentUseException">Another thread is inside the store.</exception>
    /// <exception cref="WitInstancePoisonedException">An earlier failure poisoned the store.</exception>
    /// <exception cref="WitCallCanceledException">The store's cancellation token was canceled before the call.</exception>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    public void Enter()
    {
        _store.ThrowIfPoisoned(Name);
        var armed = _store.EnterCall(_operation, Name);
        try
        {
            _instance.Enter(Name, _componentInstance);
        }
        catch
        {
            _store.ExitCall(armed);
            throw;
        }

        _armed = armed;
        if (_memory is not null)
        {
            Refresh();
        }
    }

    /// <summary>Leaves what <see cref="Enter"/> entered; the memory is no longer addressed.</summary>
    public void Leave()
    {
        Forget();
        _instance.Leave(_componentInstance);
        _store.ExitCall(_armed);
    }

    /// <summary>
    /// Calls the core function with the flat arguments (each slot holds the bits of one core value, an <c>i32</c> or
    /// <c>f32</c> zero-extended): at most 16, else one pointer to the parameters stored as a tuple through realloc.
    /// </summary>
    /// <exception cref="ArgumentException">The number of flat values does not fit the function.</exception>
    /// <exception cref="WitTrapException">The guest trapped (the store is poisoned); fuel, timeouts and cancellation throw their own exceptions.</exception>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public void Invoke(ReadOnlySpan<ulong> flat)
    {
        var kinds = _abi.LiftedParameters;
        if (flat.Length != kinds.Length)
        {
            throw new ArgumentException($"'{Name}' takes {kinds.Length} flat value(s), but {flat.Length} were given.", nameof(flat));
        }

        // Every slot the call reads is written first (parameters here, results by the callee): no zeroing is needed.
        var function = _function;
        Span<ValRaw> slots = stackalloc ValRaw[CanonicalLayout.MaxFlatParams];
        slots = slots[..Math.Max(function.SlotCount, 1)];
        for (var i = 0; i < flat.Length; i++)
        {
            // An i32 or f32 slot holds its bits zero-extended, which is the value's own little-endian slot.
            slots[i] = ValRaw.FromI64(unchecked((long)flat[i]));
        }

        try
        {
            function.CallEntered(slots);
        }
        catch (Exception error) when (ComponentFunction.DirectFailure(error, _operation, Name) is { } failure)
        {
            throw failure;
        }

        if (function.ResultCount > 0)
        {
            _rawResult = slots[0];
            _results[0] = _widensResult ? (uint)slots[0].I32 : unchecked((ulong)slots[0].I64);
        }

        if (_memory is not null)
        {
            Refresh();
        }
    }

    /// <summary>The flat results of the call (at most one; an <c>i32</c> or <c>f32</c> zero-extended), valid until <see cref="Return"/>.</summary>
    public ReadOnlySpan<ulong> Results => _results.AsSpan(0, _function.ResultCount);

    /// <summary>
    /// The pointer the core function returned to its results, checked to hold <paramref name="size"/> bytes aligned to
    /// <paramref name="alignment"/> inside the memory.
    /// </summary>
    /// <exception cref="WitTrapException">The pointer is misaligned or out of bounds.</exception>
    public uint ReturnArea(uint size, uint alignment)
    {
        var pointer = (uint)_results[0];
        _context.Location = "the result";
        _context.CheckRange(pointer, size, alignment, "to its value");
        return pointer;
    }

    /// <summary>Runs the function's post-return with the flat results, once everything was lifted.</summary>
    /// <exception cref="WitTrapException">Post-return trapped (the store is poisoned).</exception>
    public void Return()
    {
        Forget();
        if (_postReturn is { } postReturn)
        {
            Span<ValRaw> slots = stackalloc ValRaw[Math.Max(postReturn.SlotCount, 1)];
            slots[0] = _rawResult;
            try
            {
                _instance.RunWithoutLeaving(postReturn, slots);
            }
            catch (Exception error) when (ComponentFunction.DirectFailure(error, _operation, Name) is { } failure)
            {
                throw failure;
            }
        }
    }

    /// <summary>
    /// What a failure while lifting becomes: the Canonical ABI traps, so the store is poisoned, post-return is skipped,
    /// and an exception that is not the runtime's own becomes a <see cref="WitTrapException"/> naming the function.
    /// </summary>
    public Exception LiftFailed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var failure = error is WitRuntimeException
            ? error
            : new WitTrapException($"'{Name}': the result breaks the Canonical ABI: {error.Message}", error) { FunctionName = Name };
        _store.Poison(failure, Name);
        return failure;
    }

    /// <summary>
    /// What a failure while lowering becomes: a trap (realloc's bad pointer, a value the Canonical ABI cannot store) poisons
    /// the store; an argument the caller got wrong (null, an unpaired surrogate, a fixed-length list of the wrong length)
    /// leaves it usable and becomes an <see cref="ArgumentException"/> naming the function.
    /// </summary>
    public Exception LowerFailed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        error = ComponentFunction.DirectFailure(error, _operation, Name) ?? error;
        switch (error)
        {
            case WitTrapException:
                _store.Poison(error, Name);
                return error;
            case ArgumentException when IsRefusedValue(error):
                return new ArgumentException($"Cannot pass an argument of '{Name}': {error.Message}", error);
            case WitRuntimeException or ArgumentException:
                return error;
            default:
                return new ArgumentException($"Cannot pass the arguments of '{Name}': {error.Message}", error);
        }
    }

    /// <summary>
    /// What a failure while lowering the parameter <paramref name="where"/> names becomes: as
    /// <see cref="LowerFailed(Exception)"/>, except that a value the generated code or <see cref="CanonicalMemory.WriteString"/>
    /// refused (null where WIT has none, a string with an unpaired surrogate, an enum value outside its cases, flags with
    /// unknown bits, a fixed-length list of another length) becomes an <see cref="ArgumentException"/> naming the
    /// parameter, as on the value path.
    /// </summary>
    /// <param name="error">The failure.</param>
    /// <param name="where">The parameter and function, as the value path's messages name them.</param>
    public Exception LowerFailed(Exception error, string where)
    {
        ArgumentNullException.ThrowIfNull(error);
        return IsRefusedValue(error)
            ? new ArgumentException($"Cannot pass {where}: {error.Message}", error)
            : LowerFailed(error);
    }

    /// <summary>
    /// Whether <paramref name="error"/> is how the generated helpers and <see cref="CanonicalMemory.WriteString"/> refuse a
    /// value: an <see cref="ArgumentException"/> of that exact type without a parameter name, saying what is wrong with it.
    /// </summary>
    internal static bool IsRefusedValue(Exception error) =>
        error.GetType() == typeof(ArgumentException) && ((ArgumentException)error).ParamName is null;

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: generated exports pass resource handles as component values.</exception>
    public override T LiftOwn<T>(HostResourceType type, int handle) => throw HandlesNotSupported();

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: generated exports pass resource handles as component values.</exception>
    public override T LiftBorrow<T>(HostResourceType type, int handle) => throw HandlesNotSupported();

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: generated exports pass resource handles as component values.</exception>
    public override int LowerOwn(HostResourceType type, object value) => throw HandlesNotSupported();

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: generated exports pass resource handles as component values.</exception>
    public override int LowerBorrow(HostResourceType type, object value) => throw HandlesNotSupported();

    private NotSupportedException HandlesNotSupported() =>
        new($"'{Name}': exported functions that pass resource handles are called with component values, not through the Canonical ABI.");
}
