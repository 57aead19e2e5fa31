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
        catch (DirectHostFailure failure)
        {
            throw failure.ToException(_callOperation!, Name);
        }
        catch (WitRuntimeException error) when (IsImportFailure(error))
        {
            // Failures inside an import name the import; the caller learns first which of its calls failed.
            var message = $"Error while calling '{Name}': {error.Message}";
            throw error is WitTrapException trap
                ? new WitTrapException(message, error) { FunctionName = Name, TrapCode = trap.TrapCode, WasmBacktrace = error.WasmBacktrace }
                : new WitRuntimeException(message, error) { FunctionName = Name, WasmBacktrace = error.WasmBacktrace };
        }
        finally
        {
            ExitCall(armed);
        }
    }

    /// <summary>Whether <paramref name="error"/> is a plain trap or error an import raised, rather than one that names this call.</summary>
    private bool IsImportFailure(WitRuntimeException error) =>
        (error.GetType() == typeof(WitTrapException) || error.GetType() == typeof(WitRuntimeException))
        && !error.Message.Contains("'" + Name + "'", StringComparison.Ordinal);
}
