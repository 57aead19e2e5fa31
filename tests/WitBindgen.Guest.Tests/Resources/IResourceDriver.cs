namespace WitBindgen.Guest.Tests.Resources;

/// <summary>
/// Calls the generated resource code of <see cref="ResourceWorld"/> the way a host would (through the core entry
/// points) or the way the bindings do (their handle lifting and lowering), from code compiled with the bindings.
/// </summary>
public interface IResourceDriver
{
    /// <summary>Points the bindings' memory at <paramref name="base"/>, with the given allocator.</summary>
    void UseMemory(IntPtr @base, uint size, Func<uint, uint, uint, uint, uint> realloc);

    /// <summary>Routes the resource built-ins: (module, name, argument) -> result.</summary>
    void UseBuiltins(Func<string, string, int, int> builtins);

    /// <summary><c>[constructor]blob</c> with the <c>list&lt;u8&gt;</c> at (<paramref name="ptr"/>, <paramref name="length"/>); returns the handle.</summary>
    int Construct(int ptr, int length);

    /// <summary><c>[method]blob.size</c> on the object with <paramref name="rep"/>.</summary>
    int Size(int rep);

    /// <summary><c>[method]blob.concat</c>; returns the new handle.</summary>
    int Concat(int rep, int otherRep);

    /// <summary><c>[static]blob.join</c> with the <c>list&lt;borrow&lt;blob&gt;&gt;</c> (reps) at (<paramref name="ptr"/>, <paramref name="length"/>); returns the new handle.</summary>
    int Join(int ptr, int length);

    /// <summary><c>split</c> with an own handle; returns the address of the result (two handles).</summary>
    int Split(int handle);

    /// <summary><c>cabi_post_…#split</c>.</summary>
    void SplitPost(int area);

    /// <summary>The <c>[dtor]blob</c> entry point.</summary>
    void Destroy(int rep);

    /// <summary>The number of blobs in the rep table.</summary>
    int LiveBlobs { get; }

    /// <summary>The contents of the blob with <paramref name="rep"/> (from the rep table).</summary>
    string BlobText(int rep);

    /// <summary>The contents of the blobs disposed so far, in order.</summary>
    IReadOnlyList<string> Disposed { get; }

    /// <summary>Removes <paramref name="rep"/> from the rep table twice; returns the second attempt's error.</summary>
    string RemoveTwice(int rep);

    /// <summary>Lowers a new blob as <c>own</c> twice; returns the second attempt's error.</summary>
    string LowerOwnTwice();

    /// <summary><c>peek</c> with a borrowed <c>counter</c> handle; returns the result.</summary>
    int Peek(int handle);

    /// <summary>What using the counter that <c>peek</c> received does after the call returned.</summary>
    string UsePeekedCounter();

    /// <summary><c>wrap</c> with an own <c>counter</c> handle; returns the address of its <c>result&lt;counter, string&gt;</c>.</summary>
    int Wrap(int handle);

    /// <summary>Lifts an own <c>counter</c>, disposes it twice; returns its handle before disposal.</summary>
    int LiftOwnAndDisposeTwice(int handle);

    /// <summary>Lowers a lifted own <c>counter</c> as own (moving it), then returns what disposing and reading it do.</summary>
    string MoveCounter(int handle);

    /// <summary>Stores <c>list&lt;holder&gt;</c> with the given tags and counter handles at a new address; returns the address.</summary>
    int StoreHolders(byte[] tags, int[] handles, string[] names);

    /// <summary>Loads the <c>list&lt;holder&gt;</c> whose (data, length) pair is at <paramref name="pair"/>; returns each record as <c>tag:handle:name</c>.</summary>
    IReadOnlyList<string> LoadHolders(int pair);

    /// <summary>Lowers <c>option&lt;holder&gt;</c> to flat slots.</summary>
    ulong[] LowerOptionHolder(byte tag, int handle, string name);
}
