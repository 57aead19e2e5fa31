namespace WitBindgen.Wit.Abi;

/// <summary>Which side of the component boundary a core function sits on.</summary>
public enum AbiDirection
{
    /// <summary>
    /// <c>canon lift</c>: a core function exported as a component function. Results that do not fit in one
    /// flat value are returned as an <c>i32</c> pointer to them.
    /// </summary>
    Lift,

    /// <summary>
    /// <c>canon lower</c>: a component function imported as a core function. Results that do not fit in one
    /// flat value are written through an extra trailing <c>i32</c> return-area parameter.
    /// </summary>
    Lower,
}
