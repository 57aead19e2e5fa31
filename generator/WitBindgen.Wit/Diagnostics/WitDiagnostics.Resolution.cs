namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of name resolution (WIT0100–WIT0299). Each message starts with the wording
// wasm-tools' wit-parser uses for the same problem, then says what to do about it.
public static partial class WitDiagnostics
{
    /// <summary>No file of a package has a <c>package</c> header.</summary>
    public static readonly DiagnosticDescriptor MissingPackageHeader = new(
        "WIT0100",
        "Missing package header",
        "no `package` header was found in any WIT file for this package. Add `package namespace:name;` at the top of one of its files");

    /// <summary>Two files of one package name different packages.</summary>
    public static readonly DiagnosticDescriptor ConflictingPackageName = new(
        "WIT0101",
        "Conflicting package names",
        "package identifier `{0}` does not match previous package name of `{1}`. Every file of a package directory must name the same package");

    /// <summary>More than one <c>package</c> header has doc comments.</summary>
    public static readonly DiagnosticDescriptor MultiplePackageDocs = new(
        "WIT0102",
        "Package documented twice",
        "found doc comments on multiple 'package' items. Keep the package's doc comments on one `package` header only");

    /// <summary>Two packages share a name.</summary>
    public static readonly DiagnosticDescriptor DuplicatePackage = new(
        "WIT0103",
        "Duplicate package",
        "package `{0}` is defined in two different locations:\n  * {1}\n  * {2}\nRemove one of the two definitions");

    /// <summary>Packages depend on each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor PackageCycle = new(
        "WIT0104",
        "Package dependency cycle",
        "package `{0}` creates a dependency cycle. Packages must not use each other in a loop; move the shared items into a package of their own");

    /// <summary>A referenced package is unknown.</summary>
    public static readonly DiagnosticDescriptor PackageNotFound = new(
        "WIT0105",
        "Package not found",
        "package '{0}' not found{1}\nAdd it to the `deps/` directory, or fix the name or version in the reference");

    /// <summary>An interface, world or type name is not defined where it is looked up.</summary>
    public static readonly DiagnosticDescriptor NameNotFound = new(
        "WIT0106",
        "Name not found",
        "{0} `{1}` does not exist{2}. Check the spelling, or define or `use` it first");

    /// <summary>An item depends on itself.</summary>
    public static readonly DiagnosticDescriptor DependencyCycle = new(
        "WIT0107",
        "Dependency cycle",
        "{0} `{1}` depends on itself. Break the cycle: an item cannot refer to itself, directly or through others");

    /// <summary>A name is defined twice in one scope.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new(
        "WIT0108",
        "Duplicate name",
        "{0}. Rename or remove one of the definitions");

    /// <summary>An item of the wrong kind is named (a world where an interface is expected, a function used as a type, …).</summary>
    public static readonly DiagnosticDescriptor WrongKindOfItem = new(
        "WIT0109",
        "Wrong kind of item",
        "{0}. Refer to an item of the expected kind");

    /// <summary>A type is malformed: an empty enum or variant, a bad map key, a handle to a non-resource, a bad constructor result.</summary>
    public static readonly DiagnosticDescriptor InvalidType = new(
        "WIT0110",
        "Invalid type",
        "{0}");

    /// <summary>A world imports or exports two things under one name.</summary>
    public static readonly DiagnosticDescriptor WorldNameConflict = new(
        "WIT0111",
        "World item conflict",
        "{0}. Give one of the items another name (for example with `import label: path;` or `include … with {{ a as b }}`)");

    /// <summary>An interface or world named by a package path is missing from that package.</summary>
    public static readonly DiagnosticDescriptor ItemNotInPackage = new(
        "WIT0112",
        "Item not found in package",
        "{0} '{1}' not found in package '{2}'. Check the name, or the version of the package in `deps/`");

    /// <summary>A type imported by <c>use</c> from another package is missing.</summary>
    public static readonly DiagnosticDescriptor TypeNotInInterface = new(
        "WIT0113",
        "Type not found in interface",
        "type `{0}` not defined in interface. Check the name of the type in the `use` statement");

    /// <summary>An item refers to an item that a disabled <c>@unstable</c> feature removed.</summary>
    public static readonly DiagnosticDescriptor ReferenceToGatedItem = new(
        "WIT0114",
        "Reference to a feature-gated item",
        "found a reference to a {0} which is excluded due to its feature not being activated{1}. Enable the feature, or gate the referring item the same way");

    /// <summary>A function result contains <c>borrow&lt;T&gt;</c>.</summary>
    public static readonly DiagnosticDescriptor BorrowInResult = new(
        "WIT0115",
        "Borrow in a result",
        "function `{0}` returns a type which contains a `borrow<T>` which is not supported. Return an owned handle (`own<T>` or the bare resource name) instead");

    /// <summary>A feature gate is malformed or refers to a version the package does not have.</summary>
    public static readonly DiagnosticDescriptor InvalidFeatureGate = new(
        "WIT0116",
        "Invalid feature gate",
        "{0}");

    /// <summary>An <c>include … with</c> rename names nothing in the included world.</summary>
    public static readonly DiagnosticDescriptor IncludeNameNotFound = new(
        "WIT0117",
        "Include rename target not found",
        "no import or export kebab-name `{0}`. Note that an ID does not support renaming. Rename only plain-named imports and exports of the included world");

    /// <summary>An export needs an interface both imported and exported.</summary>
    public static readonly DiagnosticDescriptor InvalidTransitiveDependency = new(
        "WIT0118",
        "Conflicting transitive dependency",
        "interface `{0}` transitively depends on an interface in incompatible ways. Also export the interfaces it uses, or import them all");

    /// <summary>A top-level <c>use</c> or nested package is written where it is not allowed.</summary>
    public static readonly DiagnosticDescriptor MisplacedItem = new(
        "WIT0119",
        "Misplaced item",
        "{0}");

    /// <summary>Definitions nest or chain deeper than the resolver supports.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "WIT0120",
        "Nesting too deep",
        "{0} nesting too deep. Simplify the definition by naming intermediate types");

    /// <summary>A type nests, through the types it refers to, deeper than the resolver supports.</summary>
    public static readonly DiagnosticDescriptor TypeTooDeep = new(
        "WIT0121",
        "Type nested too deeply",
        "{0} nests more than {1} levels deep through the types it refers to. Shorten the chain of aliases and nested types");
}
