using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisKit.Notebooks;

/// <summary>
/// A papermill-style parameter (<c>-p name=value</c>) typed from its text: <c>42</c> → int, <c>0.5</c> → double,
/// <c>true</c>/<c>false</c> → bool, <c>2024-03-31</c> → DateOnly, <c>"42"</c> (quoted) or anything else → string.
/// </summary>
public sealed record NotebookParameter(string Name, object Value)
{
    /// <summary>
    /// Parses <c>name=value</c>; the name must be a C# identifier. Throws <see cref="FormatException"/> naming the
    /// argument and what was expected.
    /// </summary>
    public static NotebookParameter Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException(NotebookMessages.ParameterNotNameValue(argument));
        }

        var name = argument[..equals].Trim();
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new FormatException(NotebookMessages.ParameterNameInvalid(argument, name));
        }

        return new NotebookParameter(name, Infer(argument[(equals + 1)..]));
    }

    /// <summary>The typed value of <paramref name="text"/> by the rules above.</summary>
    public static object Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text[1..^1];
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return text;
    }

    /// <summary>The C# type name of the value, as written in the injected cell.</summary>
    public string TypeName => Value switch
    {
        int => "int",
        double => "double",
        bool => "bool",
        DateOnly => "DateOnly",
        _ => "string",
    };

    /// <summary>The value as a C# literal, e.g. <c>"S12345"</c>, <c>0.5</c>, <c>new DateOnly(2024, 3, 31)</c>.</summary>
    public string Literal => Value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when double.IsNaN(d) => "double.NaN",
        double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
        double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
        double d => WithDecimalPoint(d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => b ? "true" : "false",
        DateOnly date => string.Create(CultureInfo.InvariantCulture, $"new DateOnly({date.Year}, {date.Month}, {date.Day})"),
        _ => SymbolDisplay.FormatLiteral((string)Value, quote: true),
    };

    /// <summary>The line shown in the injected-parameters cell: <c>var name = literal;</c>.</summary>
    public string DeclarationShown => $"var {Name} = {Literal};";

    /// <summary>
    /// The line executed: it reads the value from the session's parameters, so one compiled cell serves every run of
    /// a batch. It gives the same typed value as <see cref="DeclarationShown"/>.
    /// </summary>
    public string DeclarationExecuted => $"var {Name} = Parameter<{TypeName}>({SymbolDisplay.FormatLiteral(Name, quote: true)});";

    private static string WithDecimalPoint(string text) =>
        text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
}
