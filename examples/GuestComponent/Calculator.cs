using Example.Guest.Calculator;
using Example.Guest.Logger;
using WitBindgen;

namespace GuestComponent;

/// <summary>The component's implementation of <c>example:guest/calculator</c>.</summary>
internal sealed class Calculator : ICalculator
{
    /// <inheritdoc />
    public Result<Evaluation, string> Evaluate(Operation op)
    {
        // An imported resource is a disposable handle: disposing it drops the host's section.
        using var section = new Section("evaluate");
        section.Log($"evaluating {op}");
        try
        {
            return op switch
            {
                Operation.Add add => Result.Ok(new Evaluation(checked(add.Value.Item1 + add.Value.Item2), new[] { "add" })),
                Operation.Negate negate => Result.Ok(new Evaluation(checked(-negate.Value), new[] { "negate" })),
                Operation.Sum sum => Result.Ok(new Evaluation(sum.Value.Aggregate(0L, (total, x) => checked(total + x)), sum.Value.Select(x => $"+{x}").ToArray())),
                _ => Result.Err("unknown operation"),
            };
        }
        catch (OverflowException)
        {
            return Result.Err("overflow");
        }
    }

    /// <inheritdoc />
    public int Add(int a, int b) => unchecked(a + b);

    /// <inheritdoc />
    public Accumulator CreateAccumulator(long start) => new RunningTotal(start);
}
