using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The canonical options of one lifted or lowered function of a <see cref="DirectInstance"/>, resolved to the
/// instance's live externs: the memory pointers refer to, the guest allocator, the post-return function and the
/// string encoding.
/// </summary>
internal sealed class DirectOptions
{
    internal DirectOptions(DirectInstance instance, string functionPath, CanonicalStringEncoding stringEncoding, CoreMemory? memory, CoreFunction? realloc, CoreFunction? postReturn)
    {
        Instance = instance;
        FunctionPath = functionPath;
        StringEncoding = stringEncoding;
        Memory = memory;
        Realloc = realloc;
        PostReturn = postReturn;
    }

    /// <summary>The instance the externs belong to.</summary>
    public DirectInstance Instance { get; }

    /// <summary>The component function the options belong to, for messages.</summary>
    public string FunctionPath { get; }

    /// <summary>How strings are encoded in <see cref="Memory"/>.</summary>
    public CanonicalStringEncoding StringEncoding { get; }

    /// <summary>The memory pointers refer to, or null when the function passes nothing through memory.</summary>
    public CoreMemory? Memory { get; }

    /// <summary>The guest allocator; call it through <see cref="CallRealloc"/>, which forbids imports meanwhile.</summary>
    public CoreFunction? Realloc { get; }

    /// <summary>For a lifted function: what runs after its results were read, or null.</summary>
    public CoreFunction? PostReturn { get; }

    /// <summary>
    /// Calls the guest's <c>realloc(original, originalSize, alignment, newSize)</c> with the instance's
    /// <c>may_leave</c> flag cleared, so an import it calls traps; returns the pointer it gave (unchecked).
    /// </summary>
    /// <exception cref="WitRuntimeException">The function has no realloc option, or realloc trapped (the store is poisoned).</exception>
    /// <param name="original">The block to reallocate, or 0.</param>
    /// <param name="originalSize">Its size, or 0.</param>
    /// <param name="alignment">The alignment asked.</param>
    /// <param name="newSize">The size asked.</param>
    /// <param name="inCall">
    /// Whether the caller runs inside a call of the store on this thread (a host function the guest called), so the
    /// store is not entered again and the call's deadline covers realloc.
    /// </param>
    public int CallRealloc(int original, int originalSize, int alignment, int newSize, bool inCall = false)
    {
        var realloc = Realloc ?? throw new WitRuntimeException($"The function '{FunctionPath}' needs the guest's realloc, but its canonical options give none.");
        Span<ValRaw> slots = [ValRaw.FromI32(original), ValRaw.FromI32(originalSize), ValRaw.FromI32(alignment), ValRaw.FromI32(newSize)];
        Instance.RunWithoutLeaving(realloc, slots, inCall);
        return slots[0].I32;
    }
}
