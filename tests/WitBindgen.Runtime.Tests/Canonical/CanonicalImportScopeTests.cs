using WitBindgen.Runtime.Canonical;
using WitBindgen.Runtime.Tests.Resources;

namespace WitBindgen.Runtime.Tests.Canonical;

/// <summary>
/// A function written against the Canonical ABI may enter the call's resource scope on demand: it runs outside one until
/// it enters it (or lowers a handle, which enters it), and what the scope does for a failed call holds as for a function
/// that runs in one throughout.
/// </summary>
public sealed class CanonicalImportScopeTests : IDisposable
{
    private const string Constructor = "[constructor]y";
    private const string ConstructorSignature = "(a: s32) -> own<resource>";
    private static readonly string ImportName = ResourceComponent.Host + "#" + Constructor;

    private readonly WasmEngine _engine = new(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false });
    private readonly WasmComponent _component;
    private readonly HostResourceType _type = new("y");

    public CanonicalImportScopeTests()
    {
        _component = WasmComponent.FromWat(_engine, ResourceComponent.Wat);
    }

    public void Dispose()
    {
        _component.Dispose();
        _engine.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_function_runs_in_its_own_scope_from_the_start_or_from_when_it_enters_it_on_demand(bool scopeOnDemand)
    {
        var seen = new List<string?>();
        using var linker = Linker(scopeOnDemand, abi =>
        {
            var a = unchecked((int)abi.Arguments[0]);
            abi.Lifted();
            seen.Add(ResourceScope.FunctionName);
            abi.EnterScope();
            seen.Add(ResourceScope.FunctionName);
            abi.Returned();
            abi.Results[0] = (uint)abi.LowerOwn(_type, new Y(a));
        });
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);

        var made = Lift(store, instance.GetFunction(ResourceComponent.Guest, "give-y"), 7, _type);

        made.A.ShouldBe(7);
        seen[0].ShouldBe(scopeOnDemand ? null : ImportName);
        seen[1].ShouldBe(ImportName);
        ResourceScope.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_handle_lowered_by_a_call_that_then_fails_is_given_back_to_the_host_whether_or_not_the_scope_was_entered_before(bool scopeOnDemand)
    {
        var made = new List<Y>();
        using var linker = Linker(scopeOnDemand, abi =>
        {
            var a = unchecked((int)abi.Arguments[0]);
            abi.Lifted();
            abi.Returned();
            var y = new Y(a);
            made.Add(y);
            abi.Results[0] = (uint)abi.LowerOwn(_type, y);
            throw new InvalidOperationException("failed after lowering its result");
        });
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);
        var held = store.Resources.Count;

        var failure = Should.Throw<WitRuntimeException>(() => instance.GetFunction(ResourceComponent.Guest, "give-y").Call([ComponentVal.S32(3)], new ComponentVal[1]));

        failure.ToString().ShouldContain("failed after lowering its result");
        made.Count.ShouldBe(1);
        store.Resources.Count.ShouldBe(held);
        ResourceScope.IsActive.ShouldBeFalse();
    }

    private ComponentLinker Linker(bool scopeOnDemand, CanonicalImportFunction implementation)
    {
        var linker = new ComponentLinker(_engine);
        linker.DefineResource(ResourceComponent.Host, "y", _type);
        linker.DefineFunction(ResourceComponent.Host, Constructor, (_, _) => throw new InvalidOperationException("the value path was taken"));
        linker.DefineFunction(ResourceComponent.Host, "[method]y.get-a", (_, _) => throw new InvalidOperationException("not called"));
        linker.DefineFunction(ResourceComponent.Host, "peek", (_, _) => throw new InvalidOperationException("not called"));
        CanonicalImport.Define(linker, ResourceComponent.Host, Constructor, ConstructorSignature, [_type], implementation, scopeOnDemand);
        return linker;
    }

    private static Y Lift(ComponentStore store, ComponentFunction function, int a, HostResourceType type)
    {
        var results = new ComponentVal[1];
        function.Call([ComponentVal.S32(a)], results);
        try
        {
            using (ResourceScope.Enter(store, null, "give-y"))
            {
                return type.Lift<Y>(results[0], "result of give-y");
            }
        }
        finally
        {
            results[0].Dispose();
        }
    }

    private sealed record Y(int A);
}
