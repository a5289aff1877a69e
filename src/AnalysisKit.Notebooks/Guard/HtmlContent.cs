using System.Net;
using System.Text;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>
/// What an HTML output shows a reader, read without a browser: its text (one block per paragraph, heading, list item
/// or line break), its tables cell by cell (header, <c>class="count"</c> marks, the formatter's index column), the
/// text of attributes a reader sees or a page carries (title, alt, aria-label, value, data-*), and its scripts (read for
/// JSON such as a Plotly figure). Tolerant of broken markup: an unclosed tag ends at the end of the text.
/// </summary>
internal sealed class HtmlContent
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "caption", "section",
        "article", "header", "footer", "blockquote", "pre", "dt", "dd", "dl", "hr", "figcaption", "figure", "summary",
        "details", "main", "nav", "aside", "thead", "tbody", "tfoot", "svg", "text", "tspan", "title", "desc", "g",
    };

    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style" };

    private readonly StringBuilder text = new();

    private HtmlContent()
    {
    }

    /// <summary>The text outside tables, blocks separated by new lines.</summary>
    public string Text => text.ToString();

    /// <summary>Every table, in document order (a nested table is a table of its own).</summary>
    public List<HtmlTable> Tables { get; } = [];

    /// <summary>The content of each script element.</summary>
    public List<string> Scripts { get; } = [];

    /// <summary>Attribute values a reader sees or a page carries: title, alt, aria-label, value, data-*.</summary>
    public List<string> AttributeTexts { get; } = [];

    /// <summary>Every attribute value (for CHI-like numbers: an identifier in a link or an id is still an identifier).</summary>
    public List<string> AllAttributeValues { get; } = [];

    /// <summary>Reads <paramref name="html"/>.</summary>
    public static HtmlContent Parse(string html)
    {
        var content = new HtmlContent();
        var tables = new Stack<HtmlTable>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i)
            {
                content.AppendText(tables, WebUtility.HtmlDecode(html[i..end]));
            }

            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var gt = TagEnd(html, lt);
            if (gt < 0)
            {
                content.AppendText(tables, WebUtility.HtmlDecode(html[lt..]));
                break;
            }

            var tag = html[(lt + 1)..gt];
            i = gt + 1;
            if (tag.Length == 0 || tag[0] is '!' or '?')
            {
                continue;
            }

            var closing = tag[0] == '/';
            var name = TagName(tag, closing);
            if (!closing)
            {
                content.ReadAttributes(tag);
            }

            if (!closing && RawTextTags.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var body = html[i..(close < 0 ? html.Length : close)];
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
                {
                    content.Scripts.Add(body);
                }

                i = close < 0 ? html.Length : Math.Max(TagEnd(html, close), close) + 1;
                continue;
            }

            content.Structure(tables, name, closing, tag);
        }

        return content;
    }

    private static int TagEnd(string html, int lt)
    {
        char? quote = null;
        for (var j = lt + 1; j < html.Length; j++)
        {
            var c = html[j];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j;
            }
        }

        return -1;
    }

    private static string TagName(string tag, bool closing)
    {
        var start = closing ? 1 : 0;
        var stop = start;
        while (stop < tag.Length && !char.IsWhiteSpace(tag[stop]) && tag[stop] is not ('/' or '>'))
        {
            stop++;
        }

        return tag[start..stop];
    }

    private static IEnumerable<(string Name, string Value)> Attributes(string tag)
    {
        var i = 0;
        while (i < tag.Length && !char.IsWhiteSpace(tag[i]))
        {
            i++;
        }

        while (i < tag.Length)
        {
            while (i < tag.Length && (char.IsWhiteSpace(tag[i]) || tag[i] == '/'))
            {
                i++;
            }

            var start = i;
            while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] is not ('=' or '/'))
            {
                i++;
            }

            var name = tag[start..i];
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length || tag[i] != '=')
            {
                if (name.Length > 0)
                {
                    yield return (name, string.Empty);
                }

                continue;
            }

            i++;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            string value;
            if (i < tag.Length && tag[i] is '"' or '\'')
            {
                var quote = tag[i];
                var close = tag.IndexOf(quote, i + 1);
                close = close < 0 ? tag.Length : close;
                value = tag[(i + 1)..close];
                i = Math.Min(close + 1, tag.Length);
            }
            else
            {
                var valueStart = i;
                while (i < tag.Length && !char.IsWhiteSpace(tag[i]))
                {
                    i++;
                }

                value = tag[valueStart..i];
            }

            yield return (name, WebUtility.HtmlDecode(value));
        }
    }

    private void ReadAttributes(string tag)
    {
        foreach (var (attribute, value) in Attributes(tag))
        {
            if (value.Length == 0)
            {
                continue;
            }

            AllAttributeValues.Add(value);
            var lower = attribute.ToLowerInvariant();
            if (lower is "title" or "alt" or "aria-label" or "aria-description" or "value" or "label" or "placeholder" or "content" or "summary"
                || (lower.StartsWith("data-", StringComparison.Ordinal) && !lower.StartsWith("data-akit", StringComparison.Ordinal)))
            {
                AttributeTexts.Add(value);
            }
        }
    }

    private void Structure(Stack<HtmlTable> tables, string name, bool closing, string tag)
    {
        var lower = name.ToLowerInvariant();
        if (!closing && lower == "table")
        {
            var table = new HtmlTable();
            Tables.Add(table);
            tables.Push(table);
            return;
        }

        if (closing && lower == "table")
        {
            if (tables.Count > 0)
            {
                tables.Pop();
            }

            text.Append('\n');
            return;
        }

        if (tables.Count > 0)
        {
            var table = tables.Peek();
            switch (lower)
            {
                case "thead":
                    table.InHead = !closing;
                    return;
                case "caption":
                    table.InCaption = !closing;
                    return;
                case "tr" when !closing:
                    table.Rows.Add(new HtmlRow(table.InHead));
                    return;
                case "td" or "th" when !closing:
                    if (table.Rows.Count == 0)
                    {
                        table.Rows.Add(new HtmlRow(table.InHead));
                    }

                    var classes = Attributes(tag).Where(a => a.Name.Equals("class", StringComparison.OrdinalIgnoreCase)).Select(a => a.Value).FirstOrDefault() ?? string.Empty;
                    var span = Attributes(tag).Where(a => a.Name.Equals("colspan", StringComparison.OrdinalIgnoreCase)).Select(a => a.Value).FirstOrDefault();
                    table.Rows[^1].Cells.Add(new HtmlCell
                    {
                        Header = lower == "th",
                        Count = classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("count", StringComparer.OrdinalIgnoreCase),
                        Spans = span is not null && span != "1",
                    });
                    return;
                case "i" when !closing && table.CurrentCell is { } cell:
                    cell.Italic = true;
                    return;
                case "br":
                    AppendText(tables, "\n");
                    return;
            }

            return;
        }

        if (BlockTags.Contains(lower))
        {
            text.Append('\n');
        }
    }

    private void AppendText(Stack<HtmlTable> tables, string value)
    {
        if (tables.Count == 0)
        {
            text.Append(value);
            return;
        }

        var table = tables.Peek();
        if (table.InCaption)
        {
            table.Caption.Append(value);
        }
        else if (table.CurrentCell is { } cell)
        {
            cell.Text.Append(value);
        }
        else
        {
            table.Loose.Append(value);
        }
    }
}

/// <summary>A table read from HTML.</summary>
internal sealed class HtmlTable
{
    public List<HtmlRow> Rows { get; } = [];

    public StringBuilder Caption { get; } = new();

    /// <summary>Text inside the table but outside any cell.</summary>
    public StringBuilder Loose { get; } = new();

    public bool InHead { get; set; }

    public bool InCaption { get; set; }

    public HtmlCell? CurrentCell => Rows.Count > 0 && Rows[^1].Cells.Count > 0 ? Rows[^1].Cells[^1] : null;
}

/// <summary>A table row read from HTML.</summary>
internal sealed class HtmlRow(bool inHead)
{
    public bool InHead { get; } = inHead;

    public List<HtmlCell> Cells { get; } = [];
}

/// <summary>A table cell read from HTML.</summary>
internal sealed class HtmlCell
{
    public StringBuilder Text { get; } = new();

    public bool Header { get; init; }

    /// <summary>Marked <c>class="count"</c>: the table says which of its cells are counts (AnalysisKit.Briefings does).</summary>
    public bool Count { get; init; }

    /// <summary>Spans several columns (a "more rows" line).</summary>
    public bool Spans { get; init; }

    public bool Italic { get; set; }
}
