using System.Diagnostics;
using System.Reflection;
using WitBindgen.Runtime.Canonical;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// An implementation of a generated imports interface whose every function returns its argument and records the call
/// (function and argument as text), and whether it arrived through the Canonical ABI (the generated function on the
/// stack takes a <see cref="CanonicalImport"/>) rather than through component values.
/// </summary>
public class EchoRecorder : DispatchProxy
{
    /// <summary>Each call as <c>Name(argument)</c>, in order.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>How many calls came through <see cref="CanonicalImport"/>.</summary>
    public int TypedCalls { get; private set; }

    /// <summary>An implementation of <typeparamref name="T"/> and its recorder.</summary>
    public static (T Implementation, EchoRecorder Recorder) Create<T>()
        where T : class
    {
        var implementation = Create<T, EchoRecorder>();
        return (implementation, (EchoRecorder)(object)implementation);
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var argument = args is [var only] ? only : throw new InvalidOperationException($"{targetMethod?.Name} takes one argument");
        Calls.Add($"{targetMethod?.Name}({TypedValueText.Of(argument)})");
        // The typed path runs inside CanonicalImport's call (its own frame, never inlined); the value path does not.
        if (new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType == typeof(CanonicalImport)))
        {
            TypedCalls++;
        }

        return argument;
    }
}
