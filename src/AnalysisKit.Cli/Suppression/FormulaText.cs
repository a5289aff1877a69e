namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// Text a spreadsheet program would run as a formula when it opens a CSV file (CSV injection, OWASP): a cell that begins
/// with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, a tab or a carriage return — also after leading spaces. Such text is
/// written with a leading apostrophe, which Excel and LibreOffice show as text. A plain number (<c>-3</c>, <c>+2.5</c>)
/// is not a formula and is written as it is.
/// </summary>
internal static class FormulaText
{
    /// <summary>The apostrophe that makes a spreadsheet program read the cell as text.</summary>
    public const char TextPrefix = '\'';

    /// <summary>True when <paramref name="text"/> would be read as a formula.</summary>
    public static bool IsFormulaLike(string text)
    {
        var trimmed = text.TrimStart(' ');
        if (trimmed.Length == 0 || trimmed[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text.Length > 0 && text[0] is '\t' or '\r';
        }

        return !decimal.TryParse(trimmed, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    /// <summary>The text as it is safe to write: with a leading apostrophe when it would be read as a formula.</summary>
    public static string Escaped(string text) => IsFormulaLike(text) ? TextPrefix + text : text;
}
