using WitBindgen.Runtime;
using HelloComponent = Example.Hello.HelloWorld.Hello;

// Compile the component (here from its text form), instantiate it through the generated bindings, call it.
var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "hello.wat"));
using var engine = new WasmEngine();
using var component = WasmComponent.FromWat(engine, wat);
using var hello = HelloComponent.Instantiate(engine, component);

Console.WriteLine(hello.Greet("WebAssembly"));
Console.WriteLine($"2 + 40 = {hello.Add(2, 40)}");
