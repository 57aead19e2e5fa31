using System.Globalization;
using System.Text;
using WitBindgen.Runtime.Backends.Wasmtime;

namespace WitBindgen.Runtime.Native;

/// <summary>Turns an owned <c>wasmtime_error_t*</c> into an exception, deleting the native error.</summary>
internal static unsafe class WasmtimeError
{
    /// <summary>Throws for a non-null <paramref name="error"/>; <paramref name="context"/> says what was being done.</summary>
    public static void ThrowIfError(nint error, string context)
    {
        if (error != 0)
        {
            throw ToException(error, context, hostException: null);
        }
    }

    /// <summary>Converts and deletes <paramref name="error"/>.</summary>
    /// <param name="error">The owned native error.</param>
    /// <param name="context">What failed, e.g. "calling 'docs:adder/add#add'".</param>
    /// <param name="hostException">The exception a host function threw during the call (and which function), if any.</param>
    /// <param name="functionName">The exported function called, when a call failed.</param>
    public static WitRuntimeException ToException(nint error, string context, HostFailure? hostException, string? functionName = null)
    {
        try
        {
            var message = ReadMessage(error);
            var backtrace = ReadBacktrace(error);
            int? exitStatus = null;
            int status;
            if (NativeMethods.wasmtime_error_exit_status(error, &status))
            {
                exitStatus = status;
            }

            if (hostException is { Exception: var thrown, FunctionName: var function })
            {
                return new WitRuntimeException(
                    $"A host function failed while {context}: '{function}' threw {thrown.GetType().FullName}: {thrown.Message}", thrown)
                {
                    WasmBacktrace = backtrace,
                    FunctionName = functionName,
                };
            }

            var text = new StringBuilder().Append("Error while ").Append(context).Append(": ").Append(message);
            if (backtrace.Length > 0 && !message.Contains("wasm backtrace", StringComparison.Ordinal))
            {
                text.Append("\nwasm backtrace:\n").Append(backtrace);
            }

            var isTrap = message.Contains("wasm trap", StringComparison.Ordinal) || message.Contains("all fuel consumed", StringComparison.Ordinal);
            return isTrap
                ? new WitTrapException(text.ToString()) { WasmBacktrace = backtrace, ExitStatus = exitStatus, FunctionName = functionName }
                : new WitRuntimeException(text.ToString()) { WasmBacktrace = backtrace, ExitStatus = exitStatus, FunctionName = functionName };
        }
        finally
        {
            NativeMethods.wasmtime_error_delete(error);
        }
    }

    /// <summary>Creates a native error carrying <paramref name="message"/> (returned to Wasmtime, which owns it).</summary>
    public static nint Create(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message.Replace('\0', ' ') + "\0");
        fixed (byte* text = bytes)
        {
            return NativeMethods.wasmtime_error_new(text);
        }
    }

    private static string ReadMessage(nint error)
    {
        var vec = default(WasmByteVec);
        NativeMethods.wasmtime_error_message(error, &vec);
        try
        {
            return Encoding.UTF8.GetString(vec.AsSpan()).TrimEnd('\0');
        }
        finally
        {
            NativeMethods.wasm_byte_vec_delete(&vec);
        }
    }

    private static string ReadBacktrace(nint error)
    {
        var frames = default(NativeVec);
        NativeMethods.wasmtime_error_wasm_trace(error, &frames);
        return FormatFrames(&frames);
    }

    /// <summary>Formats a <c>wasm_frame_vec_t</c> one frame a line and deletes it.</summary>
    public static string FormatFrames(NativeVec* frames)
    {
        try
        {
            var text = new StringBuilder();
            for (nuint i = 0; i < frames->Size; i++)
            {
                var frame = ((nint*)frames->Data)[i];
                var module = NativeMethods.wasmtime_frame_module_name(frame);
                var function = NativeMethods.wasmtime_frame_func_name(frame);
                text.Append(CultureInfo.InvariantCulture, $"  {i}: ")
                    .Append(module != null ? Encoding.UTF8.GetString(module->AsSpan()) : "<unknown>")
                    .Append('!')
                    .Append(function != null
                        ? Encoding.UTF8.GetString(function->AsSpan())
                        : "func[" + NativeMethods.wasm_frame_func_index(frame).ToString(CultureInfo.InvariantCulture) + "]")
                    .Append(CultureInfo.InvariantCulture, $" @ 0x{NativeMethods.wasm_frame_module_offset(frame):x}")
                    .Append('\n');
            }

            return text.ToString();
        }
        finally
        {
            NativeMethods.wasm_frame_vec_delete(frames);
        }
    }
}
