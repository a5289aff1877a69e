using System.Globalization;

namespace AnalysisKit.Definitions;

/// <summary>
/// The period a briefing covers: the months <see cref="From"/> to <see cref="To"/> for monthly extracts (rows outside
/// are left out), and a label for the page (e.g. "2014/15" for an annual publication).
/// </summary>
/// <param name="From">First month (first day), or null for an annual publication without months.</param>
/// <param name="To">Last month (first day), not before <paramref name="From"/>; null with it.</param>
/// <param name="Label">How the page names the period; from the months when not given.</param>
/// <param name="End">The period's last day: the default date of the hierarchy.</param>
public sealed record PeriodDefinition(DateOnly? From, DateOnly? To, string Label, DateOnly End)
{
    /// <summary>A monthly period labelled "January 2025 to December 2025", ending on the last day of <paramref name="to"/>.</summary>
    public static PeriodDefinition Months(DateOnly from, DateOnly to) =>
        new(Month(from), Month(to), string.Create(CultureInfo.InvariantCulture, $"{from:MMMM yyyy} to {to:MMMM yyyy}"), Month(to).AddMonths(1).AddDays(-1));

    /// <summary>The number of months, or null for an annual publication.</summary>
    public int? MonthCount => From is { } f && To is { } t ? ((t.Year - f.Year) * 12) + t.Month - f.Month + 1 : null;

    private static DateOnly Month(DateOnly date) => new(date.Year, date.Month, 1);
}
