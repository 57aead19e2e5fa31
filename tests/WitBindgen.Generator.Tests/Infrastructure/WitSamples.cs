namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>Small WIT packages the tests generate from.</summary>
internal static class WitSamples
{
    /// <summary>A package with a record, an enum and a world; generates <c>Example.Calc.Ops.Types.g.cs</c>.</summary>
    public const string Calc = """
        package example:calc@0.1.0;

        interface ops {
            /// A point on the plane.
            record point { x: s32, y: s32 }
            /// How to round.
            enum rounding { down, up }
            add: func(a: point, b: point) -> point;
        }

        world calc {
            import ops;
        }
        """;

    /// <summary><see cref="Calc"/> with an unknown type on line 8, column 28: <c>b: nope</c>.</summary>
    public const string CalcWithUnknownType = """
        package example:calc@0.1.0;

        interface ops {
            /// A point on the plane.
            record point { x: s32, y: s32 }
            /// How to round.
            enum rounding { down, up }
            add: func(a: point, b: nope) -> point;
        }

        world calc {
            import ops;
        }
        """;

    /// <summary>A package whose world imports an interface of the dependency <see cref="Numbers"/>.</summary>
    public const string UsesNumbers = """
        package example:app;

        interface api {
            use example:numbers/types.{number};
            record reading { value: number }
            read: func() -> reading;
        }

        world app {
            import api;
        }
        """;

    /// <summary>A dependency package with one record.</summary>
    public const string Numbers = """
        package example:numbers;

        interface types {
            /// A number with its unit.
            record number { magnitude: f64, unit: string }
        }
        """;

    /// <summary>A package with a deprecated type and a feature-gated one (feature <c>fancy</c>).</summary>
    public const string Gated = """
        package example:gated@1.2.0;

        @since(version = 1.0.0)
        interface shapes {
            @since(version = 1.0.0)
            @deprecated(version = 1.1.0)
            record old-point { x: s32 }

            @unstable(feature = fancy)
            record fancy-point { x: s32, y: s32 }
        }

        world gated {
            @since(version = 1.0.0)
            import shapes;
        }
        """;
}
