using System.Globalization;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Reads an import or export name (<c>nameattributes</c> of the component binary format) in any of its three forms,
/// as Wasmtime reads them.
/// </summary>
internal static class ExternNameReader
{
    private const byte Implements = 0x00;
    private const byte VersionSuffix = 0x01;
    private const byte ExternalId = 0x02;

    /// <summary>
    /// Reads one name. <c>0x00</c> is a name; <c>0x01</c> is the same (older encoders marked interface names with
    /// it, which their syntax now tells); <c>0x02</c> is a name followed by attributes, of which only a version
    /// suffix changes what the name means: it restores the full version the canonical name left out
    /// (<c>a:b/c@0.2</c> with <c>.6</c> is <c>a:b/c@0.2.6</c>). <c>implements</c> and <c>external-id</c> do not
    /// identify an import or export, so the name stays as it is.
    /// </summary>
    public static string Read(WasmReader reader)
    {
        var offset = reader.Position;
        var form = reader.ReadByte();
        switch (form)
        {
            case 0x00:
            case 0x01:
                return reader.ReadName();
            case 0x02:
                return ReadWithAttributes(reader);
            default:
                throw ComponentFormatException.Malformed(offset, "unknown name form " + Hex(form));
        }
    }

    private static string ReadWithAttributes(WasmReader reader)
    {
        var name = reader.ReadName();
        var count = reader.ReadCount();
        var seen = new HashSet<byte>();
        string? versionSuffix = null;
        for (var i = 0; i < count; i++)
        {
            var offset = reader.Position;
            var kind = reader.ReadByte();
            if (kind is not (Implements or VersionSuffix or ExternalId))
            {
                throw ComponentFormatException.Unsupported(offset, "import or export name attribute " + Hex(kind) + " (newer than the implements, versionsuffix and external-id attributes this reader knows)");
            }

            if (!seen.Add(kind))
            {
                throw ComponentFormatException.Malformed(offset, "name attribute " + Hex(kind) + " appears more than once on one import or export");
            }

            var value = reader.ReadName();
            if (kind == VersionSuffix)
            {
                if (name.IndexOf('@') < 0)
                {
                    throw ComponentFormatException.Malformed(offset, "version suffix on an import or export name that has no version");
                }

                versionSuffix = value;
            }
        }

        return versionSuffix is null ? name : name + versionSuffix;
    }

    private static string Hex(byte value) => "0x" + value.ToString("x2", CultureInfo.InvariantCulture);
}
