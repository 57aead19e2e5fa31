using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Printing;

/// <summary>
/// Writes the items an interface or a world shares: <c>use</c> statements, type definitions, resources with their
/// functions, freestanding functions and gates. Paths to interfaces are written relative to the package being printed.
/// </summary>
internal sealed class DefinitionPrinter
{
    private readonly WitModel _model;
    private readonly TypeFormatter _types;
    private List<PackageId> _references = new();

    public DefinitionPrinter(WitModel model, TypeFormatter types)
    {
        _model = model;
        _types = types;
    }

    /// <summary>
    /// Starts recording the other packages that interface paths refer to, in order of first mention; returns
    /// the list that fills up until the next call.
    /// </summary>
    public IReadOnlyList<PackageId> StartRecordingReferences()
    {
        _references = new List<PackageId>();
        return _references;
    }

    /// <summary>Writes <paramref name="types"/> of <paramref name="owner"/>: <c>use</c> statements first, then definitions.</summary>
    /// <param name="body">Where the items go.</param>
    /// <param name="types">The owner's types, in order.</param>
    /// <param name="owner">The interface or world the types belong to.</param>
    /// <param name="package">The package being printed, for interface paths.</param>
    /// <param name="resourceFunctions">The functions of each resource the owner defines.</param>
    public void WriteTypes(
        BodyWriter body,
        IEnumerable<NamedType> types,
        TypeOwner owner,
        PackageId? package,
        IReadOnlyDictionary<TypeId, List<Function>> resourceFunctions)
    {
        var uses = new List<UseGroup>();
        var definitions = new List<NamedType>();
        foreach (var named in types)
        {
            if (UseSourceOf(named, owner) is { } source)
            {
                var group = uses.Find(g => g.Interface == source.Interface && g.Stability == source.Stability);
                if (group is null)
                {
                    group = new UseGroup(source.Interface, source.Stability);
                    uses.Add(group);
                }

                group.Names.Add((source.OriginalName, named.Name));
            }
            else
            {
                definitions.Add(named);
            }
        }

        foreach (var group in uses)
        {
            body.BeginItem(ItemSection.Use);
            WriteGates(body, group.Stability);
            var names = group.Names.Select(n => n.Original == n.Local
                ? WitNames.Escape(n.Local)
                : $"{WitNames.Escape(n.Original)} as {WitNames.Escape(n.Local)}");
            body.Line($"use {InterfacePath(group.Interface, package)}.{{{string.Join(", ", names)}}};");
        }

        foreach (var named in definitions)
        {
            WriteDefinition(body, named, resourceFunctions);
        }
    }

    /// <summary>Writes a freestanding function: <c>name: func(…) -&gt; r;</c>, with its docs and gates.</summary>
    public void WriteFunction(BodyWriter body, Function function, string prefix = "")
    {
        body.BeginItem(ItemSection.Function);
        body.Docs(function.Docs);
        WriteGates(body, function.Stability);
        body.Line($"{prefix}{WitNames.Escape(function.ItemName)}: {Signature(function)};");
    }

    /// <summary>Writes the <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c> lines of an item.</summary>
    public static void WriteGates(BodyWriter body, Stability? stability)
    {
        if (stability is null)
        {
            return;
        }

        if (stability.Kind == StabilityKind.Stable && stability.Since is { } since)
        {
            body.Line($"@since(version = {since})");
        }
        else if (stability.Kind == StabilityKind.Unstable && stability.Feature is { } feature)
        {
            body.Line($"@unstable(feature = {WitNames.Escape(feature)})");
        }

        if (stability.Deprecated is { } deprecated)
        {
            body.Line($"@deprecated(version = {deprecated})");
        }
    }

    /// <summary>
    /// The path of an interface as written after <c>use</c> or <c>import</c>: its plain name inside its own
    /// package, else <c>ns:pkg/name@version</c>.
    /// </summary>
    public string InterfacePath(InterfaceId id, PackageId? from)
    {
        if (id.Index < 0 || id.Index >= _model.Interfaces.Count)
        {
            return "%unknown-interface";
        }

        var iface = _model.Interfaces[id.Index];
        var name = WitNames.Escape(iface.Name);
        if (iface.Package is not { } package || package == from || package.Index < 0 || package.Index >= _model.Packages.Count)
        {
            return name;
        }

        if (!_references.Contains(package))
        {
            _references.Add(package);
        }

        var packageName = _model.Packages[package.Index].Name;
        var path = $"{WitNames.Escape(packageName.Namespace)}:{WitNames.Escape(packageName.Name)}/{name}";
        return packageName.Version is null ? path : $"{path}@{packageName.Version}";
    }

    /// <summary>The signature after the name: <c>func(a: t) -&gt; r</c>, <c>async func()</c>, <c>static func()</c>, <c>constructor(…)</c>.</summary>
    public string Signature(Function function)
    {
        var skipSelf = function.Kind is FunctionKind.Method or FunctionKind.AsyncMethod;
        var parameters = string.Join(", ", function.Params.Skip(skipSelf ? 1 : 0)
            .Select(p => $"{WitNames.Escape(p.Name)}: {_types.Reference(p.Type)}"));
        var head = function.Kind switch
        {
            FunctionKind.Constructor => "constructor",
            FunctionKind.Static => "static func",
            FunctionKind.AsyncStatic => "static async func",
            FunctionKind.AsyncFreestanding or FunctionKind.AsyncMethod => "async func",
            _ => "func",
        };
        var signature = $"{head}({parameters})";
        if (function.Result is { } result && (function.Kind != FunctionKind.Constructor || IsResult(result)))
        {
            signature += " -> " + _types.Reference(result);
        }

        return signature;
    }

    /// <summary>The functions of each resource, for the resources a body defines.</summary>
    public static Dictionary<TypeId, List<Function>> GroupResourceFunctions(IEnumerable<Function> functions)
    {
        var groups = new Dictionary<TypeId, List<Function>>();
        foreach (var function in functions)
        {
            if (function.Kind is FunctionKind.Freestanding or FunctionKind.AsyncFreestanding || function.Resource is not { } resource)
            {
                continue;
            }

            if (!groups.TryGetValue(resource, out var list))
            {
                list = new List<Function>();
                groups.Add(resource, list);
            }

            list.Add(function);
        }

        return groups;
    }

    private void WriteDefinition(BodyWriter body, NamedType named, IReadOnlyDictionary<TypeId, List<Function>> resourceFunctions)
    {
        var definition = _types.Lookup(named.Id);
        body.BeginItem(ItemSection.Type);
        body.Docs(definition?.Docs);
        WriteGates(body, definition?.Stability);
        var name = WitNames.Escape(named.Name);
        switch (definition?.Kind)
        {
            case RecordKind record:
                WriteBlock(body, $"record {name}", record.Fields.Select(f => (f.Docs, $"{WitNames.Escape(f.Name)}: {_types.Reference(f.Type)},")));
                break;
            case VariantKind variant:
                WriteBlock(body, $"variant {name}", variant.Cases.Select(c => (c.Docs, c.Type is { } payload
                    ? $"{WitNames.Escape(c.Name)}({_types.Reference(payload)}),"
                    : $"{WitNames.Escape(c.Name)},")));
                break;
            case EnumKind @enum:
                WriteBlock(body, $"enum {name}", @enum.Cases.Select(c => (c.Docs, WitNames.Escape(c.Name) + ",")));
                break;
            case FlagsKind flags:
                WriteBlock(body, $"flags {name}", flags.Flags.Select(f => (f.Docs, WitNames.Escape(f.Name) + ",")));
                break;
            case ResourceKind:
                WriteResource(body, name, resourceFunctions.TryGetValue(named.Id, out var functions) ? functions : new List<Function>());
                break;
            case { } kind:
                body.Line($"type {name} = {_types.Structure(kind)};");
                break;
            default:
                body.Line($"type {name} = %unknown-type;");
                break;
        }
    }

    private static void WriteBlock(BodyWriter body, string head, IEnumerable<(string? Docs, string Line)> members)
    {
        var inner = new BodyWriter();
        foreach (var (docs, line) in members)
        {
            if (inner.IsEmpty)
            {
                inner.BeginItem(ItemSection.Type);
            }

            inner.Docs(docs);
            inner.Line(line);
        }

        if (inner.IsEmpty)
        {
            body.Line(head + " {}");
            return;
        }

        body.Line(head + " {");
        body.Nested(inner);
        body.Line("}");
    }

    private void WriteResource(BodyWriter body, string name, List<Function> functions)
    {
        if (functions.Count == 0)
        {
            body.Line($"resource {name};");
            return;
        }

        var inner = new BodyWriter();
        foreach (var function in functions)
        {
            inner.BeginItem(ItemSection.Function);
            inner.Docs(function.Docs);
            WriteGates(inner, function.Stability);
            inner.Line(function.Kind == FunctionKind.Constructor
                ? Signature(function) + ";"
                : $"{WitNames.Escape(function.ItemName)}: {Signature(function)};");
        }

        body.Line($"resource {name} {{");
        body.Nested(inner);
        body.Line("}");
    }

    /// <summary>Where a type brought in by <c>use</c> comes from, or null when the owner defines it.</summary>
    private UseSource? UseSourceOf(NamedType named, TypeOwner owner)
    {
        var definition = _types.Lookup(named.Id);
        if (definition is null)
        {
            return null;
        }

        if (definition.Owner != owner && definition.Owner.Kind == TypeOwnerKind.Interface && definition.Name is { } ownName)
        {
            return new UseSource(new InterfaceId(definition.Owner.Index), ownName, definition.Stability);
        }

        if (definition.Kind is AliasKind { Target: { Primitive: null } target }
            && _types.Lookup(target.Id) is { Name: { } targetName, Owner: { Kind: TypeOwnerKind.Interface } targetOwner }
            && targetOwner != owner)
        {
            return new UseSource(new InterfaceId(targetOwner.Index), targetName, definition.Stability);
        }

        return null;
    }

    private bool IsResult(WitType type)
    {
        for (var hops = 0; hops <= _model.Types.Count && type.Primitive is null; hops++)
        {
            switch (_types.Lookup(type.Id)?.Kind)
            {
                case ResultKind:
                    return true;
                case AliasKind alias:
                    type = alias.Target;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private sealed record UseSource(InterfaceId Interface, string OriginalName, Stability Stability);

    private sealed class UseGroup
    {
        public UseGroup(InterfaceId @interface, Stability stability)
        {
            Interface = @interface;
            Stability = stability;
        }

        public InterfaceId Interface { get; }

        public Stability Stability { get; }

        public List<(string Original, string Local)> Names { get; } = new();
    }
}
