using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Geography;

/// <summary>
/// Joins the dated practice lookup to an extract's DataFrame and sums it by a level of the hierarchy, so a notebook
/// goes from practice rows to cluster, HSCP (or CHP) and board totals in one line. A practice the lookup does not
/// place gets an empty area code (shown, never dropped); sums are <see cref="ExtractFrames.SumBy"/>'s.
/// </summary>
public static class HierarchyFrames
{
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
        var codes = frame.Columns[practiceColumn];
        var result = frame.Clone();
        foreach (var (name, level) in new[] { ("ClusterCode", GeographyLevel.Cluster), ("HscpCode", GeographyLevel.Hscp), ("BoardCode", GeographyLevel.Board) })
        {
            var column = new StringDataFrameColumn(name, frame.Rows.Count);
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                column[row] = codes[row] is { } code ? hierarchy.AreaCode(code.ToString()!, level) ?? "" : "";
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
    /// <returns>One row per area code (ordinal; "" for practices the lookup does not place).</returns>
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
