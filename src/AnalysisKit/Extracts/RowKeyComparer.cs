namespace AnalysisKit.Extracts;

/// <summary>
/// Compares loaded rows by their key columns' values, so duplicate keys are found with a set of row numbers instead of a
/// key string built for every row.
/// </summary>
internal sealed class RowKeyComparer(ColumnBuffer[] buffers, int[] keyColumns) : IEqualityComparer<int>
{
    public bool Equals(int x, int y)
    {
        foreach (var column in keyColumns)
        {
            if (!buffers[column].SameValue(x, y))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(int obj)
    {
        var hash = default(HashCode);
        foreach (var column in keyColumns)
        {
            hash.Add(buffers[column].ValueHash(obj));
        }

        return hash.ToHashCode();
    }
}
