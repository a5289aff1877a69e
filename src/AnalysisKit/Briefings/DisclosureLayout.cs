using System.Globalization;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>
/// The rows of the briefing's one suppressed table: the cluster total (row 0), then for each SIMD quintile present
/// (1 to 5, then not known) its subtotal row followed by its practices in code order.
/// </summary>
internal sealed class DisclosureLayout
{
    /// <summary>The key of practices whose quintile is not known.</summary>
    public const string NotKnown = "not known";

    private readonly Dictionary<string, int> practiceRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> quintileRows = new(StringComparer.Ordinal);

    public DisclosureLayout(IReadOnlyList<Practice> practices)
    {
        Quintiles = practices.GroupBy(p => Key(p.SimdQuintile), StringComparer.Ordinal)
            .OrderBy(g => g.Key == NotKnown ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Practice>)g.ToList()))
            .ToList();
        var row = 1;
        foreach (var (quintile, members) in Quintiles)
        {
            quintileRows[quintile] = row++;
            foreach (var practice in members)
            {
                practiceRows[practice.Code] = row++;
            }
        }
    }

    /// <summary>Each quintile key with its practices, in row order.</summary>
    public IReadOnlyList<(string Key, IReadOnlyList<Practice> Practices)> Quintiles { get; }

    public static string Key(int? quintile) => quintile?.ToString(CultureInfo.InvariantCulture) ?? NotKnown;

    public int PracticeRow(string practiceCode) => practiceRows[practiceCode];

    public int QuintileRow(string key) => quintileRows[key];
}
