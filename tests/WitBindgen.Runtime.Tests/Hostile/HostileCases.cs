namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// What each hostile export does wrong and what the host must answer, as CanonicalABI.md decides: the component
/// file, the export, the exception type and a fragment of its message naming the problem. Every case runs on every
/// <see cref="HostileBackend"/> that <see cref="Runs"/> it.
/// </summary>
public static class HostileCases
{
    private static readonly (string Component, string Function, Type Exception, string Problem)[] Refused =
    [
        // Results lifted out of guest memory.
        ("results", "string-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("results", "string-pointer-wraps", typeof(WitRuntimeException), "out of bounds"),
        ("results", "empty-string-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("results", "list-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("results", "empty-list-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("results", "list-misaligned", typeof(WitRuntimeException), "not aligned"),
        ("results", "empty-list-misaligned", typeof(WitRuntimeException), "not aligned"),
        ("results", "list-length-overflow", typeof(WitRuntimeException), "out of bounds"),
        ("results", "invalid-utf8", typeof(WitRuntimeException), "utf-8"),
        ("results", "utf16-lone-surrogate", typeof(WitRuntimeException), "surrogate"),
        ("results", "utf16-misaligned", typeof(WitRuntimeException), "not aligned"),
        ("results", "tagged-utf16-length", typeof(WitRuntimeException), "out of bounds"),
        ("results", "tagged-latin1-length", typeof(WitRuntimeException), "out of bounds"),
        ("results", "char-surrogate", typeof(WitRuntimeException), "char"),
        ("results", "char-too-large", typeof(WitRuntimeException), "char"),
        ("results", "variant-discriminant", typeof(WitRuntimeException), "discriminant 2"),
        ("results", "enum-discriminant", typeof(WitRuntimeException), "discriminant 3"),
        ("results", "option-discriminant", typeof(WitRuntimeException), "discriminant 2"),
        ("results", "result-discriminant", typeof(WitRuntimeException), "discriminant 2"),
        ("results", "return-pointer-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("results", "return-pointer-misaligned", typeof(WitRuntimeException), "not aligned"),

        // Arguments lowered through the guest's realloc.
        ("parameters", "realloc-out-of-bounds", typeof(WitRuntimeException), "realloc"),
        ("parameters", "realloc-misaligned", typeof(WitRuntimeException), "realloc"),
        ("parameters", "realloc-traps", typeof(WitTrapException), "unreachable"),
        ("parameters", "utf16-realloc-misaligned", typeof(WitRuntimeException), "realloc"),
        ("parameters", "tagged-realloc-out-of-bounds", typeof(WitRuntimeException), "realloc"),

        // Imports: the host's results stored into guest memory, the guest's arguments read out of it.
        ("imports", "import-return-pointer-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),
        ("imports", "import-return-pointer-misaligned", typeof(WitRuntimeException), "not aligned"),
        ("imports", "import-realloc-out-of-bounds", typeof(WitRuntimeException), "realloc"),
        ("imports", "import-realloc-misaligned", typeof(WitRuntimeException), "realloc"),
        ("imports", "import-argument-invalid-utf8", typeof(WitRuntimeException), "utf-8"),
        ("imports", "import-argument-out-of-bounds", typeof(WitRuntimeException), "out of bounds"),

        // Control: leaving the instance where the guest may not, traps, loops and recursion.
        ("control", "reenter", typeof(WitRuntimeException), "already running"),
        ("control", "post-return-calls-import", typeof(WitTrapException), "cannot leave component instance"),
        ("control", "realloc-calls-import", typeof(WitTrapException), "cannot leave component instance"),
        ("control", "post-return-traps", typeof(WitTrapException), "unreachable"),
        ("control", "spin", typeof(WitFuelExhaustedException), "fuel"),
        ("control", "recurse", typeof(WitTrapException), "call stack exhausted"),
    ];

    /// <summary>
    /// Whether <paramref name="backend"/> runs <paramref name="function"/> of <paramref name="component"/>. The direct
    /// backend's host functions take and return flat core values only so far, so it runs no case that needs a host
    /// import passing values (imports.wat) or that checks what a host import sees (re-entrance, may_leave).
    /// </summary>
    public static bool Runs(HostileBackend backend, string component, string function) =>
        backend != HostileBackend.Direct
        || (component != "imports" && function is not ("reenter" or "post-return-calls-import" or "realloc-calls-import"));

    /// <summary>The backends whose host functions take and return component values (the cases through imports).</summary>
    public static TheoryData<HostileBackend> ImportBackends
    {
        get
        {
            var data = new TheoryData<HostileBackend>();
            foreach (var backend in Enum.GetValues<HostileBackend>().Where(b => Runs(b, "control", "reenter")))
            {
                data.Add(backend);
            }

            return data;
        }
    }

    /// <summary>
    /// The exception <paramref name="backend"/> throws where the Wasmtime backend throws <paramref name="wasmtime"/>:
    /// the direct backend raises a result or argument that breaks the Canonical ABI as the trap CanonicalABI.md makes
    /// it (a <see cref="WitTrapException"/>), where Wasmtime's component API reports a plain <see cref="WitRuntimeException"/>.
    /// </summary>
    public static Type Exception(HostileBackend backend, Type wasmtime) =>
        backend == HostileBackend.Direct && wasmtime == typeof(WitRuntimeException) ? typeof(WitTrapException) : wasmtime;

    /// <summary>
    /// The message fragment <paramref name="backend"/> names the problem with where the Wasmtime backend uses
    /// <paramref name="wasmtime"/>: the direct backend refuses a list whose byte length overflows before it reads memory,
    /// against its list limit.
    /// </summary>
    public static string Problem(HostileBackend backend, string function, string wasmtime) =>
        backend == HostileBackend.Direct && function == "list-length-overflow" ? "limit" : wasmtime;

    /// <summary>Every backend.</summary>
    public static TheoryData<HostileBackend> Backends
    {
        get
        {
            var data = new TheoryData<HostileBackend>();
            foreach (var backend in Enum.GetValues<HostileBackend>())
            {
                data.Add(backend);
            }

            return data;
        }
    }

    /// <summary>Every backend × every export the host must refuse: backend, component, export, exception type, problem.</summary>
    public static TheoryData<HostileBackend, string, string, Type, string> Refusals
    {
        get
        {
            var data = new TheoryData<HostileBackend, string, string, Type, string>();
            foreach (var backend in Enum.GetValues<HostileBackend>())
            {
                foreach (var (component, function, exception, problem) in Refused.Where(c => Runs(backend, c.Component, c.Function)))
                {
                    data.Add(backend, component, function, Exception(backend, exception), Problem(backend, function, problem));
                }
            }

            return data;
        }
    }

    /// <summary>The arguments <paramref name="function"/> takes (the caller frees them).</summary>
    public static ComponentVal[] Arguments(string function) => function switch
    {
        "realloc-misaligned" => [ComponentVal.List([ComponentVal.U32(0x61), ComponentVal.U32(0x62)])],
        "realloc-out-of-bounds" or "realloc-traps" or "utf16-realloc-misaligned" or "tagged-realloc-out-of-bounds"
            or "realloc-grows" or "realloc-calls-import" => [ComponentVal.String("hello")],
        _ => [],
    };

    /// <summary>How many results <paramref name="function"/> returns.</summary>
    public static int ResultCount(string function) => function == "spin" || function.StartsWith("import-", StringComparison.Ordinal) ? 0 : 1;

    /// <summary>An export of <paramref name="component"/> that works, to show a fresh store still runs it.</summary>
    public static string WellBehaved(string component) => component switch
    {
        "results" => "ok-string",
        "parameters" => "realloc-grows",
        "imports" => "import-calls-ok",
        _ => "answer",
    };
}
