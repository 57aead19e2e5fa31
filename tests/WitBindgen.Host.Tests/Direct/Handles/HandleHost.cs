using System.Diagnostics;
using Test.TypedHandles.Host;
using WitBindgen.Runtime.Canonical;

namespace WitBindgen.Host.Tests.Direct.Handles;

/// <summary>
/// The host side of tests/components/typed-handles: every call is recorded as text with the values it saw, with whether
/// it arrived through the Canonical ABI (the generated function on the stack takes a <see cref="CanonicalImport"/>), and
/// every object it made is kept so its disposals can be counted.
/// </summary>
internal sealed class HandleHost : IHost
{
    /// <summary>Each call as text, in order.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>How many calls came through <see cref="CanonicalImport"/>.</summary>
    public int TypedCalls { get; private set; }

    /// <summary>Every counter made, in order.</summary>
    public List<HostCounter> Counters { get; } = [];

    /// <summary>Whether <see cref="Make"/> puts null after the counters it made, which no handle can carry.</summary>
    public bool MakesNull { get; init; }

    /// <summary>Every token made, in order.</summary>
    public List<HostToken> Tokens { get; } = [];

    /// <summary>How many times each object made so far was disposed, counters first.</summary>
    public string Disposals => string.Join(",", Counters.Select(c => c.Disposals).Concat(Tokens.Select(t => t.Disposals)));

    public Counter CreateCounter(uint start)
    {
        Record($"counter({start})");
        return NewCounter(start);
    }

    public Token CreateToken(uint v)
    {
        Record($"token({v})");
        return NewToken(v);
    }

    public Result<Counter, ErrorCode> Open(int start)
    {
        Record($"open({start})");
        return start < 0 ? Result<Counter, ErrorCode>.Err(ErrorCode.Negative)
            : start >= 1000 ? Result<Counter, ErrorCode>.Err(ErrorCode.TooBig)
            : Result<Counter, ErrorCode>.Ok(NewCounter((uint)start));
    }

    public Counter? Maybe(uint start)
    {
        Record($"maybe({start})");
        return start % 2 == 0 ? NewCounter(start) : null;
    }

    public Outcome Decide(uint v)
    {
        Record($"decide({v})");
        return (v % 3) switch
        {
            0 => new Outcome.Made(NewCounter(v + 5)),
            1 => new Outcome.Failed(NewToken(v + 6)),
            _ => new Outcome.Closed(),
        };
    }

    public uint Sum(Counter[] cs)
    {
        Record($"sum({string.Join(" ", cs.Select(Name))})");
        return (uint)cs.Sum(c => ((HostCounter)c).Value);
    }

    public uint ReadLent(Lent l)
    {
        Record($"read-lent({Name(l.C)}, {Name(l.T)}, {l.Extra})");
        return ((HostCounter)l.C).Value + ((HostToken)l.T).V + l.Extra;
    }

    public uint Consume(Counter c)
    {
        Record($"consume({Name(c)})");
        return ((HostCounter)c).Value * 2;
    }

    public Counter[] Make(uint n)
    {
        Record($"make({n})");
        var made = Enumerable.Range(0, (int)n).Select(i => (Counter)NewCounter(100 + (uint)i));
        return (MakesNull ? made.Append(null!) : made).ToArray();
    }

    public uint Pair(Counter c, Counter again)
    {
        Record($"pair({Name(c)}, {Name(again)})");
        return ((HostCounter)c).Value + (((HostCounter)again).Value * 3);
    }

    /// <summary>Records <paramref name="call"/> and whether the typed path made it.</summary>
    public void Record(string call)
    {
        Calls.Add(call);
        if (new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType == typeof(CanonicalImport)))
        {
            TypedCalls++;
        }
    }

    private string Name(Counter c) => "c" + Counters.IndexOf((HostCounter)c);

    private string Name(Token t) => "t" + Tokens.IndexOf((HostToken)t);

    private HostCounter NewCounter(uint value)
    {
        var counter = new HostCounter(this, value);
        Counters.Add(counter);
        return counter;
    }

    private HostToken NewToken(uint v)
    {
        var token = new HostToken(this, v);
        Tokens.Add(token);
        return token;
    }

    /// <summary>A counter of the host.</summary>
    internal sealed class HostCounter(HandleHost host, uint value) : Counter
    {
        public uint Value { get; private set; } = value;

        public int Disposals { get; private set; }

        public override uint Get()
        {
            host.Record($"c{host.Counters.IndexOf(this)}.get");
            return Value;
        }

        public override uint Add(byte[] bytes)
        {
            host.Record($"c{host.Counters.IndexOf(this)}.add({Convert.ToHexString(bytes)})");
            Value += (uint)bytes.Sum(b => b);
            return Value;
        }

        public override Counter Fork()
        {
            host.Record($"c{host.Counters.IndexOf(this)}.fork");
            return host.NewCounter(Value);
        }

        public override void Dispose() => Disposals++;
    }

    /// <summary>A token of the host.</summary>
    internal sealed class HostToken(HandleHost host, uint v) : Token
    {
        public uint V { get; } = v;

        public int Disposals { get; private set; }

        public override uint Value()
        {
            host.Record($"t{host.Tokens.IndexOf(this)}.value");
            return V;
        }

        public override void Dispose() => Disposals++;
    }
}
