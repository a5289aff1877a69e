using System.Globalization;
using System.Text;

namespace AnalysisKit.Notebooks;

/// <summary>A cell whose fresh outputs differ from the stored ones, with a line diff for the reader.</summary>
public sealed record OutputDifference(int CellNumber, string Expected, string Actual)
{
    /// <summary>Lines of diff shown before the rest is summarised.</summary>
    public const int MaxDiffLines = 40;

    /// <summary>"cell N: outputs differ" then a unified-style diff: <c>-</c> stored, <c>+</c> fresh, two spaces unchanged.</summary>
    public string Describe()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"cell {CellNumber}: outputs differ (- stored, + this run)\n"));
        var lines = LineDiff(Expected.Split('\n'), Actual.Split('\n')).ToList();
        foreach (var line in lines.Take(MaxDiffLines))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxDiffLines)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"  … {lines.Count - MaxDiffLines} more diff lines\n"));
        }

        return text.ToString();
    }

    private static IEnumerable<string> LineDiff(string[] expected, string[] actual)
    {
        // Longest common subsequence over lines; outputs are small, so the quadratic table is fine.
        var n = Math.Min(expected.Length, 2000);
        var m = Math.Min(actual.Length, 2000);
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(expected[i], actual[j], StringComparison.Ordinal)
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && string.Equals(expected[a], actual[b], StringComparison.Ordinal))
            {
                yield return "  " + expected[a++];
                b++;
            }
            else if (b < m && (a == n || table[a, b + 1] >= table[a + 1, b]))
            {
                yield return "+ " + actual[b++];
            }
            else
            {
                yield return "- " + expected[a++];
            }
        }
    }
}
