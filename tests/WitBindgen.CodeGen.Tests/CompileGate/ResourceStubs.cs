using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>Empty stand-in classes for the resources of a world, at the names the type mapper refers to them by.</summary>
internal static class ResourceStubs
{
    /// <summary>A file declaring every resource of the world as an empty class, or null when the world has none.</summary>
    public static GeneratedFile? Create(WitModel model, string world, BindingMode mode)
    {
        var context = CodeGenContext.Create(model, new CodeGenOptions(world, mode, null, false), new DiagnosticBag());
        var resources = context?.AllContainers
            .SelectMany(c => c.DeclaredTypes.Where(id => model[id].Kind is ResourceKind).Select(id => (Container: c, Id: id)))
            .ToList();
        if (context is null || resources is null || resources.Count == 0)
        {
            return null;
        }

        var writer = new IndentedWriter();
        FileHeader.Write(writer, context);
        foreach (var group in resources.GroupBy(r => r.Container.Namespace))
        {
            writer.OpenBlock($"namespace {group.Key}");
            foreach (var (_, id) in group)
            {
                writer.Line("/// <summary>Stand-in for a resource class.</summary>");
                writer.Line($"public sealed class {context.TypeName(id)} {{ }}");
            }

            writer.CloseBlock();
        }

        return new GeneratedFile("ResourceStubs.g.cs", writer.ToString());
    }
}
