namespace AnalysisKit.Disclosure;

/// <summary>
/// The attacker's view of this release together with the earlier releases it is linked to. Quantities
/// 0 … <see cref="TableCells"/> − 1 are this table's cells; after them come earlier releases' cells that are not the
/// same as one of this table's, and the unpublished parts between releases (a month inside two periods, a practice
/// under a cluster published elsewhere). Built by <see cref="ReleaseLinker"/>; for a table with no history it is the
/// table alone (<see cref="ForTable"/>) and suppression behaves exactly as it always did.
/// </summary>
internal sealed class LinkedSystem
{
    private readonly long?[] earlierValues;

    private LinkedSystem(DisclosureTable table, int count, IReadOnlyList<AdditiveConstraint> earlierConstraints, long?[] earlierValues)
    {
        Table = table;
        Count = count;
        this.earlierValues = earlierValues;
        EarlierConstraints = earlierConstraints;
        Full = new AdditiveSystem(table.Name, count, [.. table.Constraints, .. earlierConstraints], Value);
        AlwaysWidth = new long[count];
        DerivedWidth = new long[count];
        DerivedZerosSmall = new bool[count];
        Public = new bool[table.CellCount];
        Releases = new IReadOnlyList<int>[count];
        Descriptions = new string?[count];
    }

    /// <summary>This release's table.</summary>
    public DisclosureTable Table { get; }

    /// <summary>How many of the quantities are this table's cells (they come first).</summary>
    public int TableCells => Table.CellCount;

    /// <summary>All quantities.</summary>
    public int Count { get; }

    /// <summary>The earlier releases linked to this one, in ledger order (indices used by <see cref="Releases"/>).</summary>
    public IReadOnlyList<LedgerRelease> Earlier { get; private init; } = [];

    /// <summary>Relations from earlier releases and between releases (a cell is the sum of its months and units).</summary>
    public IReadOnlyList<AdditiveConstraint> EarlierConstraints { get; }

    /// <summary>Everything: this table's relations and the earlier ones.</summary>
    public AdditiveSystem Full { get; }

    /// <summary>For a cell an earlier release suppressed: the width it must keep (that release's protection width); else 0.</summary>
    public long[] AlwaysWidth { get; }

    /// <summary>For an unpublished part (a month, a unit): the protection width it needs when it could be small; else 0.</summary>
    public long[] DerivedWidth { get; }

    /// <summary>For an unpublished part: true when 0 is small under one of the policies that cover it.</summary>
    public bool[] DerivedZerosSmall { get; }

    /// <summary>This table's cells that earlier releases alone already give (or pin closely): never a secondary partner.</summary>
    public bool[] Public { get; }

    /// <summary>The earlier releases each quantity belongs to (empty for this table's own cells and parts of no release).</summary>
    public IReadOnlyList<int>[] Releases { get; }

    /// <summary>Descriptions of quantities that are not this table's cells, for messages.</summary>
    public string?[] Descriptions { get; }

    /// <summary>How many cells of each earlier release share a count with this release.</summary>
    public int[] LinkedCells { get; private init; } = [];

    /// <summary>True for quantities that are never visible (hidden or missing in an earlier release, or never published).</summary>
    public bool AlwaysHidden(int quantity) => quantity >= TableCells && earlierValues[quantity - TableCells] is null;

    /// <summary>The table alone.</summary>
    public static LinkedSystem ForTable(DisclosureTable table)
    {
        var system = new LinkedSystem(table, table.CellCount, [], []);
        for (var q = 0; q < system.Count; q++)
        {
            system.Releases[q] = [];
        }

        return system;
    }

    /// <summary>A table with linked earlier releases (see <see cref="ReleaseLinker"/>).</summary>
    internal static LinkedSystem Linked(DisclosureTable table, IReadOnlyList<LedgerRelease> earlier, int count,
        IReadOnlyList<AdditiveConstraint> constraints, long?[] earlierValues, int[] linkedCells) =>
        new(table, count, constraints, earlierValues) { Earlier = earlier, LinkedCells = linkedCells };

    /// <summary>What the attacker sees of a quantity when it is not hidden: this table's count, or an earlier release's published count.</summary>
    public long? Value(int quantity) => quantity < TableCells ? Table.Count(quantity) : earlierValues[quantity - TableCells];

    /// <summary>Where a quantity is, for messages.</summary>
    public string Where(int quantity) => quantity < TableCells ? Table.Where(quantity) : Descriptions[quantity] ?? quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The names of earlier releases, for messages.</summary>
    public string ReleaseNames(IEnumerable<int> releases) =>
        string.Join(", ", releases.Distinct().Order().Select(r => "'" + Earlier[r].Name + "' (" + Earlier[r].Period + ", " + Earlier[r].Policy + ")"));

    /// <summary>
    /// True when the interval an attacker finds for <paramref name="quantity"/> gives nothing away: a hidden cell of
    /// this table is at least <paramref name="width"/> wide, a cell an earlier release hid at least that release's
    /// width, and an unpublished part narrower than its width cannot be a small count.
    /// </summary>
    public bool Safe(int quantity, double lower, double upper, long width, IReadOnlyList<bool> suppressed)
    {
        var span = upper - lower;
        if (quantity < TableCells && suppressed[quantity] && span < width)
        {
            return false;
        }

        if (AlwaysWidth[quantity] > 0 && span < AlwaysWidth[quantity])
        {
            return false;
        }

        var derived = DerivedWidth[quantity];
        return derived == 0 || span >= derived || !((upper >= 1 && lower < derived) || (DerivedZerosSmall[quantity] && lower == 0));
    }

    /// <summary>
    /// How wide a hidden quantity's interval must be for <see cref="Safe"/> (so the attacker's LP can stop once it is
    /// shown), and whether a lower bound that large settles it (an unpublished part that cannot be small).
    /// </summary>
    public (double Need, bool SkipUpperFrom) Need(int quantity, long width)
    {
        if (quantity < TableCells)
        {
            return (Math.Max(width, AlwaysWidth[quantity]), false);
        }

        if (AlwaysWidth[quantity] > 0)
        {
            return (AlwaysWidth[quantity], false);
        }

        return (DerivedWidth[quantity], true);
    }

    /// <summary>True when the quantity has any protection to keep (so a relation leaving it alone needs a partner).</summary>
    public bool Protected(int quantity, IReadOnlyList<bool> suppressed) =>
        (quantity < TableCells && suppressed[quantity]) || AlwaysWidth[quantity] > 0;
}
