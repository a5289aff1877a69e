namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>
/// The attacker: for every suppressed cell of a <see cref="PublishedTable"/>, the tightest interval the published
/// numbers allow, by linear programming over the suppressed cells (x ≥ 0, every published relation as an equality),
/// solved exactly in rational arithmetic with a two-phase simplex and Bland's anti-cycling rule.
/// </summary>
/// <remarks>
/// Why the LP interval is the attacker's interval: the LP bounds contain every integer table consistent with the
/// publication, so the attacker can never do better than them. They are also attained by integer tables for the
/// shapes tested here (a hierarchy of rows × columns with a total column is a one-hierarchical-dimension 2D table,
/// whose constraint matrix is a network matrix and so totally unimodular: Castro 2007), so they are not loose either.
/// An upper bound of null means unbounded.
/// </remarks>
internal static class TableAttacker
{
    public static Dictionary<(int Row, int Column), (Rational Lower, Rational? Upper)> Intervals(PublishedTable table)
    {
        var variables = new List<(int, int)>();
        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                if (table.Suppressed[r, c])
                {
                    variables.Add((r, c));
                }
            }
        }

        var index = variables.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        var equations = new List<(Rational[] A, Rational B)>();
        foreach (var (total, members) in table.Relations)
        {
            // Σ members − total = 0, published values moved to the right-hand side.
            var a = Enumerable.Repeat(Rational.Zero, variables.Count).ToArray();
            Rational b = 0;
            foreach (var (cell, sign) in members.Select(m => (m, 1L)).Append((total, -1L)))
            {
                if (table.Suppressed[cell.Row, cell.Column])
                {
                    a[index[cell]] += sign;
                }
                else
                {
                    b -= sign * table.Values[cell.Row, cell.Column];
                }
            }

            if (a.Any(x => !x.IsZero))
            {
                equations.Add((a, b));
            }
        }

        // Equations that share no suppressed cell are independent: solve each connected group on its own (a
        // breadth-first walk over cells and equations), which gives the same bounds with much smaller tableaux.
        var result = new Dictionary<(int, int), (Rational, Rational?)>();
        var done = new bool[variables.Count];
        for (var seedVariable = 0; seedVariable < variables.Count; seedVariable++)
        {
            if (done[seedVariable])
            {
                continue;
            }

            var group = new List<int> { seedVariable };
            var groupEquations = new HashSet<int>();
            done[seedVariable] = true;
            for (var next = 0; next < group.Count; next++)
            {
                for (var e = 0; e < equations.Count; e++)
                {
                    if (!equations[e].A[group[next]].IsZero && groupEquations.Add(e))
                    {
                        for (var k = 0; k < variables.Count; k++)
                        {
                            if (!equations[e].A[k].IsZero && !done[k])
                            {
                                done[k] = true;
                                group.Add(k);
                            }
                        }
                    }
                }
            }

            var local = groupEquations.Order().Select(e => (group.Select(k => equations[e].A[k]).ToArray(), equations[e].B)).ToList();
            var lp = new ExactSimplex(local, group.Count);
            for (var j = 0; j < group.Count; j++)
            {
                var lower = lp.Minimise(j, sign: 1) ?? throw new InvalidOperationException("x ≥ 0 cannot be unbounded below");
                var negatedUpper = lp.Minimise(j, sign: -1);
                result[variables[group[j]]] = (lower, negatedUpper is { } u ? -u : null);
            }
        }

        return result;
    }

    /// <summary>Cells whose interval is narrower than <paramref name="width"/>, with their intervals.</summary>
    public static List<string> Leaks(PublishedTable table, long width) =>
        Intervals(table)
            .Where(p => p.Value.Upper is { } upper && upper - p.Value.Lower < width)
            .Select(p => $"cell ({p.Key.Row}, {p.Key.Column}) in [{p.Value.Lower}, {p.Value.Upper}]")
            .ToList();

    /// <summary>Dense exact simplex for min ±x_j over { A x = b, x ≥ 0 }: phase one once, phase two per objective.</summary>
    private sealed class ExactSimplex
    {
        private readonly Rational[][] feasible; // constraint rows then a spare objective row; last column the right-hand side
        private readonly int[] basis;
        private readonly int n;
        private readonly int width;

        public ExactSimplex(List<(Rational[] A, Rational B)> equations, int n)
        {
            this.n = n;
            var m = equations.Count;
            width = n + m + 1; // variables, artificials, right-hand side
            var t = new Rational[m + 1][];
            var start = new int[m];
            for (var i = 0; i < m; i++)
            {
                t[i] = Enumerable.Repeat(Rational.Zero, width).ToArray();
                var flip = equations[i].B.Sign < 0 ? -1 : 1;
                for (var k = 0; k < n; k++)
                {
                    t[i][k] = equations[i].A[k] * flip;
                }

                t[i][n + i] = 1;
                t[i][width - 1] = equations[i].B * flip;
                start[i] = n + i;
            }

            // Phase 1: minimise the sum of artificials.
            t[m] = Enumerable.Repeat(Rational.Zero, width).ToArray();
            for (var k = 0; k < width; k++)
            {
                if (k >= n && k < n + m)
                {
                    continue;
                }

                for (var i = 0; i < m; i++)
                {
                    t[m][k] -= t[i][k];
                }
            }

            Iterate(t, start, m, n + m, width);
            if (!t[m][width - 1].IsZero)
            {
                throw new InvalidOperationException("The published table is inconsistent: no non-negative solution.");
            }

            // Drive every artificial out of the basis (it is at zero); a row with no real variable to pivot on is a
            // redundant equation and is dropped, so no artificial can become positive in phase 2.
            var rows = new List<int>();
            for (var i = 0; i < m; i++)
            {
                if (start[i] >= n)
                {
                    var k = Enumerable.Range(0, n).FirstOrDefault(x => !t[i][x].IsZero, -1);
                    if (k < 0)
                    {
                        continue;
                    }

                    Pivot(t, start, m, width, i, k);
                }

                rows.Add(i);
            }

            feasible = rows.Select(i => t[i]).Append(t[m]).ToArray();
            basis = rows.Select(i => start[i]).ToArray();
        }

        /// <summary>min sign·x_j, or null when unbounded below.</summary>
        public Rational? Minimise(int j, int sign)
        {
            var m = basis.Length;
            var t = feasible.Select(row => (Rational[])row.Clone()).ToArray();
            var b = (int[])basis.Clone();

            // Phase 2 objective: sign·x_j, in reduced costs; artificial columns may not enter.
            t[m] = Enumerable.Repeat(Rational.Zero, width).ToArray();
            t[m][j] = sign;
            for (var i = 0; i < m; i++)
            {
                if (b[i] == j)
                {
                    for (var k = 0; k < width; k++)
                    {
                        t[m][k] -= t[i][k] * sign;
                    }
                }
            }

            return Iterate(t, b, m, n, width) ? -t[m][width - 1] : null;
        }

        private static bool Iterate(Rational[][] t, int[] basis, int m, int enterable, int width)
        {
            while (true)
            {
                var entering = Enumerable.Range(0, enterable).FirstOrDefault(k => t[m][k].Sign < 0, -1);
                if (entering < 0)
                {
                    return true;
                }

                var leaving = -1;
                Rational best = 0;
                for (var i = 0; i < m; i++)
                {
                    if (t[i][entering].Sign > 0)
                    {
                        var ratio = t[i][width - 1] / t[i][entering];
                        if (leaving < 0 || ratio < best || (ratio.CompareTo(best) == 0 && basis[i] < basis[leaving]))
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

                Pivot(t, basis, m, width, leaving, entering);
            }
        }

        private static void Pivot(Rational[][] t, int[] basis, int m, int width, int row, int column)
        {
            var pivot = t[row][column];
            for (var k = 0; k < width; k++)
            {
                t[row][k] /= pivot;
            }

            for (var i = 0; i <= m; i++)
            {
                if (i != row && !t[i][column].IsZero)
                {
                    var factor = t[i][column];
                    for (var k = 0; k < width; k++)
                    {
                        if (!t[row][k].IsZero)
                        {
                            t[i][k] -= factor * t[row][k];
                        }
                    }
                }
            }

            basis[row] = column;
        }
    }
}
