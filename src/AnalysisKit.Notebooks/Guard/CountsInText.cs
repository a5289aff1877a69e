using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>Where free text shows a count: 1-based line and column, and whether it was shown or derived from a rate.</summary>
internal readonly record struct TextFinding(int Line, int Column, bool Derived);

/// <summary>
/// Finds a count the policy calls small in free text (console lines, markdown, HTML text, exception messages, a
/// scalar's text). Safe by default: a whole number the policy calls small (3, 3.0, "3 (small)") is a count unless its
/// context says otherwise. Not counts: numbers glued to letters (P1, Q3, GPC082, 3rd, SHA-256, 3-year), dates, times,
/// ranges and versions (2025-03-01, 01/03/2025, 12:30, 1–4, 2.28.0), signed numbers (−3, +2), money (£3), decimals
/// (2.5), percentages and rates (3%, 2.0 per 1,000), a number after a label word (cell 3, quintile 2, week 4, top 3,
/// and lists that follow one: quintiles 1, 2 and 4), after a statistic (mean 3, ratio 2), before a key's "=" (1 = most
/// deprived), beside a month (3 March), right after a capitalised name (Fife 3), a list's ordinal at the start of a
/// line (1. , 2) ), and a number of things that are not people (3 practices, 2 years, 4 more rows, 2 decimal places).
/// A number beside a word for people or events (3 deaths, patients: 2, n = 4) is always a count. On each line, a
/// percentage or rate that, with a whole number on the same line, gives back a small count (7.5% of 40) is refused too
/// (<see cref="DerivedCount"/>).
/// </summary>
internal static class CountsInText
{
    /// <summary>The first small count the text shows, or null.</summary>
    public static TextFinding? Find(string? text, SuppressionPolicy policy)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var lines = Normalise(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (FindInLine(lines[i], policy) is { } found)
            {
                return new TextFinding(i + 1, found.Column, found.Derived);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/>, all of it, is one number (e.g. a table cell "3", "3.0", "1,234").</summary>
    public static bool IsNumber(string text, out decimal value, out int decimals)
    {
        var tokens = TextTokens.Split(Normalise(text).Trim());
        value = 0;
        decimals = 0;
        if (tokens.Count == 2 && tokens[0].Kind == TokenKind.Symbol && tokens[0].Text is "-" or "−" or "+" && tokens[1].Kind == TokenKind.Number)
        {
            value = tokens[0].Text == "+" ? tokens[1].Value : -tokens[1].Value;
            decimals = tokens[1].Decimals;
            return true;
        }

        if (tokens.Count != 1 || tokens[0].Kind != TokenKind.Number)
        {
            return false;
        }

        value = tokens[0].Value;
        decimals = tokens[0].Decimals;
        return true;
    }

    /// <summary>Unicode digits (full-width, Arabic-Indic, …) as ASCII digits; no-break spaces as spaces; CR dropped.</summary>
    internal static string Normalise(string text)
    {
        var needed = false;
        foreach (var c in text)
        {
            if ((char.IsDigit(c) && !char.IsAsciiDigit(c)) || c is '\u00A0' or '\u202F' or '\u2009' or '\r')
            {
                needed = true;
                break;
            }
        }

        if (!needed)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\r')
            {
                continue;
            }

            builder.Append(c switch
            {
                _ when char.IsDigit(c) && !char.IsAsciiDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static (int Column, bool Derived)? FindInLine(string line, SuppressionPolicy policy)
    {
        if (!MayShowACount(line, policy))
        {
            return null;
        }

        var tokens = TextTokens.Split(line);
        var label = new bool[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Number || !token.Whole || token.Value > long.MaxValue || !policy.IsSmall((long)token.Value))
            {
                continue;
            }

            if (IsCount(line, tokens, k, label))
            {
                return (token.Start + 1, false);
            }

            label[k] = true;
        }

        return DerivedInLine(line, tokens, label, policy) is { } column ? (column, true) : null;
    }

    /// <summary>
    /// A quick pass before the full reading: a line can only show a count when some run of digits in it is small, or
    /// when it has a percentage or rate (which may give one back). Most console lines take only this pass.
    /// </summary>
    private static bool MayShowACount(string line, SuppressionPolicy policy)
    {
        var anyDigit = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i]))
            {
                continue;
            }

            anyDigit = true;
            long value = 0;
            var start = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                value = i - start < 18 ? (value * 10) + (line[i] - '0') : long.MaxValue;
                i++;
            }

            if (policy.IsSmall(value))
            {
                return true;
            }
        }

        return anyDigit && (line.Contains('%', StringComparison.Ordinal) || line.Contains("per", StringComparison.OrdinalIgnoreCase)
                            || line.Contains("pct", StringComparison.OrdinalIgnoreCase) || line.Contains("pc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The rules, in order: what the number is not, then the words around it; a count by default.</summary>
    private static bool IsCount(string line, List<TextToken> tokens, int k, bool[] label)
    {
        var token = tokens[k];
        var before = token.Start > 0 ? line[token.Start - 1] : ' ';
        var beforeThat = token.Start > 1 ? line[token.Start - 2] : ' ';
        if ((before is '-' or '−' or '+' && !char.IsLetterOrDigit(beforeThat)) || before is '£' or '$' or '€' or '¥' or '#')
        {
            return false; // a signed number (a difference), money, or "#3"
        }

        if (IsPercentOrRate(tokens, k))
        {
            return false;
        }

        var previous = PreviousWord(tokens, k, out var gap);
        var rightBefore = previous is not null && (gap.Trim().Length == 0 || gap.Trim() is "." or "#");
        if (rightBefore && CountWords.Labels.Contains(Stem(previous!)))
        {
            return false; // "week 3", "cell 2": a label right before the number
        }

        switch (LookAhead(tokens, k))
        {
            case true:
                return true; // "3 deaths"
            case false:
                return false; // "3 practices", "2 more rows"
        }

        if (NextSymbol(tokens, k) == "=" && !(k + 2 < tokens.Count && tokens[k + 2].Text == "="))
        {
            return false; // "1 = most deprived": a key
        }

        if (KeyWord(tokens, k) is { } key)
        {
            if (CountWords.People.Contains(key))
            {
                return true; // "deaths: 3", "n = 3"
            }

            if (CountWords.Labels.Contains(key) || CountWords.Things.Contains(key) || CountWords.Statistics.Contains(key))
            {
                return false; // "quintile = 2", "practices: 3", "mean = 3"
            }
        }

        if (LookBack(tokens, k, label) is { } isLabel)
        {
            return !isLabel;
        }

        if (IsEnclosed(tokens, k) && Enumerable.Range(0, k).Any(i => label[i] && IsEnclosed(tokens, i)))
        {
            return false; // "quintile shown (1) … the least deprived shown (4)": the same form as a label earlier on the line
        }

        if (IsNextToMonth(tokens, k))
        {
            return false;
        }

        if (rightBefore && gap == " " && IsName(previous!))
        {
            return false; // "Fife 3": part of a name
        }

        return !IsLineOrdinal(line, tokens, k);
    }

    private static bool IsPercentOrRate(List<TextToken> tokens, int k)
    {
        var next = Next(tokens, k);
        if (next is { Kind: TokenKind.Symbol, Text: "%" or "‰" })
        {
            return true;
        }

        return next is { Kind: TokenKind.Word } word && word.Text.ToLowerInvariant() is "percent" or "pc" or "per" or "percentage" or "pct";
    }

    /// <summary>True for a word for people or events in the next three words, false for things that are not people, null otherwise.</summary>
    private static bool? LookAhead(List<TextToken> tokens, int k)
    {
        var words = 0;
        var numbers = 0;
        for (var i = k + 1; i < tokens.Count && words < 4; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind == TokenKind.Number && numbers == 0 && i > k + 1 && tokens[i - 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                numbers++; // "3 of 40 practices"
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            words++;
            var stem = Stem(token.Text);
            if (CountWords.People.Contains(stem) || CountWords.People.Contains(token.Text))
            {
                return true;
            }

            if (CountWords.Things.Contains(stem))
            {
                return false;
            }

            if (!CountWords.Modifiers.Contains(token.Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The key before "key: 3" or "key = 3" (the word right before the colon or equals sign), or null.</summary>
    private static string? KeyWord(List<TextToken> tokens, int k)
    {
        var i = k - 1;
        while (i >= 0 && tokens[i].Kind == TokenKind.Space)
        {
            i--;
        }

        if (i < 0 || tokens[i].Kind != TokenKind.Symbol || tokens[i].Text is not (":" or "="))
        {
            return null;
        }

        i--;
        while (i >= 0 && (tokens[i].Kind == TokenKind.Space || tokens[i].Text is ")" or "("))
        {
            i--;
        }

        return i >= 0 && tokens[i].Kind == TokenKind.Word ? Stem(tokens[i].Text) : null;
    }

    /// <summary>
    /// Back over connectors and brackets to a label or statistic word (true: a label), a word for people (false: a count),
    /// or a number already read as a label in the same list (true); null when nothing decides.
    /// </summary>
    private static bool? LookBack(List<TextToken> tokens, int k, bool[] label)
    {
        var steps = 0;
        for (var i = k - 1; i >= 0 && steps < 6; i--)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Space:
                    continue;
                case TokenKind.Symbol when token.Text is "(" or "[" or "," or ";" or "#" or "&" or "/":
                    steps++;
                    continue;
                case TokenKind.Number:
                    return label[i] ? true : null;
                case TokenKind.Word:
                    var stem = Stem(token.Text);
                    if (CountWords.Labels.Contains(stem) || CountWords.Statistics.Contains(stem))
                    {
                        return true;
                    }

                    if (CountWords.People.Contains(stem))
                    {
                        return false;
                    }

                    if (!CountWords.Connectors.Contains(token.Text))
                    {
                        return null;
                    }

                    steps++;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsEnclosed(List<TextToken> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k - 1].Text == "(" && tokens[k + 1].Text == ")";

    private static bool IsNextToMonth(List<TextToken> tokens, int k)
    {
        var previous = PreviousWord(tokens, k, out var gap);
        var next = Next(tokens, k);
        return (previous is not null && gap.Trim().Length == 0 && IsMonth(previous)) || (next is { Kind: TokenKind.Word } word && IsMonth(word.Text));
    }

    private static bool IsMonth(string word) =>
        word == "May" || (!word.Equals("may", StringComparison.OrdinalIgnoreCase) && CountWords.Months.Contains(word.TrimEnd('.', ',')));

    /// <summary>A capitalised word of three or more letters that is not a function word, a statistic or a word for people.</summary>
    private static bool IsName(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')
        && !CountWords.FunctionWords.Contains(word) && !CountWords.People.Contains(Stem(word)) && !CountWords.Statistics.Contains(Stem(word));

    /// <summary>"1. Load the data" or "2) Compare": an ordinal at the start of a line.</summary>
    private static bool IsLineOrdinal(string line, List<TextToken> tokens, int k)
    {
        if (line[..tokens[k].Start].Any(c => !char.IsWhiteSpace(c) && c is not ('-' or '*' or '•' or '>')))
        {
            return false;
        }

        var end = tokens[k].End;
        return end < line.Length && line[end] is '.' or ')' && (end + 1 == line.Length || char.IsWhiteSpace(line[end + 1]));
    }

    /// <summary>
    /// A percentage or rate on the line that, with a whole number on the same line (not a label, not a count of
    /// things, not a year), gives back a small count; the column of the rate, or null.
    /// </summary>
    private static int? DerivedInLine(string line, List<TextToken> tokens, bool[] label, SuppressionPolicy policy)
    {
        List<(TextToken Rate, decimal Multiplier)>? rates = null;
        List<TextToken>? denominators = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }

            var next = Next(tokens, k);
            if (next is { Kind: TokenKind.Symbol, Text: "%" } || next is { Kind: TokenKind.Word } pct && pct.Text.ToLowerInvariant() is "percent" or "pct" or "pc")
            {
                (rates ??= []).Add((token, 100m));
                continue;
            }

            if (next is { Kind: TokenKind.Word } per && per.Text.Equals("per", StringComparison.OrdinalIgnoreCase))
            {
                var after = tokens.IndexOf(per);
                var multiplier = Next(tokens, after) is { Kind: TokenKind.Number } m && m.Value > 0 ? m.Value : 0m;
                if (multiplier > 0)
                {
                    (rates ??= []).Add((token, multiplier));
                }

                continue;
            }

            var before = token.Start > 0 ? line[token.Start - 1] : ' ';
            var previous = PreviousWord(tokens, k, out _);
            if (!token.Whole || token.Value < 1 || label[k] || before is '-' or '+' or '£' or '$' or '€' or '#'
                || (token.Value is >= 1900 and <= 2100 && token.Decimals == 0 && LookAhead(tokens, k) != true)
                || LookAhead(tokens, k) == false || (previous is not null && previous.Equals("per", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            (denominators ??= []).Add(token);
        }

        if (rates is null || denominators is null)
        {
            return null;
        }

        foreach (var (rate, multiplier) in rates)
        {
            foreach (var denominator in denominators)
            {
                if (DerivedCount.Discloses(rate.Value, rate.Decimals, multiplier, denominator.Value, policy))
                {
                    return rate.Start + 1;
                }
            }
        }

        return null;
    }

    private static TextToken? Next(List<TextToken> tokens, int k)
    {
        for (var i = k + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Space)
            {
                return tokens[i];
            }
        }

        return null;
    }

    private static string? NextSymbol(List<TextToken> tokens, int k) => Next(tokens, k) is { Kind: TokenKind.Symbol } symbol ? symbol.Text : null;

    /// <summary>The nearest word before the number with what lies between them, or null when a number or symbol comes first.</summary>
    private static string? PreviousWord(List<TextToken> tokens, int k, out string gap)
    {
        var between = new System.Text.StringBuilder();
        for (var i = k - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                gap = between.ToString();
                return tokens[i].Text;
            }

            if (tokens[i].Kind is TokenKind.Space || (tokens[i].Kind == TokenKind.Symbol && tokens[i].Text is "#" or "." && between.Length < 3))
            {
                between.Insert(0, tokens[i].Text);
                continue;
            }

            break;
        }

        gap = string.Empty;
        return null;
    }

    /// <summary>The part of a word that says what it is: the last part of "patient-years", without a trailing 's or full stop.</summary>
    private static string Stem(string word)
    {
        var dash = word.LastIndexOf('-');
        var stem = dash >= 0 && dash < word.Length - 1 ? word[(dash + 1)..] : word;
        return stem.TrimEnd('.');
    }
}
