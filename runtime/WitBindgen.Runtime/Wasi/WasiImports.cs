using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Wasi.Filesystem;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// Decides whether the direct backend's WASI serves a component's <c>wasi:</c> imports: an import of any WASI 0.2
/// release binds to the runtime's 0.2.12 definitions when its interface is implemented (<see cref="WasiInterfaces"/>)
/// and every item it imports exists there with the same type; <c>@unstable</c> interfaces also need the store's opt-in.
/// </summary>
internal static class WasiImports
{
    // The @unstable interfaces of the runtime's world, with the feature that gates each.
    private static readonly Dictionary<string, string> UnstableFeatures = new(StringComparer.Ordinal)
    {
        ["wasi:clocks/timezone"] = "clocks-timezone",
    };

    // The @unstable items of otherwise stable interfaces (interface#item), with the feature that gates each.
    private static readonly Dictionary<string, string> UnstableItems = new(StringComparer.Ordinal)
    {
        ["wasi:sockets/network#network-error-code"] = "network-error-code",
    };

    // The imports of a plan gated by an @unstable feature, in import order, found on its first instantiation.
    private static readonly ConditionalWeakTable<ComponentPlan, (string Import, string Feature)[]> GatedImports = new();

    /// <summary>
    /// Null when every <c>wasi:</c> import of <paramref name="plan"/> is served, else why the first one is not. Under
    /// <see cref="ComponentBackend.Auto"/>, <c>wasi:filesystem</c> counts as served only where the host sandbox runs
    /// (<see cref="HostSandboxPlatform"/>), so that elsewhere a component that may be given host directories runs on
    /// the Wasmtime backend as before; an engine set to <see cref="ComponentBackend.Direct"/> still serves it (in-memory
    /// directories work everywhere; a host preopen is refused at instantiation, <see cref="FindUnavailablePreopen"/>).
    /// </summary>
    public static string? FindUnserved(ComponentPlan plan, ComponentBackend backend)
    {
        WasiTypeMatch? match = null;
        foreach (var import in plan.Imports)
        {
            if (!WasiImportName.IsWasi(import.Name))
            {
                continue;
            }

            if (!WasiImportName.TryParse(import.Name, out var name)
                || !WasiInterfaces.IsImplemented(name.Interface)
                || !WasiReference.Instance.Interfaces.TryGetValue(name.Interface, out var defined))
            {
                return $"The component imports {import.Name}, which the direct backend's WASI does not implement yet.";
            }

            if (backend == ComponentBackend.Auto && IsFilesystem(name) && !HostSandboxPlatform.IsSupported)
            {
                return $"The component imports {import.Name}, which the direct backend's WASI serves with host directories "
                    + $"only where its directory sandbox runs (Linux on x64 or arm64), not on {HostSandboxPlatform.Name}.";
            }

            if (import.Type is not InstanceNode instance)
            {
                return $"The component imports {import.Name} as a {import.Kind.ToString().ToLowerInvariant()}, where WASI defines an interface.";
            }

            match ??= new WasiTypeMatch(WasiResourceNames.Of(plan), WasiReference.Instance.Resources);
            foreach (var item in instance.Exports)
            {
                if (Difference(match, item, defined.Find(item.Name)) is { } difference)
                {
                    return $"The component imports {import.Name}#{item.Name}, {difference}.";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The path of the runtime's definition that serves the imported function or resource <paramref name="path"/>
    /// (<c>wasi:io/streams@0.2.0#[method]input-stream.read</c>), or null when it is not one of a WASI 0.2 interface.
    /// </summary>
    public static string? DefinedPath(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 && WasiImportName.TryParse(path[..hash], out var name) && name.Version != WasiInterfaces.Version
            ? name.Defined + path[hash..]
            : null;
    }

    /// <summary>
    /// Null when <paramref name="configuration"/> enables the <c>@unstable</c> feature of every WASI interface
    /// <paramref name="plan"/> imports, else why the first is refused.
    /// </summary>
    public static string? FindDisabledFeature(ComponentPlan plan, WasiConfiguration configuration)
    {
        foreach (var (import, feature) in GatedImports.GetValue(plan, FindGatedImports))
        {
            if (!configuration.UnstableFeatures.Contains(feature))
            {
                return $"The component imports {import}, which is @unstable(feature = {feature}): enable it for the store with "
                    + $"WasiConfiguration.WithUnstableFeature(\"{feature}\").";
            }
        }

        return null;
    }

    private static (string Import, string Feature)[] FindGatedImports(ComponentPlan plan)
    {
        var gated = new List<(string Import, string Feature)>();
        foreach (var import in plan.Imports)
        {
            if (WasiImportName.TryParse(import.Name, out var name)
                && (UnstableFeatures.GetValueOrDefault(name.Interface) ?? UnstableItemFeature(import, name.Interface)) is { } feature)
            {
                gated.Add((import.Name, feature));
            }
        }

        return [.. gated];
    }

    private static string? UnstableItemFeature(ComponentPlanItem import, string interfaceName) =>
        import.Type is InstanceNode instance
            ? instance.Exports.Select(e => UnstableItems.GetValueOrDefault($"{interfaceName}#{e.Name}")).FirstOrDefault(f => f is not null)
            : null;

    /// <summary>
    /// Null unless <paramref name="plan"/> imports <c>wasi:filesystem</c> and <paramref name="configuration"/> preopens
    /// a host directory on a platform where the direct backend's sandbox for host directories does not run; then why
    /// the store cannot instantiate the component on the direct backend (rather than have get-directories fail later).
    /// </summary>
    public static string? FindUnavailablePreopen(ComponentPlan plan, WasiConfiguration configuration)
    {
        if (configuration.PreopenedDirectories.Count == 0 || HostSandboxPlatform.IsSupported
            || !plan.Imports.Any(import => WasiImportName.TryParse(import.Name, out var name) && IsFilesystem(name)))
        {
            return null;
        }

        var (host, guest, _) = configuration.PreopenedDirectories[0];
        return $"The store preopens the host directory '{host}' as '{guest}', which the direct backend's WASI cannot serve on "
            + $"{HostSandboxPlatform.Name}: its directory sandbox runs on Linux (x64 and arm64) only. Run the component on the "
            + $"{nameof(ComponentBackend.Wasmtime)} backend (or {nameof(ComponentBackend.Auto)}), or give it an in-memory directory.";
    }

    private static bool IsFilesystem(WasiImportName name) => name.Interface.StartsWith("wasi:filesystem/", StringComparison.Ordinal);

    private static string? Difference(WasiTypeMatch match, ExternItem imported, ExternItem? defined)
    {
        if (defined is null || defined.Kind != imported.Kind)
        {
            return $"which WASI {WasiInterfaces.Version} does not define";
        }

        var difference = (Unwrap(imported.Type), Unwrap(defined.Type)) switch
        {
            (FuncNode a, FuncNode b) => match.Difference(a, b),
            ({ }, { }) when imported.Kind == ExternKind.Type => match.SameType(imported.Type!, defined.Type!) ? null : "it is another type",
            _ => "it is another kind of item",
        };
        return difference is null ? null : $"whose type differs from WASI {WasiInterfaces.Version}'s: {difference}";
    }

    private static TypeNode? Unwrap(TypeNode? type) => type is null ? null : NamedNode.Unwrap(type);
}
