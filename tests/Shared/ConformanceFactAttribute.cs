namespace WitBindgen.Testing;

/// <summary>A fact that needs the shared conformance material and skips with a clear message without it.</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Skips when the conformance material is absent.</summary>
    public ConformanceFactAttribute()
    {
        if (TestPaths.Conformance is null)
        {
            Skip = TestPaths.MissingConformance;
        }
    }
}

/// <summary>A theory that needs the shared conformance material and skips with a clear message without it.</summary>
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when the conformance material is absent.</summary>
    public ConformanceTheoryAttribute()
    {
        if (TestPaths.Conformance is null)
        {
            Skip = TestPaths.MissingConformance;
        }
    }
}
