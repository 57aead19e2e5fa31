namespace WitBindgen;

/// <summary>
/// Records that this assembly declares the C# types of a WIT interface, in <see cref="Namespace"/>. The source
/// generator adds one for each public interface it declares types for; a project that references the
/// assembly and generates bindings for a world using the same interface refers to these types instead of
/// declaring them again, so values pass between the two assemblies' bindings unconverted.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class WitInterfaceAttribute : Attribute
{
    /// <summary>Records the interface <paramref name="witName"/> as declared in <paramref name="namespace"/>.</summary>
    /// <param name="witName">The qualified WIT name, such as <c>wasi:io/streams@0.2.0</c>.</param>
    /// <param name="namespace">The C# namespace of its types, such as <c>Wasi.Io.Streams</c>.</param>
    public WitInterfaceAttribute(string witName, string @namespace)
    {
        WitName = witName;
        Namespace = @namespace;
    }

    /// <summary>The qualified WIT name, such as <c>wasi:io/streams@0.2.0</c>.</summary>
    public string WitName { get; }

    /// <summary>The C# namespace the interface's types are declared in.</summary>
    public string Namespace { get; }
}
