using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>The direct backend's <c>wasi:io/poll</c>.</summary>
internal sealed class PollHost : global::WitBindgen.Runtime.Wasi.Bindings.Poll.IPoll
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly PollHost Instance = new();

    /// <summary>
    /// Waits, without spinning, until at least one pollable is ready and returns the index of every ready one (a
    /// handle listed twice is reported twice); an empty list traps, as in Wasmtime.
    /// </summary>
    public uint[] Poll(Pollable[] @in)
    {
        if (@in.Length == 0)
        {
            throw WasiTrap.Misuse("empty poll list");
        }

        var pollables = new WasiPollable[@in.Length];
        for (var i = 0; i < @in.Length; i++)
        {
            pollables[i] = @in[i] as WasiPollable
                ?? throw new InvalidOperationException($"The pollable at index {i} was not made by the runtime's WASI.");
        }

        var waits = new List<Task>();
        while (true)
        {
            var ready = new List<uint>();
            for (var i = 0; i < pollables.Length; i++)
            {
                if (pollables[i].IsReady)
                {
                    ready.Add((uint)i);
                }
            }

            if (ready.Count > 0)
            {
                return [.. ready];
            }

            // A deadline on the system clock is slept until; every other pollable is waited on through its task.
            var wakeAt = long.MaxValue;
            waits.Clear();
            foreach (var pollable in pollables)
            {
                var readyAt = pollable.ReadyAt;
                if (readyAt == long.MaxValue)
                {
                    waits.Add(pollable.WhenReady());
                }
                else
                {
                    wakeAt = Math.Min(wakeAt, readyAt);
                }
            }

            WasiWait.Any([.. waits], wakeAt, "wasi:io/poll#poll");
        }
    }
}
