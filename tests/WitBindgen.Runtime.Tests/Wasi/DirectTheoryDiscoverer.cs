using Xunit.Abstractions;
using Xunit.Sdk;

namespace WitBindgen.Runtime.Tests.Wasi;

/// <summary>Discovers a <see cref="DirectTheoryAttribute"/>'s rows, skipping those whose component the direct backend refuses.</summary>
public sealed class DirectTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        var type = theoryAttribute.GetConstructorArguments().OfType<Type>().First();
        var refusal = ((IDirectRefusal)Activator.CreateInstance(type)!).Refusal(dataRow);
        return refusal is null
            ? base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow)
            : CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, "The direct backend refuses the component: " + refusal);
    }
}
