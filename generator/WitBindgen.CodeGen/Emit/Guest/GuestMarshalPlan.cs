using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// How the guest bindings lift and lower every value, decided from the <see cref="GuestPlan"/> before any file is
/// written: the <see cref="MarshalType"/> of each parameter and result type, and the helper methods the Canonical
/// ABI class declares, in the order it declares them.
/// </summary>
/// <remarks>
/// The helpers are those the wrappers and entry points call, then those the helpers call, breadth first in the order
/// of first use: the files in <see cref="GuestPlan.Files"/> order, each function's parameters before its result.
/// A helper's name is its verb and its type's <see cref="MarshalType.Key"/> (see <see cref="Abi.AbiHelperNames"/>);
/// primitives, strings and byte lists use the fixed helpers of <see cref="AbiRuntimeWriter"/>.
/// </remarks>
internal sealed class GuestMarshalPlan
{
    private readonly MarshalTypeBuilder _types;
    private readonly HashSet<Function> _endsBorrows;

    private GuestMarshalPlan(MarshalTypeBuilder types, IReadOnlyList<GuestHelper> helpers, HashSet<Function> endsBorrows)
    {
        _types = types;
        Helpers = helpers;
        _endsBorrows = endsBorrows;
    }

    /// <summary>The helper methods of the Canonical ABI class, in declaration order, each once.</summary>
    public IReadOnlyList<GuestHelper> Helpers { get; }

    /// <summary>The node of a parameter or result type of a planned function.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="type"/> is not used by any planned function.</exception>
    public MarshalType Of(WitType type) =>
        _types.Find(type) ?? throw new InvalidOperationException("the guest marshal plan has no node for this type: it is not a parameter or result of a planned function");

    /// <summary>
    /// Whether lifting the parameters of the exported <paramref name="function"/> can borrow a handle of a resource the
    /// host implements, which the entry point must then drop before returning.
    /// </summary>
    public bool LiftsImportedBorrows(Function function) => _endsBorrows.Contains(function);

    /// <summary>Plans the lifting and lowering of every function <paramref name="names"/> plans.</summary>
    public static GuestMarshalPlan Create(CodeGenContext context, GuestPlan names)
    {
        var types = new MarshalTypeBuilder(context);
        var helpers = new List<GuestHelper>();
        var seen = new HashSet<(string Key, bool Flat)>();
        var pending = new Queue<GuestHelper>();
        var endsBorrows = new HashSet<Function>();

        void Use(WitType type, bool flat)
        {
            var node = types.Build(type);
            Request(node, flat);
        }

        void Request(MarshalType node, bool flat)
        {
            if (node.HasHelpers && seen.Add((node.Key, flat)))
            {
                pending.Enqueue(new GuestHelper(node, flat));
            }
        }

        foreach (var file in names.Files)
        {
            switch (file)
            {
                case GuestResourcesPlan resources:
                    foreach (var function in resources.Resources.Where(r => !r.IsExported).SelectMany(r => r.Functions))
                    {
                        UseImported(function, Use);
                    }

                    break;
                case GuestImportsPlan imports:
                    foreach (var function in imports.Functions)
                    {
                        UseImported(function, Use);
                    }

                    break;
                case GuestExportsPlan exports:
                    foreach (var entry in exports.Entries)
                    {
                        UseExported(entry, Use);
                        if (entry.Item.Function.Params.Any(p => BorrowsImported(context, types.Build(p.Type), new HashSet<string>())))
                        {
                            endsBorrows.Add(entry.Item.Function);
                        }
                    }

                    break;
            }
        }

        while (pending.Count > 0)
        {
            var helper = pending.Dequeue();
            helpers.Add(helper);

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

        return new GuestMarshalPlan(types, helpers, endsBorrows);
    }

    // Whether a value of `type` can hold a borrowed handle of a resource the host implements.
    private static bool BorrowsImported(CodeGenContext context, MarshalType type, HashSet<string> visited) =>
        visited.Add(type.Key) && (type is HandleMarshal handle
            ? handle.Borrow && !GuestResources.IsExported(context, handle.Resource)
            : type.Children.Any(child => BorrowsImported(context, child, visited)));

    // An import's wrapper lowers the parameters (into memory past 16 flat values) and lifts the result (from memory
    // past one flat value).
    private static void UseImported(GuestFunction item, Action<WitType, bool> use)
    {
        var fn = item.Function;
        foreach (var p in fn.Params)
        {
            use(p.Type, !item.Signature.ParamsInMemory);
        }

        if (fn.Result is { } result)
        {
            use(result, !item.Signature.HasReturnPointerParam);
        }
    }

    // An export's entry point lifts the parameters and lowers the result, into memory when it keeps it for cabi_post.
    private static void UseExported(GuestExportEntry entry, Action<WitType, bool> use)
    {
        var fn = entry.Item.Function;
        foreach (var p in fn.Params)
        {
            use(p.Type, !entry.Item.Signature.ParamsInMemory);
        }

        if (fn.Result is { } result)
        {
            use(result, entry.PostField is null);
        }
    }
}
