using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// The call a resource value is being converted in, per thread: which store its handles belong to, and which
/// borrowed handles must stop working when the call returns. Host functions enter one automatically (for the
/// guest's store); generated bindings enter one around each exported call that passes resources.
/// </summary>
/// <remarks>
/// Scopes nest (a host function called while an export runs gets its own). Leaving a scope ends every borrow
/// lent during it: <see cref="ComponentResource"/> borrows the host received become unusable, and host objects
/// lent to the guest only as <c>borrow</c> leave the store's table. Scopes are pooled per thread, so entering one
/// allocates nothing once the thread has made a call.
/// </remarks>
public static class ResourceScope
{
    // The thread's scopes, in one thread-static object: entering a scope reads it once, and leaving reads it not at all
    // (each frame knows its thread's object).
    [ThreadStatic]
    private static Frames? frames;

    private static Frame? current => frames?.Current;

    /// <summary>Whether a scope is active on this thread.</summary>
    public static bool IsActive => current is not null;

    /// <summary>The store of the innermost scope.</summary>
    /// <exception cref="InvalidOperationException">No scope is active, or its store was disposed.</exception>
    public static ComponentStore Store => Current.Store
        ?? throw new InvalidOperationException("The store of the current call was disposed.");

    /// <summary>The bindings object passed to <see cref="Enter"/> (the generated world class), or null.</summary>
    public static object? Bindings => current?.Bindings;

    /// <summary>
    /// Whether the innermost scope is a host function the guest called (true) rather than a call the host made into
    /// the guest (false, also when no scope is active). Bindings of an interface both imported and exported use it to
    /// tell the imported resource type from the exported one.
    /// </summary>
    public static bool InHostFunction => current?.IsHostCall ?? false;

    /// <summary>The WIT function the innermost scope runs (for messages), or null.</summary>
    public static string? FunctionName => current?.FunctionName;

    internal static Frame Current => current
        ?? throw new InvalidOperationException("Resource values can only be converted during a call (no ResourceScope is active on this thread).");

    /// <summary>Enters a scope for a call into <paramref name="store"/>; dispose the result when the call returns.</summary>
    /// <param name="store">The store the call runs in.</param>
    /// <param name="bindings">The bindings object lifted resources attach to (the generated world class), or null.</param>
    /// <param name="functionName">The WIT function called, for messages.</param>
    public static Exit Enter(ComponentStore store, object? bindings, string functionName)
    {
        ArgumentNullException.ThrowIfNull(store);

        // The scope keeps the native store alive: the values lowered in it are used by the call after a dispose on
        // another thread could otherwise have freed the store.
        var context = store.Context;
        store.RetainNative();
        return Push(context, store, bindings, functionName, hostCall: false);
    }

    /// <summary>Enters the scope of a host function called by the guest of <paramref name="context"/>.</summary>
    internal static Exit EnterHostCall(nint context, string functionName) =>
        Push(context, null, null, functionName, hostCall: true);

    // A host call's scope keeps the bindings of the scope it is entered in.
    private static Exit Push(nint context, ComponentStore? store, object? bindings, string functionName, bool hostCall)
    {
        var thread = frames ??= new Frames();
        var previous = thread.Current;
        var frame = thread.Pool ?? new Frame(thread);
        thread.Pool = frame.NextFree;
        frame.Open(context, store, hostCall ? previous?.Bindings : bindings, functionName, hostCall, previous);
        thread.Current = frame;
        return new Exit(frame);
    }

    /// <summary>
    /// Settles the <c>own</c> host objects lowered as arguments in the host's scope for a call into
    /// <paramref name="store"/>: kept by the guest when the call ran, given back when Wasmtime refused the call
    /// before the guest could take them (wrong arguments, canceled before it started). Host functions settle
    /// theirs when they return.
    /// </summary>
    internal static void SettleOwnedArguments(ComponentStore store, bool received)
    {
        if (current is { IsHostCall: false } frame && ReferenceEquals(frame.Store, store))
        {
            if (received)
            {
                frame.KeepOwned();
            }
            else
            {
                frame.DiscardOwned();
            }
        }
    }

    /// <summary>Leaves a scope (see <see cref="Enter"/>).</summary>
    public readonly struct Exit : IDisposable
    {
        private readonly Frame? _frame;
        private readonly int _generation;

        internal Exit(Frame frame)
        {
            _frame = frame;
            _generation = frame.Generation;
        }

        /// <summary>
        /// Takes back the <c>own</c> handles a failed host function lowered: the guest never receives its results, so
        /// the objects must not stay in the store's table (their destructors do not run; the host still has them).
        /// </summary>
        internal void DiscardOwned()
        {
            if (_frame is not null && _frame.Generation == _generation)
            {
                _frame.DiscardOwned();
            }
        }

        /// <summary>Ends the borrows lent during the call and restores the enclosing scope; a second call does nothing.</summary>
        public void Dispose()
        {
            if (_frame is null || _frame.Generation != _generation)
            {
                return;
            }

            try
            {
                _frame.Close();
            }
            finally
            {
                var thread = _frame.Thread;
                thread.Current = _frame.Previous;
                _frame.Release();
                _frame.NextFree = thread.Pool;
                thread.Pool = _frame;
            }
        }
    }

    /// <summary>A thread's innermost scope and its pool of free frames.</summary>
    internal sealed class Frames
    {
        public Frame? Current;

        public Frame? Pool;
    }

    internal sealed class Frame(Frames thread)
    {
        private readonly List<ComponentResource> _borrows = new();
        private readonly List<uint> _lentReps = new();
        private readonly List<(uint Rep, HostResourceType Type)> _ownedReps = new();
        private ComponentStore? _store;
        private StoreResources? _resources;

        private nint _context;

        /// <summary>
        /// The native context of the call's store. For a scope the host entered, checked on every use: the store may
        /// have been disposed during the call (then its context is freed memory).
        /// </summary>
        public nint Context => _store is null ? _context : _store.Context;

        public ComponentStore? Store => _store ?? Resources.Owner;

        public object? Bindings { get; private set; }

        public string FunctionName { get; private set; } = string.Empty;

        public bool IsHostCall { get; private set; }

        public Frame? Previous { get; private set; }

        public Frame? NextFree { get; set; }

        /// <summary>The scopes of the thread the frame belongs to.</summary>
        public Frames Thread { get; } = thread;

        /// <summary>Changes every time the frame is reused, so a stale <see cref="Exit"/> cannot close it.</summary>
        public int Generation { get; private set; }

        public StoreResources Resources
        {
            get
            {
                var context = Context;
                return _resources ??= StoreResources.FromContext(context);
            }
        }

        public void Open(nint context, ComponentStore? store, object? bindings, string functionName, bool hostCall, Frame? previous)
        {
            _context = context;
            _store = store;
            Bindings = bindings;
            FunctionName = functionName;
            IsHostCall = hostCall;
            Previous = previous;
            NextFree = null;
        }

        public void TrackBorrow(ComponentResource resource) => _borrows.Add(resource);

        public void TrackLent(uint rep) => _lentReps.Add(rep);

        /// <summary>
        /// Remembers an <c>own</c> handle lowered in this scope (a host function's results, or the arguments of a call
        /// into the guest), in case the guest never receives it.
        /// </summary>
        public void TrackOwned(uint rep, HostResourceType type) => _ownedReps.Add((rep, type));

        /// <summary>The guest received the arguments lowered so far (a call into it returned).</summary>
        public void KeepOwned() => _ownedReps.Clear();

        public void DiscardOwned()
        {
            // Owned reps exist only once the table was looked up (managed memory, no store access needed).
            if (_resources is { } resources)
            {
                foreach (var (rep, type) in _ownedReps)
                {
                    resources.Release(rep, type, FunctionName);
                }
            }

            _ownedReps.Clear();
        }

        public void Close()
        {
            foreach (var borrow in _borrows)
            {
                borrow.Expire(FunctionName);
            }

            // Lent reps exist only once the table was looked up; it is managed memory, usable even if the store
            // was disposed during the call.
            if (_lentReps.Count > 0 && _resources is { } resources)
            {
                foreach (var rep in _lentReps)
                {
                    resources.EndBorrow(rep);
                }
            }
        }

        public void Release()
        {
            if (_store is { } store)
            {
                _store = null;
                store.ReleaseNative();
            }

            Generation++;
            _borrows.Clear();
            _lentReps.Clear();
            _ownedReps.Clear();
            _store = null;
            _resources = null;
            Bindings = null;
            Previous = null;
            _context = 0;
        }
    }
}
