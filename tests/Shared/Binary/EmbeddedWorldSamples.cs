using static WitBindgen.Testing.WasmBytes;

namespace WitBindgen.Testing;

/// <summary>
/// Binaries carrying a <c>component-type</c> custom section, written by hand the way binding generators encode
/// the world they generated code for (a component whose type export wraps the world's component type):
/// <code>
/// package demo:greeter@0.2.0;
/// interface types { record point { x: u32, y: u32 } }
/// world greeter {
///   import types;
///   use types.{point};
///   import log: func(msg: string);
///   export greet: func(p: point) -> string;
/// }
/// </code>
/// </summary>
internal static class EmbeddedWorldSamples
{
    public const string SectionName = "component-type:wit-bindgen:0.41.0:demo:greeter@0.2.0:greeter:encoded world";

    /// <summary>The world's component type: imports, a type alias and an export.</summary>
    private static byte[] WorldType() => Concat(
        B(0x41),
        Vec(
            // type 0: instance type { type 0 = record { x: u32, y: u32 }; export "point" (type (eq 0)) }
            Concat(B(0x01, 0x42), Vec(
                Concat(B(0x01, 0x72), Vec(Concat(Name("x"), B(0x79)), Concat(Name("y"), B(0x79)))),
                Concat(B(0x04, 0x00), Name("point"), B(0x03, 0x00, 0x00)))),
            // import "demo:greeter/types@0.2.0" (instance (type 0)): instance 0
            Concat(B(0x03, 0x00), Name("demo:greeter/types@0.2.0"), B(0x05, 0x00)),
            // alias export instance 0 "point": type 1
            Concat(B(0x02, 0x03, 0x00, 0x00), Name("point")),
            // import "point" (type (eq 1)): type 2, the world's `use types.{point}`
            Concat(B(0x03, 0x00), Name("point"), B(0x03, 0x00, 0x01)),
            // type 3: func(msg: string)
            Concat(B(0x01, 0x40), Vec(Concat(Name("msg"), B(0x73))), B(0x01, 0x00)),
            // import "log" (func (type 3))
            Concat(B(0x03, 0x00), Name("log"), B(0x01, 0x03)),
            // type 4: func(p: point) -> string
            Concat(B(0x01, 0x40), Vec(Concat(Name("p"), B(0x02))), B(0x00, 0x73)),
            // export "greet" (func (type 4))
            Concat(B(0x04, 0x00), Name("greet"), B(0x01, 0x04))));

    /// <summary>The custom section's payload: a component exporting the package type that holds the world.</summary>
    public static byte[] Payload() => Payload(WorldType(), "demo:greeter/greeter@0.2.0");

    /// <summary>A payload holding the world <paramref name="worldType"/> (a component type) named <paramref name="qualifiedName"/>.</summary>
    public static byte[] Payload(byte[] worldType, string qualifiedName) => Concat(
        ComponentHeader,
        Custom("wit-component-encoding", B(0x04, 0x00)),
        Section(7, Vec(Concat(
            B(0x41),
            Vec(
                Concat(B(0x01), worldType),
                Concat(B(0x04, 0x00), Name(qualifiedName), B(0x04, 0x00)))))),
        Section(11, Vec(Concat(B(0x00), Name("x"), B(0x03, 0x00, 0x00)))));

    /// <summary>
    /// A component importing <c>f: func(p: record { x: u32 }) -> record { x: u32 }</c> with the record left
    /// unnamed, and a section whose world names it <c>point</c> (<c>record point { x: u32 }</c>, <c>import f: func(p: point) -> point</c>).
    /// </summary>
    public static byte[] ComponentWithUnnamedRecord() => Concat(
        ComponentHeader,
        Section(7, Vec(
            Concat(B(0x72), Vec(Concat(Name("x"), B(0x79)))),
            Concat(B(0x40), Vec(Concat(Name("p"), B(0x00))), B(0x00, 0x00)))),
        Section(10, Vec(Concat(B(0x00), Name("f"), B(0x01, 0x01)))),
        Custom("component-type:points", Payload(
            Concat(B(0x41), Vec(
                Concat(B(0x01, 0x72), Vec(Concat(Name("x"), B(0x79)))),
                Concat(B(0x03, 0x00), Name("point"), B(0x03, 0x00, 0x00)),
                Concat(B(0x01, 0x40), Vec(Concat(Name("p"), B(0x01))), B(0x00, 0x01)),
                Concat(B(0x03, 0x00), Name("f"), B(0x01, 0x02)))),
            "demo:points/points")));

    /// <summary>A core module (no code) with the section, as a binding generator leaves it before componentizing.</summary>
    public static byte[] CoreModule() => Concat(ModuleHeader, Custom(SectionName, Payload()));

    /// <summary>A core module with a section in the encoding used before version 4 (a version byte first).</summary>
    public static byte[] CoreModuleWithOldSection() => Concat(ModuleHeader, Custom("component-type", B(0x03, 0x00, 0x00)));

    /// <summary>A core module with no component-type section.</summary>
    public static byte[] PlainCoreModule() => Concat(ModuleHeader, Custom("name", B(0x00)));

    /// <summary>
    /// A component importing <c>log: func(msg: string)</c>, with the section kept at its end (its own types say
    /// nothing about the world's name or package).
    /// </summary>
    public static byte[] Component(byte[] sectionPayload) => Concat(
        ComponentHeader,
        Section(7, Vec(Concat(B(0x40), Vec(Concat(Name("msg"), B(0x73))), B(0x01, 0x00)))),
        Section(10, Vec(Concat(B(0x00), Name("log"), B(0x01, 0x00)))),
        Custom(SectionName, sectionPayload));
}
