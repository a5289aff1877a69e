namespace AnalysisKit.Variation.Spc;

/// <summary>
/// The four Making Data Count special-cause rules as NHSRplotthedots 0.2.2 applies them within a rebase group, with
/// its precedence: outside the limits &gt; 7-point trend &gt; 2 in 3 &gt; 7-point run. A window that holds a missing
/// value never fires.
/// </summary>
internal static class XmrRules
{
    /// <summary>Points in a run or trend.</summary>
    internal const int RunLength = 7;

    internal static SpecialCauseType[] Classify(double?[] y, int?[] relativeToMean, bool?[] close, bool?[] outside)
    {
        var n = y.Length;
        var run = PartOf(SevenOneSide(relativeToMean));
        var trendEnds = SevenTrend(y);
        var trend = PartOf(trendEnds);
        var twoInThree = TwoInThree(close, relativeToMean);
        var types = new SpecialCauseType[n];
        for (var i = 0; i < n; i++)
        {
            var rtm = relativeToMean[i];
            if (outside[i] == true)
            {
                types[i] = rtm == 1 ? SpecialCauseType.AboveUpperLimit : SpecialCauseType.BelowLowerLimit;
            }
            else if (trend[i])
            {
                // Direction as the package takes it: the step to the right when the next point is also in the trend,
                // otherwise the step from the left.
                var rightSide = i + 1 < n && trend[i + 1];
                var step = rightSide ? Math.Sign(y[i + 1]!.Value - y[i]!.Value)
                    : i == 0 ? 0 : Math.Sign(y[i]!.Value - y[i - 1]!.Value);
                types[i] = step == 1 ? SpecialCauseType.TrendIncreasing : SpecialCauseType.TrendDecreasing;
            }
            else if (twoInThree[i])
            {
                types[i] = rtm > 0 ? SpecialCauseType.TwoInThreeAbove : SpecialCauseType.TwoInThreeBelow;
            }
            else if (run[i])
            {
                types[i] = rtm > 0 ? SpecialCauseType.RunAbove : SpecialCauseType.RunBelow;
            }
            else
            {
                types[i] = SpecialCauseType.CommonCause;
            }
        }

        return types;
    }

    /// <summary>True at the last point of 7 consecutive points on the same non-zero side of the mean.</summary>
    private static bool[] SevenOneSide(int?[] rtm)
    {
        var ends = new bool[rtm.Length];
        for (var i = RunLength - 1; i < rtm.Length; i++)
        {
            var side = rtm[i];
            var fires = side is { } s && s != 0;
            for (var k = 1; k < RunLength && fires; k++)
            {
                fires = rtm[i - k] == side;
            }

            ends[i] = fires;
        }

        return ends;
    }

    /// <summary>True at the last point of 7 points with 6 strict rises or 6 strict falls.</summary>
    private static bool[] SevenTrend(double?[] y)
    {
        var ends = new bool[y.Length];
        for (var i = RunLength - 1; i < y.Length; i++)
        {
            bool up = true, down = true;
            for (var k = 0; k < RunLength - 1; k++)
            {
                var later = y[i - k];
                var earlier = y[i - k - 1];
                if (later is null || earlier is null)
                {
                    up = down = false;
                    break;
                }

                up &= later > earlier;
                down &= later < earlier;
            }

            ends[i] = up || down;
        }

        return ends;
    }

    /// <summary>A point is part of a run or trend when it or one of the next 6 points ends one.</summary>
    private static bool[] PartOf(bool[] ends)
    {
        var part = new bool[ends.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            for (var k = 0; k < RunLength && i + k < ends.Length && !part[i]; k++)
            {
                part[i] = ends[i + k];
            }
        }

        return part;
    }

    /// <summary>
    /// A close point belongs to 2 in 3 when some 3-point window holding it has at least 2 close points and all 3
    /// points strictly on one side of the mean.
    /// </summary>
    private static bool[] TwoInThree(bool?[] close, int?[] rtm)
    {
        var n = close.Length;
        var result = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (close[i] != true)
            {
                continue;
            }

            for (var start = i - 2; start <= i && !result[i]; start++)
            {
                result[i] = WindowFires(close, rtm, start);
            }
        }

        return result;
    }

    private static bool WindowFires(bool?[] close, int?[] rtm, int start)
    {
        int closeCount = 0, sideSum = 0;
        for (var j = start; j < start + 3; j++)
        {
            // Outside the series the package pads with zeros (not close, on the mean).
            if (j < 0 || j >= close.Length)
            {
                continue;
            }

            if (close[j] is null || rtm[j] is null)
            {
                return false;
            }

            closeCount += close[j] == true ? 1 : 0;
            sideSum += rtm[j]!.Value;
        }

        return closeCount >= 2 && Math.Abs(sideSum) == 3;
    }
}
