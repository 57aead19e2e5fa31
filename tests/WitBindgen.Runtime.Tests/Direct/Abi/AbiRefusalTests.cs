using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>Resource handles and the async types are not the engine's yet: it refuses them up front, naming the function and where the type appears.</summary>
public sealed class AbiRefusalTests
{
    private static readonly TypeNode U32 = new PrimitiveNode(PrimitiveKind.U32);

    [Fact]
    public void Resource_handles_without_the_plan_resolving_them_are_refused_naming_the_function_and_the_parameter()
    {
        var handle = new HandleNode(true, new ResourceNode());
        var type = new FuncNode(false, [("n", U32), ("file", new ListNode(handle, null))], null);
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("wasi:fs/types#open", type))
            .Message.ShouldBe("wasi:fs/types#open: parameter 'file' has 'own<…>', a handle of a resource the component's plan does not define or import.");
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("get", new FuncNode(false, [], new HandleNode(false, new ResourceNode()))))
            .Message.ShouldBe("get: the result has 'borrow<…>', a handle of a resource the component's plan does not define or import.");
    }

    [Theory]
    [InlineData("stream")]
    [InlineData("future")]
    public void Streams_and_futures_are_refused(string keyword)
    {
        var type = new FuncNode(false, [("s", new RecordNode([("inner", new WrapperNode(keyword, U32))]))], null);
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("pipe", type))
            .Message.ShouldBe($"pipe: parameter 's' has '{keyword}', which the direct backend does not support yet (async types come later).");
    }

    [Fact]
    public void Error_contexts_and_async_functions_are_refused()
    {
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("fail", new FuncNode(false, [], new ResultNode(null, new PrimitiveNode(PrimitiveKind.ErrorContext)))))
            .Message.ShouldBe("fail: the result has 'error-context', which the direct backend does not support yet.");
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("later", new FuncNode(true, [], null)))
            .Message.ShouldBe("later: async functions are not supported by the direct backend yet.");
    }

    [Fact]
    public void Empty_aggregates_and_types_nested_past_the_bound_are_refused()
    {
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("f", new FuncNode(false, [("r", new RecordNode([]))], null)))
            .Message.ShouldBe("f: parameter 'r' has an empty record, tuple, variant, enum, flags or fixed-length list, which the component model does not allow.");
        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("f", new FuncNode(false, [], new ListNode(new LabelsNode(true, []), 4_000_000_000))));

        TypeNode deep = U32;
        for (var i = 0; i <= AbiTypeBuilder.MaxDepth; i++)
        {
            deep = new WrapperNode("option", deep);
        }

        Should.Throw<NotSupportedException>(() => FunctionAbi.Create("f", new FuncNode(false, [("o", deep)], null)))
            .Message.ShouldBe($"f: parameter 'o' has a type nested more than {AbiTypeBuilder.MaxDepth} deep.");
    }

    [Fact]
    public void A_named_type_lays_out_as_the_type_it_names()
    {
        var named = new NamedNode("point", new RecordNode([("x", U32), ("y", new PrimitiveNode(PrimitiveKind.U8))]), isPlaceholder: false);
        var layout = new AbiTypeBuilder().Build(named, "f", "parameter 'p'");
        (layout.Size, layout.Alignment, layout.Offsets[1]).ShouldBe((8u, 4u, 4u));
    }
}
