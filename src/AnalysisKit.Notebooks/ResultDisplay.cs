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
    /// The object as HTML: a heading with its type, a two-column table of its scalar properties, each list property as a
    /// table of its first rows (its own table's column headers), and <c>Warnings</c> as a list.
    /// </summary>
    public static string Html(object value, Func<List<object?>, string?> table)
    {
        var type = value.GetType();
        var html = new StringBuilder("<div class=\"akit-result\"><p><b>").Append(WebUtility.HtmlEncode(type.Name)).Append("</b></p>");
        var scalars = new StringBuilder();
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
                lists.Append(table(items.Take(ValueFormatter.MaxRows + 1).ToList())
                    ?? "<p>" + WebUtility.HtmlEncode(string.Join(", ", items.Take(ValueFormatter.MaxRows).Select(i => Member(i, 1)))) + "</p>");
                continue;
            }

            scalars.Append("<tr><th>").Append(WebUtility.HtmlEncode(property.Name)).Append("</th><td>")
                .Append(WebUtility.HtmlEncode(Member(member, 0))).Append("</td></tr>");
        }

        if (scalars.Length > 0)
        {
            html.Append("<table>").Append(scalars).Append("</table>");
        }

        return html.Append(lists).Append("</div>").ToString();
    }

    /// <summary>A data-quality summary as HTML, from its Markdown.</summary>
    public static string Html(DataQualitySummary summary) => Markdig.Markdown.ToHtml(summary.ToMarkdown(), Markdown);

    /// <summary>The list properties of a described object, by name (what the HTML view shows as tables).</summary>
    public static IEnumerable<(string Name, List<object?> Items)> Lists(object value) =>
        Properties(value.GetType()).Where(p => p.Name != "Warnings")
            .Select(p => (p.Name, Value: p.GetValue(value)))
            .Where(p => p.Value is IEnumerable and not string)
            .Select(p => (p.Name, ((IEnumerable)p.Value!).Cast<object?>().ToList()));

    /// <summary>True when a column's values are described objects (a result's nested unit).</summary>
    public static bool IsDescribedColumn(IReadOnlyList<object?> values) => values.Any(v => v is not null && IsDescribed(v));

    /// <summary>True for a column that holds counts of people or events by its name (the last part after a dot).</summary>
    public static bool IsCountName(string column)
    {
        var name = column[(column.LastIndexOf('.') + 1)..];
        return name is "Numerator" or "Denominator" or "Count" or "Observed" or "Events" or "Value" && !column.Contains("Ratio", StringComparison.Ordinal);
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
