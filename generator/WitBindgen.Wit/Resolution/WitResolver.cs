namespace WitBindgen.Wit.Resolution;

/// <summary>Resolves parsed WIT packages into a <see cref="Model.WitModel"/>.</summary>
public static class WitResolver
{
    /// <summary>Parses and resolves the input. Never throws: problems become diagnostics.</summary>
    public static ResolveResult Resolve(WitInput input) => throw new NotImplementedException();
}
