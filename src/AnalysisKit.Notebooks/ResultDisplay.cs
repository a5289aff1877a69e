using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using AnalysisKit.Extracts;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using Markdig;

namespace AnalysisKit.Notebooks;

/// <summary>
/// How the library's own values read in a notebook: enums in plain words ("not significantly different", not
/// "NotDifferent"), dates as ISO 8601 (2023-10-01, never 10/01/2023), and result objects (funnels, SPC charts, data
/// quality, comparisons) as their properties — scalars in a two-column table, lists as tables of their first rows,
/// warnings as a list — instead of a type name or a record's culture-bound <c>ToString</c>.
/// </summary>
internal static class ResultDisplay
{
    private const int MaxDepth = 1;

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly Assembly Library = typeof(AnalysisKit.Geography.GeographyLevel).Assembly;

    /// <summary>An enum value as words: the library's comparisons as a reader says them, any other enum split at capitals.</summary>
    public static string Words(Enum value) => value switch
    {
        Significance.Higher => "significantly higher",
        Significance.Lower => "significantly lower",
        Significance.NotDifferent => "not significantly different",
        Significance.NotComparable => "not comparable",
        Assessment.Better => "significantly better",
        Assessment.Worse => "significantly worse",
        Assessment.Similar => "not significantly different",
        Assessment.Higher => "significantly higher",
        Assessment.Lower => "significantly lower",
        Assessment.NotComparable => "not comparable",
        FunnelOutlier.None => "within the limits",
        FunnelOutlier.High => "above the upper limit",
        FunnelOutlier.Low => "below the lower limit",
        PheFunnelSignificance s => new PheFunnelUnitResult(new FunnelUnit("-", 0, 1), 0, s).Label,
        _ => SplitWords(value.ToString()),
    };

    /// <summary>A date as ISO 8601: yyyy-MM-dd, with the time only when it is not midnight.</summary>
    public static string Date(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>True for an object shown by its properties: a library type whose <c>ToString</c> is the record's or object's own.</summary>
    public static bool IsDescribed(object value) => DescribesType(value.GetType());

    /// <summary>True for a type whose values are shown by their properties (see <see cref="IsDescribed"/>).</summary>
    public static bool DescribesType(Type type)
    {
        if (type.Assembly != Library || typeof(IFormattable).IsAssignableFrom(type) || typeof(IEnumerable).IsAssignableFrom(type) || type.IsEnum)
        {
            return false;
        }

        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
        return toString.DeclaringType == typeof(object) || toString.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;
    }

    /// <summary>One line: <c>Type { Name = value, … }</c> with every value in the notebook's formats.</summary>
    public static string Text(object value, int depth = 0)
    {
        var type = value.GetType();
        var parts = Properties(type).Select(p => p.Name + " = " + Member(p.GetValue(value), depth));
        return type.Name + " { " + string.Join(", ", parts) + " }";
    }

    /// <summary>
    /// The object as HTML: a heading with its type, its scalar properties as a one-row table (a nested result's members
    /// as <c>Dispersion.Phi</c> columns), each list property as a table of its first rows (a nested unit's members as
    /// <c>Unit.Numerator</c> columns), and <c>Warnings</c> as a list. Every header other than a count's
    /// (<see cref="IsCountName"/>) is declared a label in the output's metadata (<see cref="LabelColumns"/>), so the
    /// output guard reads the counts and leaves statistics, limits, parts and ranks alone.
    /// </summary>
    public static string Html(object value)
    {
        var type = value.GetType();
        var html = new StringBuilder("<div class=\"akit-result\"><p><b>").Append(WebUtility.HtmlEncode(type.Name)).Append("</b></p>");
        var scalars = new List<(string Name, object? Value)>();
        var lists = new StringBuilder();
        foreach (var property in Properties(type))
        {
            var member = property.GetValue(value);
            if (member is IEnumerable sequence and not string)
            {
                var items = sequence.Cast<object?>().ToList();
                if (property.Name == "Warnings" && items.All(i => i is string))
                {
                    lists.Append("<p>Warnings").Append(items.Count == 0 ? ": none" : ":").Append("</p>");
                    if (items.Count > 0)
                    {
                        lists.Append("<ul>").AppendJoin("", items.Select(i => "<li>" + WebUtility.HtmlEncode((string)i!) + "</li>")).Append("</ul>");
                    }

                    continue;
                }

                lists.Append("<p>").Append(WebUtility.HtmlEncode(property.Name)).Append(" (")
                    .Append(items.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(")</p>");
                lists.Append(ListTable(items)
                    ?? "<p>" + WebUtility.HtmlEncode(string.Join(", ", items.Take(ValueFormatter.MaxRows).Select(i => Member(i, 1)))) + "</p>");
                continue;
            }

            scalars.AddRange(Flattened(property.Name, member));
        }

        if (scalars.Count > 0)
        {
            html.Append("<table><thead><tr>").AppendJoin("", scalars.Select(s => "<th>" + WebUtility.HtmlEncode(s.Name) + "</th>"))
                .Append("</tr></thead><tbody><tr>").AppendJoin("", scalars.Select(s => "<td>" + WebUtility.HtmlEncode(Member(s.Value, 1)) + "</td>"))
                .Append("</tr></tbody></table>");
        }

        return html.Append(lists).Append("</div>").ToString();
    }

    /// <summary>
    /// The headers of <see cref="Html(object)"/>'s tables that are not counts of people or events: statistics, limits, labels,
    /// parts, ranks, dates. The output records them as label columns with <see cref="NotebookMessages.ResultLabelReason"/>.
    /// </summary>
    public static IReadOnlyList<string> LabelColumns(object value)
    {
        var names = new List<string>();
        foreach (var property in Properties(value.GetType()))
        {
            var member = property.GetValue(value);
            if (member is IEnumerable sequence and not string)
            {
                if (property.Name != "Warnings" && Columns(sequence.Cast<object?>().ToList()) is { } columns)
                {
                    names.AddRange(columns.Select(c => c.Name));
                }
            }
            else
            {
                names.AddRange(Flattened(property.Name, member).Select(s => s.Name));
            }
        }

        return names.Where(n => !IsCountName(n)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A data-quality summary as HTML, from its Markdown.</summary>
    public static string Html(DataQualitySummary summary) => Markdig.Markdown.ToHtml(summary.ToMarkdown(), Markdown);

    /// <summary>True for a column that holds counts of people or events by its name (the last part after a dot).</summary>
    public static bool IsCountName(string column)
    {
        var name = column[(column.LastIndexOf('.') + 1)..];
        return name is "Numerator" or "Denominator" or "Count" or "Observed" or "Events" or "Value" or "Population" or "Y"
               && !column.Contains("Ratio", StringComparison.Ordinal);
    }

    /// <summary>A member, or a nested result's members one level down as <c>Name.Member</c>.</summary>
    private static IEnumerable<(string Name, object? Value)> Flattened(string name, object? value) =>
        value is not null && IsDescribed(value)
            ? Properties(value.GetType()).Select(p => (name + "." + p.Name, p.GetValue(value)))
            : [(name, value)];

    /// <summary>The columns of a list's table: public properties and fields (a tuple's Item1, Item2), a nested result's flattened.</summary>
    private static List<(string Name, Func<object, object?> Read)>? Columns(List<object?> items)
    {
        var first = items.FirstOrDefault(i => i is not null);
        if (first is null || first is string or IFormattable or bool or char or IEnumerable || first.GetType().IsEnum)
        {
            return null;
        }

        var type = first.GetType();
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue)));
        var columns = new List<(string Name, Func<object, object?> Read)>();
        foreach (var member in members)
        {
            var nested = items.Where(type.IsInstanceOfType).Select(i => member.Read(i!)).FirstOrDefault(v => v is not null);
            if (nested is not null && IsDescribed(nested))
            {
                var read = member.Read;
                columns.AddRange(Properties(nested.GetType()).Select(p => (member.Name + "." + p.Name,
                    (Func<object, object?>)(o => read(o) is { } inner && p.DeclaringType!.IsInstanceOfType(inner) ? p.GetValue(inner) : null))));
            }
            else
            {
                columns.Add((member.Name, member.Read));
            }
        }

        return columns.Count == 0 ? null : columns;
    }

    /// <summary>A list as a table of its first rows, with the formatter's index column.</summary>
    private static string? ListTable(List<object?> items)
    {
        if (Columns(items) is not { } columns)
        {
            return null;
        }

        var type = items.First(i => i is not null)!.GetType();
        var html = new StringBuilder("<table><thead><tr><th>" + ValueFormatter.IndexHeader + "</th>");
        html.AppendJoin("", columns.Select(c => "<th>" + WebUtility.HtmlEncode(c.Name) + "</th>")).Append("</tr></thead><tbody>");
        for (var row = 0; row < Math.Min(items.Count, ValueFormatter.MaxRows); row++)
        {
            html.Append("<tr><td>").Append(row.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var column in columns)
            {
                var item = items[row];
                var cell = item is not null && type.IsInstanceOfType(item) ? column.Read(item) : null;
                html.Append("<td>").Append(WebUtility.HtmlEncode(Member(cell, 1))).Append("</td>");
            }

            html.Append("</tr>");
        }

        if (items.Count > ValueFormatter.MaxRows)
        {
            html.Append("<tr><td colspan=\"").Append((columns.Count + 1).ToString(CultureInfo.InvariantCulture)).Append("\">… (more)</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Member(object? value, int depth) => value switch
    {
        IEnumerable sequence and not string => "[" + sequence.Cast<object?>().Count().ToString("N0", CultureInfo.InvariantCulture) + " items]",
        { } nested when depth < MaxDepth && IsDescribed(nested) => Text(nested, depth + 1),
        { } nested when IsDescribed(nested) => nested.GetType().Name,
        _ => ValueFormatter.Text(value),
    };

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static string SplitWords(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append(' ');
            }

            text.Append(text.Length == 0 ? name[i] : char.ToLowerInvariant(name[i]));
        }

        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text.ToString(1, text.Length - 1).ToLowerInvariant();
    }
}
