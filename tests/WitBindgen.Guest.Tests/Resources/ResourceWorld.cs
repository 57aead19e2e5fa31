using System.Text.RegularExpressions;
using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Differential;
using WitBindgen.Guest.Tests.Infrastructure;
using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Resources;

/// <summary>
/// The world of the resource tests: a resource the host implements (<c>counter</c>, in records, lists and options),
/// and one this component implements (<c>blob</c>), with the user's implementation and an <see cref="IResourceDriver"/>
/// compiled together with the generated bindings.
/// </summary>
public sealed class ResourceWorld
{
    public const string Wit = """
        package test:res;

        interface host-things {
          resource counter {
            constructor(start: u32);
            add: func(n: u32) -> u32;
          }
          record holder { tag: u8, c: own<counter>, name: string }
          take: func(h: list<holder>, o: option<holder>);
        }

        interface guest-things {
          use host-things.{counter};
          resource blob {
            constructor(data: list<u8>);
            size: func() -> u32;
            concat: func(other: borrow<blob>) -> blob;
            join: static func(parts: list<borrow<blob>>) -> blob;
          }
          split: func(b: own<blob>) -> tuple<blob, blob>;
          peek: func(c: borrow<counter>) -> u32;
          wrap: func(c: counter) -> result<counter, string>;
        }

        world w {
          import host-things;
          export guest-things;
        }
        """;

    /// <summary>The same record with <c>u32</c> in place of the handle (the same Canonical ABI representation), for Wasmtime, whose .NET API has no resource values.</summary>
    public const string StandInWit = """
        package test:stand-in;
        world w {
          record holder { tag: u8, c: u32, name: string }
          export f: func(a: holder, b: option<holder>);
        }
        """;

    private const string Code = """
        #nullable enable
        #pragma warning disable CS1591
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Test.Res.GuestThings;
        using Test.Res.HostThings;
        using Abi = global::Test.Res.WWorld.CanonicalAbi;

        public sealed class MyBlob : Blob, IDisposable
        {
            public static readonly List<string> Disposed = new();
            public MyBlob(byte[] data) => Data = data;
            public byte[] Data { get; }
            public override uint Size() => (uint)Data.Length;
            public override Blob Concat(Blob other) => new MyBlob(Data.Concat(((MyBlob)other).Data).ToArray());
            public void Dispose() => Disposed.Add(Encoding.UTF8.GetString(Data));
        }

        public sealed class Impl : IGuestThings
        {
            public static Counter? Peeked;
            public Blob CreateBlob(byte[] data) => new MyBlob(data);
            public Blob BlobJoin(Blob[] parts) => new MyBlob(parts.SelectMany(p => ((MyBlob)p).Data).ToArray());
            public (Blob, Blob) Split(Blob b)
            {
                var data = ((MyBlob)b).Data;
                b.DropHandle();
                return (new MyBlob(data[..(data.Length / 2)]), new MyBlob(data[(data.Length / 2)..]));
            }
            public uint Peek(Counter c) { Peeked = c; return (uint)c.Handle * 10; }
            public global::WitBindgen.Result<Counter, string> Wrap(Counter c) => global::WitBindgen.Result<Counter, string>.Ok(c);
        }

        public sealed unsafe class Driver : global::WitBindgen.Guest.Tests.Resources.IResourceDriver
        {
            public Driver() => GuestThingsExports.Implementation = new Impl();
            public void UseMemory(IntPtr @base, uint size, Func<uint, uint, uint, uint, uint> realloc) => Abi.Memory.Current = new((byte*)@base, size, realloc);
            public void UseBuiltins(Func<string, string, int, int> builtins) => Abi.ResourceBuiltins = builtins;
            public int Construct(int ptr, int length) => ((delegate* unmanaged<int, int, int>)&GuestThingsExports.CreateBlobExport)(ptr, length);
            public int Size(int rep) => ((delegate* unmanaged<int, int>)&GuestThingsExports.BlobSizeExport)(rep);
            public int Concat(int rep, int otherRep) => ((delegate* unmanaged<int, int, int>)&GuestThingsExports.BlobConcatExport)(rep, otherRep);
            public int Join(int ptr, int length) => ((delegate* unmanaged<int, int, int>)&GuestThingsExports.BlobJoinExport)(ptr, length);
            public int Split(int handle) => ((delegate* unmanaged<int, int>)&GuestThingsExports.SplitExport)(handle);
            public void SplitPost(int area) => ((delegate* unmanaged<int, void>)&GuestThingsExports.SplitPostReturn)(area);
            public void Destroy(int rep) => ((delegate* unmanaged<int, void>)&Blob.WitDestructor)(rep);
            public int LiveBlobs => Blob.WitReps.Count;
            public string BlobText(int rep) => Encoding.UTF8.GetString(((MyBlob)Blob.WitReps.Get(rep)).Data);
            public IReadOnlyList<string> Disposed => MyBlob.Disposed;

            public string RemoveTwice(int rep)
            {
                Blob.WitReps.Remove(rep);
                try { Blob.WitReps.Remove(rep); return "no error"; }
                catch (InvalidOperationException e) { return e.Message; }
            }

            public string LowerOwnTwice()
            {
                var blob = new MyBlob(new byte[] { 1 });
                Blob.WitLowerOwn(blob);
                try { Blob.WitLowerOwn(blob); return "no error"; }
                catch (InvalidOperationException e) { return e.Message; }
            }

            public int Peek(int handle) => ((delegate* unmanaged<int, int>)&GuestThingsExports.PeekExport)(handle);

            public string UsePeekedCounter()
            {
                try { return Impl.Peeked!.Handle.ToString(); }
                catch (ObjectDisposedException e) { return e.Message; }
            }

            public int Wrap(int handle) => ((delegate* unmanaged<int, int>)&GuestThingsExports.WrapExport)(handle);

            public int LiftOwnAndDisposeTwice(int handle)
            {
                var counter = Counter.WitLiftOwn(new Abi.Scope(Abi.Memory.Current), handle);
                var before = counter.Handle;
                counter.Dispose();
                counter.Dispose();
                return before;
            }

            public string MoveCounter(int handle)
            {
                var counter = Counter.WitLiftOwn(new Abi.Scope(Abi.Memory.Current), handle);
                var moved = Counter.WitLowerOwn(counter);
                counter.Dispose();
                try { return $"moved {moved}, then {counter.Handle}"; }
                catch (ObjectDisposedException e) { return $"moved {moved}, then {e.Message}"; }
            }

            public int StoreHolders(byte[] tags, int[] handles, string[] names)
            {
                var s = new Abi.Scope(Abi.Memory.Current);
                var data = s.Allocate((uint)tags.Length * {{HolderSize}}u, 4u);
                for (var k = 0; k < tags.Length; k++)
                {
                    var counter = Counter.WitLiftOwn(s, handles[k]);
                    Abi.{{StoreHolder}}(s, data + (uint)k * {{HolderSize}}u, new Holder(tags[k], counter, names[k]));
                }

                var pair = s.Allocate(8u, 4u);
                Abi.StoreU32(s, pair, data);
                Abi.StoreU32(s, pair + 4u, (uint)tags.Length);
                return (int)pair;
            }

            public IReadOnlyList<string> LoadHolders(int pair)
            {
                var s = new Abi.Scope(Abi.Memory.Current);
                var data = Abi.LoadU32(s, (uint)pair);
                var length = Abi.LoadU32(s, (uint)pair + 4u);
                var result = new List<string>();
                for (var k = 0u; k < length; k++)
                {
                    var h = Abi.{{LoadHolder}}(s, data + k * {{HolderSize}}u);
                    result.Add($"{h.Tag}:{h.C.Handle}:{h.Name}");
                }

                return result;
            }

            public ulong[] LowerOptionHolder(byte tag, int handle, string name)
            {
                var s = new Abi.Scope(Abi.Memory.Current);
                var f = new ulong[5];
                var i = 0;
                Abi.{{LowerOptionHolder}}(s, new Holder(tag, Counter.WitLiftOwn(s, handle), name), f, ref i);
                return f;
            }
        }
        """;

    public ResourceWorld()
    {
        Model = WitText.Resolve("resources.wit", Wit);
        var generated = CSharpGenerator.Generate(Model, new CodeGenOptions("w", BindingMode.Guest, null, false));
        if (generated.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", generated.Diagnostics));
        }

        Files = generated.Files.Select(f => (f.HintName, f.Text)).ToList();
        var abi = Files.Single(f => f.HintName.EndsWith(".CanonicalAbi.g.cs", StringComparison.Ordinal)).Text;
        var holder = Model.Types.Select((t, k) => (t, k)).Single(x => x.t.Name == "holder").k;
        var code = Code
            .Replace("{{HolderSize}}", WitBindgen.Wit.Abi.CanonicalAbi.LayoutOf(Model, WitType.Of(new TypeId(holder))).Size.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{LoadHolder}}", Find(abi, @"internal static global::Test\.Res\.HostThings\.Holder (LoadHolder\d+)\("), StringComparison.Ordinal)
            .Replace("{{StoreHolder}}", Find(abi, @"internal static void (StoreHolder\d+)\("), StringComparison.Ordinal)
            .Replace("{{LowerOptionHolder}}", Find(abi, @"internal static void (LowerOption\d+)\(Scope s, global::Test\.Res\.HostThings\.Holder\? v"), StringComparison.Ordinal);
        var assembly = RoslynCompiler.Load(Files.Append(("Driver.cs", code)), typeof(IResourceDriver).Assembly);
        Driver = (IResourceDriver)Activator.CreateInstance(assembly.GetType("Driver")!)!;
    }

    public WitModel Model { get; }

    /// <summary>The generated files (hint name, text).</summary>
    public IReadOnlyList<(string HintName, string Text)> Files { get; }

    public IResourceDriver Driver { get; }

    private static string Find(string text, string pattern) =>
        Regex.Match(text, pattern) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no match for {pattern}");
}
