namespace AnalysisKit.Charts;

/// <summary>
/// Thrown when the data given to a chart cannot be drawn honestly: a value that is not a finite number, a limit
/// line whose arrays differ in length, a repeated label, a count that is neither given nor marked suppressed.
/// The message names the chart, the item (unit, point, row), the field, the value and what was expected.
/// </summary>
public sealed class ChartDataException : ArgumentException
{
    /// <summary>Creates the exception with a message from <see cref="ChartMessages"/>.</summary>
    /// <param name="message">What is wrong, where, and what was expected.</param>
    /// <param name="paramName">The argument that held the bad data.</param>
    public ChartDataException(string message, string? paramName)
        : base(message, paramName)
    {
    }
}
