extern alias wit;

using WitBindgen.Wit.Binary;
using wit::WitBindgen.Wit;
using wit::WitBindgen.Wit.Model;
using wit::WitBindgen.Wit.Resolution;
using wit::WitBindgen.Wit.Syntax;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// Turns the front end's resolved model into the decoder's <see cref="TypeNode"/> graph, one node per type definition,
/// so that the runtime's layouts can be checked against the model's for the same WIT.
/// </summary>
internal sealed class ModelTypes
{
    private readonly Dictionary<int, TypeNode> _nodes = new();

    public ModelTypes(WitModel model) => Model = model;

    public WitModel Model { get; }

    /// <summary>Resolves one WIT text.</summary>
    public static WitModel Resolve(string text)
    {
        var files = new[] { new SourceFile("test.wit", text) }.ToEquatableArray();
        var result = WitResolver.Resolve(new WitInput(files, EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty));
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Model!;
    }

    /// <summary>Loads a WIT file or package directory; null when it does not resolve.</summary>
    public static WitModel? Load(string path)
    {
        var (input, _) = WitInputLoader.Load(path, Array.Empty<string>());
        if (input is null)
        {
            return null;
        }

        var result = WitResolver.Resolve(input);
        return result.HasErrors ? null : result.Model;
    }

    /// <summary>Whether the direct backend's engine takes the type: no handles, async types or error-context, no empty aggregate.</summary>
    public bool IsSupported(WitType type, int depth = 0)
    {
        if (depth > 64)
        {
            return false;
        }

        if (type.Primitive is { } primitive)
        {
            return primitive != PrimitiveKind.ErrorContext;
        }

        bool Ok(WitType? t) => t is not { } inner || IsSupported(inner, depth + 1);
        return Model[type.Id].Kind switch
        {
            AliasKind alias => Ok(alias.Target),
            RecordKind record => record.Fields.Count > 0 && record.Fields.All(f => Ok(f.Type)),
            TupleKind tuple => tuple.Types.Count > 0 && tuple.Types.All(t => Ok(t)),
            VariantKind variant => variant.Cases.Count > 0 && variant.Cases.All(c => Ok(c.Type)),
            EnumKind @enum => @enum.Cases.Count > 0,
            FlagsKind flags => flags.Flags.Count > 0,
            OptionKind option => Ok(option.Element),
            ResultKind result => Ok(result.Ok) && Ok(result.Err),
            ListKind list => Ok(list.Element),
            FixedLengthListKind fixedList => fixedList.Length > 0 && Ok(fixedList.Element),
            MapKind map => Ok(map.Key) && Ok(map.Value),
            _ => false,
        };
    }

    /// <summary>The decoder's node for <paramref name="type"/>.</summary>
    public TypeNode Node(WitType type)
    {
        if (type.Primitive is { } primitive)
        {
            return new PrimitiveNode(DecoderKind(primitive));
        }

        if (_nodes.TryGetValue(type.Id.Index, out var node))
        {
            return node;
        }

        var def = Model[type.Id];
        node = def.Kind switch
        {
            AliasKind alias => Node(alias.Target),
            RecordKind record => new RecordNode(record.Fields.Select(f => (f.Name, Node(f.Type))).ToArray()),
            TupleKind tuple => new TupleNode(tuple.Types.Select(Node).ToArray()),
            VariantKind variant => new VariantNode(variant.Cases.Select(c => (c.Name, c.Type is { } t ? Node(t) : null)).ToArray()),
            EnumKind @enum => new LabelsNode(false, @enum.Cases.Select(c => c.Name).ToArray()),
            FlagsKind flags => new LabelsNode(true, flags.Flags.Select(f => f.Name).ToArray()),
            OptionKind option => new WrapperNode("option", Node(option.Element)),
            ResultKind result => new ResultNode(result.Ok is { } ok ? Node(ok) : null, result.Err is { } err ? Node(err) : null),
            ListKind list => new ListNode(Node(list.Element), null),
            FixedLengthListKind fixedList => new ListNode(Node(fixedList.Element), fixedList.Length),
            MapKind map => new MapNode(Node(map.Key), Node(map.Value)),
            FutureKind future => new WrapperNode("future", future.Element is { } f ? Node(f) : null),
            StreamKind stream => new WrapperNode("stream", stream.Element is { } s ? Node(s) : null),
            HandleKind handle => new HandleNode(handle.Ownership == HandleOwnership.Own, new ResourceNode()),
            _ => new ResourceNode(),
        };
        _nodes[type.Id.Index] = node;
        return node;
    }

    /// <summary>The decoder's type of <paramref name="function"/>.</summary>
    public FuncNode Func(Function function) =>
        new(function.IsAsync, function.Params.Select(p => (p.Name, Node(p.Type))).ToArray(), function.Result is { } r ? Node(r) : null);

    /// <summary>Every function of the model's interfaces and worlds.</summary>
    public IEnumerable<Function> Functions() =>
        Model.Interfaces.SelectMany(i => i.Functions)
            .Concat(Model.Worlds.SelectMany(w => w.Imports.Concat(w.Exports)).Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function));

    // The runtime compiles its own, internal copy of the front end's enum: match the two by name.
    private static global::WitBindgen.Wit.Syntax.PrimitiveKind DecoderKind(PrimitiveKind kind) =>
        Enum.Parse<global::WitBindgen.Wit.Syntax.PrimitiveKind>(kind.ToString());
}
