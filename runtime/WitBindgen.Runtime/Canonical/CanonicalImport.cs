using System.ComponentModel;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Runtime.Backends.Direct.Resources;
using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Canonical;

/// <summary>
/// An imported function implemented by generated bindings through the Canonical ABI, when the calling instance runs on
/// the direct backend: the bindings lift typed values straight from the guest's flat arguments and linear memory, call
/// the user's implementation, and lower its result into the flat result or through the guest's return pointer and
/// realloc, with every check the Canonical ABI makes. For generated code only; not meant to be called by hand.
/// </summary>
/// <remarks>
/// <para>
/// The bindings register it with <see cref="Define(ComponentLinker, string?, string, string, CanonicalImportFunction)"/> after the value-level definition
/// (<see cref="ComponentLinker.DefineFunction"/>), which the Wasmtime backend keeps using, as does the direct backend
/// for a component whose import has another type than the one the bindings were generated for.
/// </para>
/// <para>
/// A failure while lifting the arguments traps the guest (the store is poisoned) naming the import; what the
/// implementation throws, and a result it cannot pass (a null string, an unpaired surrogate), reach the caller of the
/// export as on the value path; a failure of the guest's realloc while lowering traps. <c>may_leave</c> is checked before
/// the call: an import called while the guest's realloc or post-return runs traps. One object per lowering and instance.
/// </para>
/// <para>
/// Handles of host resources cross as the value path passes them: a lifted <c>own</c> leaves the calling instance's handle
/// table and gives the object back to the host, a lifted <c>borrow</c> of an own handle is lent until the call returns (it
/// cannot move or be dropped meanwhile), and a lowered <c>own</c> enters the table, the object held by the store until the
/// guest drops its handle or the store ends. A handle that is not live, of another resource type, a borrow where the type is
/// own, or lent to a running call traps the guest naming the import.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class CanonicalImport : CanonicalMemory
{
    private readonly FunctionAbi _abi;
    private readonly CanonicalImportFunction _implementation;
    private readonly ComponentStore _store;
    private readonly ulong[] _arguments = new ulong[CanonicalLayout.MaxFlatParams + 1];
    private readonly ulong[] _results = new ulong[CanonicalLayout.MaxFlatResults];
    private readonly bool _scopeOnDemand;
    private int _phase;

    // The call's resource scope, once entered (always, unless the function enters it on demand).
    private ResourceScope.Exit _scope;
    private bool _inScope;

    private CanonicalImport(
        DirectCallContext context, FunctionAbi abi, CanonicalImportFunction implementation, (HostResourceType Type, int Resource)[] handleTypes, bool scopeOnDemand)
        : base(context.FunctionPath, context.Options, lowersArguments: false)
    {
        _abi = abi;
        _implementation = implementation;
        _scopeOnDemand = scopeOnDemand;
        _store = context.Instance.Store.Store;
        _resources = context.Instance.Resources;
        _componentInstance = context.ComponentInstance;
        _handleTypes = handleTypes;
    }

    /// <summary>The layouts of the function's type, shared by every instance of the linked component.</summary>
    internal FunctionAbi Abi => _abi;

    /// <summary>The flat arguments the guest passed (each an <c>i32</c> or <c>f32</c> zero-extended), then the return pointer if the result goes through memory.</summary>
    public ReadOnlySpan<ulong> Arguments => _arguments.AsSpan(0, _abi.LoweredParameters.Length);

    /// <summary>The flat result to lower into (at most one value; an <c>i32</c> or <c>f32</c> zero-extended).</summary>
    public Span<ulong> Results => _results.AsSpan(0, _abi.LoweredResults.Length);

    /// <summary>
    /// Registers <paramref name="implementation"/> for the imported function <paramref name="name"/> of
    /// <paramref name="instancePath"/> (null or empty for a function the world imports itself) on the direct backend,
    /// beside its value-level definition, which must be made first: a component whose import type is not
    /// <paramref name="signature"/> is served by the value-level one.
    /// </summary>
    /// <param name="linker">The linker holding the value-level definition.</param>
    /// <param name="instancePath">The imported interface, or null.</param>
    /// <param name="name">The function's WIT name.</param>
    /// <param name="signature">The function type the bindings were generated for, written out structurally.</param>
    /// <param name="implementation">The generated function.</param>
    /// <exception cref="InvalidOperationException">The function has no value-level definition in the linker.</exception>
    public static void Define(ComponentLinker linker, string? instancePath, string name, string signature, CanonicalImportFunction implementation) =>
        Define(linker, instancePath, name, signature, [], implementation);

    /// <summary>
    /// Registers <paramref name="implementation"/> as <see cref="Define(ComponentLinker, string?, string, string, CanonicalImportFunction)"/>
    /// does, for a function passing handles of the host resources <paramref name="resources"/>: one per handle of
    /// <paramref name="signature"/>, in the order it names them. A component whose import passes handles of other
    /// resources is served by the value-level definition.
    /// </summary>
    /// <param name="linker">The linker holding the value-level definition.</param>
    /// <param name="instancePath">The imported interface, or null.</param>
    /// <param name="name">The function's WIT name.</param>
    /// <param name="signature">The function type the bindings were generated for, written out structurally.</param>
    /// <param name="resources">The resource type of each handle in <paramref name="signature"/>, in order.</param>
    /// <param name="implementation">The generated function.</param>
    /// <exception cref="InvalidOperationException">The function has no value-level definition in the linker.</exception>
    public static void Define(
        ComponentLinker linker, string? instancePath, string name, string signature, HostResourceType[] resources, CanonicalImportFunction implementation) =>
        Define(linker, instancePath, name, signature, resources, implementation, scopeOnDemand: false);

    /// <summary>
    /// Registers <paramref name="implementation"/> as <see cref="Define(ComponentLinker, string?, string, string, HostResourceType[], CanonicalImportFunction)"/>
    /// does. With <paramref name="scopeOnDemand"/>, the call runs outside a resource scope until the implementation
    /// enters one with <see cref="EnterScope"/>, which it must do before it calls anything that needs one (the store's
    /// WASI context, a wait, the bindings' implementations): a call that never needs it costs none.
    /// </summary>
    internal static void Define(
        ComponentLinker linker,
        string? instancePath,
        string name,
        string signature,
        HostResourceType[] resources,
        CanonicalImportFunction implementation,
        bool scopeOnDemand)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(implementation);
        var path = string.IsNullOrEmpty(instancePath) ? name : instancePath + "#" + name;
        linker.DefineDirectOver(path, valuePath => (context, argsAndResults) =>
        {
            if (context.Canonical is not { } typed)
            {
                typed = context.Canonical = Create(context, signature, resources, implementation, scopeOnDemand);
            }

            if (typed is CanonicalImport import)
            {
                import.Call(argsAndResults);
            }
            else
            {
                valuePath(context, argsAndResults);
            }
        });
    }

    /// <summary>
    /// The pointer the guest passed to its parameters stored as a tuple (when they take more than 16 flat values),
    /// checked to hold <paramref name="size"/> bytes aligned to <paramref name="alignment"/> inside the memory.
    /// </summary>
    /// <exception cref="WitTrapException">The pointer is misaligned or out of bounds.</exception>
    public uint ArgumentArea(uint size, uint alignment)
    {
        _context.Location = "the arguments";
        CheckArea(_arguments[0], size, alignment, "to their values");
        return (uint)_arguments[0];
    }

    /// <summary>
    /// The return pointer the guest passed (the last flat argument), checked to hold <paramref name="size"/> bytes
    /// aligned to <paramref name="alignment"/> inside the memory.
    /// </summary>
    /// <exception cref="WitTrapException">The pointer is misaligned or out of bounds.</exception>
    public uint ReturnArea(uint size, uint alignment)
    {
        var pointer = _arguments[_abi.LoweredParameters.Length - 1];
        _context.Location = "the result";
        CheckArea(pointer, size, alignment, "its return area");
        return (uint)pointer;
    }

    /// <summary>Marks the arguments lifted: from here on, what the function throws is the implementation's.</summary>
    public void Lifted() => _phase = 1;

    /// <summary>
    /// Marks the implementation returned: from here on, the result is being lowered. Guest code the implementation ran
    /// may have grown the memory, which an access beyond the size known finds.
    /// </summary>
    public void Returned() => _phase = 2;

    /// <summary>
    /// Allocates a block of the result with the guest's realloc while the implementation still runs (to read into it in
    /// place): a failure of realloc traps as it does while the result is lowered; what the implementation throws
    /// afterwards stays its own.
    /// </summary>
    /// <exception cref="WitTrapException">The function has no memory or realloc, realloc trapped, or its pointer is unusable.</exception>
    internal uint AllocateBeforeReturn(uint size, uint alignment)
    {
        var phase = _phase;
        _phase = 2;
        var pointer = Allocate(size, alignment);
        _phase = phase;
        return pointer;
    }

    private static object Create(
        DirectCallContext context, string signature, HostResourceType[] resources, CanonicalImportFunction implementation, bool scopeOnDemand)
    {
        // Whether the bindings fit and the layouts depend on the lowering and the link only: decided once for all stores.
        if (context.SharedCanonical is not LoweringFit fit)
        {
            context.SharedCanonical = fit = Fit(context, signature, resources);
        }

        return fit.Abi is { } abi ? new CanonicalImport(context, abi, implementation, fit.HandleTypes, scopeOnDemand) : false;
    }

    private static LoweringFit Fit(DirectCallContext context, string signature, HostResourceType[] resources)
    {
        var handles = new List<HandleNode>();
        if (context.Type is not { } type || DirectSignature.Of(type, handles) != signature
            || HandleTypes(context, handles, resources) is not { } handleTypes)
        {
            return LoweringFit.None;
        }

        try
        {
            var plan = context.Instance.Component.Plan;
            return LoweringFit.Of(FunctionAbi.Create(context.FunctionPath, type, new AbiTypeBuilder(plan.FindResource)), handleTypes);
        }
        catch (NotSupportedException)
        {
            // A type the value engine cannot lay out: the value path reports it on the call.
            return LoweringFit.None;
        }
    }

    /// <summary>Runs the call the guest made with <paramref name="argsAndResults"/>, its flat arguments, which it overwrites with the flat results.</summary>
    /// <remarks>Never inlined, so that a stack trace through an import shows the typed call it took.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal void Call(Span<ValRaw> argsAndResults)
    {
        var parameters = _abi.LoweredParameters;
        var results = _abi.LoweredResults;
        if (argsAndResults.Length < Math.Max(parameters.Length, results.Length))
        {
            throw TooFewSlots(argsAndResults.Length);
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            _arguments[i] = parameters[i] is FlatType.I32 or FlatType.F32 ? (uint)argsAndResults[i].I32 : (ulong)argsAndResults[i].I64;
        }

        _phase = 0;

        // The memory's address and size are read on the first call only: it never moves, and an access beyond the
        // size known reads the size again.
        EnsureMemory();

        // The implementation runs in a resource scope of the call, as on the value path (the bindings find the store's
        // implementations through it), unless it enters one itself when it needs it.
        if (!_scopeOnDemand)
        {
            EnterScope();
        }

        var succeeded = false;
        try
        {
            _implementation(this);
            succeeded = true;
        }
        catch (Exception error) when (Failure(error) is { } failure)
        {
            throw failure;
        }
        finally
        {
            EndLends();
            if (_inScope)
            {
                LeaveScope(succeeded);
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            argsAndResults[i] = results[i] is FlatType.I32 or FlatType.F32
                ? ValRaw.FromI32(unchecked((int)(uint)_results[i]))
                : ValRaw.FromI64(unchecked((long)_results[i]));
        }
    }

    /// <summary>
    /// Enters the call's resource scope, if the call is not in it yet: a function defined with its scope on demand calls
    /// this before it calls anything that needs the scope; the scope ends when the call does.
    /// </summary>
    internal void EnterScope()
    {
        if (!_inScope)
        {
            _scope = ResourceScope.EnterHostCall(_store.EnteredContext, Name);
            _inScope = true;
        }
    }

    private void LeaveScope(bool succeeded)
    {
        var scope = _scope;
        _scope = default;
        _inScope = false;
        if (!succeeded)
        {
            // The guest never receives the handles lowered for a result that failed: the store lets go of their objects.
            scope.DiscardOwned();
        }

        scope.Dispose();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WitTrapException TooFewSlots(int slots) =>
        new($"{Name}: the component's core import passes {slots} value(s) where the function's type needs {Math.Max(_abi.LoweredParameters.Length, _abi.LoweredResults.Length)}.")
        {
            FunctionName = Name,
        };

    // As on the value path: lifting traps, what the implementation throws (or a result it cannot pass, named as the
    // value path names it) is carried to the caller of the export, and the runtime's own failures while lowering
    // (realloc's bad pointer) trap.
    private Exception? Failure(Exception error) => (_phase, error) switch
    {
        (_, DirectGuestTrap) => null,
        (0, WitRuntimeException) => null,
        (0, _) => new WitTrapException($"'{Name}': an argument breaks the Canonical ABI: {error.Message}", error) { FunctionName = Name },
        (2, WitRuntimeException) => null,
        (2, _) when CanonicalExport.IsRefusedValue(error) => new DirectHostFailure(
            Name, new ArgumentException($"Cannot pass the result of the host implementation of `{Name}`: {error.Message}", error)),
        _ => new DirectHostFailure(Name, error),
    };
}
