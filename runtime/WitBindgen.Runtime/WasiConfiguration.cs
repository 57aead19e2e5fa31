using System.Runtime.InteropServices;
using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// What a guest may reach through WASI in one <see cref="ComponentStore"/>. Secure by default: no arguments, no
/// environment, empty stdin, discarded stdout/stderr, no directories, no network. Grant each capability
/// explicitly. The configuration is copied into the store when the store is created.
/// </summary>
public sealed partial class WasiConfiguration
{
    private List<string> _args = [];
    private List<KeyValuePair<string, string>> _environment = [];
    private List<(string Host, string Guest, bool ReadOnly)> _directories = [];
    private bool _inheritArgs;
    private bool _inheritEnvironment;
    private bool _inheritStdin;
    private bool _inheritStdout;
    private bool _inheritStderr;
    private byte[]? _stdin;
    private IWasiOutputSink? _stdout;
    private IWasiOutputSink? _stderr;

    /// <summary>Sets the program arguments the guest sees (by convention the first is the program name).</summary>
    public WasiConfiguration WithArgs(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        _args.Clear();
        _args.AddRange(args);
        _inheritArgs = false;
        return this;
    }

    /// <summary>Passes the host process's own arguments to the guest.</summary>
    public WasiConfiguration InheritArgs()
    {
        _inheritArgs = true;
        return this;
    }

    /// <summary>Adds an environment variable the guest sees.</summary>
    public WasiConfiguration WithEnvironmentVariable(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _environment.Add(new(name, value));
        _inheritEnvironment = false;
        return this;
    }

    /// <summary>Passes the host process's whole environment to the guest.</summary>
    public WasiConfiguration InheritEnvironment()
    {
        _inheritEnvironment = true;
        return this;
    }

    /// <summary>Lets the guest read the host's standard input.</summary>
    public WasiConfiguration InheritStandardInput()
    {
        _inheritStdin = true;
        _stdin = null;
        return this;
    }

    /// <summary>Gives the guest fixed bytes as standard input.</summary>
    public WasiConfiguration WithStandardInput(ReadOnlySpan<byte> bytes)
    {
        _stdin = bytes.ToArray();
        _inheritStdin = false;
        return this;
    }

    /// <summary>Lets the guest write to the host's standard output.</summary>
    public WasiConfiguration InheritStandardOutput()
    {
        _inheritStdout = true;
        _stdout = null;
        return this;
    }

    /// <summary>Collects the guest's standard output in <paramref name="buffer"/>.</summary>
    public WasiConfiguration CaptureStandardOutput(WasiOutputBuffer buffer)
    {
        _stdout = buffer ?? throw new ArgumentNullException(nameof(buffer));
        _inheritStdout = false;
        return this;
    }

    /// <summary>Lets the guest write to the host's standard error.</summary>
    public WasiConfiguration InheritStandardError()
    {
        _inheritStderr = true;
        _stderr = null;
        return this;
    }

    /// <summary>Collects the guest's standard error in <paramref name="buffer"/>.</summary>
    public WasiConfiguration CaptureStandardError(WasiOutputBuffer buffer)
    {
        _stderr = buffer ?? throw new ArgumentNullException(nameof(buffer));
        _inheritStderr = false;
        return this;
    }

    /// <summary>
    /// Grants the guest the host directory <paramref name="hostPath"/> (and everything below it, nothing above)
    /// under the name <paramref name="guestPath"/>; read-only unless <paramref name="readOnly"/> is false.
    /// </summary>
    public WasiConfiguration WithPreopenedDirectory(string hostPath, string guestPath, bool readOnly = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        ArgumentException.ThrowIfNullOrEmpty(guestPath);
        _directories.Add((hostPath, guestPath, readOnly));
        return this;
    }

    /// <summary>Builds the native <c>wasi_config_t</c>; the caller hands it to <c>wasmtime_context_set_wasi</c>, which takes it.</summary>
    internal unsafe nint CreateNative()
    {
        var config = NativeMethods.wasi_config_new();
        if (config == 0)
        {
            throw new WitRuntimeException("Wasmtime could not allocate a WASI configuration.");
        }

        try
        {
            ApplyArgs(config);
            ApplyEnvironment(config);
            ApplyStdio(config);
            ApplyNetwork(config);
            foreach (var (host, guest, readOnly) in _directories)
            {
                // wasi_dir_perms / wasi_file_perms: READ = 1, WRITE = 2. Measured with libwasmtime 50.0.1: any non-zero
                // directory permission lets the guest create and overwrite files (READ alone included), and reads
                // work with none; so a read-only grant passes no directory permission (pinned by WasiGrantTests).
                var (directoryPermissions, filePermissions) = readOnly ? (0u, 1u) : (3u, 3u);
                using var hostText = new NativeUtf8(host);
                using var guestText = new NativeUtf8(guest);
                if (!NativeMethods.wasi_config_preopen_dir(config, hostText.Pointer, guestText.Pointer, directoryPermissions, filePermissions))
                {
                    throw new WitRuntimeException($"Cannot preopen the directory '{host}' as '{guest}': it does not exist or cannot be opened.");
                }
            }

            return config;
        }
        catch
        {
            NativeMethods.wasi_config_delete(config);
            throw;
        }
    }

    private unsafe void ApplyArgs(nint config)
    {
        if (_inheritArgs)
        {
            NativeMethods.wasi_config_inherit_argv(config);
            return;
        }

        using var args = new NativeUtf8Array(_args);
        if (!NativeMethods.wasi_config_set_argv(config, (nuint)_args.Count, args.Pointers))
        {
            throw new WitRuntimeException("Wasmtime rejected the WASI arguments.");
        }
    }

    private unsafe void ApplyEnvironment(nint config)
    {
        if (_inheritEnvironment)
        {
            NativeMethods.wasi_config_inherit_env(config);
            return;
        }

        using var names = new NativeUtf8Array(_environment.Select(e => e.Key).ToList());
        using var values = new NativeUtf8Array(_environment.Select(e => e.Value).ToList());
        if (!NativeMethods.wasi_config_set_env(config, (nuint)_environment.Count, names.Pointers, values.Pointers))
        {
            throw new WitRuntimeException("Wasmtime rejected the WASI environment.");
        }
    }

    private unsafe void ApplyStdio(nint config)
    {
        if (_inheritStdin)
        {
            NativeMethods.wasi_config_inherit_stdin(config);
        }
        else if (_stdin is { } input)
        {
            var vec = NativeName.Allocate(input.Length);
            input.CopyTo(new Span<byte>(vec.Data, input.Length));
            NativeMethods.wasi_config_set_stdin_bytes(config, &vec);
        }

        if (_inheritStdout)
        {
            NativeMethods.wasi_config_inherit_stdout(config);
        }
        else if (_stdout is { } stdout)
        {
            NativeMethods.wasi_config_set_stdout_custom(config, WasiOutputBridge.WritePointer, WasiOutputBridge.Register(stdout), WasiOutputBridge.ReleasePointer);
        }

        if (_inheritStderr)
        {
            NativeMethods.wasi_config_inherit_stderr(config);
        }
        else if (_stderr is { } stderr)
        {
            NativeMethods.wasi_config_set_stderr_custom(config, WasiOutputBridge.WritePointer, WasiOutputBridge.Register(stderr), WasiOutputBridge.ReleasePointer);
        }
    }

    /// <summary>A NUL-terminated UTF-8 copy of a string in native memory.</summary>
    private readonly unsafe struct NativeUtf8 : IDisposable
    {
        public NativeUtf8(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Pointer = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
            bytes.CopyTo(new Span<byte>(Pointer, bytes.Length));
            Pointer[bytes.Length] = 0;
        }

        public byte* Pointer { get; }

        public void Dispose() => NativeMemory.Free(Pointer);
    }

    /// <summary>An array of NUL-terminated UTF-8 strings in native memory.</summary>
    private sealed unsafe class NativeUtf8Array : IDisposable
    {
        private readonly NativeUtf8[] _items;

        public NativeUtf8Array(IReadOnlyList<string> texts)
        {
            _items = texts.Select(t => new NativeUtf8(t)).ToArray();
            Pointers = (byte**)NativeMemory.Alloc((nuint)Math.Max(1, _items.Length), (nuint)sizeof(byte*));
            for (var i = 0; i < _items.Length; i++)
            {
                Pointers[i] = _items[i].Pointer;
            }
        }

        public byte** Pointers { get; }

        public void Dispose()
        {
            foreach (var item in _items)
            {
                item.Dispose();
            }

            NativeMemory.Free(Pointers);
        }
    }
}
