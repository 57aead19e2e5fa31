using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Abi;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Abi;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Plans the direct calls of exported functions through the Canonical ABI: each call's <see cref="CanonicalCallCode"/>,
/// and the helpers the world's Canonical ABI class declares for them, breadth first in the order of first use (a call's
/// parameters before its result), as the guest's plan does.
/// </summary>
internal sealed class CanonicalCallPlanner
{
    private readonly string _abiClass;
    private readonly List<GuestHelper> _helpers = new();
    private readonly HashSet<(string Key, bool Flat)> _seen = new();
    private int _expanded;

    /// <param name="abiClass">The qualified Canonical ABI class.</param>
    public CanonicalCallPlanner(string abiClass)
    {
        _abiClass = abiClass;
    }

    /// <summary>
    /// Plans the direct call of <paramref name="shape"/>, whose view is held by <paramref name="field"/>, or with
    /// <paramref name="import"/> the implementation of an imported function; its locals are claimed from <paramref name="locals"/>.
    /// </summary>
    public CanonicalCallCode Plan(FunctionShape shape, IReadOnlyList<MarshalType> parameters, MarshalType? result, string field, NameScope locals, bool import = false)
    {
        var names = new[] { "abi", "flat", "next", "tuple", "lifted", "error", "where" }.ToDictionary(role => role, role => locals.Claim(role));
        if (import)
        {
            // An import's implementation lifts each parameter into a local of its own, and the result into another.
            for (var k = 0; k < shape.Parameters.Count; k++)
            {
                names["parameter" + k] = locals.Claim(shape.Parameters[k].Name.TrimStart('@'));
            }

            names["result"] = locals.Claim("result");
        }

        var layouts = parameters.Select(p => p.Layout).ToList();
        var flatCount = layouts.Sum(l => l.Flat.Count);
        var inMemory = flatCount > CanonicalAbi.MaxFlatParams;
        (uint, uint, IReadOnlyList<uint>)? tuple = null;
        if (inMemory)
        {
            var layout = CanonicalAbi.RecordLayout(layouts);
            tuple = (layout.Size, layout.Alignment, CanonicalAbi.FieldOffsets(layouts).ToList());
        }

        foreach (var parameter in parameters)
        {
            Request(parameter, flat: !inMemory);
        }

        var resultInMemory = result is not null && result.Layout.Flat.Count > CanonicalAbi.MaxFlatResults;
        if (result is not null)
        {
            Request(result, flat: !resultInMemory);
        }

        var handles = new List<HandleMarshal>();
        var signature = SignatureText.Of(shape.Function.Params.Select((p, k) => (p.Name, parameters[k])), result, handles);
        return new CanonicalCallCode(_abiClass, field, signature, names, parameters, inMemory ? 1 : flatCount, tuple, result, resultInMemory, handles);
    }

    /// <summary>The helpers of every planned call and of the types they contain, in declaration order, each once.</summary>
    public IReadOnlyList<GuestHelper> Helpers()
    {
        for (; _expanded < _helpers.Count; _expanded++)
        {
            var helper = _helpers[_expanded];

            // A list's flat form is its data offset and length, written by its memory helpers.
            if (helper.Flat && helper.Type is ListMarshal or MapMarshal)
            {
                Request(helper.Type, flat: false);
                continue;
            }

            foreach (var child in helper.Type.Children)
            {
                Request(child, helper.Flat);
            }
        }

        return _helpers;
    }

    private void Request(MarshalType type, bool flat)
    {
        if (type.HasHelpers && _seen.Add((type.Key, flat)))
        {
            _helpers.Add(new GuestHelper(type, flat));
        }
    }
}
