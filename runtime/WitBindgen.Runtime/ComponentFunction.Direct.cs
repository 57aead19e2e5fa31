using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime;

/// <summary>The direct backend's side of an exported function.</summary>
public sealed partial class ComponentFunction
{
    internal ComponentFunction(ComponentInstance instance, DirectExport export, string name)
    {
        Store = instance.Store;
        _instance = instance;
        Name = name;
        DirectExport = export;
    }

    /// <summary>
    /// The direct backend's export behind this function: set when the function's instance runs on the direct backend,
    /// null when it runs on the Wasmtime backend.
    /// </summary>
    internal DirectExport? DirectExport { get; }

    /// <summary><see cref="Call"/> on the direct backend, with the exceptions the Wasmtime backend documents.</summary>
    private void CallDirect(DirectExport export, ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results)
    {
        var type = export.Type;
        var resultCount = type.Result is null ? 0 : 1;
        if (args.Length != type.Parameters.Count || results.Length != resultCount)
        {
            throw new WitRuntimeException(
                $"Error while calling '{Name}': expected {type.Parameters.Count} argument(s) and {resultCount} result slot(s), got {args.Length} and {results.Length}.")
            {
                FunctionName = Name,
            };
        }

        var armed = EnterCall();
        try
        {
            export.Call(args, results);
        }
        catch (Exception error) when (DirectFailure(error, _callOperation!, Name) is { } failure)
        {
            throw failure;
        }
        finally
        {
            ExitCall(armed);
        }
    }

    /// <summary>
    /// What the public API throws for <paramref name="error"/>, raised while a direct call of <paramref name="name"/> ran
    /// <paramref name="operation"/> (e.g. "calling 'f'"), when it is not thrown as it is: what a host function threw, and a
    /// plain trap or error an import raised, which then names the call first. Null for every other exception.
    /// </summary>
    internal static Exception? DirectFailure(Exception error, string operation, string name)
    {
        switch (error)
        {
            case DirectHostFailure failure:
                return failure.ToException(operation, name);
            case WitRuntimeException raised when IsImportFailure(raised, name):
                // Failures inside an import name the import; the caller learns first which of its calls failed.
                var message = $"Error while calling '{name}': {raised.Message}";
                return raised is WitTrapException trap
                    ? new WitTrapException(message, raised) { FunctionName = name, TrapCode = trap.TrapCode, WasmBacktrace = raised.WasmBacktrace }
                    : new WitRuntimeException(message, raised) { FunctionName = name, WasmBacktrace = raised.WasmBacktrace };
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="error"/> is a plain trap or error an import raised, rather than one that names the call of <paramref name="name"/>.</summary>
    private static bool IsImportFailure(WitRuntimeException error, string name) =>
        (error.GetType() == typeof(WitTrapException) || error.GetType() == typeof(WitRuntimeException))
        && !error.Message.Contains("'" + name + "'", StringComparison.Ordinal);
}
