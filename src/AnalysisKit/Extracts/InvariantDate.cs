using System.Globalization;

namespace AnalysisKit.Extracts;

/// <summary>
/// Reads the dates of a Date or Month column as <see cref="DateTime.TryParseExact(ReadOnlySpan{char}, string[], IFormatProvider, DateTimeStyles, out DateTime)"/>
/// reads them with the invariant culture and no styles, without the general parser for the fixed-width forms that
/// fill extracts. A format made only of <c>yyyy</c>, <c>MM</c>, <c>dd</c> and the separators -, / and .
/// (yyyy-MM-dd, yyyyMMdd, dd/MM/yyyy, yyyy-MM, yyyyMM, dd.MM.yyyy …) is a fixed layout: text of that length with digits
/// and separators in place is a valid date exactly when the general parser accepts it, with the same value. Anything
/// else — another length, a stray character, an impossible date — goes to the general parser, so the answer is always
/// the general parser's (checked by property tests against it).
/// </summary>
internal sealed class InvariantDate
{
    private static readonly string[] DefaultDateFormats = ["yyyy-MM-dd", "yyyyMMdd"];
    private static readonly string[] DefaultMonthFormats = ["yyyy-MM", "yyyyMM", "yyyy-MM-dd"];

    private readonly string[] _formats;
    private readonly Layout?[] _byLength = new Layout?[16];

    private InvariantDate(string[] formats)
    {
        _formats = formats;

        // The first format of each length takes the fast path; a later format of the same length is left to the general
        // parser, which tries the formats in order.
        foreach (var format in formats)
        {
            if (Layout.Of(format) is { } layout && layout.Length < _byLength.Length && _byLength[layout.Length] is null)
            {
                _byLength[layout.Length] = layout;
            }
        }
    }

    /// <summary>The parser for a column: its declared format, or the type's default formats.</summary>
    public static InvariantDate For(ExtractColumn column) =>
        new(column.Format is { } format ? [format] : column.Type == ExtractColumnType.Month ? DefaultMonthFormats : DefaultDateFormats);

    /// <summary>The parser for the given formats, tried in order (for tests).</summary>
    internal static InvariantDate Of(params string[] formats) => new(formats);

    /// <summary>True when <paramref name="format"/> writes and reads back a date with its year, month and day (1 March 2024).</summary>
    public static bool IsDateFormat(string format)
    {
        var probe = new DateTime(2024, 3, 1);
        try
        {
            var text = probe.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back == probe;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The date the text stands for, as the general parser reads it with this parser's formats.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        if (text.Length < _byLength.Length && _byLength[text.Length] is { } layout && layout.TryRead(text, out value))
        {
            return true;
        }

        return DateTime.TryParseExact(text, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>
    /// A fixed-width format: where the year (4 digits), month (2) and day (2, or none: the first) sit, and the separators
    /// ('-', '/', '.') between them.
    /// </summary>
    private sealed class Layout
    {
        private readonly int _year;
        private readonly int _month;
        private readonly int _day;
        private readonly string _format;

        private Layout(string format, int year, int month, int day)
        {
            Length = format.Length;
            _format = format;
            _year = year;
            _month = month;
            _day = day;
        }

        public int Length { get; }

        /// <summary>The layout of a format made only of yyyy, MM, dd (each once, yyyy and MM required) and '-', '/', '.' separators; else null.</summary>
        public static Layout? Of(string format)
        {
            int year = -1, month = -1, day = -1;
            var i = 0;
            while (i < format.Length)
            {
                var c = format[i];
                var run = 1;
                while (i + run < format.Length && format[i + run] == c)
                {
                    run++;
                }

                switch (c)
                {
                    case 'y' when run == 4 && year < 0:
                        year = i;
                        break;
                    case 'M' when run == 2 && month < 0:
                        month = i;
                        break;
                    case 'd' when run == 2 && day < 0:
                        day = i;
                        break;
                    case '-' or '/' or '.' when run == 1:
                        break; // a separator (the invariant culture's date separator is '/', so '/' reads as itself)
                    default:
                        return null; // anything else (M, d, y in other widths, quotes, escapes, spaces, times) is left to the general parser
                }

                i += run;
            }

            return year < 0 || month < 0 ? null : new Layout(format, year, month, day);
        }

        /// <summary>The date, when every digit and separator is in place and the date exists; false otherwise (nothing decided).</summary>
        public bool TryRead(ReadOnlySpan<char> text, out DateTime value)
        {
            value = default;
            for (var i = 0; i < _format.Length; i++)
            {
                // Separators sit where the format has them; every other position is a digit, checked below.
                if (_format[i] is '-' or '/' or '.' && text[i] != _format[i])
                {
                    return false;
                }
            }

            var year = Digits(text, _year, 4);
            var month = Digits(text, _month, 2);
            var day = _day < 0 ? 1 : Digits(text, _day, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            value = new DateTime(year, month, day);
            return true;
        }

        /// <summary>The value of <paramref name="count"/> ASCII digits at <paramref name="start"/>; -1 when any is not a digit.</summary>
        private static int Digits(ReadOnlySpan<char> text, int start, int count)
        {
            var value = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = unchecked((uint)(text[i] - '0'));
                if (digit > 9)
                {
                    return -1;
                }

                value = (value * 10) + (int)digit;
            }

            return value;
        }
    }
}
