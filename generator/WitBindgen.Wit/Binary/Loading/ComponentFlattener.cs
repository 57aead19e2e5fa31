using System.Globalization;

namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// Flattens a component binary into a <see cref="ComponentPlan"/>: walks every section of the outermost component,
/// instantiating nested components by walking their sections again with the instantiation's arguments in place of
/// their imports (as Wasmtime's <c>inline</c> pass does), and resolves every core import to the definition that
/// really provides it. Types are read by <see cref="ComponentDecoder"/> over the same sections.
/// </summary>
internal sealed partial class ComponentFlattener
{
    /// <summary>How many core and component instantiations a component may perform in total.</summary>
    public const int MaxInstantiations = 10_000;

    /// <summary>How deeply component instantiations may nest (each one is a level of recursion here).</summary>
    public const int MaxInstantiationDepth = ComponentDecoder.MaxDepth;

    /// <summary>How many lowerings, built-ins and resources a flattened component may define in total.</summary>
    public const int MaxDefinitions = 1_000_000;

    /// <summary>
    /// How many section bytes and entries flattening may read in total: a nested component is read again for each
    /// instantiation, so a small binary could otherwise demand unbounded work.
    /// </summary>
    public const long MaxWork = 200_000_000;

    private const byte ComponentVersion = 0x0d;

    private readonly byte[] _bytes;
    private readonly ComponentDecoder _decoder = new();
    private readonly List<CoreModulePlan> _modules = new();
    private readonly Dictionary<int, int> _moduleAtOffset = new();
    private readonly List<CoreInstantiation> _instantiations = new();
    private readonly List<CoreLowering> _lowerings = new();
    private readonly List<CanonicalBuiltin> _builtins = new();
    private readonly List<ResourceDefinition> _resources = new();
    private readonly Dictionary<ResourceNode, ResourceDefinition> _importedResources = new();
    private readonly List<ComponentPlanItem> _imports = new();
    private readonly List<ComponentPlanItem> _exports = new();
    private readonly List<int> _componentInstanceParents = new() { -1 };
    private int _componentInstantiations;
    private int _instantiationDepth;
    private long _work;
    private string _section = "preamble";
    private int _sectionOffset;
    private int _entry = -1;
    private int _entryOffset;

    private readonly long _maxWork;

    private ComponentFlattener(byte[] bytes, long maxWork)
    {
        _bytes = bytes;
        _maxWork = maxWork;
    }

    /// <summary>Flattens the component in <paramref name="bytes"/>, reading at most <paramref name="maxWork"/> section bytes and entries.</summary>
    /// <exception cref="ComponentLoadException">The binary is malformed or uses a construct the loader refuses.</exception>
    public static ComponentPlan Flatten(byte[] bytes, long maxWork = MaxWork)
    {
        var flattener = new ComponentFlattener(bytes, maxWork);
        try
        {
            var root = new FlattenFrame(null, new DecoderScope(null, 0), null);
            flattener.Walk(root, 0, bytes.Length);
            flattener.AddUnaliasedImportedResources();
        }
        catch (ComponentFormatException error)
        {
            throw new ComponentLoadException(OneLine(flattener.Context() + ": " + error.Descriptor.Format(error.Arguments)), error);
        }

        return new ComponentPlan(
            flattener._modules.AsReadOnly(),
            flattener._instantiations.AsReadOnly(),
            flattener._lowerings.AsReadOnly(),
            flattener._builtins.AsReadOnly(),
            flattener._resources.AsReadOnly(),
            flattener._imports.AsReadOnly(),
            flattener._exports.AsReadOnly(),
            flattener._componentInstanceParents.AsReadOnly());
    }

    /// <summary>Reads the sections of one component instantiation in <c>_bytes[start..end)</c> into <paramref name="frame"/>.</summary>
    private void Walk(FlattenFrame frame, int start, int end)
    {
        var reader = new WasmReader(_bytes, start, end);
        ReadPreamble(reader, frame.IsOutermost);
        while (!reader.AtEnd)
        {
            _sectionOffset = reader.Position;
            _entry = -1;
            var id = reader.ReadByte();
            var section = reader.Slice(reader.ReadIndex());
            AddWork(section.Remaining);
            ReadSection(frame, id, section);
        }
    }

    private void ReadPreamble(WasmReader reader, bool outermost)
    {
        _section = "preamble";
        _sectionOffset = reader.Position;
        if (reader.Remaining < 8 || reader.ReadByte() != 0x00 || reader.ReadByte() != 0x61 || reader.ReadByte() != 0x73 || reader.ReadByte() != 0x6d)
        {
            throw Fail(outermost ? "not a WebAssembly binary (it does not start with \\0asm)" : "the nested component does not start with \\0asm");
        }

        var version = reader.ReadByte() | (reader.ReadByte() << 8);
        var layer = reader.ReadByte() | (reader.ReadByte() << 8);
        if (layer == 0)
        {
            throw Fail("a core WebAssembly module, not a component");
        }

        if (layer != 1 || version != ComponentVersion)
        {
            throw Fail("unsupported component binary version 0x" + version.ToString("x", CultureInfo.InvariantCulture) + " (layer " + layer.ToString(CultureInfo.InvariantCulture) + "); only version 0x0d is read");
        }
    }

    private void ReadSection(FlattenFrame frame, byte id, WasmReader section)
    {
        var start = section.Position;
        var end = start + section.Remaining;
        switch (id)
        {
            case 0:
                _section = "custom";
                return;
            case 1:
                _section = "core module";
                DefineCoreModule(frame, start, end);
                return;
            case 2:
                _section = "core instance";
                ReadEntries(section, () => ReadCoreInstance(frame, section));
                break;
            case 3:
                // Core types only describe imported modules and a few thread built-ins; nothing here refers to them.
                _section = "core type";
                return;
            case 4:
                _section = "component";
                _decoder.ReadSection(id, new WasmReader(_bytes, start, end), frame.Scope);
                frame.Components.Add(new ComponentClosure(start, end, frame, null));
                return;
            case 5:
                _section = "component instance";
                _decoder.ReadSection(id, new WasmReader(_bytes, start, end), frame.Scope);
                ReadEntries(section, () => ReadComponentInstance(frame, section));
                break;
            case 6:
                _section = "alias";
                _decoder.ReadSection(id, new WasmReader(_bytes, start, end), frame.Scope);
                ReadEntries(section, () => ReadAlias(frame, section));
                break;
            case 7:
                _section = "type";
                ReadEntries(section, () => ReadType(frame, section));
                break;
            case 8:
                _section = "canon";
                ReadEntries(section, () => ReadCanon(frame, section));
                break;
            case 9:
                _section = "start";
                throw Fail("a component-level start function runs component code at instantiation, which the core backend does not do; the component cannot be loaded");
            case 10:
                _section = "import";
                var imports = frame.Scope.Imports.Count;
                _decoder.ReadSection(id, new WasmReader(_bytes, start, end), frame.Scope);
                ReadEntries(section, () => ReadImport(frame, section, imports + _entry));
                break;
            case 11:
                _section = "export";
                var exports = frame.Scope.Exports.Count;
                _decoder.ReadSection(id, new WasmReader(_bytes, start, end), frame.Scope);
                ReadEntries(section, () => ReadExport(frame, section, exports + _entry));
                break;
            case 12:
                _section = "value";
                throw Fail("value definitions are not supported");
            default:
                _section = "unknown";
                throw Fail("unknown section id " + id.ToString(CultureInfo.InvariantCulture));
        }

        _entry = -1;
        section.ExpectEnd(_section + " section");
    }

    private void ReadEntries(WasmReader section, Action readOne)
    {
        var count = section.ReadCount();
        for (var i = 0; i < count; i++)
        {
            _entry = i;
            _entryOffset = section.Position;
            AddWork(1);
            readOne();
        }
    }

    private void DefineCoreModule(FlattenFrame frame, int start, int end)
    {
        if (!_moduleAtOffset.TryGetValue(start, out var index))
        {
            var (imports, exports) = CoreModuleReader.Read(_bytes, start, end);
            index = _modules.Count;
            _modules.Add(new CoreModulePlan(index, new ArraySegment<byte>(_bytes, start, end - start), imports, exports));
            _moduleAtOffset.Add(start, index);
        }

        frame.CoreModules.Add(new CoreModuleItem(index, null));
    }

    /// <summary>Where the walk is, for messages: the section, its offset, and the entry being read.</summary>
    private string Context()
    {
        var where = _section + " section at byte offset " + ComponentFormatException.FormatOffset(_sectionOffset);
        return _entry < 0 ? where : where + ", entry " + _entry.ToString(CultureInfo.InvariantCulture) + " (byte offset " + ComponentFormatException.FormatOffset(_entryOffset) + ")";
    }

    /// <summary>A load failure at the current position saying <paramref name="what"/> is wrong.</summary>
    private ComponentLoadException Fail(string what) => new(OneLine(Context() + ": " + what));

    /// <summary>Escapes control characters (a name in the binary may hold any), so a message stays one line.</summary>
    private static string OneLine(string message)
    {
        var builder = new System.Text.StringBuilder(message.Length);
        foreach (var c in message)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Element <paramref name="index"/> of an index space, or a failure naming the space and its size.</summary>
    private T At<T>(List<T> space, int index, string what)
    {
        if (index < 0 || index >= space.Count)
        {
            throw Fail(what + " index " + index.ToString(CultureInfo.InvariantCulture) + " is out of range (" + space.Count.ToString(CultureInfo.InvariantCulture) + " defined)");
        }

        return space[index];
    }

    private void CountDefinition()
    {
        if (_lowerings.Count + _builtins.Count + _resources.Count >= MaxDefinitions)
        {
            throw Fail("the component defines more than " + MaxDefinitions.ToString(CultureInfo.InvariantCulture) + " lowered functions, built-ins and resources once nested components are instantiated");
        }
    }

    private void AddWork(long amount)
    {
        _work += amount;
        if (_work > _maxWork)
        {
            throw Fail("flattening the component reads more than " + _maxWork.ToString(CultureInfo.InvariantCulture) + " bytes and entries once nested components are instantiated");
        }
    }

    private void CountInstantiation()
    {
        if (_instantiations.Count + _componentInstantiations >= MaxInstantiations)
        {
            throw Fail("the component performs more than " + MaxInstantiations.ToString(CultureInfo.InvariantCulture) + " core and component instantiations");
        }
    }

    private static string Quote(string name) => "'" + name + "'";
}
