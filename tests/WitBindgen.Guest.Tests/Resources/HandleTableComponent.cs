using Wasmtime;
using Wasmtime.Components;

namespace WitBindgen.Guest.Tests.Resources;

/// <summary>
/// A WAT component whose handle table stands in for a guest component's own: it defines
/// <c>(resource (rep i32) (dtor …))</c> and exports <c>canon resource.new</c>, <c>resource.rep</c> and
/// <c>resource.drop</c> as functions over <c>u32</c>, plus the reps its destructor was called with, in order.
/// The bindings' resource built-ins are routed here, so the handles and reps they see are Wasmtime's.
/// </summary>
public sealed class HandleTableComponent : IDisposable
{
    private const string Wat = """
        (component
          (core module $d
            (global $n (mut i32) (i32.const 0))
            (memory 1)
            (func (export "dtor") (param i32)
              (i32.store (i32.shl (global.get $n) (i32.const 2)) (local.get 0))
              (global.set $n (i32.add (global.get $n) (i32.const 1))))
            (func (export "count") (result i32) (global.get $n))
            (func (export "dropped") (param i32) (result i32) (i32.load (i32.shl (local.get 0) (i32.const 2)))))
          (core instance $di (instantiate $d))
          (alias core export $di "dtor" (core func $dtor))
          (type $blob (resource (rep i32) (dtor (core func $dtor))))
          (core func $new (canon resource.new $blob))
          (core func $rep (canon resource.rep $blob))
          (core func $drop (canon resource.drop $blob))
          (core module $m
            (import "r" "new" (func $new (param i32) (result i32)))
            (import "r" "rep" (func $rep (param i32) (result i32)))
            (import "r" "drop" (func $drop (param i32)))
            (func (export "new") (param i32) (result i32) (call $new (local.get 0)))
            (func (export "rep") (param i32) (result i32) (call $rep (local.get 0)))
            (func (export "drop") (param i32) (call $drop (local.get 0))))
          (core instance $ri (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop)))
          (core instance $mi (instantiate $m (with "r" (instance $ri))))
          (func $fnew (param "rep" u32) (result u32) (canon lift (core func $mi "new")))
          (export "new" (func $fnew))
          (func $frep (param "handle" u32) (result u32) (canon lift (core func $mi "rep")))
          (export "rep" (func $frep))
          (func $fdrop (param "handle" u32) (canon lift (core func $mi "drop")))
          (export "drop" (func $fdrop))
          (func $fcount (result u32) (canon lift (core func $di "count")))
          (export "dtor-count" (func $fcount))
          (func $fdropped (param "i" u32) (result u32) (canon lift (core func $di "dropped")))
          (export "dtor-rep" (func $fdropped))
        )
        """;

    private readonly Engine _engine;
    private readonly Store _store;
    private readonly ComponentInstance _instance;

    public HandleTableComponent()
    {
        _engine = new Engine(new Config().WithComponentModel(true));
        _store = new Store(_engine);
        using var component = Component.FromText(_engine, Wat);
        using var linker = new ComponentLinker(_engine);
        _instance = linker.Instantiate(_store, component);
    }

    /// <summary><c>resource.new</c>: a new own handle for <paramref name="rep"/>.</summary>
    public int New(int rep) => (int)Call("new", ComponentValue.U32((uint)rep))!.AsU32();

    /// <summary><c>resource.rep</c> of an own handle.</summary>
    public int Rep(int handle) => (int)Call("rep", ComponentValue.U32((uint)handle))!.AsU32();

    /// <summary><c>resource.drop</c>: Wasmtime calls the destructor with the rep.</summary>
    public void Drop(int handle) => Call("drop", ComponentValue.U32((uint)handle));

    /// <summary>The reps the destructor was called with, in order.</summary>
    public IReadOnlyList<int> Destroyed =>
        Enumerable.Range(0, (int)Call("dtor-count")!.AsU32()).Select(k => (int)Call("dtor-rep", ComponentValue.U32((uint)k))!.AsU32()).ToList();

    public void Dispose()
    {
        _store.Dispose();
        _engine.Dispose();
    }

    private ComponentValue? Call(string name, params ComponentValue[] args) =>
        (_instance.GetFunction(name) ?? throw new InvalidOperationException($"no export {name}")).Call(args);
}
