namespace Example.Guest.Calculator;

/// <summary>
/// Tells the generated exports which class implements <c>example:guest/calculator</c>: the optional partial
/// method is called the first time the host calls an export.
/// </summary>
public static partial class CalculatorExports
{
    static partial void CreateImplementation(ref ICalculator? implementation) =>
        implementation = new GuestComponent.Calculator();
}
