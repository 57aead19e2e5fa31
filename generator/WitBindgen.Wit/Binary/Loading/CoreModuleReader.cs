using System.Globalization;

namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// Reads what the loader needs of a core module embedded in a component: its import and export sections. The
/// code, data and every other section are skipped; the engine validates the module when it compiles it.
/// </summary>
internal static class CoreModuleReader
{
    private const byte ImportSection = 2;
    private const byte ExportSection = 7;

    /// <summary>Reads the imports and exports of the module in <c>bytes[start..end)</c>.</summary>
    public static (List<CoreModuleImport> Imports, List<CoreModuleExport> Exports) Read(byte[] bytes, int start, int end)
    {
        var reader = new WasmReader(bytes, start, end);
        if (reader.Remaining < 8 || reader.ReadByte() != 0x00 || reader.ReadByte() != 0x61 || reader.ReadByte() != 0x73 || reader.ReadByte() != 0x6d)
        {
            throw ComponentFormatException.Malformed(start, "core module does not start with \\0asm");
        }

        var version = reader.ReadByte() | (reader.ReadByte() << 8) | (reader.ReadByte() << 16) | (reader.ReadByte() << 24);
        if (version != 1)
        {
            throw ComponentFormatException.Malformed(start, "core module has version " + version.ToString(CultureInfo.InvariantCulture) + ", not 1");
        }

        var imports = new List<CoreModuleImport>();
        var exports = new List<CoreModuleExport>();
        while (!reader.AtEnd)
        {
            var id = reader.ReadByte();
            var section = reader.Slice(reader.ReadIndex());
            if (id == ImportSection)
            {
                ReadImports(section, imports);
                section.ExpectEnd("core module import section");
            }
            else if (id == ExportSection)
            {
                ReadExports(section, exports);
                section.ExpectEnd("core module export section");
            }
        }

        return (imports, exports);
    }

    private static void ReadImports(WasmReader reader, List<CoreModuleImport> imports)
    {
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var module = reader.ReadName();
            var name = reader.ReadName();
            var offset = reader.Position;
            var kind = reader.ReadByte();
            CoreSort sort;
            switch (kind)
            {
                case 0x00:
                    reader.ReadIndex();
                    sort = CoreSort.Func;
                    break;
                case 0x01:
                    SkipRefType(reader);
                    SkipLimits(reader);
                    sort = CoreSort.Table;
                    break;
                case 0x02:
                    SkipLimits(reader);
                    sort = CoreSort.Memory;
                    break;
                case 0x03:
                    SkipValType(reader);
                    reader.ReadByte();
                    sort = CoreSort.Global;
                    break;
                case 0x04:
                    reader.ReadByte();
                    reader.ReadIndex();
                    sort = CoreSort.Tag;
                    break;
                default:
                    throw ComponentFormatException.Malformed(offset, "core module import '" + module + "' '" + name + "' has unknown kind 0x" + kind.ToString("x2", CultureInfo.InvariantCulture));
            }

            imports.Add(new CoreModuleImport(module, name, sort));
        }
    }

    private static void ReadExports(WasmReader reader, List<CoreModuleExport> exports)
    {
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadName();
            var offset = reader.Position;
            var kind = reader.ReadByte();
            reader.ReadIndex();
            var sort = kind switch
            {
                0x00 => CoreSort.Func,
                0x01 => CoreSort.Table,
                0x02 => CoreSort.Memory,
                0x03 => CoreSort.Global,
                0x04 => CoreSort.Tag,
                _ => throw ComponentFormatException.Malformed(offset, "core module export '" + name + "' has unknown kind 0x" + kind.ToString("x2", CultureInfo.InvariantCulture)),
            };
            exports.Add(new CoreModuleExport(name, sort));
        }
    }

    /// <summary>Skips limits: a flags byte (max, shared, 64-bit, custom page size), a minimum and optional maximum.</summary>
    private static void SkipLimits(WasmReader reader)
    {
        var flags = reader.ReadByte();
        SkipLeb(reader);
        if ((flags & 0x01) != 0)
        {
            SkipLeb(reader);
        }

        if ((flags & 0x08) != 0)
        {
            reader.ReadU32();
        }
    }

    /// <summary>Skips a value type: a one-byte type, or <c>ref</c>/<c>ref null</c> with a heap type.</summary>
    private static void SkipValType(WasmReader reader)
    {
        var b = reader.ReadByte();
        if (b is 0x63 or 0x64)
        {
            SkipLeb(reader);
        }
    }

    private static void SkipRefType(WasmReader reader) => SkipValType(reader);

    /// <summary>Skips a LEB128 integer of up to 64 bits.</summary>
    private static void SkipLeb(WasmReader reader)
    {
        var offset = reader.Position;
        for (var i = 0; i < 10; i++)
        {
            if ((reader.ReadByte() & 0x80) == 0)
            {
                return;
            }
        }

        throw ComponentFormatException.Malformed(offset, "integer encoding longer than 10 bytes");
    }
}
