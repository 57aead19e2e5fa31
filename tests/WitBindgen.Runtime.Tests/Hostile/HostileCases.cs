namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// What each hostile export does wrong and what the host must answer, as CanonicalABI.md decides: the component
/// file, the export, the exception type and a fragment of its message naming the problem. Every case runs on every
/// <see cref="HostileBackend"/>, with the differences between the backends spelled out per backend.
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
    /// The exception <paramref name="backend"/> throws for <paramref name="function"/> where the Wasmtime backend throws
    /// <paramref name="wasmtime"/>: the direct backend raises a result or argument that breaks the Canonical ABI as the
    /// trap CanonicalABI.md makes it (a <see cref="WitTrapException"/>), where Wasmtime's component API reports a plain
    /// <see cref="WitRuntimeException"/>; and the re-entrance a host function met reaches the caller itself (see <see cref="Cause"/>).
    /// </summary>
    public static Type Exception(HostileBackend backend, string function, Type wasmtime) => backend switch
    {
        HostileBackend.Direct when function == "reenter" => typeof(WitReentranceException),
        HostileBackend.Direct when wasmtime == typeof(WitRuntimeException) => typeof(WitTrapException),
        _ => wasmtime,
    };

    /// <summary>
    /// The message fragment <paramref name="backend"/> names the problem with where the Wasmtime backend uses
    /// <paramref name="wasmtime"/>: the direct backend refuses a list whose byte length overflows before it reads memory,
    /// against its list limit, names the flag an import called from realloc or post-return breaks (<c>may_leave</c>) and
    /// quotes the pointer a realloc returned.
    /// </summary>
    public static string Problem(HostileBackend backend, string function, string wasmtime) => backend switch
    {
        HostileBackend.Direct when function == "list-length-overflow" => "limit",
        HostileBackend.Direct when function is "post-return-calls-import" or "realloc-calls-import" => "may_leave",
        HostileBackend.Direct when function == "import-realloc-out-of-bounds" => "realloc returned 0x10000",
        HostileBackend.Direct when function == "import-realloc-misaligned" => "realloc returned 0x1",
        _ => wasmtime,
    };

    /// <summary>
    /// The function <paramref name="backend"/>'s failure of the export <paramref name="function"/> names
    /// (<see cref="WitRuntimeException.FunctionName"/>): the export on the Wasmtime backend; on the direct backend the
    /// import that trapped (its message starts with the import's name), or the export the host function re-entered.
    /// </summary>
    public static string FailingFunction(HostileBackend backend, string function) =>
        backend == HostileBackend.Direct ? Import(function) ?? (function == "reenter" ? "answer" : function) : function;

    /// <summary>
    /// Whether <paramref name="backend"/>'s message for <paramref name="function"/> starts with the import that trapped
    /// (<c>get-string: …</c>, the direct backend's import traps) rather than quoting <see cref="FailingFunction"/>.
    /// </summary>
    public static bool NamesImportFirst(HostileBackend backend, string function) =>
        backend == HostileBackend.Direct && function.StartsWith("import-", StringComparison.Ordinal);

    /// <summary>The import of the corpus the export <paramref name="function"/> breaks the Canonical ABI through, or null.</summary>
    public static string? Import(string function) => function switch
    {
        "import-return-pointer-out-of-bounds" or "import-return-pointer-misaligned" or "import-realloc-out-of-bounds" => "get-string",
        "import-realloc-misaligned" => "get-list",
        "import-argument-invalid-utf8" or "import-argument-out-of-bounds" => "put-string",
        "post-return-calls-import" or "realloc-calls-import" => "callback",
        _ => null,
    };

    /// <summary>
    /// The exception a host function threw as the caller of the export sees it in <paramref name="failure"/>: the same
    /// object on the direct backend; on the Wasmtime backend the <see cref="System.Exception.InnerException"/> of the
    /// <see cref="WitRuntimeException"/> its component API reports.
    /// </summary>
    public static Exception? Cause(HostileBackend backend, Exception failure) =>
        backend == HostileBackend.Direct ? failure : failure.InnerException;

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
                foreach (var (component, function, exception, problem) in Refused)
                {
                    data.Add(backend, component, function, Exception(backend, function, exception), Problem(backend, function, problem));
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
