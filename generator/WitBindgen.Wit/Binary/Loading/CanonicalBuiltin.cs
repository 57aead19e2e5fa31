namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A canonical built-in other than <c>lift</c> and <c>lower</c>, named as the component model spells it
/// (<c>resource.new</c>, <c>task.return</c>, <c>stream.read</c>, <c>waitable-set.wait</c>, <c>thread.spawn-ref</c>…).
/// </summary>
/// <param name="Index">The built-in's position in <see cref="ComponentPlan.Builtins"/>.</param>
/// <param name="Name">The built-in's name.</param>
/// <param name="Resource">For <c>resource.new</c>, <c>resource.rep</c> and <c>resource.drop</c>: the resource.</param>
/// <param name="Options">The canonical options the built-in carries, if any.</param>
internal sealed record CanonicalBuiltin(int Index, string Name, ResourceDefinition? Resource, CanonicalOptions? Options)
{
    /// <summary>The component instance whose <c>canon</c> definition made the built-in (whose handle table it uses).</summary>
    public int ComponentInstance { get; init; }

    /// <summary>Whether this is <c>resource.new</c>, <c>resource.rep</c> or a synchronous <c>resource.drop</c>.</summary>
    public bool IsResourceBuiltin => Name is "resource.new" or "resource.rep" or "resource.drop";
}
