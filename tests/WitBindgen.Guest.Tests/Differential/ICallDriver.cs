namespace WitBindgen.Guest.Tests.Differential;

/// <summary>Calls a generated export entry point the way the host would, from code compiled with the bindings.</summary>
public interface ICallDriver
{
    /// <summary>Points the bindings' memory at <paramref name="base"/>, with the given allocator.</summary>
    void UseMemory(IntPtr @base, uint size, Func<uint, uint, uint, uint, uint> realloc);

    /// <summary>Calls the core export with the pointer to its spilled parameters; returns the pointer to its result.</summary>
    int Call(int args);

    /// <summary>Calls the export's <c>cabi_post_</c> function.</summary>
    void PostReturn(int result);

    /// <summary>The arguments the implementation received in the last call.</summary>
    object?[] Received { get; }
}
