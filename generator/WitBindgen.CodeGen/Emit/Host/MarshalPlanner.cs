using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Builds the host's <see cref="MarshalPlan"/> from the <see cref="HostPlan"/>: walks every call in the order the
/// files declare them (the exports classes and their resources per interface, the import callbacks of the world
/// class, the world's own exports), then the methods of the marshal class, naming each local where it is declared
/// and each marshal member when it is first used.
/// </summary>
internal sealed class MarshalPlanner
{
    private static readonly string[] FixedMembers =
        { "LowerString", "LowerBytes", "NullValue", "CheckLength", "UnknownCase", "UnknownFlags", "NewArray", "UnexpectedCase", "LowerResource" };

    private readonly HostPlan _plan;
    private readonly CodeGenContext _context;
    private readonly MarshalTypeBuilder _types;
    private readonly string _helpers;
    private readonly NameScope _members = new(FixedMembers);
    private readonly Dictionary<TypeId, string> _lower = new();
    private readonly Dictionary<TypeId, string> _lift = new();
    private readonly List<TypeId> _lowerOrder = new();
    private readonly List<TypeId> _liftOrder = new();
    private readonly List<(TypeId Id, string Field)> _fields = new();
    private readonly List<(TypeId Id, string Method)> _owners = new();
    private readonly Dictionary<FunctionShape, HostCallCode> _exportCalls = new();
    private readonly Dictionary<FunctionShape, HostCallCode> _importCallbacks = new();
    private readonly CanonicalCallPlanner? _canonical;
    private readonly List<(FunctionShape Shape, string Implementation)> _directImports = new();
    private bool _usesResourceHelper;

    private MarshalPlanner(HostPlan plan, string helpers)
    {
        _plan = plan;
        _context = plan.Context;
        _types = new MarshalTypeBuilder(plan.Context);
        _helpers = helpers;
        if (plan.CanonicalAbiClassName is { } abiClass)
        {
            _canonical = new CanonicalCallPlanner(plan.Context.WorldContainer.QualifiedNamespace + "." + abiClass);
        }
    }

    /// <summary>Plans the marshalling of every call of <paramref name="plan"/> in the class <paramref name="className"/>.</summary>
    public static MarshalPlan Create(HostPlan plan, string className)
    {
        var helpers = plan.Context.WorldContainer.QualifiedNamespace + "." + className;
        var planner = new MarshalPlanner(plan, helpers);
        var methods = planner.Run();
        return new MarshalPlan(
            className, helpers, methods, planner._fields, planner._owners, planner._usesResourceHelper, planner._exportCalls, planner._importCallbacks,
            plan.CanonicalAbiClassName, planner._canonical?.Helpers() ?? Array.Empty<Guest.GuestHelper>());
    }

    private List<MarshalHelper> Run()
    {
        // The exports classes of the interface files, with the classes of the resources the guest implements.
        var exportsOf = _plan.Exports.ToLookup(b => b.Container);
        foreach (var container in _plan.Imports.Concat(_plan.Exports).Select(b => b.Container).Distinct())
        {
            foreach (var export in exportsOf[container])
            {
                for (var k = 0; k < export.Functions.Count; k++)
                {
                    PlanExportCall(export.Functions[k], liftResult: true, export.CanonicalFields[k]);
                }

                foreach (var resource in export.Resources.Where(r => r.GuestImplements))
                {
                    if (resource.Constructor is { } constructor)
                    {
                        // A plain constructor's handle becomes the new object, which lifts it itself.
                        var fallible = constructor.Function.Result is { } result && !HostResources.TryGetHandle(_context.Model, result, out _, out _);
                        PlanExportCall(constructor, liftResult: fallible);
                    }

                    foreach (var shape in resource.Methods.Concat(resource.Statics))
                    {
                        PlanExportCall(shape, liftResult: true);
                    }
                }
            }
        }

        // The world class: the import callbacks its DefineImports registers, then the world's own exports.
        if (_plan.WorldImportInterfaceName is not null)
        {
            foreach (var resource in _plan.WorldResources)
            {
                ResourceField(resource.Id);
            }

            foreach (var shape in _plan.WorldImportFunctions.Concat(_plan.WorldResources.SelectMany(r => r.HostMethods)))
            {
                PlanImportCallback(shape, _plan.WorldImportParameter!);
            }
        }

        foreach (var binding in _plan.Imports)
        {
            foreach (var resource in binding.Resources.Where(r => r.HostImplements))
            {
                ResourceField(resource.Id);
            }

            foreach (var shape in binding.Functions.Concat(binding.Resources.SelectMany(r => r.HostMethods)))
            {
                PlanImportCallback(shape, binding.ParameterName);
            }
        }

        for (var k = 0; k < _plan.WorldExportFunctions.Count; k++)
        {
            PlanExportCall(_plan.WorldExportFunctions[k], liftResult: true, _plan.WorldExportCanonicalFields[k]);
        }

        // Imports implemented through the Canonical ABI, planned after the exports so the exports' helpers come first.
        foreach (var (shape, implementation) in _directImports)
        {
            var function = shape.Function;
            _importCallbacks[shape] = _importCallbacks[shape].WithCanonical(_canonical!.Plan(
                shape, function.Params.Select(p => _types.Build(p.Type)).ToList(), function.Result is { } t ? _types.Build(t) : null, string.Empty,
                new NameScope(new[] { "linker", implementation }), import: true));
        }

        // The marshal class: the methods used so far, and those their bodies use, lowering methods first each round.
        var methods = new List<MarshalHelper>();
        var (lowered, lifted) = (0, 0);
        while (lowered < _lowerOrder.Count || lifted < _liftOrder.Count)
        {
            for (; lowered < _lowerOrder.Count; lowered++)
            {
                var id = _lowerOrder[lowered];
                var body = LowerBody(new NameScope(new[] { "value", "where" }), _types.Build(WitType.Of(id)));
                methods.Add(new MarshalHelper(_lower[id], lift: false, _context.QualifiedTypeName(id), body));
            }

            for (; lifted < _liftOrder.Count; lifted++)
            {
                var id = _liftOrder[lifted];
                var body = LiftBody(new NameScope(new[] { "value" }), _types.Build(WitType.Of(id)));
                methods.Add(new MarshalHelper(_lift[id], lift: true, _context.QualifiedTypeName(id), body));
            }
        }

        return methods;
    }

    private void PlanExportCall(FunctionShape shape, bool liftResult, string? canonicalField = null)
    {
        var function = shape.Function;
        var locals = new NameScope(shape.Parameters.Select(p => p.Name.TrimStart('@')).Concat(new[] { "owner" }));
        var args = locals.Claim("args");
        var results = locals.Claim("results");
        var scope = _plan.UsesResources && HostResources.UsesHandles(_context.Model, function) ? locals.Claim("scope") : null;
        var parameters = function.Params.Select(p => ((string?)null, Lower(locals, _types.Build(p.Type)))).ToList();
        var result = liftResult && function.Result is { } r ? Lift(locals, _types.Build(r)) : null;

        // A function that passes no handle is also called through the Canonical ABI when it runs on the direct backend.
        var canonical = _canonical is not null && canonicalField is not null
            ? _canonical.Plan(shape, function.Params.Select(p => _types.Build(p.Type)).ToList(), function.Result is { } t ? _types.Build(t) : null, canonicalField, locals)
            : null;
        _exportCalls[shape] = new HostCallCode(args, results, scope, parameters, null, result, Owns(function), canonical);
    }

    private void PlanImportCallback(FunctionShape shape, string implementation)
    {
        var locals = new NameScope(new[] { "linker", implementation });
        var args = locals.Claim("args");
        var results = locals.Claim("results");
        var parameters = new List<(string?, HostValueCode)>();
        for (var i = 0; i < shape.Parameters.Count; i++)
        {
            // A method's `self` is lifted to the object the call goes to.
            var local = locals.Claim(shape.IsMethod && i == 0 ? "self" : shape.Parameters[i].Name.TrimStart('@'));
            parameters.Add((local, Lift(locals, _types.Build(shape.Parameters[i].Param.Type))));
        }

        string? resultLocal = null;
        HostValueCode? result = null;
        if (shape.Function.Result is { } type)
        {
            resultLocal = locals.Claim("result");
            result = Lower(locals, _types.Build(type));
        }

        _importCallbacks[shape] = new HostCallCode(args, results, null, parameters, resultLocal, result, Owns(shape.Function));
        if (_canonical is not null && _plan.ImplementsDirectly(shape))
        {
            _directImports.Add((shape, implementation));
        }
    }

    // Only numbers, bool and char are plain scalars; every other lowered value (enums store their case name) owns memory.
    private bool Owns(Function function) => TypeStructure.Signature(function).Any(t => _types.Build(t) is not PrimitiveMarshal);

    private HostValueCode Lower(NameScope locals, MarshalType type)
    {
        switch (type)
        {
            case PrimitiveMarshal or StringMarshal or ListMarshal { IsBytes: true }:
                return Code(type);
            case HandleMarshal handle:
                var role = HostResources.Role(_context, handle.Resource);
                if (role == HostResourceRole.Host)
                {
                    return Code(type, helper: ResourceField(handle.Resource), role: role);
                }

                _usesResourceHelper = true;
                return Code(type, role: role);
            case RecordMarshal or VariantMarshal or EnumMarshal or FlagsMarshal:
                return Code(type, helper: _helpers + "." + Request(Declared(type), _lower, _lowerOrder, "Lower"));
            case ListMarshal or FixedListMarshal:
                return Code(type, Claim(locals, "source", "list", "items", "i"), type.Children.Select(c => Lower(locals, c)).ToList());
            case TupleMarshal:
                return Code(type, Claim(locals, "tuple", "tupleVal", "items"), type.Children.Select(c => Lower(locals, c)).ToList());
            case OptionMarshal option:
                return Code(type, Claim(locals, "option", "payload"), new[] { Lower(locals, option.Payload) });
            case ResultMarshal result:
                var names = Claim(locals, "result");
                var parts = new List<HostValueCode>();
                foreach (var (side, payloadRole) in new[] { (result.Ok, "okPayload"), (result.Err, "errPayload") })
                {
                    if (side is not null)
                    {
                        names[payloadRole] = locals.Claim("payload");
                        parts.Add(Lower(locals, side));
                    }
                }

                return Code(type, names, parts);
            case MapMarshal:
                return Code(type, Claim(locals, "source", "map", "entries", "i", "entry"), type.Children.Select(c => Lower(locals, c)).ToList());
            default:
                throw new InvalidOperationException($"no host lowering for WIT {type.Facts.Label}");
        }
    }

    private HostValueCode LowerBody(NameScope locals, MarshalType type)
    {
        switch (type)
        {
            case RecordMarshal:
                return Code(type, Claim(locals, "record", "field"), type.Children.Select(c => Lower(locals, c)).ToList());
            case VariantMarshal variant:
                var names = new Dictionary<string, string>();
                var parts = new List<HostValueCode>();
                foreach (var c in variant.Cases.Where(c => c.Payload is not null))
                {
                    names["case:" + c.Member] = locals.Claim("case" + c.Member);
                    names["payload:" + c.Member] = locals.Claim("payload");
                    parts.Add(Lower(locals, c.Payload!));
                }

                return Code(type, names, parts);
            case EnumMarshal:
                return Code(type);
            case FlagsMarshal:
                return Code(type, Claim(locals, "bits", "flags", "n"));
            default:
                throw new InvalidOperationException($"WIT {type.Facts.Label} is not lowered by a method");
        }
    }

    private HostValueCode Lift(NameScope locals, MarshalType type)
    {
        switch (type)
        {
            case PrimitiveMarshal or StringMarshal or ListMarshal { IsBytes: true } or FixedListMarshal { Element: PrimitiveMarshal { Kind: Wit.Syntax.PrimitiveKind.U8 } }:
                return Code(type);
            case TupleMarshal tuple when tuple.Items.Count == 0:
                return Code(type);
            case HandleMarshal handle:
                var role = HostResources.Role(_context, handle.Resource);
                return role switch
                {
                    HostResourceRole.Host => Code(type, helper: ResourceField(handle.Resource), role: role),
                    HostResourceRole.Guest => Code(type, helper: OwnerMethod(handle.Resource), role: role),
                    _ => Code(type, role: role),
                };
            case RecordMarshal or VariantMarshal or EnumMarshal or FlagsMarshal:
                return Code(type, helper: _helpers + "." + Request(Declared(type), _lift, _liftOrder, "Lift"));
            case ListMarshal or FixedListMarshal:
                return Code(type, Claim(locals, "items", "array", "i"), type.Children.Select(c => Lift(locals, c)).ToList());
            case TupleMarshal:
                return Code(type, Claim(locals, "items"), type.Children.Select(c => Lift(locals, c)).ToList());
            case OptionMarshal option:
                return Code(type, Claim(locals, "option"), new[] { Lift(locals, option.Payload) });
            case ResultMarshal:
                return Code(type, Claim(locals, "result"), type.Children.Select(c => Lift(locals, c)).ToList());
            case MapMarshal:
                return Code(type, Claim(locals, "entries", "dictionary", "i"), type.Children.Select(c => Lift(locals, c)).ToList());
            default:
                throw new InvalidOperationException($"no host lifting for WIT {type.Facts.Label}");
        }
    }

    private HostValueCode LiftBody(NameScope locals, MarshalType type) => type switch
    {
        RecordMarshal => Code(type, Claim(locals, "fields"), type.Children.Select(c => Lift(locals, c)).ToList()),
        VariantMarshal => Code(type, Claim(locals, "name"), type.Children.Select(c => Lift(locals, c)).ToList()),
        EnumMarshal => Code(type, Claim(locals, "name")),
        FlagsMarshal => Code(type, Claim(locals, "result", "names", "i", "name")),
        _ => throw new InvalidOperationException($"WIT {type.Facts.Label} is not lifted by a method"),
    };

    private TypeId Declared(MarshalType type) =>
        _context.IsDeclared(type.Facts.Type.Id) ? type.Facts.Type.Id : throw new InvalidOperationException($"WIT {type.Facts.Label} has no C# declaration");

    // The qualified HostResourceType field of a host resource, named when first used.
    private string ResourceField(TypeId id) => _helpers + "." + Member(_fields, id, () => _context.TypeName(id) + "ResourceType");

    // The qualified method returning the exports object a lifted guest resource belongs to, named when first used.
    private string OwnerMethod(TypeId id) => _helpers + "." + Member(_owners, id, () => "OwnerOf" + _context.TypeName(id));

    private string Member(List<(TypeId Id, string Name)> members, TypeId id, Func<string> stem)
    {
        foreach (var (known, name) in members)
        {
            if (known == id)
            {
                return name;
            }
        }

        var claimed = _members.Claim(stem());
        members.Add((id, claimed));
        return claimed;
    }

    private string Request(TypeId id, Dictionary<TypeId, string> names, List<TypeId> order, string verb)
    {
        if (!names.TryGetValue(id, out var name))
        {
            name = _members.Claim(verb + _context.TypeName(id));
            names[id] = name;
            order.Add(id);
        }

        return name;
    }

    private static Dictionary<string, string> Claim(NameScope locals, params string[] roles) => roles.ToDictionary(role => role, role => locals.Claim(role));

    private static HostValueCode Code(
        MarshalType type, IReadOnlyDictionary<string, string>? locals = null, IReadOnlyList<HostValueCode>? parts = null, string? helper = null, HostResourceRole? role = null) =>
        new(type, locals ?? new Dictionary<string, string>(), parts ?? Array.Empty<HostValueCode>(), helper, role);
}
