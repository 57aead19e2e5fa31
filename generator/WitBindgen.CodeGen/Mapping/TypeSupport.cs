using WitBindgen.CodeGen.Context;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Mapping;

/// <summary>
/// Reports the WIT features of the selected world that the chosen binding mode cannot express yet, each at the
/// WIT item that uses it, before any emitter runs. Emitters may then assume every type maps
/// (see <see cref="CSharpTypeMapper"/>).
/// </summary>
/// <remarks>
/// Not supported in either mode: <c>future</c>, <c>stream</c>, <c>error-context</c>, <c>async</c> functions,
/// flags with more than 64 members. Both modes support resources.
/// Named types are checked where they are defined; anonymous types where the function or type using them is.
/// A resource is reported once, at its definition (every resource a world can reach has a container).
/// </remarks>
internal sealed class TypeSupport
{
    private readonly CodeGenContext _context;
    private readonly HashSet<(string Id, SourceLocation? Location, string Subject)> _reported = new();

    private TypeSupport(CodeGenContext context)
    {
        _context = context;
    }

    /// <summary>Checks the world of <paramref name="context"/>; returns whether everything is supported.</summary>
    public static bool Check(CodeGenContext context)
    {
        var support = new TypeSupport(context);
        var before = context.Diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        support.CheckWorld();
        return context.Diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) == before;
    }

    private WitModel Model => _context.Model;


    private string ModeName => _context.Mode == BindingMode.Host ? "host" : "guest";

    private void CheckWorld()
    {
        foreach (var container in _context.Interfaces)
        {
            var iface = Model[container.InterfaceId!.Value];
            var owner = TypeOwner.Of(container.InterfaceId.Value);
            foreach (var named in iface.Types.Where(t => Model[t.Id].Owner == owner))
            {
                CheckDefinition(named.Id);
            }

            foreach (var function in iface.Functions)
            {
                CheckFunction(function);
            }
        }

        var worldOwner = TypeOwner.Of(_context.WorldId);
        foreach (var entry in _context.World.Imports.Concat(_context.World.Exports))
        {
            switch (entry.Item)
            {
                case WorldTypeItem t when Model[t.Type].Owner == worldOwner:
                    CheckDefinition(t.Type);
                    break;
                case WorldFunctionItem f:
                    CheckFunction(f.Function);
                    break;
            }
        }
    }

    private void CheckDefinition(TypeId id)
    {
        var def = Model[id];
        var subject = $"type `{def.Name}`";
        switch (def.Kind)
        {
            case ResourceKind:
                // Both modes bind resources (Emit/Host, Emit/Guest).
                break;
            case FlagsKind flags when flags.Flags.Count > 64:
                Report(WitDiagnostics.TooManyFlags, def.Location, def.Name ?? "flags", flags.Flags.Count);
                break;
            default:
                CheckKind(def.Kind, def.Location, subject, 0);
                break;
        }
    }

    private void CheckFunction(Function function)
    {
        if (function.IsAsync)
        {
            Report(WitDiagnostics.AsyncFunctionNotSupported, function.Location, function.Name, ModeName);
        }

        foreach (var type in TypeStructure.Signature(function))
        {
            CheckUse(type, function.Location, $"function `{function.Name}`", 0);
        }
    }

    // A type used by a definition or signature: anonymous types are checked here, named ones at their definition.
    private void CheckUse(WitType type, SourceLocation? location, string subject, int depth)
    {
        if (type.Primitive is PrimitiveKind.ErrorContext)
        {
            Report(WitDiagnostics.TypeNotSupported, location, subject, "error-context", ModeName);
            return;
        }

        if (type.IsPrimitive || depth > CSharpTypeMapper.MaxDepth)
        {
            return;
        }

        var def = Model[type.Id];
        if (def.Name is null)
        {
            CheckKind(def.Kind, location, subject, depth + 1);
        }
    }

    private void CheckKind(TypeDefKind kind, SourceLocation? location, string subject, int depth)
    {
        switch (kind)
        {
            case FutureKind:
                Report(WitDiagnostics.TypeNotSupported, location, subject, "future", ModeName);
                break;
            case StreamKind:
                Report(WitDiagnostics.TypeNotSupported, location, subject, "stream", ModeName);
                break;
        }

        foreach (var child in TypeReferences.Children(kind))
        {
            CheckUse(child, location, subject, depth);
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object[] args)
    {
        var subject = string.Join("|", args);
        if (_reported.Add((descriptor.Id, location, subject)))
        {
            _context.Diagnostics.Report(descriptor, location, args);
        }
    }
}
