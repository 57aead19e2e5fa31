using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>
/// Checks that hold for every plan: every reference points at something that exists and comes earlier, and every
/// component instance's parent was created before it.
/// </summary>
internal static class PlanInvariants
{
    public static void Check(ComponentPlan plan)
    {
        plan.ComponentInstanceParents[0].ShouldBe(-1);
        for (var i = 1; i < plan.ComponentInstanceParents.Count; i++)
        {
            plan.ComponentInstanceParents[i].ShouldBeInRange(0, i - 1);
        }

        for (var i = 0; i < plan.Instantiations.Count; i++)
        {
            var instantiation = plan.Instantiations[i];
            instantiation.Index.ShouldBe(i);
            var module = plan.Modules[instantiation.Module];
            instantiation.Imports.Select(b => b.Import).ShouldBe(module.Imports);
            foreach (var binding in instantiation.Imports)
            {
                binding.Definition.Sort.ShouldBe(binding.Import.Sort);
                CheckDefinition(plan, binding.Definition, before: i);
            }
        }

        foreach (var lowering in plan.Lowerings)
        {
            CheckOptions(plan, lowering.Options);
            (lowering.Callee is ImportedItem { Kind: Wit.Binary.ExternKind.Func } or LiftedFunction).ShouldBeTrue();
            lowering.ComponentInstance.ShouldBeInRange(0, plan.ComponentInstanceParents.Count - 1);
            if (lowering.Callee is LiftedFunction callee)
            {
                CheckItem(plan, callee);
            }
        }

        foreach (var export in plan.Exports)
        {
            CheckItem(plan, export.Definition);
        }
    }

    private static void CheckItem(ComponentPlan plan, ComponentItemDefinition item)
    {
        switch (item)
        {
            case LiftedFunction lifted:
                lifted.ComponentInstance.ShouldBeInRange(0, plan.ComponentInstanceParents.Count - 1);
                lifted.Core.Kind.ShouldBe(CoreDefinitionKind.InstanceExport);
                CheckDefinition(plan, lifted.Core, plan.Instantiations.Count);
                CheckOptions(plan, lifted.Options);
                break;
            case DefinedInstance instance:
                foreach (var export in instance.Exports)
                {
                    CheckItem(plan, export.Value);
                }

                break;
        }
    }

    private static void CheckOptions(ComponentPlan plan, CanonicalOptions options)
    {
        foreach (var definition in new[] { options.Memory, options.Realloc, options.PostReturn, options.Callback })
        {
            if (definition is not null)
            {
                CheckDefinition(plan, definition, plan.Instantiations.Count);
            }
        }

        options.Memory?.Sort.ShouldBe(CoreSort.Memory);
    }

    private static void CheckDefinition(ComponentPlan plan, CoreDefinition definition, int before)
    {
        switch (definition.Kind)
        {
            case CoreDefinitionKind.InstanceExport:
                definition.Index.ShouldBeLessThan(before);
                var module = plan.Modules[plan.Instantiations[definition.Index].Module];
                module.FindExport(definition.ExportName!).ShouldNotBeNull().Sort.ShouldBe(definition.Sort);
                break;
            case CoreDefinitionKind.Lowering:
                definition.Index.ShouldBeLessThan(plan.Lowerings.Count);
                break;
            default:
                definition.Index.ShouldBeLessThan(plan.Builtins.Count);
                break;
        }
    }
}
