using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

// The types of a component binary as the decoder sees them: a graph of nodes shared by reference, so that
// one type reached through several index spaces (an alias, an export, an instantiation argument) is one
// object. Names are not part of structural types; they come from the named nodes that export them.

/// <summary>A type in a component's type index space, or a value type used inline.</summary>
internal abstract class TypeNode
{
}

/// <summary>A primitive value type: bool, integers, floats, char, string, error-context.</summary>
internal sealed class PrimitiveNode(PrimitiveKind kind) : TypeNode
{
    public PrimitiveKind Kind { get; } = kind;
}

/// <summary>A record type.</summary>
internal sealed class RecordNode(IReadOnlyList<(string Name, TypeNode Type)> fields) : TypeNode
{
    public IReadOnlyList<(string Name, TypeNode Type)> Fields { get; } = fields;
}

/// <summary>A variant type; a case may have no payload.</summary>
internal sealed class VariantNode(IReadOnlyList<(string Name, TypeNode? Type)> cases) : TypeNode
{
    public IReadOnlyList<(string Name, TypeNode? Type)> Cases { get; } = cases;
}

/// <summary>An enum or flags type: a list of names.</summary>
internal sealed class LabelsNode(bool isFlags, IReadOnlyList<string> names) : TypeNode
{
    public bool IsFlags { get; } = isFlags;

    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>list&lt;T&gt;, or list&lt;T, N&gt; when <see cref="Length"/> is set.</summary>
internal sealed class ListNode(TypeNode element, uint? length) : TypeNode
{
    public TypeNode Element { get; } = element;

    public uint? Length { get; } = length;
}

/// <summary>tuple&lt;…&gt;.</summary>
internal sealed class TupleNode(IReadOnlyList<TypeNode> items) : TypeNode
{
    public IReadOnlyList<TypeNode> Items { get; } = items;
}

/// <summary>option, future and stream: a keyword around an optional element.</summary>
internal sealed class WrapperNode(string keyword, TypeNode? element) : TypeNode
{
    public string Keyword { get; } = keyword;

    public TypeNode? Element { get; } = element;
}

/// <summary>result&lt;T, E&gt; with either side optional.</summary>
internal sealed class ResultNode(TypeNode? ok, TypeNode? error) : TypeNode
{
    public TypeNode? Ok { get; } = ok;

    public TypeNode? Error { get; } = error;
}

/// <summary>map&lt;K, V&gt;.</summary>
internal sealed class MapNode(TypeNode key, TypeNode value) : TypeNode
{
    public TypeNode Key { get; } = key;

    public TypeNode Value { get; } = value;
}

/// <summary>own&lt;R&gt; or borrow&lt;R&gt;.</summary>
internal sealed class HandleNode(bool isOwn, TypeNode resource) : TypeNode
{
    public bool IsOwn { get; } = isOwn;

    public TypeNode Resource { get; } = resource;
}

/// <summary>A resource type: each one is distinct, so identity is all it carries.</summary>
internal sealed class ResourceNode : TypeNode
{
}

/// <summary>A function type.</summary>
internal sealed class FuncNode(bool isAsync, IReadOnlyList<(string Name, TypeNode Type)> parameters, TypeNode? result) : TypeNode
{
    public bool IsAsync { get; } = isAsync;

    public IReadOnlyList<(string Name, TypeNode Type)> Parameters { get; } = parameters;

    public TypeNode? Result { get; } = result;
}

/// <summary>An instance type: its exports, in order.</summary>
internal sealed class InstanceNode(IReadOnlyList<ExternItem> exports) : TypeNode
{
    public IReadOnlyList<ExternItem> Exports { get; } = exports;

    public ExternItem? Find(string name)
    {
        foreach (var item in Exports)
        {
            if (item.Name == name)
            {
                return item;
            }
        }

        return null;
    }
}

/// <summary>A component type (or a nested component): its imports and exports.</summary>
internal sealed class ComponentNode(IReadOnlyList<ExternItem> imports, IReadOnlyList<ExternItem> exports) : TypeNode
{
    public IReadOnlyList<ExternItem> Imports { get; } = imports;

    public IReadOnlyList<ExternItem> Exports { get; } = exports;
}

/// <summary>
/// A type given a name by an import or export (<c>(export "name" (type (eq N)))</c>, or a resource
/// declared with <c>(sub resource)</c>). A nested component's type imports are placeholders: instantiating
/// the component binds them to the argument, recorded in <see cref="Substitute"/>.
/// </summary>
internal sealed class NamedNode(string name, TypeNode target, bool isPlaceholder) : TypeNode
{
    public string Name { get; } = name;

    public TypeNode Target { get; } = target;

    public bool IsPlaceholder { get; } = isPlaceholder;

    /// <summary>For a placeholder: the type it was instantiated with, if any.</summary>
    public TypeNode? Substitute { get; set; }

    /// <summary>
    /// Follows names (and placeholders' substitutes) from <paramref name="node"/> to the structural type underneath;
    /// a chain longer than 256 names stops where it is, without failing.
    /// </summary>
    public static TypeNode Unwrap(TypeNode node)
    {
        for (var i = 0; i < 256 && node is NamedNode named; i++)
        {
            node = named.Substitute ?? named.Target;
        }

        return node;
    }
}

/// <summary>What an import or export is.</summary>
internal enum ExternKind
{
    CoreModule,
    Func,
    Value,
    Type,
    Component,
    Instance,
}

/// <summary>One import or export: its name, kind and type.</summary>
internal sealed record ExternItem(string Name, ExternKind Kind, TypeNode? Type, bool IsImport);
