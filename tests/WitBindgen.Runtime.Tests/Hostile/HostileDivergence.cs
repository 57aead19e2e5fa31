namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// A case where a backend departs from CanonicalABI.md: the spec's test does not run on <see cref="Backend"/>, and
/// the test named <see cref="Test"/> (in <see cref="HostileDivergenceTests"/>) asserts what the backend does instead.
/// </summary>
/// <param name="Backend">The backend that departs from the spec.</param>
/// <param name="Case">The export whose spec expectation the backend does not meet.</param>
/// <param name="Test">The test method asserting the backend's own behaviour, named after the divergence.</param>
/// <param name="Summary">What the backend does instead, in one line.</param>
public sealed record HostileDivergence(HostileBackend Backend, string Case, string Test, string Summary);
