using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// One place host code lifts or lowers a value, as <see cref="MarshalPlanner"/> decided it: the value's type, the
/// locals the code declares there (named in planning, so they clash with nothing in scope), and the same for each of
/// the value's parts.
/// </summary>
internal sealed class HostValueCode
{
    /// <param name="type">The value's type.</param>
    /// <param name="locals">The locals the code at this place declares, by role (<c>"items"</c>, <c>"okPayload"</c>, <c>"case:Circle"</c>).</param>
    /// <param name="parts">The code of each part, in the order of <see cref="MarshalType.Children"/>; empty when a helper method converts the value.</param>
    /// <param name="helper">
    /// The qualified member of the marshal class the code calls: a declared type's lowering or lifting method, a host
    /// resource's <c>HostResourceType</c> field, or the owner lookup of a guest resource; null when there is none.
    /// </param>
    /// <param name="role">Who implements the resource of a handle; null for other types.</param>
    public HostValueCode(MarshalType type, IReadOnlyDictionary<string, string> locals, IReadOnlyList<HostValueCode> parts, string? helper, HostResourceRole? role)
    {
        Type = type;
        Locals = locals;
        Parts = parts;
        Helper = helper;
        Role = role;
    }

    /// <summary>The value's type.</summary>
    public MarshalType Type { get; }

    /// <summary>The locals the code at this place declares, by role (<c>"items"</c>, <c>"okPayload"</c>, <c>"case:Circle"</c>).</summary>
    public IReadOnlyDictionary<string, string> Locals { get; }

    /// <summary>The code of each part, in the order of <see cref="MarshalType.Children"/>; empty when a helper method converts the value.</summary>
    public IReadOnlyList<HostValueCode> Parts { get; }

    /// <summary>
    /// The qualified member of the marshal class the code calls: a declared type's lowering or lifting method, a host
    /// resource's <c>HostResourceType</c> field, or the owner lookup of a guest resource; null when there is none.
    /// </summary>
    public string? Helper { get; }

    /// <summary>Who implements the resource of a handle; null for other types.</summary>
    public HostResourceRole? Role { get; }

    /// <summary>The local planned for <paramref name="role"/>.</summary>
    /// <exception cref="InvalidOperationException">No local was planned for that role.</exception>
    public string Local(string role) =>
        Locals.TryGetValue(role, out var name) ? name : throw new InvalidOperationException($"no local `{role}` was planned for a {Type.Facts.Label}");
}
