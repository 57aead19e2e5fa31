using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>What a native host-function definition points at: the callback and its name for messages.</summary>
internal sealed class HostFunctionRegistration(ComponentHostFunction callback, string displayName)
{
    /// <summary>The managed implementation.</summary>
    public ComponentHostFunction Callback { get; } = callback;

    /// <summary><c>instance#function</c>, or the bare function name at the root.</summary>
    public string DisplayName { get; } = displayName;
}
