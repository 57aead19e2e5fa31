namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>A host function as the trampoline finds it through its data pointer: the callback and its name for messages.</summary>
internal sealed record CoreHostRegistration(CoreHostFunction Callback, string DisplayName);
