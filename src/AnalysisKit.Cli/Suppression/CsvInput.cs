using System.Text;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// Reads a CSV file strictly (RFC 4180: comma-separated, fields quoted with <c>"</c>, a quote inside a quoted field
/// doubled) and says exactly where it is broken: file, line and column (1-based field number and its header) for an
/// unclosed quote, a quote inside an unquoted field, text after a closing quote, a NUL character, a blank line between
/// rows, bytes that are not UTF-8 or a UTF-16 file. Lines end with LF, CRLF or CR; a UTF-8 byte-order mark is allowed;
/// blank lines at the end are ignored. Rows are returned with the line each starts on (a quoted field may span lines).
/// </summary>
internal static class CsvInput
{
    public static (string[] Header, List<(int Line, string[] Fields)> Rows) Read(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new ArgumentException(SuppressMessages.Utf16(path));
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes.AsSpan(start);
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            throw new ArgumentException(SuppressMessages.NotUtf8(path, LineOfFirstInvalidByte(body)));
        }

        var text = Encoding.UTF8.GetString(body);
        if (text.Trim().Length == 0)
        {
            throw new ArgumentException(SuppressMessages.Empty(path));
        }

        var records = Records(path, text);
        var header = records[0].Fields;
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Trim().Length == 0)
            {
                throw new ArgumentException(SuppressMessages.EmptyHeader(path, records[0].Line, c + 1));
            }
        }

        return (header, records.Skip(1).ToList());
    }

    private static List<(int Line, string[] Fields)> Records(string path, string text)
    {
        var records = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        string[]? header = null;

        string Column(int index) => header is not null && index < header.Length ? $"{index + 1} ('{header[index]}')" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        while (true)
        {
            // At the start of a field.
            if (i < text.Length && text[i] == '"')
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ArgumentException(SuppressMessages.UnclosedQuote(path, quoteLine, Column(fields.Count)));
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c == '\0')
                    {
                        throw new ArgumentException(SuppressMessages.NulCharacter(path, line, Column(fields.Count)));
                    }

                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new ArgumentException(SuppressMessages.TextAfterQuote(path, line, Column(fields.Count)));
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new ArgumentException(SuppressMessages.QuoteInsideField(path, line, Column(fields.Count)));
                    }

                    if (text[i] == '\0')
                    {
                        throw new ArgumentException(SuppressMessages.NulCharacter(path, line, Column(fields.Count)));
                    }

                    field.Append(text[i]);
                    i++;
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            // End of the record (a line end or the end of the text).
            var blank = fields.Count == 1 && fields[0].Length == 0;
            if (blank)
            {
                if (text[i..].Trim().Length > 0)
                {
                    throw new ArgumentException(SuppressMessages.BlankLine(path, recordLine));
                }
            }
            else
            {
                records.Add((recordLine, fields.ToArray()));
                header ??= fields.ToArray();
            }

            fields.Clear();
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
            recordLine = line;
            if (i >= text.Length)
            {
                break;
            }
        }

        return records;
    }

    private static int LineOfFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[bytes.Length + 1];
        System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
        return bytes[..read].Count((byte)'\n') + 1;
    }
}
