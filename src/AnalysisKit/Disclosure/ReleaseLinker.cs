namespace AnalysisKit.Disclosure;

/// <summary>
/// Links this release to the earlier releases in the ledger that publish the same counts, into one
/// <see cref="LinkedSystem"/> for the attacker's linear program.
/// </summary>
/// <remarks>
/// Cells are linked through their count column (names compared after <see cref="TotalLabels.Normalise"/>), the keys of
/// ordinary (non-total) rows, and the period:
/// <list type="number">
/// <item>Keys are level → value pairs (level names and values normalised). A release that omits a level (a practice
/// file keyed by cluster and practice) is completed from the parent of each value seen in any release.</item>
/// <item>Units: a row's unit covers every unit whose keys include all of its own (cluster C00 covers its practices). The
/// finest units seen are the atoms; a coarser unit is the sum of the atoms under it (every practice of C00 is taken to
/// be in some release — if one is missing the model is stricter than the truth, never looser).</item>
/// <item>Periods: an atom's months are cut at every release's first and after-last month, so Jan–Dec and Jan–Nov
/// give the segments Jan–Nov and Dec. A cell is the sum of its atoms' segments inside its period.</item>
/// <item>A cell that is exactly one atom segment is that quantity: the same cell in two releases is one quantity.
/// Other cells are defined as sums; segments in no release's cell alone are unpublished parts (the December count)
/// and must not be pinned while they could be small.</item>
/// </list>
/// Total rows are linked through their release's own relations only (a grand total of a partial table is not
/// Scotland's). Releases linked only through other releases are included: a month can be the difference of two
/// earlier releases and hide inside a third. A release suppressed with rounding cannot be linked (rounded totals are
/// not sums), so linking is refused for a rounding policy.
/// </remarks>
internal static class ReleaseLinker
{
    private sealed record Leaf(int Source, int Cell, string Column, HashSet<string> Pairs, string Unit, int First, int End, string Label);

    public static LinkedSystem Build(DisclosureTable table, SuppressionPolicy policy, ReleaseHistory history, List<string> warnings)
    {
        if (policy.RoundingBase > 1)
        {
            throw new ArgumentException(DisclosureMessages.RoundingWithLedger(policy.Name));
        }

        var columns = table.CountColumns.Select(TotalLabels.Normalise).ToArray();
        var candidates = history.Ledger.Releases
            .Where(r => !string.Equals(r.Name, history.Name, StringComparison.Ordinal) && r.Columns.Any(c => columns.Contains(TotalLabels.Normalise(c))))
            .ToList();
        if (candidates.Count == 0)
        {
            return LinkedSystem.ForTable(table);
        }

        var parents = Parents(table, candidates);
        var leaves = new List<Leaf>();
        var n = table.CellCount;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            if (table.Depth(row) < table.HierarchyColumns.Count)
            {
                continue;
            }

            var path = Extend(table.HierarchyColumns.Select(TotalLabels.Normalise).Zip(table.NormalisedKeys(row)).ToList(), parents);
            for (var c = 0; c < columns.Length; c++)
            {
                if (table.Rows[row].Counts[c] is not null)
                {
                    leaves.Add(NewLeaf(-1, (row * columns.Length) + c, columns[c], path, history.Period, table.RowLabel(row)));
                }
            }
        }

        for (var r = 0; r < candidates.Count; r++)
        {
            var release = candidates[r];
            var levels = release.Levels.Select(TotalLabels.Normalise).ToList();
            for (var row = 0; row < release.Rows.Count; row++)
            {
                if (release.Rows[row].Keys.Count < levels.Count)
                {
                    continue;
                }

                var path = Extend(levels.Zip(release.Rows[row].Keys.Select(TotalLabels.Normalise)).ToList(), parents);
                for (var c = 0; c < release.Columns.Count; c++)
                {
                    var cell = release.Rows[row].Cells[c];
                    if (cell.Suppressed || cell.Value is not null)
                    {
                        leaves.Add(NewLeaf(r, (row * release.Columns.Count) + c, TotalLabels.Normalise(release.Columns[c]), path, release.Period,
                            string.Join(" / ", release.Rows[row].Keys)));
                    }
                }
            }
        }

        var (variables, parts) = Atoms(leaves);
        var linked = Connected(leaves, parts, candidates.Count);
        var renumber = new Dictionary<int, int>();
        for (var r = 0; r < candidates.Count; r++)
        {
            if (linked[r])
            {
                renumber[r] = renumber.Count;
            }
        }

        var keptParts = new Dictionary<Leaf, List<int>>(ReferenceEqualityComparer.Instance);
        var keptLeaves = new List<Leaf>();
        foreach (var leaf in leaves.Where(l => l.Source < 0 || linked[l.Source]))
        {
            var kept = leaf.Source < 0 ? leaf : leaf with { Source = renumber[leaf.Source] };
            keptParts[kept] = parts[leaf];
            keptLeaves.Add(kept);
        }

        return Assemble(table, policy, candidates.Where((_, r) => linked[r]).ToList(), keptLeaves, keptParts, variables, warnings);
    }

    private static Leaf NewLeaf(int source, int cell, string column, List<(string Level, string Value)> path, ReleasePeriod period, string label)
    {
        var pairs = path.Select(p => p.Level + "=" + p.Value).ToHashSet(StringComparer.Ordinal);
        return new Leaf(source, cell, column, pairs, column + "\u001e" + string.Join("\u001f", pairs.Order(StringComparer.Ordinal)), period.FirstMonth, period.EndMonth, label);
    }

    /// <summary>Each value's parent (level, value) from every row of every release; a value seen under two parents has none.</summary>
    private static Dictionary<(string, string), (string Level, string Value)?> Parents(DisclosureTable table, IReadOnlyList<LedgerRelease> releases)
    {
        var parents = new Dictionary<(string, string), (string, string)?>();
        void Add(IReadOnlyList<string> levels, IReadOnlyList<string> keys)
        {
            for (var i = 1; i < keys.Count; i++)
            {
                var child = (levels[i], keys[i]);
                var parent = (levels[i - 1], keys[i - 1]);
                parents[child] = parents.TryGetValue(child, out var seen) && seen != parent ? null : parent;
            }
        }

        var tableLevels = table.HierarchyColumns.Select(TotalLabels.Normalise).ToList();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            Add(tableLevels, table.NormalisedKeys(row).Take(table.Depth(row)).ToList());
        }

        foreach (var release in releases)
        {
            var levels = release.Levels.Select(TotalLabels.Normalise).ToList();
            foreach (var row in release.Rows)
            {
                Add(levels, row.Keys.Select(TotalLabels.Normalise).ToList());
            }
        }

        return parents;
    }

    private static List<(string Level, string Value)> Extend(List<(string Level, string Value)> path, Dictionary<(string, string), (string Level, string Value)?> parents)
    {
        var levels = path.Select(p => p.Level).ToHashSet(StringComparer.Ordinal);
        while (path.Count > 0 && parents.TryGetValue(path[0], out var parent) && parent is { } p && levels.Add(p.Level))
        {
            path.Insert(0, p);
        }

        return path;
    }

    /// <summary>The atom segments (column, finest unit, months) and, for every leaf cell, the ones it adds up.</summary>
    private static (List<(string Column, string Unit, int First, int End, string Label)> Variables, Dictionary<Leaf, List<int>> Parts) Atoms(List<Leaf> leaves)
    {
        var units = leaves.GroupBy(l => l.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byPair = new Dictionary<string, List<Leaf>>(StringComparer.Ordinal);
        foreach (var unit in units.Values)
        {
            foreach (var pair in unit.Pairs)
            {
                var key = unit.Column + "\u001e" + pair;
                if (!byPair.TryGetValue(key, out var list))
                {
                    byPair.Add(key, list = []);
                }

                list.Add(unit);
            }
        }

        // The units each unit covers (itself included), and the finest of those (the atoms).
        var covered = units.Values.ToDictionary(u => u.Unit, u => u.Pairs
            .Select(p => byPair[u.Column + "\u001e" + p]).MinBy(l => l.Count)!
            .Where(v => u.Pairs.IsSubsetOf(v.Pairs)).ToList(), StringComparer.Ordinal);
        var atoms = units.Values.Where(u => covered[u.Unit].Count == 1).Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);

        // Month boundaries for each atom from every leaf covering it.
        var boundaries = atoms.ToDictionary(a => a, _ => new SortedSet<int>(), StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            foreach (var atom in covered[leaf.Unit].Where(v => atoms.Contains(v.Unit)))
            {
                boundaries[atom.Unit].Add(leaf.First);
                boundaries[atom.Unit].Add(leaf.End);
            }
        }

        var variables = new List<(string, string, int, int, string)>();
        var index = new Dictionary<(string, int), int>();
        foreach (var atom in atoms.Order(StringComparer.Ordinal))
        {
            var cuts = boundaries[atom].ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                index[(atom, cuts[i])] = variables.Count;
                variables.Add((units[atom].Column, atom, cuts[i], cuts[i + 1], units[atom].Label));
            }
        }

        var parts = leaves.ToDictionary<Leaf, Leaf, List<int>>(l => l, l => covered[l.Unit].Where(v => atoms.Contains(v.Unit))
            .SelectMany(a => boundaries[a.Unit].Where(b => b >= l.First && b < l.End).Select(b => index[(a.Unit, b)]))
            .Order().ToList(), ReferenceEqualityComparer.Instance);
        return (variables, parts);
    }

    /// <summary>Which earlier releases are linked to this one, directly or through other releases (sharing an atom segment).</summary>
    private static bool[] Connected(List<Leaf> leaves, Dictionary<Leaf, List<int>> parts, int releases)
    {
        var byVariable = new Dictionary<int, HashSet<int>>();
        foreach (var leaf in leaves)
        {
            foreach (var v in parts[leaf])
            {
                if (!byVariable.TryGetValue(v, out var set))
                {
                    byVariable.Add(v, set = []);
                }

                set.Add(leaf.Source);
            }
        }

        var reached = new HashSet<int> { -1 };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var sources in byVariable.Values.Where(s => s.Overlaps(reached)))
            {
                foreach (var source in sources)
                {
                    changed |= reached.Add(source);
                }
            }
        }

        return Enumerable.Range(0, releases).Select(reached.Contains).ToArray();
    }

    private static LinkedSystem Assemble(DisclosureTable table, SuppressionPolicy policy, List<LedgerRelease> earlier, List<Leaf> leaves,
        Dictionary<Leaf, List<int>> parts, List<(string Column, string Unit, int First, int End, string Label)> variables, List<string> warnings)
    {
        var n = table.CellCount;
        var values = new List<long?>();
        var releases = new List<HashSet<int>>();
        var descriptions = new List<string?>();
        var alwaysWidth = new Dictionary<int, long>();
        var publishedEarlier = new bool[n];
        var tableReleases = new Dictionary<int, HashSet<int>>();
        int NewQuantity(long? value, string description)
        {
            values.Add(value);
            releases.Add([]);
            descriptions.Add(description);
            return n + values.Count - 1;
        }

        HashSet<int> ReleasesOf(int q) => q < n ? (tableReleases.TryGetValue(q, out var s) ? s : tableReleases[q] = []) : releases[q - n];
        var variableQuantity = Enumerable.Repeat(-1, variables.Count).ToArray();
        var earlierQuantity = earlier.Select(r => Enumerable.Repeat(-1, r.Rows.Count * r.Columns.Count).ToArray()).ToArray();
        var variableReleases = variables.Select(_ => new HashSet<int>()).ToArray();
        var atomReleases = new Dictionary<(string Column, string Unit), HashSet<int>>();
        foreach (var leaf in leaves.Where(l => l.Source >= 0))
        {
            foreach (var v in parts[leaf])
            {
                variableReleases[v].Add(leaf.Source);
                if (!atomReleases.TryGetValue((variables[v].Column, variables[v].Unit), out var sources))
                {
                    atomReleases.Add((variables[v].Column, variables[v].Unit), sources = []);
                }

                sources.Add(leaf.Source);
            }
        }

        // This table's cells that are one atom segment are that segment.
        foreach (var leaf in leaves.Where(l => l.Source < 0 && parts[l].Count == 1 && variableQuantity[parts[l][0]] < 0))
        {
            variableQuantity[parts[leaf][0]] = leaf.Cell;
        }

        // Earlier cells that are one atom segment: the same quantity as this table's cell or another release's.
        foreach (var leaf in leaves.Where(l => l.Source >= 0 && parts[l].Count == 1))
        {
            var release = earlier[leaf.Source];
            var cell = release.Rows[leaf.Cell / release.Columns.Count].Cells[leaf.Cell % release.Columns.Count];
            var v = parts[leaf][0];
            if (variableQuantity[v] < 0)
            {
                variableQuantity[v] = NewQuantity(cell.Value, EarlierPlace(release, leaf.Cell));
            }

            var q = variableQuantity[v];
            earlierQuantity[leaf.Source][leaf.Cell] = q;
            ReleasesOf(q).Add(leaf.Source);
            if (cell.Suppressed)
            {
                alwaysWidth[q] = Math.Max(alwaysWidth.GetValueOrDefault(q), release.ProtectionWidth);
            }
            else if (q < n)
            {
                if (table.Count(q) != cell.Value)
                {
                    throw new ArgumentException(DisclosureMessages.ReleaseValueConflict(release.Name, EarlierPlace(release, leaf.Cell), table.Where(q)));
                }

                publishedEarlier[q] = true;
            }
            else if (values[q - n] is { } seen && seen != cell.Value)
            {
                throw new ArgumentException(DisclosureMessages.ReleaseValueConflict(release.Name, EarlierPlace(release, leaf.Cell), descriptions[q - n]!));
            }
            else
            {
                values[q - n] = cell.Value;
            }
        }

        for (var v = 0; v < variables.Count; v++)
        {
            if (variableQuantity[v] < 0)
            {
                variableQuantity[v] = NewQuantity(null, DisclosureMessages.UnpublishedPart(variables[v].Label, variables[v].Column, Months(variables[v].First, variables[v].End)));
            }
        }

        var constraints = new List<AdditiveConstraint>();
        foreach (var leaf in leaves.Where(l => parts[l].Count > 1 || (l.Source < 0 && variableQuantity[parts[l][0]] != l.Cell)))
        {
            var members = parts[leaf].Select(v => variableQuantity[v]).ToArray();
            var sources = parts[leaf].SelectMany(v => variableReleases[v]).Distinct().Order().ToArray();
            int total;
            string place;
            if (leaf.Source < 0)
            {
                total = leaf.Cell;
                place = table.Where(leaf.Cell);
            }
            else
            {
                var release = earlier[leaf.Source];
                var cell = release.Rows[leaf.Cell / release.Columns.Count].Cells[leaf.Cell % release.Columns.Count];
                total = NewQuantity(cell.Value, place = EarlierPlace(release, leaf.Cell));
                earlierQuantity[leaf.Source][leaf.Cell] = total;
                ReleasesOf(total).Add(leaf.Source);
                if (cell.Suppressed)
                {
                    alwaysWidth[total] = Math.Max(alwaysWidth.GetValueOrDefault(total), release.ProtectionWidth);
                }
            }

            constraints.Add(new AdditiveConstraint(total, members, DisclosureMessages.PartsConstraint(place), sources));
        }

        // Every other earlier cell (total rows, missing cells) is its own quantity; then the earlier relations.
        for (var r = 0; r < earlier.Count; r++)
        {
            var release = earlier[r];
            for (var cell = 0; cell < earlierQuantity[r].Length; cell++)
            {
                if (earlierQuantity[r][cell] < 0)
                {
                    var published = release.Rows[cell / release.Columns.Count].Cells[cell % release.Columns.Count];
                    var q = earlierQuantity[r][cell] = NewQuantity(published.Value, EarlierPlace(release, cell));
                    ReleasesOf(q).Add(r);
                    if (published.Suppressed)
                    {
                        alwaysWidth[q] = Math.Max(alwaysWidth.GetValueOrDefault(q), release.ProtectionWidth);
                    }
                }
            }

            foreach (var relation in release.Relations)
            {
                constraints.Add(new AdditiveConstraint(earlierQuantity[r][relation.Total], relation.Members.Select(m => earlierQuantity[r][m]).ToArray(),
                    DisclosureMessages.EarlierRelation(release.Name, EarlierPlace(release, relation.Total)), [r]));
            }
        }

        var current = leaves.Where(l => l.Source < 0).SelectMany(l => parts[l]).ToHashSet();
        var linkedCells = earlier.Select((_, r) => leaves.Count(l => l.Source == r && parts[l].Any(current.Contains))).ToArray();
        var system = LinkedSystem.Linked(table, earlier, n + values.Count, constraints, [.. values], linkedCells);
        for (var q = 0; q < system.Count; q++)
        {
            system.Releases[q] = ReleasesOf(q).Order().ToArray();
            system.Descriptions[q] = q < n ? null : descriptions[q - n];
            system.AlwaysWidth[q] = alwaysWidth.GetValueOrDefault(q);
        }

        for (var v = 0; v < variables.Count; v++)
        {
            var q = variableQuantity[v];
            if (q >= n && values[q - n] is null && !alwaysWidth.ContainsKey(q))
            {
                system.DerivedWidth[q] = variableReleases[v].Select(r => earlier[r].ProtectionWidth).Append(policy.ProtectionWidth).Max();
                system.DerivedZerosSmall[q] = !policy.ShowTrueZeros || variableReleases[v].Any(r => earlier[r].ZerosSuppressed);
                // A part in no earlier cell (December, after Jan–Nov) is unpublished because an earlier release cut its
                // unit's months there: the releases with a cell of the same unit and column, so that what protects it is
                // counted against them in the notes.
                system.Releases[q] = (variableReleases[v].Count > 0 ? variableReleases[v] : atomReleases.GetValueOrDefault((variables[v].Column, variables[v].Unit), [])).Order().ToArray();
            }
        }

        Baseline(system, policy, publishedEarlier, warnings);
        return system;
    }

    /// <summary>
    /// What the earlier releases give away on their own, before this one: this table's cells they already pin (public:
    /// never a secondary partner; refused if small under this policy), and hidden cells or unpublished parts they
    /// already narrow between them (left out of the check, with a warning: this release cannot undo it).
    /// </summary>
    private static void Baseline(LinkedSystem system, SuppressionPolicy policy, bool[] publishedEarlier, List<string> warnings)
    {
        var n = system.TableCells;
        var unknown = new bool[system.Count];
        var involved = new HashSet<int>();
        foreach (var constraint in system.EarlierConstraints)
        {
            involved.UnionWith(constraint.Cells);
        }

        for (var q = 0; q < system.Count; q++)
        {
            unknown[q] = q < n ? !publishedEarlier[q] && system.Table.Count(q) is not null : system.AlwaysHidden(q);
        }

        var earlierOnly = new AdditiveSystem(system.Table.Name, system.Count, system.EarlierConstraints, system.Value);
        var groupReleases = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var group in FeasibleIntervals.Groups(earlierOnly, unknown))
        {
            var sources = group.Constraints.SelectMany(c => c.Releases ?? []).Distinct().Order().ToArray();
            foreach (var q in group.Cells)
            {
                groupReleases[q] = sources;
            }
        }

        Dictionary<int, (double Lower, double Upper)> intervals;
        try
        {
            intervals = FeasibleIntervals.Compute(earlierOnly, unknown, involved, null, q => system.Need(q, policy.ProtectionWidth));
        }
        catch (InvalidOperationException)
        {
            throw new ArgumentException(DisclosureMessages.ReleasesInconsistent(system.ReleaseNames(Enumerable.Range(0, system.Earlier.Count))));
        }

        (double Lower, double Upper) Interval(int q) =>
            !unknown[q] ? (system.Value(q) ?? 0, system.Value(q) ?? 0) : intervals.TryGetValue(q, out var i) ? i : (0, double.PositiveInfinity);
        IReadOnlyList<int> Sources(int q) => [.. system.Releases[q], .. groupReleases.GetValueOrDefault(q, [])];

        for (var q = 0; q < n; q++)
        {
            if (system.Table.Count(q) is not { } count)
            {
                continue;
            }

            var (lower, upper) = Interval(q);
            if (publishedEarlier[q] || upper - lower < policy.ProtectionWidth)
            {
                system.Public[q] = true;
                if (policy.IsSmall(count))
                {
                    throw new ArgumentException(DisclosureMessages.AlreadyGivenByEarlier(system.Table.Where(q), policy.Name, system.ReleaseNames(Sources(q))));
                }
            }
        }

        Pin(system, policy, Sources);
        for (var q = 0; q < system.Count; q++)
        {
            var (lower, upper) = Interval(q);
            var span = upper - lower;
            var always = system.AlwaysWidth[q] > 0 && span < system.AlwaysWidth[q];
            var derived = system.DerivedWidth[q] is var width and > 0 && span < width
                          && ((upper >= 1 && lower < width) || (system.DerivedZerosSmall[q] && lower == 0));
            if (always || derived)
            {
                system.AlwaysWidth[q] = 0;
                system.DerivedWidth[q] = 0;
                warnings.Add(DisclosureMessages.AlreadyNarrowedByEarlier(system.Where(q), system.ReleaseNames(Sources(q))));
            }
        }
    }

    /// <summary>
    /// This table's cells that are pinned whatever it suppresses: a relation (this table's or an earlier one) whose
    /// cells are all known but one gives that one, starting from what earlier releases give and from blanks; repeated
    /// until nothing changes. Such a cell is public too (a total over cells an earlier release published is known as
    /// soon as the relation is), so it is never a partner; refused if small.
    /// </summary>
    private static void Pin(LinkedSystem system, SuppressionPolicy policy, Func<int, IReadOnlyList<int>> sources)
    {
        var n = system.TableCells;
        var pinned = new bool[system.Count];
        for (var q = 0; q < system.Count; q++)
        {
            pinned[q] = q < n ? system.Public[q] || system.Table.Count(q) is null : !system.AlwaysHidden(q);
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var constraint in system.Full.Constraints)
            {
                var open = -1;
                var count = 0;
                foreach (var cell in constraint.Cells)
                {
                    if (!pinned[cell] && ++count == 1)
                    {
                        open = cell;
                    }
                }

                if (count != 1)
                {
                    continue;
                }

                pinned[open] = true;
                changed = true;
                if (open < n)
                {
                    system.Public[open] = true;
                    if (system.Table.Count(open) is { } value && policy.IsSmall(value))
                    {
                        throw new ArgumentException(DisclosureMessages.AlreadyGivenByEarlier(system.Table.Where(open), policy.Name,
                            system.ReleaseNames(sources(open).Concat(constraint.Releases ?? []))));
                    }
                }
            }
        }
    }

    private static string EarlierPlace(LedgerRelease release, int cell)
    {
        var row = release.Rows[cell / release.Columns.Count];
        return DisclosureMessages.EarlierPlace(release.Name, row.Keys.Count == 0 ? DisclosureMessages.GrandTotal : string.Join(" / ", row.Keys),
            row.Keys.Count < release.Levels.Count, release.Columns[cell % release.Columns.Count], release.Period.ToString());
    }

    private static string Months(int first, int end) => new ReleasePeriod(
        new DateOnly(first / 12, (first % 12) + 1, 1), new DateOnly((end - 1) / 12, ((end - 1) % 12) + 1, 1)).ToString();
}
