namespace AnalysisKit.Extracts;

/// <summary>
/// A part of a file parsed beside others produced more rows than its planned range holds: the plan was wrong (e.g. a
/// quoted line feed the planner did not see), so the loader reads the file again in one sequential pass.
/// </summary>
internal sealed class ColumnRangeFullException : Exception
{
    public ColumnRangeFullException()
        : base("A file part produced more rows than planned.")
    {
    }
}
