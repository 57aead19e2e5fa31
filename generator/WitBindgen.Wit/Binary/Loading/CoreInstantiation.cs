namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// One core module instantiation, in the order the component performs them: every import of the module is
/// bound to exactly one definition, which only refers to earlier instantiations.
/// </summary>
/// <param name="Index">The instantiation's position in <see cref="ComponentPlan.Instantiations"/>.</param>
/// <param name="Module">The module instantiated (<see cref="ComponentPlan.Modules"/>).</param>
/// <param name="Imports">One binding per module import, in the module's import order.</param>
internal sealed record CoreInstantiation(int Index, int Module, IReadOnlyList<CoreImportBinding> Imports);
