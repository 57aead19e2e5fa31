using WitBindgen.Runtime.Tests.Production;
using WitBindgen.Runtime.Tests.Resources;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;
using WitBindgen.Wit.Syntax;
using Managed = Wasmtime;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>The shape of the plans the loader builds from the repository's WAT components.</summary>
public sealed class ComponentLoaderTests
{
    internal static ComponentPlan Load(string wat)
    {
        var plan = ComponentLoader.Load(Managed.Module.ConvertText(wat));
        PlanInvariants.Check(plan);
        return plan;
    }

    [Fact]
    public void Exported_functions_are_lifted_from_the_one_core_instance()
    {
        var plan = Load(TestComponents.Spinner);

        plan.Modules.Count.ShouldBe(1);
        plan.Modules[0].Exports.Select(e => e.Name).ShouldBe(["spin", "answer", "boom"]);
        plan.Instantiations.ShouldHaveSingleItem().Imports.ShouldBeEmpty();
        plan.Exports.Select(e => e.Name).ShouldBe(["spin", "answer", "boom"]);
        var answer = plan.FindLiftedFunction(null, "answer").ShouldNotBeNull();
        answer.Core.ShouldBe(CoreDefinition.Export(0, "answer", CoreSort.Func));
        answer.Type.Parameters.ShouldBeEmpty();
        answer.Type.Result.ShouldBeOfType<PrimitiveNode>().Kind.ShouldBe(PrimitiveKind.U32);
        plan.Exports[1].Type.ShouldBeSameAs(answer.Type);
    }

    [Fact]
    public void A_nested_component_instantiated_twice_reuses_its_module_and_gets_two_instances()
    {
        var plan = Load(LoaderComponents.Nested);

        plan.Modules.Count.ShouldBe(4);
        plan.Instantiations.Select(i => i.Module).ShouldBe([0, 1, 2, 3]);
        var adder = plan.FindLiftedFunction("test:calc/adder", "op").ShouldNotBeNull();
        var subber = plan.FindLiftedFunction("test:calc/subber", "op").ShouldNotBeNull();
        var multiplier = plan.FindLiftedFunction("test:calc/multiplier", "op").ShouldNotBeNull();
        adder.Core.ShouldBe(CoreDefinition.Export(0, "op", CoreSort.Func));
        subber.Core.ShouldBe(CoreDefinition.Export(1, "op", CoreSort.Func));
        multiplier.Core.ShouldBe(CoreDefinition.Export(2, "op", CoreSort.Func));
        adder.Type.Parameters.Select(p => p.Name).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void An_import_passed_into_a_nested_component_is_lowered_as_the_outer_import()
    {
        var plan = Load(LoaderComponents.Nested);

        var lowering = plan.Lowerings.ShouldHaveSingleItem();
        var callee = lowering.Callee.ShouldBeOfType<ImportedItem>();
        callee.DisplayName.ShouldBe("test:calc/host#bias");
        lowering.Type.ShouldNotBeNull().Result.ShouldBeOfType<PrimitiveNode>().Kind.ShouldBe(PrimitiveKind.S32);
        var biased = plan.Instantiations[3];
        biased.Imports.ShouldHaveSingleItem().Definition.ShouldBe(new CoreDefinition(CoreDefinitionKind.Lowering, 0, CoreSort.Func, null));
        plan.Imports.ShouldHaveSingleItem().Name.ShouldBe("test:calc/host");
    }

    [Fact]
    public void Shim_and_fixup_modules_bind_the_trampoline_the_table_and_the_lowered_function()
    {
        var plan = Load(LoaderComponents.ShimAndFixup);

        plan.Instantiations.Select(i => i.Module).ShouldBe([0, 1, 2]);
        plan.Instantiations[1].Imports.ShouldHaveSingleItem().Definition.ShouldBe(CoreDefinition.Export(0, "0", CoreSort.Func));
        var fixup = plan.Instantiations[2].Imports;
        fixup.Select(b => b.Definition).ShouldBe([
            CoreDefinition.Export(0, "$imports", CoreSort.Table),
            new CoreDefinition(CoreDefinitionKind.Lowering, 0, CoreSort.Func, null),
        ]);
    }

    [Fact]
    public void Shared_everything_modules_all_bind_the_one_env_memory_table_and_global()
    {
        var plan = Load(LoaderComponents.SharedEverything);

        plan.Instantiations[1].Imports.Select(b => b.Definition).ShouldBe([
            CoreDefinition.Export(0, "memory", CoreSort.Memory),
            CoreDefinition.Export(0, "base", CoreSort.Global),
        ]);
        plan.Instantiations[2].Imports.Select(b => b.Definition).ShouldBe([
            CoreDefinition.Export(0, "memory", CoreSort.Memory),
            CoreDefinition.Export(0, "table", CoreSort.Table),
            CoreDefinition.Export(0, "base", CoreSort.Global),
            CoreDefinition.Export(1, "store", CoreSort.Func),
        ]);
    }

    [Fact]
    public void Canonical_options_resolve_to_core_instance_exports()
    {
        var plan = Load(LoaderComponents.Options);

        var lowering = plan.Lowerings.ShouldHaveSingleItem();
        lowering.Options.StringEncoding.ShouldBe(CanonicalStringEncoding.Utf16);
        lowering.Options.Memory.ShouldBe(CoreDefinition.Export(0, "memory", CoreSort.Memory));
        lowering.Options.Realloc.ShouldBeNull();
        var echo = plan.FindLiftedFunction(null, "echo").ShouldNotBeNull();
        echo.Options.ShouldBe(new CanonicalOptions(
            CanonicalStringEncoding.Utf8,
            CoreDefinition.Export(0, "memory", CoreSort.Memory),
            CoreDefinition.Export(0, "realloc", CoreSort.Func),
            CoreDefinition.Export(1, "cabi_post_echo", CoreSort.Func),
            null,
            false));
    }

    [Fact]
    public void Resource_built_ins_name_their_resource_and_a_defined_resource_keeps_its_destructor()
    {
        var plan = Load(ResourceComponent.Wat);

        plan.Builtins.Select(b => b.Name).ShouldBe(["resource.new", "resource.rep", "resource.drop", "resource.drop"]);
        plan.Builtins.ShouldAllBe(b => b.IsResourceBuiltin);
        plan.UnsupportedBuiltinNames().ShouldBeEmpty();
        var x = plan.Builtins[0].Resource.ShouldNotBeNull();
        x.IsImported.ShouldBeFalse();
        x.Destructor.ShouldBe(CoreDefinition.Export(0, "x-dtor", CoreSort.Func));
        plan.Builtins[1].Resource.ShouldBeSameAs(x);
        var y = plan.Builtins[3].Resource.ShouldNotBeNull();
        y.Import.ShouldNotBeNull().DisplayName.ShouldBe("test:res/host#y");
        plan.Lowerings.Select(l => ((ImportedItem)l.Callee).DisplayName).ShouldBe([
            "test:res/host#[constructor]y", "test:res/host#[method]y.get-a", "test:res/host#peek"]);
    }

    [Fact]
    public void Async_and_thread_built_ins_are_read_and_named_so_a_backend_can_refuse_them()
    {
        var plan = Load("""
            (component
              (core func $a (canon task.cancel))
              (core func $b (canon waitable-set.new))
              (core func $c (canon waitable-set.drop))
              (core func $d (canon subtask.drop))
              (core func $e (canon error-context.drop))
              (core func $f (canon backpressure.inc))
              (type $s (stream u8))
              (type $fu (future string))
              (core func $g (canon stream.new $s))
              (core func $h (canon future.drop-readable $fu))
              (core func $i (canon task.return (result u32)))
              (core func $j (canon thread.index))
              (core module $m
                (import "" "a" (func)) (import "" "b" (func (result i32))) (import "" "c" (func (param i32)))
                (import "" "d" (func (param i32))) (import "" "e" (func (param i32))) (import "" "f" (func))
                (import "" "g" (func (result i64))) (import "" "h" (func (param i32))) (import "" "i" (func (param i32)))
                (import "" "j" (func (result i32))))
              (core instance $args (export "a" (func $a)) (export "b" (func $b)) (export "c" (func $c))
                (export "d" (func $d)) (export "e" (func $e)) (export "f" (func $f)) (export "g" (func $g))
                (export "h" (func $h)) (export "i" (func $i)) (export "j" (func $j)))
              (core instance (instantiate $m (with "" (instance $args)))))
            """);

        plan.UnsupportedBuiltinNames().ShouldBe([
            "task.cancel", "waitable-set.new", "waitable-set.drop", "subtask.drop", "error-context.drop", "backpressure.inc",
            "stream.new", "future.drop-readable", "task.return", "thread.index"]);
        plan.Instantiations.ShouldHaveSingleItem().Imports.Select(b => b.Definition.Kind).ShouldAllBe(k => k == CoreDefinitionKind.Builtin);
    }

    [Fact]
    public void A_core_module_exported_by_a_nested_component_can_be_aliased_and_instantiated_outside()
    {
        var plan = Load("""
            (component
              (component $inner
                (core module $m (func (export "seven") (result i32) i32.const 7))
                (export "m" (core module $m)))
              (instance $inner (instantiate $inner))
              (alias export $inner "m" (core module $m))
              (core instance $i (instantiate $m))
              (func $seven (result s32) (canon lift (core func $i "seven")))
              (export "seven" (func $seven)))
            """);

        plan.Modules.ShouldHaveSingleItem().Exports.ShouldHaveSingleItem().Name.ShouldBe("seven");
        plan.FindLiftedFunction(null, "seven").ShouldNotBeNull().Core.ShouldBe(CoreDefinition.Export(0, "seven", CoreSort.Func));
    }

    [Fact]
    public void A_function_lifted_by_one_nested_component_and_lowered_by_another_is_a_lowering_of_the_lifted_function()
    {
        var plan = Load("""
            (component
              (component $producer
                (core module $m (func (export "f") (result i32) i32.const 5))
                (core instance $i (instantiate $m))
                (func $f (result u32) (canon lift (core func $i "f")))
                (export "f" (func $f)))
              (component $consumer
                (import "f" (func $f (result u32)))
                (core func $f-lowered (canon lower (func $f)))
                (core module $m (import "" "f" (func (result i32))) (func (export "g") (result i32) call 0))
                (core instance $args (export "f" (func $f-lowered)))
                (core instance $i (instantiate $m (with "" (instance $args))))
                (func $g (result u32) (canon lift (core func $i "g")))
                (export "g" (func $g)))
              (instance $producer (instantiate $producer))
              (instance $consumer (instantiate $consumer (with "f" (func $producer "f"))))
              (export "g" (func $consumer "g")))
            """);

        var callee = plan.Lowerings.ShouldHaveSingleItem().Callee.ShouldBeOfType<LiftedFunction>();
        callee.Core.ShouldBe(CoreDefinition.Export(0, "f", CoreSort.Func));
        plan.FindLiftedFunction(null, "g").ShouldNotBeNull().Core.ShouldBe(CoreDefinition.Export(1, "g", CoreSort.Func));
        plan.Imports.ShouldBeEmpty();
    }

    [Fact]
    public void Each_nested_component_instance_is_numbered_with_its_parent_and_owns_its_lifts_and_lowerings()
    {
        // The root instantiates $outer, which instantiates $inner twice (once for f, once for g); the root lowers g.
        var plan = Load("""
            (component
              (component $inner
                (core module $m (func (export "f") (result i32) i32.const 5))
                (core instance $i (instantiate $m))
                (func $f (result u32) (canon lift (core func $i "f")))
                (export "f" (func $f)))
              (component $outer
                (alias outer 1 $inner (component $inner))
                (instance $a (instantiate $inner))
                (instance $b (instantiate $inner))
                (core func $f-lowered (canon lower (func $a "f")))
                (core module $m (import "" "f" (func (result i32))) (func (export "g") (result i32) call 0))
                (core instance $i (instantiate $m (with "" (instance (export "f" (func $f-lowered))))))
                (func $g (result u32) (canon lift (core func $i "g")))
                (export "g" (func $g))
                (export "h" (func $b "f")))
              (instance $outer (instantiate $outer))
              (core func $g-lowered (canon lower (func $outer "g")))
              (core module $m (import "" "g" (func (result i32))) (func (export "run") (result i32) call 0))
              (core instance $i (instantiate $m (with "" (instance (export "g" (func $g-lowered))))))
              (func (export "run") (result u32) (canon lift (core func $i "run")))
              (export "h" (func $outer "h")))
            """);

        plan.ComponentInstanceParents.ShouldBe([-1, 0, 1, 1]);
        plan.Lowerings.Select(l => (l.ComponentInstance, ((LiftedFunction)l.Callee).ComponentInstance)).ShouldBe([(1, 2), (0, 1)]);
        plan.FindLiftedFunction(null, "run").ShouldNotBeNull().ComponentInstance.ShouldBe(0);
        plan.FindLiftedFunction(null, "h").ShouldNotBeNull().ComponentInstance.ShouldBe(3);
    }
}
