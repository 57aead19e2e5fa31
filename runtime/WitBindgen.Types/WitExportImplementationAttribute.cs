namespace WitBindgen;

/// <summary>
/// Names the class that implements an export of a guest world, when the WitBindgen source generator finds more
/// than one class implementing its generated interface (or the class implements it only through a base class):
/// <c>[assembly: WitBindgen.WitExportImplementation("example:guest/calculator", typeof(Calculator))]</c>.
/// The generator then creates that class the first time the host calls the export.
/// </summary>
/// <remarks>
/// The generator reads the attribute from syntax: write the export as a string literal and the type with
/// <c>typeof</c>. The export is the WIT name, with or without its version (<c>example:guest/calculator@0.1.0</c>),
/// or the world's name for the functions a world exports itself.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class WitExportImplementationAttribute : Attribute
{
    /// <summary>Names <paramref name="implementation"/> as the class that implements <paramref name="export"/>.</summary>
    /// <param name="export">The export's WIT name, such as <c>example:guest/calculator</c>.</param>
    /// <param name="implementation">The class implementing the export's generated interface.</param>
    public WitExportImplementationAttribute(string export, Type implementation)
    {
        Export = export;
        Implementation = implementation;
    }

    /// <summary>The export's WIT name.</summary>
    public string Export { get; }

    /// <summary>The class implementing the export's generated interface.</summary>
    public Type Implementation { get; }
}
