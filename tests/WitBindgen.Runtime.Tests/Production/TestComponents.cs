namespace WitBindgen.Runtime.Tests.Production;

/// <summary>Small WAT components for the limit, poisoning and factory tests.</summary>
internal static class TestComponents
{
    /// <summary>World exports: <c>spin: func()</c> (loops forever), <c>answer: func() -> u32</c> (42), <c>boom: func()</c> (traps).</summary>
    public const string Spinner = """
        (component
          (core module $m
            (func (export "spin") (loop $l (br $l)))
            (func (export "answer") (result i32) i32.const 42)
            (func (export "boom") unreachable))
          (core instance $i (instantiate $m))
          (func $spin (canon lift (core func $i "spin")))
          (func $answer (result u32) (canon lift (core func $i "answer")))
          (func $boom (canon lift (core func $i "boom")))
          (export "spin" (func $spin))
          (export "answer" (func $answer))
          (export "boom" (func $boom)))
        """;

    /// <summary>A memory of <paramref name="pages"/> 64 KiB pages; export <c>grow: func(pages: u32) -> s32</c> returns <c>memory.grow</c>'s result.</summary>
    public static string Memory(int pages) => $$"""
        (component
          (core module $m
            (memory {{pages}})
            (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
          (core instance $i (instantiate $m))
          (func $grow (param "pages" u32) (result s32) (canon lift (core func $i "grow")))
          (export "grow" (func $grow)))
        """;

    /// <summary>Calls a no-result, no-argument export.</summary>
    public static void Invoke(this ComponentFunction function) => function.Call([], []);

    /// <summary>Calls a no-argument export returning u32.</summary>
    public static uint InvokeU32(this ComponentFunction function)
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        function.Call([], results);
        return results[0].GetU32();
    }

    /// <summary>Calls <c>grow(pages)</c>.</summary>
    public static int Grow(this ComponentFunction grow, uint pages)
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        grow.Call([ComponentVal.U32(pages)], results);
        return results[0].GetS32();
    }
}
