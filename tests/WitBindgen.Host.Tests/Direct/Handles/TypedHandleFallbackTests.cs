using Test.TypedHandles.TypedHandlesWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct.Handles;

/// <summary>
/// A component whose import has the signature the bindings were generated for but names another resource in a handle
/// (<c>[method]counter.get</c> taking a <c>borrow&lt;token&gt;</c>) is served by the value-level definition, which
/// refuses the handle, rather than by the typed path, which would read it as the resource it expects.
/// </summary>
public sealed class TypedHandleFallbackTests
{
    private const string Wat = """
        (component
          (import "test:typed-handles/host" (instance $host
            (export "counter" (type $counter (sub resource)))
            (export "token" (type $token (sub resource)))
            (export "[constructor]token" (func (param "v" u32) (result (own $token))))
            (export "[method]counter.get" (func (param "self" (borrow $token)) (result u32)))))
          (alias export $host "counter" (type $counter))
          (alias export $host "token" (type $token))
          (alias export $host "[constructor]token" (func $token-new))
          (alias export $host "[method]counter.get" (func $counter-get))
          (core func $token-new-l (canon lower (func $token-new)))
          (core func $counter-get-l (canon lower (func $counter-get)))
          (core module $main
            (import "h" "token-new" (func $token-new (param i32) (result i32)))
            (import "h" "counter-get" (func $counter-get (param i32) (result i32)))
            (func (export "probe") (result i32)
              (call $counter-get (call $token-new (i32.const 3)))))
          (core instance $main (instantiate $main
            (with "h" (instance (export "token-new" (func $token-new-l)) (export "counter-get" (func $counter-get-l))))))
          (func $probe (result u32) (canon lift (core func $main "probe")))
          (export "probe" (func $probe)))
        """;

    [Fact]
    public void An_import_whose_handle_names_another_resource_takes_the_value_path()
    {
        using var component = WasmComponent.FromWat(Engines.Direct, Wat);
        using var linker = new ComponentLinker(Engines.Direct);
        var host = new HandleHost();
        TypedHandles.AddToLinker(linker, host);
        using var store = new ComponentStore(Engines.Direct);
        var instance = linker.Instantiate(store, component);
        instance.Backend.ShouldBe(ComponentBackend.Direct);

        var refused = Should.Throw<WitRuntimeException>(() => instance.GetFunction(null, "probe").Call([], new ComponentVal[1]));
        refused.Message.ShouldContain("another resource type");
        refused.ToString().ShouldNotContain(nameof(WitBindgen.Runtime.Canonical.CanonicalImport));
        host.Calls.ShouldBe(["token(3)"]);
        host.TypedCalls.ShouldBe(1, "the constructor's type is the one the bindings expect");
        store.IsPoisoned.ShouldBeTrue();
    }
}
