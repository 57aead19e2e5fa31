namespace WitBindgen.Wit.Model;

/// <summary>A name bound to a type in an interface or world, in declaration order.</summary>
public readonly record struct NamedType(string Name, TypeId Id);

/// <summary>An interface: named in a package, or anonymous (inline in a world).</summary>
/// <param name="Name">The name, or null for <c>import x: interface { … }</c>.</param>
/// <param name="Types">Types defined or brought in by <c>use</c>, in order.</param>
/// <param name="Functions">Functions in order, resource functions included.</param>
/// <param name="Docs">Doc comments, or null.</param>
/// <param name="Stability">Its gates.</param>
/// <param name="Package">The package it belongs to.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record Interface(
    string? Name,
    EquatableArray<NamedType> Types,
    EquatableArray<Function> Functions,
    string? Docs,
    Stability Stability,
    PackageId? Package,
    SourceLocation? Location);
