using System.ComponentModel;

namespace WitBindgen.Runtime.Canonical;

/// <summary>
/// A host function written by generated bindings against the Canonical ABI: it lifts the guest's arguments from
/// <see cref="CanonicalImport.Arguments"/> (or the parameter tuple in memory), marks <see cref="CanonicalImport.Lifted"/>,
/// calls the user's implementation, marks <see cref="CanonicalImport.Returned"/>, and lowers the result into
/// <see cref="CanonicalImport.Results"/> or through <see cref="CanonicalImport.ReturnArea"/>. For generated code only.
/// </summary>
/// <param name="abi">The call's view of the guest's memory and flat values, valid only until the function returns.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void CanonicalImportFunction(CanonicalImport abi);
