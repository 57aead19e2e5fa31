using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Turns a decoded component's imports and exports into the syntax tree the resolver reads, as if a WIT file
/// had declared them: a root package holding one world (and the interfaces of that package), and one nested
/// <c>package … { }</c> per other package whose interfaces the component imports or exports. Type names come
/// from the named exports of instance types; where the binary has none, a name is generated and its docs say so.
/// </summary>
internal sealed partial class ComponentSyntaxBuilder
{
    /// <summary>The package the recovered world is placed in.</summary>
    public const string RootPackage = "root:component";

    /// <summary>The name of the recovered world.</summary>
    public const string WorldName = "root";

    private const int MaxTypeDepth = 256;

    private readonly Dictionary<NamedNode, SyntaxOwner> _owners = new();
    private readonly Dictionary<TypeNode, NamedNode> _homes = new();
    private readonly Dictionary<string, SyntaxOwner> _interfaces = new(StringComparer.Ordinal);
    private readonly List<SyntaxOwner> _interfaceOrder = new();
    private readonly SyntaxOwner _world;
    private readonly string _package;
    private readonly List<WorldExternSyntax> _worldItems = new();
    private readonly Dictionary<TypeNode, string> _nameHints;
    private readonly List<string> _notes = new();

    private ComponentSyntaxBuilder(string package, string world, Dictionary<TypeNode, string>? nameHints)
    {
        _package = package;
        _world = SyntaxOwner.World(world, package);
        _nameHints = nameHints ?? new();
    }

    /// <summary>
    /// Builds the document declaring <paramref name="items"/> as the imports and exports of world
    /// <paramref name="world"/> in <paramref name="package"/>.
    /// </summary>
    /// <param name="items">The imports and exports.</param>
    /// <param name="header">Sentences on where the world comes from: the docs of its package.</param>
    /// <param name="file">The file the document stands for (the component), so locations name it.</param>
    /// <param name="package">The package of the world.</param>
    /// <param name="world">The world's name.</param>
    /// <param name="nameHints">Names for types the binary leaves unnamed (see <see cref="TypeNameHints"/>), if any.</param>
    /// <returns>
    /// The document. Imports and exports that WIT cannot describe (core modules, values, components) are left out,
    /// and the package's docs say so after <paramref name="header"/>.
    /// </returns>
    /// <exception cref="ComponentFormatException">A name is not valid WIT, or the types nest too deeply or are too large.</exception>
    public static WitDocument Build(
        IReadOnlyList<ExternItem> items, IReadOnlyList<string> header, SourceFile file, string package, string world, Dictionary<TypeNode, string>? nameHints = null)
    {
        var builder = new ComponentSyntaxBuilder(package, world, nameHints);
        builder.Register(items);
        foreach (var item in items)
        {
            builder.AddItem(item);
        }

        return builder.Render(file, header);
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

    private void RegisterName(NamedNode named, SyntaxOwner owner)
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

    private SyntaxOwner InterfaceOwner(string name)
    {
        if (!_interfaces.TryGetValue(name, out var owner))
        {
            owner = SyntaxOwner.Interface(name);
            _interfaces[name] = owner;
            _interfaceOrder.Add(owner);
        }

        return owner;
    }

    private void AddItem(ExternItem item)
    {
        var direction = item.IsImport ? ExternDirection.Import : ExternDirection.Export;
        switch (item.Kind)
        {
            case ExternKind.Instance when item.Type is InstanceNode instance:
                var owner = InterfaceOwner(item.Name);
                AddMembers(owner, instance.Exports);

                ExternKindSyntax kind;
                if (owner.IsPackageInterface)
                {
                    UsePath path = owner.Package == _package
                        ? new LocalUsePath(WitSyntaxNames.Identifier(owner.Name))
                        : new PackageUsePath(WitSyntaxNames.PackageName(owner.Package!), WitSyntaxNames.Identifier(owner.Name), default);
                    kind = new ExternPath(path);
                }
                else
                {
                    kind = new ExternInterface(WitSyntaxNames.Identifier(item.Name), Body(owner), default);
                }

                _worldItems.Add(new WorldExternSyntax(Docs.None, EquatableArray<GateSyntax>.Empty, direction, kind, default));
                break;
            case ExternKind.Func when item.Type is FuncNode func:
                AddFunction(_world, item.Name, func, direction);
                break;
            case ExternKind.Type when item.Type is NamedNode named:
                AddTypeDefinition(_world, named);
                break;
            default:
                _notes.Add(Describe(item, direction == ExternDirection.Import ? "import" : "export"));
                break;
        }
    }

    /// <summary>
    /// Adds an instance's functions and types to its interface. A component may import and export one
    /// interface, each with only the members it uses: the interface gets the union, each member once.
    /// </summary>
    private void AddMembers(SyntaxOwner owner, IReadOnlyList<ExternItem> allExports)
    {
        var exports = allExports.Where(e => owner.AddedMembers.Add(e.Kind + " " + e.Name)).ToList();
        foreach (var export in exports)
        {
            if (export.Kind == ExternKind.Func && export.Type is FuncNode func)
            {
                AddFunction(owner, export.Name, func, direction: null);
            }
        }

        foreach (var export in exports)
        {
            if (export.Kind == ExternKind.Type && export.Type is NamedNode named)
            {
                AddTypeDefinition(owner, named);
            }
            else if (export.Kind is not ExternKind.Func and not ExternKind.Type)
            {
                _notes.Add(owner.Description + ": " + Describe(export, "export"));
            }
        }
    }

    private static string Describe(ExternItem item, string direction)
    {
        var kind = item.Kind switch
        {
            ExternKind.CoreModule => "a core module",
            ExternKind.Value => "a value",
            ExternKind.Component => "a component",
            _ => "an item whose type does not match its kind",
        };
        return direction + " \"" + item.Name + "\" is " + kind + ", which WIT cannot describe; it is left out.";
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

    private WitDocument Render(SourceFile file, IReadOnlyList<string> header)
    {
        var worldItems = new List<WorldItemSyntax>();
        var (uses, types, _) = Members(_world);
        worldItems.AddRange(uses.Select(u => new WorldUse(u)));
        worldItems.AddRange(types.Select(t => new WorldTypeDef(t)));
        worldItems.AddRange(_worldItems);
        var world = new WorldSyntax(Docs.None, EquatableArray<GateSyntax>.Empty, WitSyntaxNames.Identifier(_world.Name), worldItems.ToEquatableArray(), default);

        // Interfaces of the world's own package are declared beside it; every other package gets a block.
        var items = new List<TopLevelItem> { world };
        items.AddRange(_interfaceOrder.Where(o => o.IsPackageInterface && o.Package == _package).Select(InterfaceDeclaration));
        var nested = _interfaceOrder
            .Where(o => o.IsPackageInterface && o.Package != _package)
            .GroupBy(o => o.Package!, StringComparer.Ordinal)
            .Select(package => new NestedPackage(
                Docs.None,
                WitSyntaxNames.PackageName(package.Key),
                package.Select(InterfaceDeclaration).ToEquatableArray<TopLevelItem>(),
                default))
            .ToList();

        var docs = new Docs(string.Join("\n", header.Concat(_notes)));
        var declaration = new PackageDeclaration(docs, WitSyntaxNames.PackageName(_package), default);
        return new WitDocument(file, declaration, items.ToEquatableArray(), nested.ToEquatableArray());
    }

    private TopLevelItem InterfaceDeclaration(SyntaxOwner owner) =>
        new InterfaceSyntax(Docs.None, EquatableArray<GateSyntax>.Empty, WitSyntaxNames.Identifier(owner.Name), Body(owner), default);

    /// <summary>An interface's items: its <c>use</c>s, then its type definitions, then its functions.</summary>
    private static EquatableArray<InterfaceItem> Body(SyntaxOwner owner)
    {
        var (uses, types, functions) = Members(owner);
        var items = new List<InterfaceItem>(uses.Count + types.Count + functions.Count);
        items.AddRange(uses.Select(u => new InterfaceUse(u)));
        items.AddRange(types.Select(t => new InterfaceTypeDef(t)));
        items.AddRange(functions);
        return items.ToEquatableArray();
    }

    /// <summary>
    /// Builds the owner's type definitions first, since building one may add a <c>use</c> (or, for a name the
    /// binary left out, another definition), then takes the <c>use</c>s and functions.
    /// </summary>
    private static (List<UseSyntax> Uses, List<TypeDefSyntax> Types, List<InterfaceFunc> Functions) Members(SyntaxOwner owner)
    {
        var types = new List<TypeDefSyntax>();
        for (var i = 0; i < owner.TypeDefinitions.Count; i++)
        {
            types.Add(owner.TypeDefinitions[i]());
        }

        return (owner.Uses, types, owner.Functions);
    }
}
