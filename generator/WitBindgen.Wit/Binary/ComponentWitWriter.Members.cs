using System.Text;
using WitBindgen.Wit.Printing;

namespace WitBindgen.Wit.Binary;

// Functions, type definitions and type references.
internal sealed partial class ComponentWitWriter
{
    private const string ConstructorPrefix = "[constructor]";
    private const string MethodPrefix = "[method]";
    private const string StaticPrefix = "[static]";
    private const int MaxReferences = 2_000_000;

    private int _referencesWritten;

    private void WriteFunction(WitOwner owner, string name, FuncNode func, string prefix)
    {
        var asyncKeyword = func.IsAsync ? "async " : string.Empty;
        if (name.StartsWith(ConstructorPrefix, StringComparison.Ordinal))
        {
            var resource = name.Substring(ConstructorPrefix.Length);
            AddResourceFunction(owner, resource, "constructor(" + Parameters(owner, func, skipSelf: false) + ");");
            return;
        }

        if (SplitResourceFunction(name, MethodPrefix) is var (methodResource, method))
        {
            AddResourceFunction(owner, methodResource, WitNames.Escape(method) + ": " + asyncKeyword + "func(" + Parameters(owner, func, skipSelf: true) + ")" + Result(owner, func) + ";");
            return;
        }

        if (SplitResourceFunction(name, StaticPrefix) is var (staticResource, staticName))
        {
            AddResourceFunction(owner, staticResource, WitNames.Escape(staticName) + ": static " + asyncKeyword + "func(" + Parameters(owner, func, skipSelf: false) + ")" + Result(owner, func) + ";");
            return;
        }

        var line = prefix + WitNames.Escape(name) + ": " + asyncKeyword + "func(" + Parameters(owner, func, skipSelf: false) + ")" + Result(owner, func) + ";";
        (owner.IsWorld ? _worldItems : owner.Functions).Add(line);
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

    private static void AddResourceFunction(WitOwner owner, string resource, string line)
    {
        if (!owner.ResourceFunctions.TryGetValue(resource, out var lines))
        {
            lines = new List<string>();
            owner.ResourceFunctions[resource] = lines;
        }

        lines.Add(line);
    }

    private string Parameters(WitOwner owner, FuncNode func, bool skipSelf)
    {
        var parameters = skipSelf && func.Parameters.Count > 0 ? func.Parameters.Skip(1) : func.Parameters;
        return string.Join(", ", parameters.Select(p => WitNames.Escape(p.Name) + ": " + Reference(owner, p.Type, 0)));
    }

    private string Result(WitOwner owner, FuncNode func) =>
        func.Result is null ? string.Empty : " -> " + Reference(owner, func.Result, 0);

    /// <summary>Writes the definition of the type exported as <paramref name="named"/> in <paramref name="owner"/>.</summary>
    private void WriteTypeDefinition(WitOwner owner, NamedNode named)
    {
        var target = Resolve(named.Substitute ?? named.Target);
        if (target is NamedNode other && _owners.TryGetValue(other, out var otherOwner))
        {
            if (otherOwner == owner)
            {
                owner.TypeDefinitions.Add(() => "type " + WitNames.Escape(named.Name) + " = " + WitNames.Escape(other.Name) + ";");
            }
            else if (otherOwner.IsPackageInterface)
            {
                owner.AddUse(otherOwner, other.Name, named.Name);
            }
            else
            {
                WriteStructuralDefinition(owner, named.Name, Structural(other), named);
            }

            return;
        }

        WriteStructuralDefinition(owner, named.Name, target, named);
    }

    private void WriteStructuralDefinition(WitOwner owner, string name, TypeNode target, NamedNode? named)
    {
        if (IsNominal(target) && _homes.TryGetValue(target, out var home) && home != named && _owners.TryGetValue(home, out var homeOwner)
            && (homeOwner != owner || home.Name != name))
        {
            owner.TypeDefinitions.Add(() => "type " + WitNames.Escape(name) + " = " + Reference(owner, home, 0) + ";");
            return;
        }

        if (!IsNominal(target))
        {
            owner.TypeDefinitions.Add(() => "type " + WitNames.Escape(name) + " = " + Reference(owner, target, 0) + ";");
            return;
        }

        var definition = Define(owner, name, target);
        owner.TypeDefinitions.Add(() => definition(owner));
    }

    /// <summary>The definition of a record, variant, enum, flags or resource named <paramref name="name"/>.</summary>
    private Func<WitOwner, string> Define(WitOwner owner, string name, TypeNode target)
    {
        var escaped = WitNames.Escape(name);
        switch (target)
        {
            case RecordNode record:
                var fields = record.Fields.Select(f => WitNames.Escape(f.Name) + ": " + Reference(owner, f.Type, 0)).ToList();
                return _ => Block("record " + escaped, fields.Select(f => f + ","));
            case VariantNode variant:
                var cases = variant.Cases.Select(c => WitNames.Escape(c.Name) + (c.Type is null ? string.Empty : "(" + Reference(owner, c.Type, 0) + ")")).ToList();
                return _ => Block("variant " + escaped, cases.Select(c => c + ","));
            case LabelsNode labels:
                return _ => Block((labels.IsFlags ? "flags " : "enum ") + escaped, labels.Names.Select(n => WitNames.Escape(n) + ","));
            default:
                return o => o.ResourceFunctions.TryGetValue(name, out var functions)
                    ? Block("resource " + escaped, functions)
                    : "resource " + escaped + ";";
        }
    }

    private static string Block(string header, IEnumerable<string> members)
    {
        var text = new StringBuilder(header).Append(" {\n");
        foreach (var member in members)
        {
            text.Append("  ").Append(member).Append('\n');
        }

        return text.Append('}').ToString();
    }

    /// <summary>The WIT text of a reference to <paramref name="node"/> from <paramref name="owner"/>.</summary>
    private string Reference(WitOwner owner, TypeNode node, int depth)
    {
        if (depth > MaxTypeDepth)
        {
            throw ComponentFormatException.Unsupported("types nest too deeply");
        }

        // Types refer to earlier types by index, so a small binary can describe a type whose text doubles at
        // every level; stop before such text gets large.
        if (++_referencesWritten > MaxReferences)
        {
            throw ComponentFormatException.Unsupported("the component's types are too large to write as WIT");
        }

        var resolved = Resolve(node);
        if (resolved is NamedNode named && _owners.TryGetValue(named, out var namedOwner))
        {
            if (namedOwner == owner)
            {
                return WitNames.Escape(named.Name);
            }

            if (namedOwner.IsPackageInterface)
            {
                owner.AddUse(namedOwner, named.Name, alias: null);
                return WitNames.Escape(named.Name);
            }

            resolved = Structural(named);
        }

        var next = depth + 1;
        switch (resolved)
        {
            case PrimitiveNode primitive:
                return primitive.Name;
            case ListNode list:
                return "list<" + Reference(owner, list.Element, next)
                    + (list.Length is { } length ? ", " + length.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ">";
            case TupleNode tuple:
                return "tuple<" + string.Join(", ", tuple.Items.Select(t => Reference(owner, t, next))) + ">";
            case WrapperNode wrapper:
                return wrapper.Element is null ? wrapper.Keyword : wrapper.Keyword + "<" + Reference(owner, wrapper.Element, next) + ">";
            case ResultNode result:
                return (result.Ok, result.Error) switch
                {
                    (null, null) => "result",
                    ({ } ok, null) => "result<" + Reference(owner, ok, next) + ">",
                    (null, { } error) => "result<_, " + Reference(owner, error, next) + ">",
                    ({ } ok, { } error) => "result<" + Reference(owner, ok, next) + ", " + Reference(owner, error, next) + ">",
                };
            case MapNode map:
                return "map<" + Reference(owner, map.Key, next) + ", " + Reference(owner, map.Value, next) + ">";
            case HandleNode handle:
                var resource = Reference(owner, handle.Resource, next);
                return handle.IsOwn ? resource : "borrow<" + resource + ">";
            case RecordNode or VariantNode or LabelsNode or ResourceNode:
                return _homes.TryGetValue(resolved, out var home) && _owners.ContainsKey(home)
                    ? Reference(owner, home, next)
                    : GeneratedName(owner, resolved);
            default:
                throw ComponentFormatException.Unsupported("a function, instance or component type used as a value type");
        }
    }

    /// <summary>Names an unnamed record, variant, enum, flags or resource and defines it in <paramref name="owner"/>.</summary>
    private string GeneratedName(WitOwner owner, TypeNode node)
    {
        if (owner.GeneratedNames.TryGetValue(node, out var existing))
        {
            return WitNames.Escape(existing);
        }

        string name;
        string comment;
        if (_nameHints.TryGetValue(node, out var hint) && owner.DefinedNames.Add(hint))
        {
            name = hint;
            comment = "// The component binary does not name this type; the name comes from its component-type custom section.\n";
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
            comment = "// The component binary does not name this type; the name is generated.\n";
        }

        owner.GeneratedNames[node] = name;
        var definition = Define(owner, name, node);
        owner.TypeDefinitions.Add(() => comment + definition(owner));
        return WitNames.Escape(name);
    }
}
