using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

// Functions, type definitions and type references.
internal sealed partial class ComponentSyntaxBuilder
{
    private const string ConstructorPrefix = "[constructor]";
    private const string MethodPrefix = "[method]";
    private const string StaticPrefix = "[static]";
    private const int MaxReferences = 2_000_000;

    private int _referencesBuilt;

    /// <summary>Adds a function: to its resource, to the world's imports or exports (<paramref name="direction"/>), or to an interface.</summary>
    private void AddFunction(SyntaxOwner owner, string name, FuncNode func, ExternDirection? direction)
    {
        var none = EquatableArray<GateSyntax>.Empty;
        if (name.StartsWith(ConstructorPrefix, StringComparison.Ordinal))
        {
            var resource = name.Substring(ConstructorPrefix.Length);
            var constructor = new FuncSyntax(false, Parameters(owner, func, skipSelf: false), null, default);
            AddResourceFunction(owner, resource, new ResourceFuncSyntax(Docs.None, none, ResourceFuncKind.Constructor, new Identifier("constructor", default), constructor, default));
            return;
        }

        if (SplitResourceFunction(name, MethodPrefix) is var (methodResource, method))
        {
            var signature = new FuncSyntax(func.IsAsync, Parameters(owner, func, skipSelf: true), Result(owner, func), default);
            AddResourceFunction(owner, methodResource, new ResourceFuncSyntax(Docs.None, none, ResourceFuncKind.Method, WitSyntaxNames.Identifier(method), signature, default));
            return;
        }

        if (SplitResourceFunction(name, StaticPrefix) is var (staticResource, staticName))
        {
            var signature = new FuncSyntax(func.IsAsync, Parameters(owner, func, skipSelf: false), Result(owner, func), default);
            AddResourceFunction(owner, staticResource, new ResourceFuncSyntax(Docs.None, none, ResourceFuncKind.Static, WitSyntaxNames.Identifier(staticName), signature, default));
            return;
        }

        var identifier = WitSyntaxNames.Identifier(name);
        var syntax = new FuncSyntax(func.IsAsync, Parameters(owner, func, skipSelf: false), Result(owner, func), default);
        if (owner.IsWorld)
        {
            _worldItems.Add(new WorldExternSyntax(Docs.None, none, direction ?? ExternDirection.Import, new ExternFunc(identifier, syntax, default), default));
        }
        else
        {
            owner.Functions.Add(new InterfaceFunc(Docs.None, none, identifier, syntax, default));
        }
    }

    private static (string Resource, string Function)? SplitResourceFunction(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name.Substring(prefix.Length);
        var dot = rest.IndexOf('.');
        return dot <= 0 ? null : (rest.Substring(0, dot), rest.Substring(dot + 1));
    }

    private static void AddResourceFunction(SyntaxOwner owner, string resource, ResourceFuncSyntax function)
    {
        if (!owner.ResourceFunctions.TryGetValue(resource, out var functions))
        {
            functions = new List<ResourceFuncSyntax>();
            owner.ResourceFunctions[resource] = functions;
        }

        functions.Add(function);
    }

    private EquatableArray<ParamSyntax> Parameters(SyntaxOwner owner, FuncNode func, bool skipSelf)
    {
        var parameters = skipSelf && func.Parameters.Count > 0 ? func.Parameters.Skip(1) : func.Parameters;
        return parameters.Select(p => new ParamSyntax(WitSyntaxNames.Identifier(p.Name), Reference(owner, p.Type, 0))).ToEquatableArray();
    }

    private TypeSyntax? Result(SyntaxOwner owner, FuncNode func) =>
        func.Result is null ? null : Reference(owner, func.Result, 0);

    /// <summary>Adds the definition of the type exported as <paramref name="named"/> in <paramref name="owner"/>.</summary>
    private void AddTypeDefinition(SyntaxOwner owner, NamedNode named)
    {
        var target = Resolve(named.Substitute ?? named.Target);
        if (target is NamedNode other && _owners.TryGetValue(other, out var otherOwner))
        {
            if (otherOwner == owner)
            {
                owner.TypeDefinitions.Add(() => Alias(named.Name, new NamedTypeSyntax(WitSyntaxNames.Identifier(other.Name))));
            }
            else if (otherOwner.IsPackageInterface)
            {
                owner.AddUse(otherOwner, other.Name, named.Name);
            }
            else
            {
                AddStructuralDefinition(owner, named.Name, Structural(other), named);
            }

            return;
        }

        AddStructuralDefinition(owner, named.Name, target, named);
    }

    private void AddStructuralDefinition(SyntaxOwner owner, string name, TypeNode target, NamedNode? named)
    {
        if (IsNominal(target) && _homes.TryGetValue(target, out var home) && home != named && _owners.TryGetValue(home, out var homeOwner)
            && (homeOwner != owner || home.Name != name))
        {
            owner.TypeDefinitions.Add(() => Alias(name, Reference(owner, home, 0)));
            return;
        }

        if (!IsNominal(target))
        {
            owner.TypeDefinitions.Add(() => Alias(name, Reference(owner, target, 0)));
            return;
        }

        owner.TypeDefinitions.Add(Define(owner, name, target, Docs.None));
    }

    private static TypeDefSyntax Alias(string name, TypeSyntax target) =>
        new TypeAliasSyntax(Docs.None, EquatableArray<GateSyntax>.Empty, WitSyntaxNames.Identifier(name), target, default);

    /// <summary>
    /// The definition of a record, variant, enum, flags or resource named <paramref name="name"/>. Member types are
    /// referred to now; a resource's functions are gathered when the definition is taken.
    /// </summary>
    private Func<TypeDefSyntax> Define(SyntaxOwner owner, string name, TypeNode target, Docs docs)
    {
        var none = EquatableArray<GateSyntax>.Empty;
        var identifier = WitSyntaxNames.Identifier(name);
        switch (target)
        {
            case RecordNode record:
                var fields = record.Fields.Select(f => new FieldSyntax(Docs.None, WitSyntaxNames.Identifier(f.Name), Reference(owner, f.Type, 0))).ToEquatableArray();
                return () => new RecordSyntax(docs, none, identifier, fields, default);
            case VariantNode variant:
                var cases = variant.Cases.Select(c => new CaseSyntax(Docs.None, WitSyntaxNames.Identifier(c.Name), c.Type is null ? null : Reference(owner, c.Type, 0))).ToEquatableArray();
                return () => new VariantSyntax(docs, none, identifier, cases, default);
            case LabelsNode labels:
                var names = labels.Names.Select(n => new NamedCaseSyntax(Docs.None, WitSyntaxNames.Identifier(n))).ToEquatableArray();
                return labels.IsFlags
                    ? () => new FlagsSyntax(docs, none, identifier, names, default)
                    : () => new EnumSyntax(docs, none, identifier, names, default);
            default:
                return () => new ResourceSyntax(
                    docs,
                    none,
                    identifier,
                    owner.ResourceFunctions.TryGetValue(name, out var functions) ? functions.ToEquatableArray() : EquatableArray<ResourceFuncSyntax>.Empty,
                    default);
        }
    }

    /// <summary>The syntax of a reference to <paramref name="node"/> from <paramref name="owner"/>.</summary>
    private TypeSyntax Reference(SyntaxOwner owner, TypeNode node, int depth)
    {
        if (depth > MaxTypeDepth)
        {
            throw ComponentFormatException.Unsupported("types nest too deeply");
        }

        // Types refer to earlier types by index, so a small binary can describe a type whose tree doubles at
        // every level; stop before such a tree gets large.
        if (++_referencesBuilt > MaxReferences)
        {
            throw ComponentFormatException.Unsupported("the component's types are too large to describe as WIT");
        }

        var resolved = Resolve(node);
        if (resolved is NamedNode named && _owners.TryGetValue(named, out var namedOwner))
        {
            if (namedOwner == owner)
            {
                return new NamedTypeSyntax(WitSyntaxNames.Identifier(named.Name));
            }

            if (namedOwner.IsPackageInterface)
            {
                owner.AddUse(namedOwner, named.Name, alias: null);
                return new NamedTypeSyntax(WitSyntaxNames.Identifier(named.Name));
            }

            resolved = Structural(named);
        }

        var next = depth + 1;
        switch (resolved)
        {
            case PrimitiveNode primitive:
                return new PrimitiveTypeSyntax(primitive.Kind, default);
            case ListNode list:
                return new ListTypeSyntax(Reference(owner, list.Element, next), list.Length, default);
            case TupleNode tuple:
                return new TupleTypeSyntax(tuple.Items.Select(t => Reference(owner, t, next)).ToEquatableArray(), default);
            case WrapperNode { Keyword: "option", Element: { } element }:
                return new OptionTypeSyntax(Reference(owner, element, next), default);
            case WrapperNode { Keyword: "future" } future:
                return new FutureTypeSyntax(future.Element is null ? null : Reference(owner, future.Element, next), default);
            case WrapperNode { Keyword: "stream" } stream:
                return new StreamTypeSyntax(stream.Element is null ? null : Reference(owner, stream.Element, next), default);
            case ResultNode result:
                var ok = result.Ok is null ? null : Reference(owner, result.Ok, next);
                return new ResultTypeSyntax(ok, result.Error is null ? null : Reference(owner, result.Error, next), default);
            case MapNode map:
                var key = Reference(owner, map.Key, next);
                return new MapTypeSyntax(key, Reference(owner, map.Value, next), default);
            case HandleNode handle:
                var resource = Reference(owner, handle.Resource, next) as NamedTypeSyntax
                    ?? throw ComponentFormatException.Unsupported("a handle to a type that is not a resource");
                return handle.IsOwn ? resource : new BorrowTypeSyntax(resource.Name, default);
            case RecordNode or VariantNode or LabelsNode or ResourceNode:
                return _homes.TryGetValue(resolved, out var home) && _owners.ContainsKey(home)
                    ? Reference(owner, home, next)
                    : new NamedTypeSyntax(WitSyntaxNames.Identifier(GeneratedName(owner, resolved)));
            default:
                throw ComponentFormatException.Unsupported("a function, instance or component type used as a value type");
        }
    }

    /// <summary>Names an unnamed record, variant, enum, flags or resource and defines it in <paramref name="owner"/>.</summary>
    private string GeneratedName(SyntaxOwner owner, TypeNode node)
    {
        if (owner.GeneratedNames.TryGetValue(node, out var existing))
        {
            return existing;
        }

        string name;
        string origin;
        if (_nameHints.TryGetValue(node, out var hint) && owner.DefinedNames.Add(hint))
        {
            name = hint;
            origin = "comes from its component-type custom section.";
        }
        else
        {
            name = owner.NextGeneratedName(node switch
            {
                RecordNode => "record",
                VariantNode => "variant",
                LabelsNode { IsFlags: true } => "flags",
                LabelsNode => "enum",
                _ => "resource",
            });
            origin = "is generated.";
        }

        owner.GeneratedNames[node] = name;
        owner.TypeDefinitions.Add(Define(owner, name, node, new Docs("The component binary does not name this type; the name " + origin)));
        return name;
    }
}
