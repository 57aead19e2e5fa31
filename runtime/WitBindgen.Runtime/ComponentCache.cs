using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// An on-disk cache of compiled components, so a second process start skips compilation. Used by
/// <see cref="WasmComponent.FromBytes"/> (and <c>FromFile</c>/<c>FromWat</c>) through <see cref="WasmEngine.Cache"/>;
/// on by default, configured with <see cref="WasmEngineOptions.CacheCompiledComponents"/> and
/// <see cref="WasmEngineOptions.CacheDirectory"/>.
/// </summary>
/// <remarks>
/// <para>
/// Key: SHA-256 over the component bytes (or a core module's, for the direct backend, salted so the two kinds never
/// share a key), the Wasmtime version, the process architecture and the engine settings
/// that change generated code. An artifact is native code that Wasmtime loads without validation, so the cache only
/// ever loads files from its own directory, which it creates owner-only (0700 on Unix) and refuses when it is a
/// symbolic link, belongs to another user or sits below a directory another user can change. Artifacts are opened
/// without following links or blocking and loaded only when the opened file is a regular file of the current user
/// that no one else can reach. Each file carries its key and a SHA-256 of its payload: a truncated,
/// renamed or foreign file is ignored and rebuilt (<see cref="ComponentCacheOutcome.Rejected"/>). Files are written to
/// a temporary name and renamed into place, so readers never see half a file. Thread-safe; several processes may
/// share one directory.
/// </para>
/// </remarks>
public sealed class ComponentCache
{
    /// <summary>The Wasmtime release whose artifacts this runtime reads and writes (part of every key).</summary>
    public const string WasmtimeVersion = "50.0.1";

    private const string FileExtension = ".cwasm";
    private const int HeaderLength = 8 + 32 + 32 + 8;
    private static ReadOnlySpan<byte> Magic => "WBCWASM1"u8;

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly object _gate = new();
    private bool _prepared;
    private string? _unavailableReason;
    private long _hits;
    private long _misses;
    private long _rejected;

    /// <summary>Creates a cache over <paramref name="directory"/> (created on first use, owner-only).</summary>
    public ComponentCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>
    /// <c>$XDG_CACHE_HOME/witbindgen/components</c> (else <c>~/.cache/witbindgen/components</c>) on Unix,
    /// <c>%LOCALAPPDATA%\WitBindgen\ComponentCache</c> on Windows.
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            if (OperatingSystem.IsWindows())
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "WitBindgen", "ComponentCache");
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "witbindgen", "components");
        }
    }

    /// <summary>The cache directory.</summary>
    public string Directory { get; }

    /// <summary>Why the directory cannot be used (it is then bypassed), or null when it can (or was not tried yet).</summary>
    public string? UnavailableReason
    {
        get
        {
            lock (_gate)
            {
                return _unavailableReason;
            }
        }
    }

    /// <summary>Lookups that loaded an artifact.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that compiled because there was no artifact.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Lookups that ignored a bad artifact and compiled again.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Raised after every lookup (on the loading thread).</summary>
    public event EventHandler<ComponentCacheEventArgs>? Lookup;

    /// <summary>The cache key of <paramref name="component"/> for an engine with <paramref name="options"/>.</summary>
    public static string ComputeKey(ReadOnlySpan<byte> component, WasmEngineOptions options) =>
        ComputeKey("witbindgen-component-cache/1", component, options);

    /// <summary>
    /// The key of an artifact: <paramref name="kind"/> (so a core module and a component never share a key), the
    /// Wasmtime version, the architecture, the engine settings that change generated code, and the bytes.
    /// </summary>
    internal static string ComputeKey(string kind, ReadOnlySpan<byte> bytes, WasmEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{kind}\nwasmtime {WasmtimeVersion}\n{RuntimeInformation.ProcessArchitecture}\n{options.CompilationFingerprint}\n"));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The artifact file of <paramref name="key"/>.</summary>
    public string GetPath(string key) => Path.Combine(Directory, key + FileExtension);

    /// <summary>Deletes every artifact (and stale temporary file) in the directory.</summary>
    public void Clear()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            if (file.EndsWith(FileExtension, StringComparison.Ordinal) || file.EndsWith(".tmp", StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Loads the artifact for <paramref name="bytes"/>, or compiles and stores it.</summary>
    internal WasmComponent GetOrCompile(WasmEngine engine, ReadOnlySpan<byte> bytes) =>
        GetOrCompile<WasmComponent>(engine, bytes, ComputeKey(bytes, engine.Options));

    /// <summary>
    /// Loads the artifact of <paramref name="key"/>, or compiles <paramref name="bytes"/> and stores it: the same
    /// directory, checks and events for every kind of compiled code (components and core modules).
    /// </summary>
    internal T GetOrCompile<T>(WasmEngine engine, ReadOnlySpan<byte> bytes, string key)
        where T : class, ICompiledArtifact<T>
    {
        if (!TryPrepareDirectory(out var unavailable))
        {
            var compiled = T.Compile(engine, bytes);
            compiled.CacheOutcome = ComponentCacheOutcome.Unavailable;
            Raise(ComponentCacheOutcome.Unavailable, key, null, unavailable);
            return compiled;
        }

        var path = GetPath(key);
        string? rejection = null;
        if (TryReadArtifact(path, key, out var payload, out rejection))
        {
            try
            {
                var loaded = T.Deserialize(engine, payload);
                loaded.CacheOutcome = ComponentCacheOutcome.Hit;
                Interlocked.Increment(ref _hits);
                Raise(ComponentCacheOutcome.Hit, key, path, null);
                return loaded;
            }
            catch (WitRuntimeException error)
            {
                rejection = "Wasmtime refused the artifact: " + error.Message;
            }
        }

        var component = T.Compile(engine, bytes);
        var outcome = rejection is null ? ComponentCacheOutcome.Miss : ComponentCacheOutcome.Rejected;
        component.CacheOutcome = outcome;
        Interlocked.Increment(ref rejection is null ? ref _misses : ref _rejected);
        var storeFailure = TryWriteArtifact(component, path, key);
        Raise(outcome, key, path, rejection ?? storeFailure);
        return component;
    }

    private void Raise(ComponentCacheOutcome outcome, string key, string? path, string? reason) =>
        Lookup?.Invoke(this, new ComponentCacheEventArgs(outcome, key, path, reason));

    private bool TryPrepareDirectory(out string? reason)
    {
        lock (_gate)
        {
            if (!_prepared)
            {
                _unavailableReason = PrepareDirectory();
                _prepared = true;
            }

            reason = _unavailableReason;
            return reason is null;
        }
    }

    private string? PrepareDirectory()
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                System.IO.Directory.CreateDirectory(Directory);
            }
            else
            {
                System.IO.Directory.CreateDirectory(Directory, OwnerOnlyDirectory);
            }

            return PrivateStorage.CheckDirectory(Directory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return $"The cache directory '{Directory}' cannot be made private to this user: {error.Message}";
        }
    }

    private static bool TryReadArtifact(string path, string key, out byte[] payload, out string? rejection)
    {
        payload = [];
        byte[] file;
        try
        {
            using var stream = PrivateStorage.OpenArtifact(path, out rejection);
            if (stream is null)
            {
                return false;
            }

            file = new byte[stream.Length];
            stream.ReadExactly(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            rejection = "the artifact cannot be read: " + error.Message;
            return false;
        }

        if (file.Length < HeaderLength || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            rejection = "the artifact is truncated or not a WitBindgen cache file";
            return false;
        }

        var expectedKey = Convert.FromHexString(key);
        var body = file.AsSpan(HeaderLength);
        var length = BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(8 + 32 + 32, 8));
        if (!file.AsSpan(8, 32).SequenceEqual(expectedKey) || length != body.Length)
        {
            rejection = "the artifact belongs to another key or is truncated";
            return false;
        }

        if (!SHA256.HashData(body).AsSpan().SequenceEqual(file.AsSpan(8 + 32, 32)))
        {
            rejection = "the artifact's checksum does not match its contents";
            return false;
        }

        payload = body.ToArray();
        return true;
    }

    private static string? TryWriteArtifact<T>(T component, string path, string key)
        where T : class, ICompiledArtifact<T>
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var payload = component.Serialize();
            var header = new byte[HeaderLength];
            Magic.CopyTo(header);
            Convert.FromHexString(key).CopyTo(header.AsSpan(8));
            SHA256.HashData(payload).CopyTo(header.AsSpan(8 + 32));
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8 + 32 + 32), payload.Length);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(header);
                stream.Write(payload);
                stream.Flush();
            }

            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or WitRuntimeException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray temporary file is harmless and Clear() removes it.
            }

            return "the artifact could not be stored: " + error.Message;
        }
    }
}
