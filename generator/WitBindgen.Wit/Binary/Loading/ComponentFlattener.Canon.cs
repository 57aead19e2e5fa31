using System.Globalization;

namespace WitBindgen.Wit.Binary.Loading;

// Canonical definitions: lift, lower, the resource built-ins, and every other built-in recognised and named so
// a backend can refuse it by name.
internal sealed partial class ComponentFlattener
{
    private void ReadCanon(FlattenFrame frame, WasmReader reader)
    {
        var op = reader.ReadByte();
        switch (op)
        {
            case 0x00:
                ExpectFuncSort(reader, "canon lift");
                var core = At(frame.CoreFuncs, reader.ReadIndex(), "core func");
                var liftOptions = ReadOptions(frame, reader);
                var typeIndex = reader.ReadIndex();
                var type = frame.Scope.Type(typeIndex, _entryOffset) as FuncNode
                    ?? throw Fail("canon lift names type " + typeIndex.ToString(CultureInfo.InvariantCulture) + ", which is not a function type");
                frame.Scope.Funcs.Add(type);
                frame.Funcs.Add(new LiftedFunction(core, liftOptions, type, frame.Instance));
                return;
            case 0x01:
                ExpectFuncSort(reader, "canon lower");
                var callee = At(frame.Funcs, reader.ReadIndex(), "function");
                var lowerOptions = ReadOptions(frame, reader);
                var calleeType = callee is LiftedFunction lifted ? lifted.Type : (callee as ImportedItem)?.Type as FuncNode;
                CountDefinition();
                var lowering = new CoreLowering(_lowerings.Count, callee, lowerOptions, calleeType, frame.Instance);
                _lowerings.Add(lowering);
                frame.CoreFuncs.Add(new CoreDefinition(CoreDefinitionKind.Lowering, lowering.Index, CoreSort.Func, null));
                return;
            case 0x02:
                AddBuiltin(frame, "resource.new", ReadResource(frame, reader), null);
                return;
            case 0x03:
                AddBuiltin(frame, "resource.drop", ReadResource(frame, reader), null);
                return;
            case 0x04:
                AddBuiltin(frame, "resource.rep", ReadResource(frame, reader), null);
                return;
            case 0x07:
                AddBuiltin(frame, "resource.drop async", ReadResource(frame, reader), null);
                return;
            default:
                ReadOtherBuiltin(frame, reader, op);
                return;
        }
    }

    /// <summary>The async, stream, future, error-context, waitable and thread built-ins, with their immediates.</summary>
    private void ReadOtherBuiltin(FlattenFrame frame, WasmReader reader, byte op)
    {
        CanonicalOptions? options = null;
        string name;
        switch (op)
        {
            case 0x05: name = "task.cancel"; break;
            case 0x06: name = "subtask.cancel"; ReadFlag(reader, "async"); break;
            case 0x08: name = "backpressure.set"; break;
            case 0x09:
                name = "task.return";
                SkipResultList(reader);
                options = ReadOptions(frame, reader);
                break;
            case 0x0a: name = "context.get"; reader.ReadByte(); reader.ReadU32(); break;
            case 0x0b: name = "context.set"; reader.ReadByte(); reader.ReadU32(); break;
            case 0x0c: name = "thread.yield"; ReadFlag(reader, "cancellable"); break;
            case 0x0d: name = "subtask.drop"; break;
            case >= 0x0e and <= 0x1b:
                name = StreamOrFutureBuiltin(op);
                At(frame.Types, reader.ReadIndex(), "type");
                if (op is 0x0f or 0x10 or 0x16 or 0x17)
                {
                    options = ReadOptions(frame, reader);
                }
                else if (op is 0x11 or 0x12 or 0x18 or 0x19)
                {
                    ReadFlag(reader, "async");
                }

                break;
            case 0x1c: name = "error-context.new"; options = ReadOptions(frame, reader); break;
            case 0x1d: name = "error-context.debug-message"; options = ReadOptions(frame, reader); break;
            case 0x1e: name = "error-context.drop"; break;
            case 0x1f: name = "waitable-set.new"; break;
            case 0x20:
            case 0x21:
                name = op == 0x20 ? "waitable-set.wait" : "waitable-set.poll";
                ReadFlag(reader, "cancellable");
                options = CanonicalOptions.None with { Memory = At(frame.CoreMemories, reader.ReadIndex(), "core memory") };
                break;
            case 0x22: name = "waitable-set.drop"; break;
            case 0x23: name = "waitable.join"; break;
            case 0x24: name = "backpressure.inc"; break;
            case 0x25: name = "backpressure.dec"; break;
            case 0x26: name = "thread.index"; break;
            case 0x27: name = "thread.new-indirect"; reader.ReadIndex(); reader.ReadIndex(); break;
            case 0x28: name = "thread.resume-later"; break;
            case 0x29: name = "thread.suspend"; ReadFlag(reader, "cancellable"); break;
            case 0x2a: name = "thread.suspend-then-resume"; ReadFlag(reader, "cancellable"); break;
            case 0x2b: name = "thread.yield-then-resume"; ReadFlag(reader, "cancellable"); break;
            case 0x2c: name = "thread.suspend-then-promote"; ReadFlag(reader, "cancellable"); break;
            case 0x2d: name = "thread.yield-then-promote"; ReadFlag(reader, "cancellable"); break;
            case 0x40: name = "thread.spawn-ref"; ReadFlag(reader, "shared"); reader.ReadIndex(); break;
            case 0x41: name = "thread.spawn-indirect"; ReadFlag(reader, "shared"); reader.ReadIndex(); reader.ReadIndex(); break;
            case 0x42: name = "thread.available-parallelism"; ReadFlag(reader, "shared"); break;
            default:
                throw Fail("unknown canonical definition 0x" + op.ToString("x2", CultureInfo.InvariantCulture));
        }

        AddBuiltin(frame, name, null, options);
    }

    private static string StreamOrFutureBuiltin(byte op)
    {
        var prefix = op < 0x15 ? "stream." : "future.";
        var operation = ((op - 0x0e) % 7) switch
        {
            0 => "new",
            1 => "read",
            2 => "write",
            3 => "cancel-read",
            4 => "cancel-write",
            5 => "drop-readable",
            _ => "drop-writable",
        };
        return prefix + operation;
    }

    private void AddBuiltin(FlattenFrame frame, string name, ResourceDefinition? resource, CanonicalOptions? options)
    {
        CountDefinition();
        var builtin = new CanonicalBuiltin(_builtins.Count, name, resource, options);
        _builtins.Add(builtin);
        frame.CoreFuncs.Add(new CoreDefinition(CoreDefinitionKind.Builtin, builtin.Index, CoreSort.Func, null));
    }

    private ResourceDefinition ReadResource(FlattenFrame frame, WasmReader reader)
    {
        var index = reader.ReadIndex();
        return At(frame.Types, index, "type").Resource
            ?? throw Fail("type " + index.ToString(CultureInfo.InvariantCulture) + " is not a resource");
    }

    private CanonicalOptions ReadOptions(FlattenFrame frame, WasmReader reader)
    {
        var encoding = CanonicalStringEncoding.Utf8;
        CoreDefinition? memory = null, realloc = null, postReturn = null, callback = null;
        var isAsync = false;
        var seen = new HashSet<byte>();
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var option = reader.ReadByte();
            var group = option <= 0x02 ? (byte)0x00 : option;
            if (!seen.Add(group))
            {
                throw Fail("canonical option 0x" + option.ToString("x2", CultureInfo.InvariantCulture) + " is given twice or conflicts with another string encoding");
            }

            switch (option)
            {
                case 0x00: encoding = CanonicalStringEncoding.Utf8; break;
                case 0x01: encoding = CanonicalStringEncoding.Utf16; break;
                case 0x02: encoding = CanonicalStringEncoding.Latin1Utf16; break;
                case 0x03: memory = At(frame.CoreMemories, reader.ReadIndex(), "core memory"); break;
                case 0x04: realloc = At(frame.CoreFuncs, reader.ReadIndex(), "core func (realloc)"); break;
                case 0x05: postReturn = At(frame.CoreFuncs, reader.ReadIndex(), "core func (post-return)"); break;
                case 0x06: isAsync = true; break;
                case 0x07: callback = At(frame.CoreFuncs, reader.ReadIndex(), "core func (callback)"); break;
                default:
                    throw Fail("unknown canonical option 0x" + option.ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        return new CanonicalOptions(encoding, memory, realloc, postReturn, callback, isAsync);
    }

    /// <summary>Skips <c>task.return</c>'s result list: one value type, or none.</summary>
    private void SkipResultList(WasmReader reader)
    {
        var tag = reader.ReadByte();
        if (tag == 0x00)
        {
            var b = reader.PeekByte();
            if (b >= 0x40 && b < 0x80)
            {
                reader.ReadByte();
            }
            else
            {
                reader.ReadIndex();
            }
        }
        else if (tag != 0x01 || reader.ReadByte() != 0x00)
        {
            throw Fail("malformed task.return result list");
        }
    }

    private void ReadFlag(WasmReader reader, string what)
    {
        var flag = reader.ReadByte();
        if (flag > 0x01)
        {
            throw Fail("malformed " + what + " flag 0x" + flag.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    private void ExpectFuncSort(WasmReader reader, string what)
    {
        if (reader.ReadByte() != 0x00)
        {
            throw Fail("malformed " + what + ": expected the func sort");
        }
    }
}
