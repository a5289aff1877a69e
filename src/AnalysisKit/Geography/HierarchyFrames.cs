using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Geography;

/// <summary>
/// Joins the dated practice lookup to an extract's DataFrame and sums it by a level of the hierarchy, so a notebook
/// goes from practice rows to cluster, HSCP (or CHP) and board totals in one line. A practice the lookup does not
/// place gets <see cref="NotInLookup"/> as its area codes, and one it places without a cluster (ISD's QOF lookups have
/// none) <see cref="NoArea"/> as its cluster code: shown as their own rows, never dropped or mixed into an area. Sums are
/// <see cref="ExtractFrames.SumBy"/>'s.
/// </summary>
public static class HierarchyFrames
{
    /// <summary>The area code of a practice the lookup does not have on its date.</summary>
    public const string NotInLookup = "(not in lookup)";

    /// <summary>The area code of a practice the lookup places without an area at that level (no cluster).</summary>
    public const string NoArea = "(none)";

    /// <summary>
    /// The frame with ClusterCode, HscpCode (the CHP code for ISD's lookups) and BoardCode columns added from
    /// <paramref name="hierarchy"/>, by the practice code in <paramref name="practiceColumn"/>.
    /// </summary>
    /// <param name="frame">The extract's data.</param>
    /// <param name="hierarchy">The lookup as at the analysis date.</param>
    /// <param name="practiceColumn">The practice code column.</param>
    /// <returns>A new frame: the frame's columns, then the three area codes.</returns>
    public static DataFrame WithAreas(this DataFrame frame, PracticeHierarchy hierarchy, string practiceColumn)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(hierarchy);
        if (frame.Columns.IndexOf(practiceColumn) < 0)
        {
            throw new ArgumentException(ExtractMessages.NoSuchFrameColumn(practiceColumn, frame.Columns.Select(c => c.Name)), nameof(practiceColumn));
        }

        var codes = frame.Columns[practiceColumn];
        var result = frame.Clone();
        foreach (var (name, level) in new[] { ("ClusterCode", GeographyLevel.Cluster), ("HscpCode", GeographyLevel.Hscp), ("BoardCode", GeographyLevel.Board) })
        {
            var column = new StringDataFrameColumn(name, frame.Rows.Count);
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                var code = codes[row]?.ToString();
                column[row] = code is null || hierarchy.AreaCode(code, GeographyLevel.Practice) is null ? NotInLookup
                    : hierarchy.AreaCode(code, level) is { Length: > 0 } area ? area : NoArea;
            }

            result.Columns.Add(column);
        }

        return result;
    }

    /// <summary>The sums of <paramref name="sums"/> by the area of <paramref name="level"/> each practice belongs to.</summary>
    /// <param name="frame">The extract's data.</param>
    /// <param name="hierarchy">The lookup as at the analysis date.</param>
    /// <param name="practiceColumn">The practice code column.</param>
    /// <param name="level">Cluster, HSCP or board.</param>
    /// <param name="sums">Numeric columns to add up.</param>
    /// <returns>One row per area code (ordinal; <see cref="NotInLookup"/> and <see cref="NoArea"/> rows for practices the
    /// lookup does not place at that level).</returns>
    public static DataFrame SumByArea(this DataFrame frame, PracticeHierarchy hierarchy, string practiceColumn, GeographyLevel level, IReadOnlyList<string> sums)
    {
        var column = level switch
        {
            GeographyLevel.Cluster => "ClusterCode",
            GeographyLevel.Hscp => "HscpCode",
            GeographyLevel.Board => "BoardCode",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, ExtractMessages.NotAnAreaLevel(level.ToString())),
        };
        return frame.WithAreas(hierarchy, practiceColumn).SumBy([column], sums);
    }
}
