using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Turns what a failed core call or instantiation returns (a <c>wasmtime_error_t*</c> or a <c>wasm_trap_t*</c>) into an exception.</summary>
internal static unsafe class CoreTraps
{
    /// <summary>Converts and deletes <paramref name="error"/> or, when it is null, <paramref name="trap"/>.</summary>
    /// <param name="error">An owned native error, or zero.</param>
    /// <param name="trap">An owned native trap, or zero.</param>
    /// <param name="context">What failed, e.g. "calling 'add'".</param>
    /// <param name="functionName">The function called, or null for an instantiation.</param>
    public static WitRuntimeException ToException(nint error, nint trap, string context, string? functionName)
    {
        if (error != 0)
        {
            if (trap != 0)
            {
                CoreNativeMethods.wasm_trap_delete(trap);
            }

            return WasmtimeError.ToException(error, context, hostException: null, functionName);
        }

        try
        {
            byte raw;
            WitTrapCode? code = CoreNativeMethods.wasmtime_trap_code(trap, &raw) ? (WitTrapCode)raw : null;
            var message = ReadMessage(trap);
            var frames = default(NativeVec);
            CoreNativeMethods.wasm_trap_trace(trap, &frames);
            var backtrace = WasmtimeError.FormatFrames(&frames);
            var text = new StringBuilder().Append("Error while ").Append(context).Append(": ").Append(message);
            if (backtrace.Length > 0 && !message.Contains("wasm backtrace", StringComparison.Ordinal))
            {
                text.Append("\nwasm backtrace:\n").Append(backtrace);
            }

            return code == WitTrapCode.OutOfFuel
                ? new WitFuelExhaustedException(text.ToString()) { FunctionName = functionName, WasmBacktrace = backtrace, TrapCode = code }
                : new WitTrapException(text.ToString()) { FunctionName = functionName, WasmBacktrace = backtrace, TrapCode = code };
        }
        finally
        {
            CoreNativeMethods.wasm_trap_delete(trap);
        }
    }

    /// <summary>A new native trap carrying <paramref name="message"/> (returned to Wasmtime, which owns it).</summary>
    public static nint Create(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        fixed (byte* text = bytes)
        {
            return CoreNativeMethods.wasmtime_trap_new(text, (nuint)bytes.Length);
        }
    }

    private static string ReadMessage(nint trap)
    {
        var vec = default(WasmByteVec);
        CoreNativeMethods.wasm_trap_message(trap, &vec);
        try
        {
            return Encoding.UTF8.GetString(vec.AsSpan()).TrimEnd('\0');
        }
        finally
        {
            NativeMethods.wasm_byte_vec_delete(&vec);
        }
    }
}
