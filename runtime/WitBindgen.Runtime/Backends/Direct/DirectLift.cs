namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Reads an export's results from its flat core results (and the guest memory they point into) once the core call
/// returned, before the export's post-return function runs. Nothing read may refer to guest memory afterwards.
/// </summary>
/// <typeparam name="TResult">What the results become in .NET.</typeparam>
/// <param name="export">The export called; its <see cref="DirectExport.Options"/> give the memory and string encoding.</param>
/// <param name="flatResults">The core function's results.</param>
internal delegate TResult DirectLift<TResult>(DirectExport export, ReadOnlySpan<ValRaw> flatResults);
