namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// The resource side of one call across the boundary (CanonicalABI.md's task and <c>LiftLowerContext</c>): which
/// component instance's table the guest's handles live in, the borrows lent into that instance for the call (which
/// must all be dropped before it returns), and the own handles lent out of it (whose loans end when it returns).
/// </summary>
internal sealed class DirectResourceCall
{
    private List<(DirectHandleTable Table, uint Index)>? _lends;
    private List<DirectHeldHandle>? _heldBorrows;

    /// <summary>Creates the context of a call of <paramref name="function"/> whose guest side is <paramref name="componentInstance"/>.</summary>
    public DirectResourceCall(DirectResources resources, int componentInstance, string function)
    {
        Resources = resources;
        ComponentInstance = componentInstance;
        Function = function;
    }

    /// <summary>The instance's resource state.</summary>
    public DirectResources Resources { get; }

    /// <summary>The component instance whose handle table the guest's handles index.</summary>
    public int ComponentInstance { get; }

    /// <summary>The function, for messages.</summary>
    public string Function { get; }

    /// <summary>
    /// Whether the guest called out (an import): then a bad handle it passes is its own trap, reported as a failure
    /// of the guest's call rather than of the host function.
    /// </summary>
    public bool GuestCalling { get; init; }

    /// <summary>Borrows lent into the guest for this call that it has not dropped yet (<c>num_borrows</c>).</summary>
    public int Borrows { get; set; }

    /// <summary>Marks the own handle at <paramref name="index"/> lent for this call (<c>add_lender</c>).</summary>
    public void AddLend(DirectHandleTable table, uint index)
    {
        table.Get(index, Function).Lends++;
        (_lends ??= []).Add((table, index));
    }

    /// <summary>Remembers a borrow the host received, which stops working when this call returns.</summary>
    public void AddHeldBorrow(DirectHeldHandle handle) => (_heldBorrows ??= []).Add(handle);

    /// <summary>
    /// Ends the call: releases the lends and the host's borrows, then traps when the guest still holds a borrow lent
    /// for the call (CanonicalABI.md's <c>trap_if(self.num_borrows &gt; 0)</c> at a task's exit).
    /// </summary>
    /// <param name="check">Whether to check the borrows (false when the call failed anyway).</param>
    public void End(bool check)
    {
        if (_lends is not null)
        {
            foreach (var (table, index) in _lends)
            {
                table.Get(index, Function).Lends--;
            }

            _lends.Clear();
        }

        if (_heldBorrows is not null)
        {
            foreach (var held in _heldBorrows)
            {
                Resources.Held.Release(held);
            }

            _heldBorrows.Clear();
        }
        if (check && Borrows > 0)
        {
            throw new WitRuntimeException(
                $"'{Function}' returned while still holding {Borrows} borrowed resource handle(s); the component model requires a borrow to be dropped before the call it was lent for returns.")
            {
                FunctionName = Function,
            };
        }
    }
}
