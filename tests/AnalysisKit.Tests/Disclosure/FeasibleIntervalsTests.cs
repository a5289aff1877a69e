using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>
/// The library's own interval check (double-precision simplex, used to decide when suppression is enough) agrees
/// with the test-side exact attacker on random tables with random suppression patterns.
/// </summary>
public sealed class FeasibleIntervalsTests
{
    [Fact]
    public void Compute_RandomPatterns_AgreesWithTheExactAttacker()
    {
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (table, relations, _) = ComplementarySuppressionTests.RandomTable(seed);
            if (table.FoundTotals.Count > 0)
            {
                // A sum found by chance is a relation the generator did not write; the attacker would not have it.
                return;
            }

            var random = new Random(seed ^ 0x5bd1e995);
            var suppressed = Enumerable.Range(0, table.Rows.Count * table.CountColumns.Count).Select(_ => random.Next(10) < 4).ToArray();
            var view = new PublishedTable(table.Rows.Count, table.CountColumns.Count);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.CountColumns.Count; c++)
                {
                    view.Suppressed[r, c] = suppressed[(r * table.CountColumns.Count) + c];
                    view.Values[r, c] = view.Suppressed[r, c] ? 0 : table.Rows[r].Counts[c] ?? 0;
                }
            }

            relations(view);
            var exact = TableAttacker.Intervals(view);
            var library = FeasibleIntervals.Compute(table, suppressed);

            Assert.Equal(exact.Count, library.Count);
            foreach (var ((row, column), (lower, upper)) in exact)
            {
                var (libraryLower, libraryUpper) = library[(row * table.CountColumns.Count) + column];
                Assert.True(lower.ToString() == libraryLower.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"seed {seed}, cell ({row}, {column}): lower {lower} vs {libraryLower}");
                Assert.True((upper?.ToString() ?? "∞") == (double.IsPositiveInfinity(libraryUpper) ? "∞" : libraryUpper.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    $"seed {seed}, cell ({row}, {column}): upper {upper} vs {libraryUpper}");
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }
}
