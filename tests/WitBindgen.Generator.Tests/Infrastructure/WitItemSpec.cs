namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>The metadata of a <c>&lt;Wit&gt;</c> item, as the build copies it onto each of the item's files.</summary>
internal sealed record WitItemSpec(
    string Root,
    string? World = null,
    string? Mode = "Guest",
    string? Namespace = null,
    string? Visibility = null,
    string? Features = null,
    string? ImplementWasi = null);
