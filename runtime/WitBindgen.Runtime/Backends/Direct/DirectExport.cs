using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A function a <see cref="DirectInstance"/> exports: its core function, its canonical options and its component type,
/// called with the component model's instance rules (no re-entrance, no import while realloc or post-return runs,
/// post-return once after the results were read). Failures name the export's path.
/// </summary>
internal sealed class DirectExport
{
    private FunctionAbi? _abi;
    private DirectOptionsMemory? _memory;
    private AbiContext? _context;

    internal DirectExport(DirectInstance instance, string path, CoreFunction function, DirectOptions options, FuncNode type, int componentInstance)
    {
        Instance = instance;
        ComponentInstance = componentInstance;
        Path = path;
        Function = function;
        Options = options;
        Type = type;
    }

    /// <summary>The instance.</summary>
    public DirectInstance Instance { get; }

    /// <summary>The export's path (<c>interface#function</c>, or the function's name at the top level).</summary>
    public string Path { get; }

    /// <summary>The lifted core function, whose failures name <see cref="Path"/>.</summary>
    public CoreFunction Function { get; }

    /// <summary>The lift's options resolved to the instance's externs.</summary>
    public DirectOptions Options { get; }

    /// <summary>The function's component type.</summary>
    public FuncNode Type { get; }

    /// <summary>The component instance inside <see cref="Instance"/> that lifts the function (0: the outermost component).</summary>
    public int ComponentInstance { get; }

    /// <summary>
    /// The Canonical ABI view generated bindings last asked for and the signature they asked with (null when the type
    /// did not match), so that bindings made per call find it again without rendering the type.
    /// </summary>
    internal (string Signature, Canonical.CanonicalExport? Export)? Canonical { get; set; }

    /// <summary>
    /// Calls the export with flat core arguments and leaves its flat core results in <paramref name="argsAndResults"/>
    /// (scalars pass through unchanged), running post-return with them before returning.
    /// </summary>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">The guest trapped (the store is poisoned).</exception>
    public void Call(Span<ValRaw> argsAndResults) => Call(argsAndResults, static (_, _) => 0);

    /// <summary>
    /// Calls the export with flat core arguments, reads the results with <paramref name="lift"/>, then runs
    /// post-return with the flat results and returns what <paramref name="lift"/> made. When <paramref name="lift"/>
    /// throws, post-return is skipped and the store poisoned.
    /// </summary>
    /// <exception cref="ArgumentException">The span has fewer slots than the core function needs.</exception>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">The guest or its post-return trapped (the store is poisoned).</exception>
    public TResult Call<TResult>(Span<ValRaw> argsAndResults, DirectLift<TResult> lift)
    {
        ArgumentNullException.ThrowIfNull(lift);
        Instance.Enter(Path, ComponentInstance);
        try
        {
            return CallEntered(argsAndResults, lift);
        }
        finally
        {
            Instance.Leave(ComponentInstance);
        }
    }

    /// <summary>
    /// Calls the export with component values, as <see cref="ComponentFunction.Call"/> does on the Wasmtime backend:
    /// lowers <paramref name="args"/> (flat, or through the guest's realloc into memory when they take more than 16 flat
    /// values), calls the core function, lifts the result (flat, or from the pointer it returns) with every check the
    /// Canonical ABI makes, then runs post-return. A failure while lifting skips post-return and poisons the store.
    /// </summary>
    /// <param name="args">One value per WIT parameter; only read.</param>
    /// <param name="results">As many slots as the function has results (0 or 1); on success the caller owns what is written.</param>
    /// <exception cref="ArgumentException">The number of arguments or result slots does not fit the function (the store stays usable).</exception>
    /// <exception cref="NotSupportedException">The function passes a type the direct backend cannot pass yet.</exception>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">An argument could not be lowered, the guest trapped, or its result breaks the Canonical ABI (the store is poisoned).</exception>
    public void Call(ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results)
    {
        var abi = Abi;
        if (args.Length != abi.Parameters.Length)
        {
            throw new ArgumentException($"'{Path}' takes {abi.Parameters.Length} argument(s), but {args.Length} were given.", nameof(args));
        }

        if (results.Length != (abi.Result is null ? 0 : 1))
        {
            throw new ArgumentException($"'{Path}' returns {(abi.Result is null ? 0 : 1)} result(s), but {results.Length} slot(s) were given.", nameof(results));
        }

        Instance.Enter(Path, ComponentInstance);
        try
        {
            Span<ValRaw> slots = stackalloc ValRaw[Math.Max(Function.SlotCount, 1)];
            Span<ulong> flat = stackalloc ulong[CanonicalLayout.MaxFlatParams];
            var context = Context;
            var resources = abi.HasHandles ? new Resources.DirectResourceCall(Instance.Resources, ComponentInstance, Path) : null;
            context.ResourceCall = resources;
            int count;
            try
            {
                count = abi.LowerArguments(context, args, flat);
            }
            catch (WitTrapException error)
            {
                Instance.Store.Store.Poison(error, Path);
                throw;
            }

            for (var i = 0; i < count; i++)
            {
                slots[i] = abi.LiftedParameters[i] is FlatType.I32 or FlatType.F32 ? ValRaw.FromI32((int)(uint)flat[i]) : ValRaw.FromI64((long)flat[i]);
            }

            Function.Call(slots);
            var flatResults = slots[..Function.ResultCount];
            ComponentVal? lifted;
            try
            {
                lifted = LiftResult(flatResults);
            }
            catch (Exception error)
            {
                resources?.End(check: false);
                Instance.Store.Store.Poison(error, Path);
                throw;
            }

            if (resources is not null)
            {
                try
                {
                    resources.End(check: true);
                }
                catch (WitRuntimeException error)
                {
                    if (lifted is { } value)
                    {
                        ComponentVal.Free(new Span<ComponentVal>(ref value));
                    }

                    Instance.Store.Store.Poison(error, Path);
                    throw;
                }
            }

            try
            {
                RunPostReturn(flatResults);
            }
            catch
            {
                if (lifted is { } value)
                {
                    ComponentVal.Free(new Span<ComponentVal>(ref value));
                }

                throw;
            }

            if (lifted is { } result)
            {
                results[0] = result;
            }
        }
        finally
        {
            Instance.Leave(ComponentInstance);
        }
    }

    /// <summary>How the function's values cross the Canonical ABI, checked against the core function's signature on first use.</summary>
    internal FunctionAbi Abi
    {
        get
        {
            if (_abi is not null)
            {
                return _abi;
            }

            var abi = Instance.Pre.ExportAbi(Path, Type);
            if (abi.LiftedParameters.Length != Function.ParameterCount || abi.LiftedResults.Length != Function.ResultCount)
            {
                throw new WitRuntimeException(
                    $"The export '{Path}' lifts a core function of {Function.ParameterCount} parameter(s) and {Function.ResultCount} result(s), " +
                    $"but its type flattens to {abi.LiftedParameters.Length} and {abi.LiftedResults.Length}.");
            }

            return _abi = abi;
        }
    }

    /// <summary>
    /// The value-level calls' lift and lower context, made once: calls of one instance never overlap (may_enter), and
    /// each conversion sets the location it reports.
    /// </summary>
    private AbiContext Context => _context ??= new AbiContext(Path, Memory, Options.StringEncoding) { QuotesFunction = true };

    private DirectOptionsMemory? Memory => Options.Memory is null ? null : _memory ??= new DirectOptionsMemory(Options);

    private ComponentVal? LiftResult(ReadOnlySpan<ValRaw> flatResults)
    {
        var abi = Abi;
        Span<ulong> flat = stackalloc ulong[Math.Max(flatResults.Length, 1)];
        for (var i = 0; i < flatResults.Length; i++)
        {
            flat[i] = abi.LiftedResults[i] is FlatType.I32 or FlatType.F32 ? (uint)flatResults[i].I32 : (ulong)flatResults[i].I64;
        }

        return abi.LiftResult(Context, flat[..flatResults.Length]);
    }

    private TResult CallEntered<TResult>(Span<ValRaw> argsAndResults, DirectLift<TResult> lift)
    {
        Function.Call(argsAndResults);
        var results = argsAndResults[..Function.ResultCount];
        TResult lifted;
        try
        {
            lifted = lift(this, results);
        }
        catch (Exception error)
        {
            Instance.Store.Store.Poison(error, Path);
            throw;
        }

        RunPostReturn(results);
        return lifted;
    }

    /// <summary>Runs post-return, if the export has one, with its flat results.</summary>
    private void RunPostReturn(ReadOnlySpan<ValRaw> results)
    {
        if (Options.PostReturn is { } postReturn)
        {
            Span<ValRaw> flat = stackalloc ValRaw[Math.Max(postReturn.SlotCount, results.Length)];
            results.CopyTo(flat);
            Instance.RunWithoutLeaving(postReturn, flat);
        }
    }
}
