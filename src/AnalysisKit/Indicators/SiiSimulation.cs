namespace AnalysisKit.Indicators;

/// <summary>
/// The simulation inside PHEindicatormethods' <c>phe_sii</c> (<c>SimulationFunc</c>), with every product summed in the
/// order R's reference BLAS sums it and the 2×2 inverse taken as LAPACK's <c>dgesv</c> takes it, so that the same draws
/// give the same doubles as R.
/// </summary>
internal static class SiiSimulation
{
    /// <summary>
    /// solve(M·Mᵀ)·M for M = [√a; b√a] (2 × k): the least-squares projection that turns weighted values into the
    /// (√a, b√a) coefficients. R: <c>solve((m) %*% t(m)) %*% m</c>.
    /// </summary>
    internal static double[,] Projection(double[] sqrtA, double[] bSqrtA)
    {
        var k = sqrtA.Length;
        var rows = new[] { sqrtA, bSqrtA };

        // dgemm (M·Mᵀ): C(i,j) = 0, then C(i,j) += Mᵀ(l,j)·M(i,l) for l = 1..k.
        var gram = new double[2, 2];
        for (var j = 0; j < 2; j++)
        {
            for (var i = 0; i < 2; i++)
            {
                double c = 0;
                for (var l = 0; l < k; l++)
                {
                    c += rows[j][l] * rows[i][l];
                }

                gram[i, j] = c;
            }
        }

        var inverse = InverseAsDgesv(gram);

        // dgemm (inverse·M): C(i,j) = 0, then C(i,j) += M(l,j)·inverse(i,l) for l = 1, 2.
        var projection = new double[2, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < 2; i++)
            {
                double c = 0;
                c += rows[0][j] * inverse[i, 0];
                c += rows[1][j] * inverse[i, 1];
                projection[i, j] = c;
            }
        }

        return projection;
    }

    /// <summary>projection · y as dgemv sums it: y(i) = 0, then y(i) += x(j)·A(i,j) for j = 1..k. Returns (√a, b√a) coefficients.</summary>
    internal static (double Intercept, double Slope) Apply(double[,] projection, IReadOnlyList<double> weighted)
    {
        double intercept = 0, slope = 0;
        for (var j = 0; j < weighted.Count; j++)
        {
            intercept += weighted[j] * projection[0, j];
            slope += weighted[j] * projection[1, j];
        }

        return (intercept, slope);
    }

    /// <summary>
    /// Draws <see cref="PheSiiOptions.Repetitions"/> samples (× 10 blocks for the reliability statistic), quantile by quantile
    /// and sample by sample as R fills <c>matrix(rnorm(reps·k, value, se), ncol = reps)</c>, and returns for each block the
    /// limits at each level: SII (× multiplier unless transforming) and RII (inverted for a negative multiplier unless
    /// transforming) at positions round(n·(1 − c)/2) and round(n·(c + (1 − c)/2)) of the sorted samples.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<PheSiiInterval>> Run(RRandomStream random, double[] value, double[] se,
        double[] sqrtA, double[,] projection, PheSiiOptions options, IReadOnlyList<double> levels)
    {
        var k = value.Length;
        var repetitions = options.Repetitions;
        var blocks = options.ReliabilityStatistic ? 10 : 1;
        var m = options.Multiplier;
        var weighted = new double[k];
        var result = new List<IReadOnlyList<PheSiiInterval>>(blocks);
        var sii = new double[repetitions];
        var rii = new double[repetitions];
        for (var block = 0; block < blocks; block++)
        {
            for (var r = 0; r < repetitions; r++)
            {
                for (var i = 0; i < k; i++)
                {
                    var draw = random.NextNormal(value[i], se[i]);
                    weighted[i] = (options.Transform ? draw : PheSii.FromDrawingScale(options.ValueType, draw)) * sqrtA[i];
                }

                var (intercept, slope) = Apply(projection, weighted);
                var relative = (slope + intercept) / intercept;
                rii[r] = m < 0 && !options.Transform ? 1 / relative : relative;
                sii[r] = options.Transform ? slope : slope * m;
            }

            Array.Sort(sii);
            Array.Sort(rii);
            result.Add(levels.Select(level =>
            {
                var upperP = level + ((1 - level) / 2);
                var lower = (int)Math.Round(repetitions * (1 - upperP), MidpointRounding.ToEven) - 1;
                var upper = (int)Math.Round(repetitions * upperP, MidpointRounding.ToEven) - 1;
                return new PheSiiInterval(level, sii[lower], sii[upper], rii[lower], rii[upper]);
            }).ToList());
        }

        return result;
    }

    /// <summary>
    /// The inverse of a 2×2 matrix as R's <c>solve(a)</c> gets it from LAPACK <c>dgesv</c>: LU with partial pivoting
    /// (<c>dgetrf2</c>: the multiplier is a21·(1/a11)), then the identity solved column by column (<c>dgetrs</c>: unit
    /// lower, then upper triangle from the bottom).
    /// </summary>
    private static double[,] InverseAsDgesv(double[,] a)
    {
        var swap = Math.Abs(a[1, 0]) > Math.Abs(a[0, 0]);
        var (r0, r1) = swap ? (1, 0) : (0, 1);
        var u11 = a[r0, 0];
        var u12 = a[r0, 1];
        var l21 = (1 / u11) * a[r1, 0];
        var u22 = a[r1, 1] + (-u12 * l21);
        var inverse = new double[2, 2];
        for (var j = 0; j < 2; j++)
        {
            // Right-hand side: column j of the identity with the rows swapped as the pivot was.
            var b0 = (swap ? 1 : 0) == j ? 1.0 : 0.0;
            var b1 = (swap ? 0 : 1) == j ? 1.0 : 0.0;
            if (b0 != 0)
            {
                b1 -= b0 * l21;
            }

            if (b1 != 0)
            {
                b1 /= u22;
                b0 -= b1 * u12;
            }

            if (b0 != 0)
            {
                b0 /= u11;
            }

            inverse[0, j] = b0;
            inverse[1, j] = b1;
        }

        return inverse;
    }
}
