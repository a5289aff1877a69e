namespace AnalysisKit.Disclosure;

/// <summary>
/// The tightest interval the published numbers of a table allow for each suppressed cell: minimise and maximise the
/// cell subject to every published additive relation and non-negativity (the attacker model of Fischetti and
/// Salazar-González 1999, "Models and algorithms for optimizing cell suppression in tabular data"). Solved by a
/// two-phase simplex with Bland's rule per connected group of suppressed cells. Tables with one hierarchical dimension
/// and one flat dimension (rows under totals × count columns with a total column) have network constraint matrices,
/// so the LP bounds are integers and equal the bounds over integer tables (Castro 2007, "Network flows heuristics for
/// complementary cell suppression"); results are rounded inward to integers.
/// </summary>
internal static class FeasibleIntervals
{
    private const double Epsilon = 1e-9;

    /// <summary>Degenerate pivots in a row after which the simplex switches from Dantzig's rule to Bland's.</summary>
    private const int DegeneratePivots = 50;

    /// <summary>The interval of every suppressed cell; <c>double.PositiveInfinity</c> as upper bound when unbounded.</summary>
    public static Dictionary<int, (double Lower, double Upper)> Compute(DisclosureTable table, IReadOnlyList<bool> suppressed) =>
        Compute(AdditiveSystem.Of(table), suppressed, null, null);

    /// <summary>
    /// The interval of every hidden quantity of the groups holding one of <paramref name="only"/> (all groups when
    /// null). A group whose hidden quantities are the same as in an earlier call with the same <paramref name="cache"/>
    /// is not solved again: its linear program is the same (known values do not change).
    /// </summary>
    public static Dictionary<int, (double Lower, double Upper)> Compute(
        AdditiveSystem system, IReadOnlyList<bool> suppressed, ISet<int>? only, IntervalCache? cache, Func<int, (double Need, bool SkipUpperFrom)>? need = null)
    {
        var result = new Dictionary<int, (double, double)>();
        foreach (var (cells, bounds) in ComputeGroups(system, suppressed, only, cache, need))
        {
            for (var j = 0; j < cells.Count; j++)
            {
                result[cells[j]] = bounds[j];
            }
        }

        return result;
    }

    /// <summary>
    /// As <see cref="Compute(AdditiveSystem, IReadOnlyList{bool}, ISet{int}?, IntervalCache?, Func{int, ValueTuple{double, bool}}?)"/>,
    /// group by group (cells in order, with their bounds). With <paramref name="need"/> (the width a quantity must
    /// keep, and whether a lower bound at least that large settles it), upper bounds are searched only as far as needed.
    /// </summary>
    /// <param name="system">The quantities and relations.</param>
    /// <param name="suppressed">Which quantities are hidden.</param>
    /// <param name="only">Only the groups holding one of these (all when null).</param>
    /// <param name="cache">Groups already solved in this suppression, or null.</param>
    /// <param name="need">The width each quantity must keep, or null for exact bounds.</param>
    /// <param name="beforeSolving">Called with each group about to be solved (not found in the cache); may refuse it.</param>
    /// <param name="wide">Quantities already shown at least their needed width while fewer quantities were hidden
    /// (hiding more only widens every interval), reported as (0, ∞) without a program of their own; only with <paramref name="need"/>.</param>
    public static List<(List<int> Cells, (double Lower, double Upper)[] Bounds)> ComputeGroups(
        AdditiveSystem system, IReadOnlyList<bool> suppressed, ISet<int>? only, IntervalCache? cache, Func<int, (double Need, bool SkipUpperFrom)>? need = null,
        Action<List<int>>? beforeSolving = null, IReadOnlySet<int>? wide = null)
    {
        var result = new List<(List<int>, (double, double)[])>();
        foreach (var group in only is null ? Groups(system, suppressed) : GroupsOf(system, suppressed, only))
        {
            if (cache is null || !cache.TryGet(group.Cells, out var bounds))
            {
                beforeSolving?.Invoke(group.Cells);
                bounds = Solve(system, suppressed, group.Cells, group.Constraints, need, wide);
                cache?.Add(group.Cells, bounds);
            }

            result.Add((group.Cells, bounds));
        }

        return result;
    }

    private static (double Lower, double Upper)[] Solve(AdditiveSystem system, IReadOnlyList<bool> suppressed, List<int> variables, List<AdditiveConstraint> constraints,
        Func<int, (double Need, bool SkipUpperFrom)>? need, IReadOnlySet<int>? wide)
    {
        var column = new Dictionary<int, int>(variables.Count);
        for (var j = 0; j < variables.Count; j++)
        {
            column[variables[j]] = j;
        }

        var a = new double[constraints.Count, variables.Count];
        var b = new double[constraints.Count];
        for (var i = 0; i < constraints.Count; i++)
        {
            var constraint = constraints[i];
            double rhs = 0;
            if (suppressed[constraint.TotalCell])
            {
                a[i, column[constraint.TotalCell]] -= 1;
            }
            else
            {
                rhs += system.Value(constraint.TotalCell) ?? 0;
            }

            foreach (var member in constraint.Members)
            {
                if (suppressed[member])
                {
                    a[i, column[member]] += 1;
                }
                else
                {
                    rhs -= system.Value(member) ?? 0;
                }
            }

            b[i] = rhs;
        }

        var feasible = Tableau.FirstFeasible(a, b)
                       ?? throw new InvalidOperationException(DisclosureMessages.AttackInfeasible(system.Name));
        // Every vertex the simplex visits is a table the attacker cannot rule out: a quantity seen at 0 has lower bound 0,
        // and one seen at least its needed width above its lower bound is shown wide enough, without a program of its
        // own. In a large group most quantities are settled this way (issue #14: national nested periods).
        var seen = new Witness(variables.Count);
        feasible.Record(seen);
        var bounds = new (double, double)[variables.Count];
        for (var j = 0; j < variables.Count; j++)
        {
            // With a need, the upper bound is only searched until it is at least that far above the lower one (the
            // simplex only improves, so an objective past the target proves it), and not at all when the lower
            // bound alone decides (an unpublished part that cannot be small): the bounds are then partial but decide
            // Safe exactly as the full ones would.
            if (need is not null && wide?.Contains(variables[j]) == true)
            {
                bounds[j] = (0, double.PositiveInfinity);
                continue;
            }

            var (wanted, skipFrom) = need?.Invoke(variables[j]) ?? (double.PositiveInfinity, false);
            var lower = seen.Zero[j] ? 0.0 : Math.Max(0.0, Math.Ceiling(feasible.Minimise(j, 1.0, 0.0, seen) - 1e-6));
            if (skipFrom && lower >= wanted)
            {
                bounds[j] = (lower, double.PositiveInfinity);
                continue;
            }

            if (need is not null && seen.Max[j] >= lower + wanted - 1e-6)
            {
                bounds[j] = (lower, Math.Floor(seen.Max[j] + 1e-6));
                continue;
            }

            var upper = feasible.Minimise(j, -1.0, -(lower + wanted) - 1e-6, seen);
            bounds[j] = (lower, double.IsInfinity(upper) ? double.PositiveInfinity : Math.Floor(-upper + 1e-6));
        }

        return bounds;
    }

    /// <summary>What the vertices visited so far show of each quantity: whether it was ever 0, and the most it was.</summary>
    private sealed class Witness(int variables)
    {
        public bool[] Zero { get; } = new bool[variables];

        public double[] Max { get; } = new double[variables];

        public void See(int variable, double value)
        {
            Zero[variable] |= value <= 1e-9;
            Max[variable] = Math.Max(Max[variable], value);
        }
    }

    /// <summary>
    /// The groups holding any of <paramref name="seeds"/> that are hidden, found by walking from each seed through the
    /// relations it is in (a look-up, not a pass over the whole system): what a change to a few quantities can affect.
    /// </summary>
    internal static List<(List<int> Cells, List<AdditiveConstraint> Constraints)> GroupsOf(AdditiveSystem system, IReadOnlyList<bool> suppressed, IEnumerable<int> seeds)
    {
        var index = system.ConstraintsOf;
        var visited = new HashSet<int>();
        var groups = new List<(List<int>, List<AdditiveConstraint>)>();
        foreach (var seed in seeds.Order())
        {
            if (!suppressed[seed] || !visited.Add(seed))
            {
                continue;
            }

            var cells = new List<int> { seed };
            var seen = new SortedSet<int>();
            for (var next = 0; next < cells.Count; next++)
            {
                foreach (var c in index[cells[next]])
                {
                    if (!seen.Add(c))
                    {
                        continue;
                    }

                    foreach (var cell in system.Constraints[c].Cells)
                    {
                        if (suppressed[cell] && visited.Add(cell))
                        {
                            cells.Add(cell);
                        }
                    }
                }
            }

            cells.Sort();
            groups.Add((cells, seen.Select(c => system.Constraints[c]).ToList()));
        }

        return groups;
    }

    /// <summary>Suppressed cells joined through relations they share; each group is an independent LP.</summary>
    internal static List<(List<int> Cells, List<AdditiveConstraint> Constraints)> Groups(DisclosureTable table, IReadOnlyList<bool> suppressed) =>
        Groups(AdditiveSystem.Of(table), suppressed);

    /// <summary>Hidden quantities joined through relations they share; each group is an independent LP.</summary>
    internal static List<(List<int> Cells, List<AdditiveConstraint> Constraints)> Groups(AdditiveSystem system, IReadOnlyList<bool> suppressed)
    {
        var parent = Enumerable.Range(0, system.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var touching = new List<AdditiveConstraint>();
        foreach (var constraint in system.Constraints)
        {
            foreach (var cell in constraint.Cells)
            {
                if (suppressed[cell])
                {
                    touching.Add(constraint);
                    break;
                }
            }
        }

        foreach (var constraint in touching)
        {
            var cells = constraint.Cells.Where(cell => suppressed[cell]).ToList();
            foreach (var cell in cells.Skip(1))
            {
                parent[Find(cell)] = Find(cells[0]);
            }
        }

        var groups = new SortedDictionary<int, (List<int> Cells, List<AdditiveConstraint> Constraints)>();
        for (var cell = 0; cell < system.Count; cell++)
        {
            if (suppressed[cell])
            {
                var root = Find(cell);
                if (!groups.TryGetValue(root, out var group))
                {
                    group = (new List<int>(), new List<AdditiveConstraint>());
                    groups.Add(root, group);
                }

                group.Cells.Add(cell);
            }
        }

        foreach (var constraint in touching)
        {
            groups[Find(constraint.Cells.First(cell => suppressed[cell]))].Constraints.Add(constraint);
        }

        return groups.Values.ToList();
    }

    /// <summary>A simplex tableau over <c>A x = b, x ≥ 0</c> holding a feasible basis after phase one.</summary>
    private sealed class Tableau
    {
        private readonly double[,] t; // rows 0..m-1 constraints, last column the right-hand side
        private readonly int[] basis;
        private readonly int rows;
        private readonly int columns;

        private Tableau(double[,] t, int[] basis, int rows, int columns)
        {
            this.t = t;
            this.basis = basis;
            this.rows = rows;
            this.columns = columns;
        }

        /// <summary>Phase one: a feasible basis, or null when the system has no non-negative solution.</summary>
        public static Tableau? FirstFeasible(double[,] a, double[] b)
        {
            int m = b.Length, n = a.GetLength(1);
            var t = new double[m + 1, n + m + 1];
            var basis = new int[m];
            for (var i = 0; i < m; i++)
            {
                var sign = b[i] < 0 ? -1.0 : 1.0;
                for (var j = 0; j < n; j++)
                {
                    t[i, j] = sign * a[i, j];
                }

                t[i, n + i] = 1;
                t[i, n + m] = sign * b[i];
                basis[i] = n + i;
            }

            // Objective row: minimise the sum of artificials, written in reduced costs.
            for (var j = 0; j < n; j++)
            {
                for (var i = 0; i < m; i++)
                {
                    t[m, j] -= t[i, j];
                }
            }

            for (var i = 0; i < m; i++)
            {
                t[m, n + m] -= t[i, n + m];
            }

            if (!Run(t, basis, m, n + m, n + m))
            {
                throw new InvalidOperationException("Phase one cannot be unbounded.");
            }

            if (-t[m, n + m] > 1e-6)
            {
                return null;
            }

            // Drive artificials out of the basis; a row with nothing to pivot on is redundant and is dropped.
            var keep = new List<int>();
            for (var i = 0; i < m; i++)
            {
                if (basis[i] >= n)
                {
                    var pivot = Enumerable.Range(0, n).FirstOrDefault(j => Math.Abs(t[i, j]) > 1e-7, -1);
                    if (pivot < 0)
                    {
                        continue;
                    }

                    Pivot(t, basis, m, n + m, i, pivot);
                }

                keep.Add(i);
            }

            var reduced = new double[keep.Count + 1, n + 1];
            var reducedBasis = new int[keep.Count];
            for (var k = 0; k < keep.Count; k++)
            {
                for (var j = 0; j < n; j++)
                {
                    reduced[k, j] = t[keep[k], j];
                }

                reduced[k, n] = t[keep[k], n + m];
                reducedBasis[k] = basis[keep[k]];
            }

            return new Tableau(reduced, reducedBasis, keep.Count, n);
        }

        /// <summary>Phase two: the minimum of <c>coefficient × x[variable]</c>, or −∞ when unbounded below.</summary>
        public double Minimise(int variable, double coefficient, double stopAt, Witness seen)
        {
            var t2 = (double[,])t.Clone();
            var basis2 = (int[])basis.Clone();
            int m = rows, n = columns;
            for (var j = 0; j <= n; j++)
            {
                t2[m, j] = 0;
            }

            t2[m, variable] = coefficient;
            for (var i = 0; i < m; i++)
            {
                if (basis2[i] == variable)
                {
                    for (var j = 0; j <= n; j++)
                    {
                        t2[m, j] -= coefficient * t2[i, j];
                    }
                }
            }

            var bounded = Run(t2, basis2, m, n, n, stopAt);
            Record(seen, t2, basis2, m, n);
            return bounded ? -t2[m, n] : double.NegativeInfinity;
        }

        /// <summary>Shows the witness the feasible basis: basic quantities at their values, the others at 0.</summary>
        public void Record(Witness seen) => Record(seen, t, basis, rows, columns);

        private static void Record(Witness seen, double[,] t, int[] basis, int m, int n)
        {
            var basic = new bool[n];
            for (var i = 0; i < m; i++)
            {
                if (basis[i] < n)
                {
                    basic[basis[i]] = true;
                    seen.See(basis[i], t[i, n]);
                }
            }

            for (var j = 0; j < n; j++)
            {
                if (!basic[j])
                {
                    seen.See(j, 0);
                }
            }
        }

        /// <summary>Simplex iterations (Dantzig's rule, then Bland's against cycling); false when the objective is unbounded below.</summary>
        private static bool Run(double[,] t, int[] basis, int m, int n, int rhs, double stopAt = double.NegativeInfinity)
        {
            var bland = false;
            var degenerate = 0;
            while (true)
            {
                if (-t[m, rhs] <= stopAt)
                {
                    return true;
                }

                // Dantzig's rule (most negative reduced cost) takes far fewer pivots on groups of hundreds; after a run
                // of degenerate pivots Bland's rule (first negative) takes over for good, so the simplex cannot cycle.
                var entering = -1;
                var most = -Epsilon;
                for (var j = 0; j < n; j++)
                {
                    if (t[m, j] < most)
                    {
                        entering = j;
                        if (bland)
                        {
                            break;
                        }

                        most = t[m, j];
                    }
                }

                if (entering < 0)
                {
                    return true;
                }

                var leaving = -1;
                var best = double.PositiveInfinity;
                for (var i = 0; i < m; i++)
                {
                    if (t[i, entering] > Epsilon)
                    {
                        var ratio = t[i, rhs] / t[i, entering];
                        if (ratio < best - Epsilon || (Math.Abs(ratio - best) <= Epsilon && basis[i] < basis[leaving]))
                        {
                            best = ratio;
                            leaving = i;
                        }
                    }
                }

                if (leaving < 0)
                {
                    return false;
                }

                degenerate = best <= Epsilon ? degenerate + 1 : 0;
                bland |= degenerate > DegeneratePivots;
                PivotColumns(t, basis, m, rhs, leaving, entering);
            }
        }

        private static void Pivot(double[,] t, int[] basis, int m, int rhs, int row, int column) =>
            PivotColumns(t, basis, m, rhs, row, column);

        private static void PivotColumns(double[,] t, int[] basis, int m, int rhs, int row, int column)
        {
            var pivot = t[row, column];
            for (var j = 0; j <= rhs; j++)
            {
                t[row, j] /= pivot;
            }

            for (var i = 0; i <= m; i++)
            {
                if (i != row && t[i, column] != 0)
                {
                    var factor = t[i, column];
                    for (var j = 0; j <= rhs; j++)
                    {
                        t[i, j] -= factor * t[row, j];
                    }
                }
            }

            basis[row] = column;
        }
    }
}
