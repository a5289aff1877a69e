using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// The whole months a release covers, first to last inclusive (e.g. 2025-01..2025-12). Two releases of the same
/// counts over nested or overlapping periods difference to the months between them (Jan–Dec minus Jan–Nov is
/// December), which is why the release ledger records every release's period.
/// </summary>
public readonly record struct ReleasePeriod
{
    /// <summary>A period of whole months.</summary>
    /// <param name="first">Any day in the first month.</param>
    /// <param name="last">Any day in the last month; not before <paramref name="first"/>'s month.</param>
    public ReleasePeriod(DateOnly first, DateOnly last)
    {
        First = new DateOnly(first.Year, first.Month, 1);
        Last = new DateOnly(last.Year, last.Month, 1);
        if (Last < First)
        {
            throw new ArgumentException(DisclosureMessages.PeriodBackwards(First, Last), nameof(last));
        }
    }

    /// <summary>The first day of the first month.</summary>
    public DateOnly First { get; }

    /// <summary>The first day of the last month.</summary>
    public DateOnly Last { get; }

    /// <summary>The first month as a month number (year × 12 + month − 1), for arithmetic on periods.</summary>
    internal int FirstMonth => (First.Year * 12) + First.Month - 1;

    /// <summary>The month after the last one, as a month number.</summary>
    internal int EndMonth => (Last.Year * 12) + Last.Month;

    /// <summary>Parses <c>yyyy-MM</c> (one month) or <c>yyyy-MM..yyyy-MM</c>.</summary>
    /// <param name="text">The period as written on the command line or in the ledger.</param>
    public static ReleasePeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split("..");
        if (parts.Length is 1 or 2 && parts.All(p => DateOnly.TryParseExact(p.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            var first = DateOnly.ParseExact(parts[0].Trim(), "yyyy-MM", CultureInfo.InvariantCulture);
            var last = DateOnly.ParseExact(parts[^1].Trim(), "yyyy-MM", CultureInfo.InvariantCulture);
            if (last >= first)
            {
                return new ReleasePeriod(first, last);
            }
        }

        throw new ArgumentException(DisclosureMessages.PeriodNotUnderstood(text), nameof(text));
    }

    /// <summary>True when the two periods share a month.</summary>
    /// <param name="other">Another period.</param>
    public bool Overlaps(ReleasePeriod other) => FirstMonth < other.EndMonth && other.FirstMonth < EndMonth;

    /// <summary><c>2025-11</c> for one month, <c>2025-01..2025-12</c> otherwise.</summary>
    public override string ToString() => First == Last
        ? First.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : First.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".." + Last.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
