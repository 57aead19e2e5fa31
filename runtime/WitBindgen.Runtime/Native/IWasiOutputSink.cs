namespace WitBindgen.Runtime;

/// <summary>Where a guest's captured stdout/stderr bytes go. Called from the thread running the guest.</summary>
internal interface IWasiOutputSink
{
    /// <summary>Takes a chunk the guest wrote (valid only during the call).</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>The stream is closed (its store was disposed): flush anything held back.</summary>
    void Complete();
}
