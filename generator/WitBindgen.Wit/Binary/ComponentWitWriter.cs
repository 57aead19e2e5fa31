using System.Text;
using WitBindgen.Wit.Printing;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Turns a decoded component's imports and exports into WIT text: a root package holding one world, followed by
/// one <c>package … { }</c> block per package whose interfaces the component imports or exports.
/// Type names come from the named exports of instance types; where the binary has none, a name is generated
/// and a comment says so.
/// </summary>
internal sealed partial class ComponentWitWriter
{
    /// <summary>The package the recovered world is placed in.</summary>
    public const string RootPackage = "root:component";

    /// <summary>The name of the recovered world.</summary>
    public const string WorldName = "root";

    private const int MaxTypeDepth = 256;

    private readonly Dictionary<NamedNode, WitOwner> _owners = new();
    private readonly Dictionary<TypeNode, NamedNode> _homes = new();
    private readonly Dictionary<string, WitOwner> _interfaces = new(StringComparer.Ordinal);
    private readonly List<WitOwner> _interfaceOrder = new();
    private readonly WitOwner _world;
    private readonly string _package;
    private readonly List<string> _worldItems = new();
    private readonly Dictionary<TypeNode, string> _nameHints;

    private ComponentWitWriter(string package, string world, Dictionary<TypeNode, string>? nameHints)
    {
        _package = package;
        _world = WitOwner.World(world, package);
        _nameHints = nameHints ?? new();
    }

    /// <summary>
    /// Writes <paramref name="items"/> as the imports and exports of world <paramref name="world"/> in
    /// <paramref name="package"/>, after the comment lines <paramref name="header"/>.
    /// </summary>
    /// <param name="items">The imports and exports.</param>
    /// <param name="header">Comment lines for the top of the text.</param>
    /// <param name="package">The package of the world.</param>
    /// <param name="world">The world's name.</param>
    /// <param name="nameHints">Names for types the binary leaves unnamed (see <see cref="TypeNameHints"/>), if any.</param>
    public static string Write(IReadOnlyList<ExternItem> items, string header, string package, string world, Dictionary<TypeNode, string>? nameHints = null)
    {
        var writer = new ComponentWitWriter(package, world, nameHints);
        writer.Register(items);
        foreach (var item in items)
        {
            writer.WriteItem(item);
        }

        return writer.Render(header);
    }

    private void Register(IReadOnlyList<ExternItem> items)
    {
        foreach (var item in items)
        {
            if (item.Kind == ExternKind.Instance && item.Type is InstanceNode instance)
            {
                var owner = InterfaceOwner(item.Name);
                foreach (var export in instance.Exports)
                {
                    if (export.Kind == ExternKind.Type && export.Type is NamedNode named)
                    {
                        RegisterName(named, owner);
                    }
                }
            }
            else if (item.Kind == ExternKind.Type && item.Type is NamedNode named)
            {
                RegisterName(named, _world);
            }
        }
    }

    private void RegisterName(NamedNode named, WitOwner owner)
    {
        if (_owners.ContainsKey(named))
        {
            return;
        }

        _owners[named] = owner;
        owner.DefinedNames.Add(named.Name);
        var structural = Structural(named);
        if (IsNominal(structural) && !_homes.ContainsKey(structural))
        {
            _homes[structural] = named;
        }
    }

    private WitOwner InterfaceOwner(string name)
    {
        if (!_interfaces.TryGetValue(name, out var owner))
        {
            owner = WitOwner.Interface(name);
            _interfaces[name] = owner;
            _interfaceOrder.Add(owner);
        }

        return owner;
    }

    private void WriteItem(ExternItem item)
    {
        var direction = item.IsImport ? "import" : "export";
        switch (item.Kind)
        {
            case ExternKind.Instance when item.Type is InstanceNode instance:
                var owner = InterfaceOwner(item.Name);
                WriteMembers(owner, instance.Exports);

                if (owner.IsPackageInterface)
                {
                    _worldItems.Add(direction + " " + (owner.Package == _package ? WitNames.Escape(owner.Name) : WitNames.EscapePath(item.Name)) + ";");
                }
                else
                {
                    var inline = new StringBuilder();
                    inline.Append(direction).Append(' ').Append(WitNames.Escape(item.Name)).Append(": interface {\n");
                    AppendBody(inline, owner, "  ");
                    inline.Append('}');
                    _worldItems.Add(inline.ToString());
                }

                break;
            case ExternKind.Func when item.Type is FuncNode func:
                WriteFunction(_world, item.Name, func, direction + " ");
                break;
            case ExternKind.Type when item.Type is NamedNode named:
                WriteTypeDefinition(_world, named);
                break;
            default:
                _worldItems.Add("// " + direction + " \"" + item.Name + "\": a " + item.Kind.ToString().ToLowerInvariant() + ", which WIT cannot describe");
                break;
        }
    }

    /// <summary>
    /// Writes an instance's functions and types into its interface. A component may import and export one
    /// interface, each with only the members it uses: the interface gets the union, each member written once.
    /// </summary>
    private void WriteMembers(WitOwner owner, IReadOnlyList<ExternItem> allExports)
    {
        var exports = allExports.Where(e => owner.WrittenMembers.Add(e.Kind + " " + e.Name)).ToList();
        foreach (var export in exports)
        {
            if (export.Kind == ExternKind.Func && export.Type is FuncNode func)
            {
                WriteFunction(owner, export.Name, func, prefix: string.Empty);
            }
        }

        foreach (var export in exports)
        {
            if (export.Kind == ExternKind.Type && export.Type is NamedNode named)
            {
                WriteTypeDefinition(owner, named);
            }
            else if (export.Kind is not ExternKind.Func and not ExternKind.Type)
            {
                owner.Functions.Add("// export \"" + export.Name + "\": a " + export.Kind.ToString().ToLowerInvariant() + ", which WIT cannot describe");
            }
        }
    }

    /// <summary>Follows placeholders and names without an owner to the first owned name or a structural type.</summary>
    private TypeNode Resolve(TypeNode node)
    {
        for (var i = 0; i < MaxTypeDepth; i++)
        {
            if (node is not NamedNode named || _owners.ContainsKey(named))
            {
                return node;
            }

            node = named.Substitute ?? named.Target;
        }

        throw ComponentFormatException.Unsupported("type aliases nest too deeply");
    }

    /// <summary>Follows every name to the structural type underneath.</summary>
    private static TypeNode Structural(TypeNode node)
    {
        for (var i = 0; i < MaxTypeDepth; i++)
        {
            if (node is not NamedNode named)
            {
                return node;
            }

            node = named.Substitute ?? named.Target;
        }

        throw ComponentFormatException.Unsupported("type aliases nest too deeply");
    }

    private static bool IsNominal(TypeNode node) => node is RecordNode or VariantNode or LabelsNode or ResourceNode;

    private string Render(string header)
    {
        var text = new StringBuilder();
        text.Append(header).Append('\n');
        text.Append("package ").Append(WitNames.EscapePath(_package)).Append(";\n\n");
        text.Append("world ").Append(WitNames.Escape(_world.Name)).Append(" {\n");
        AppendBody(text, _world, "  ");
        foreach (var item in _worldItems)
        {
            foreach (var line in item.Split('\n'))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        text.Append("}\n");

        // Interfaces of the world's own package are declared beside it; every other package gets a block.
        foreach (var owner in _interfaceOrder.Where(o => o.IsPackageInterface && o.Package == _package))
        {
            text.Append("\ninterface ").Append(WitNames.Escape(owner.Name)).Append(" {\n");
            AppendBody(text, owner, "  ");
            text.Append("}\n");
        }

        foreach (var package in _interfaceOrder.Where(o => o.IsPackageInterface && o.Package != _package).GroupBy(o => o.Package!, StringComparer.Ordinal))
        {
            text.Append("\npackage ").Append(WitNames.EscapePath(package.Key)).Append(" {\n");
            var first = true;
            foreach (var owner in package)
            {
                if (!first)
                {
                    text.Append('\n');
                }

                first = false;
                text.Append("  interface ").Append(WitNames.Escape(owner.Name)).Append(" {\n");
                AppendBody(text, owner, "    ");
                text.Append("  }\n");
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, WitOwner owner, string indent)
    {
        foreach (var block in owner.Uses.Concat(owner.TypeDefinitions.Select(render => render())).Concat(owner.Functions))
        {
            foreach (var line in block.Split('\n'))
            {
                text.Append(indent).Append(line).Append('\n');
            }
        }
    }
}
