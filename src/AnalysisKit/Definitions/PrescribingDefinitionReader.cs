using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisKit.Indicators;

namespace AnalysisKit.Definitions;

/// <summary>
/// Reads prescribing measures: a measure file (<c>{ "title", "data": { "file", "practice", "month" }, "measures": […] }</c>,
/// each measure in the indicator format plus <c>rationale</c>, <c>source</c>, <c>openPrescribing</c>, <c>savings</c> and
/// <c>decimals</c>) and a briefing definition's <c>$.prescribing</c> section that names one. A measure's file, practice and
/// month default to the file's <c>data</c> (or the briefing's <c>$.prescribing.data</c>, which replaces it), so one
/// measure file serves any extract with the same columns. Every error names the file, the JSON path, the value and what
/// is allowed.
/// </summary>
internal static class PrescribingDefinitionReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] SectionProperties = ["measures", "data", "show", "savingsPercentile"];

    private static readonly string[] FileProperties = ["$schema", "title", "description", "data", "measures"];

    private static readonly string[] DataProperties = ["file", "sheet", "headerRow", "practice", "month", "markers"];

    private static readonly string[] MeasureProperties = ["rationale", "source", "openPrescribing", "savings", "decimals"];

    private static readonly Dictionary<string, SavingsMethod> SavingsMethods = new(StringComparer.Ordinal)
    {
        ["list-size"] = SavingsMethod.ListSize, ["percentage"] = SavingsMethod.Percentage,
    };

    /// <summary>Reads <c>$.prescribing</c> of a briefing definition.</summary>
    public static PrescribingDefinition Read(JsonElement element, DefinitionJson json, string folder, GeographySource geography)
    {
        const string path = "$.prescribing";
        json.Object(element, path, "{ \"measures\": \"<measure file>\", \"data\": {…}, \"show\": […], \"savingsPercentile\": 10 }", SectionProperties);
        var name = json.RequiredText(element, path, "measures", "the measure file, relative to the definition file");
        var file = Path.GetFullPath(Path.Combine(folder, name));
        if (!File.Exists(file))
        {
            throw json.Fail(path + ".measures", DefinitionMessages.DataFileNotFound(json.File, path + ".measures", name, file));
        }

        var data = DefinitionJson.Get(element, "data") is { } d ? Data(d, path + ".data", json, folder) : null;
        var measures = ReadMeasureFile(file, geography, data);
        var show = new List<MeasureDefinition>();
        if (DefinitionJson.Get(element, "show") is { } list)
        {
            var names = json.Texts(list, path + ".show", "a measure name or an array of them");
            for (var i = 0; i < names.Count; i++)
            {
                var measure = measures.Measures.FirstOrDefault(m => string.Equals(m.Name, names[i], StringComparison.OrdinalIgnoreCase))
                    ?? throw json.Fail(DefinitionJson.Item(path + ".show", i), DefinitionMessages.UnknownHeadline(json.File, DefinitionJson.Item(path + ".show", i), names[i], measures.Measures.Select(m => m.Name)));
                show.Add(measure);
            }
        }
        else
        {
            show.AddRange(measures.Measures);
        }

        var percentile = 10.0;
        if (DefinitionJson.Get(element, "savingsPercentile") is { } p)
        {
            percentile = p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var value) && value > 0 && value < 100
                ? value
                : throw json.Bad(path + ".savingsPercentile", p, "a percentile between 0 and 100 (exclusive), e.g. 10");
        }

        return new PrescribingDefinition(measures, show, percentile);
    }

    /// <summary>Reads a measure file; <paramref name="dataOverride"/> (a briefing's <c>$.prescribing.data</c>, file resolved) replaces its <c>data</c>.</summary>
    public static MeasureFile ReadMeasureFile(string path, GeographySource? geography, JsonObject? dataOverride)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = new DefinitionJson(path);
        using (var document = BriefingDefinitionReader.ParseFile(path, DefinitionMessages.MeasureFileNotFound(path)))
        {
            var root = document.RootElement;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            json.Object(root, "$", "an object with the properties " + string.Join(", ", FileProperties), FileProperties);
            var title = json.OptionalText(root, "$", "title", "a non-empty title") ?? Path.GetFileNameWithoutExtension(path);
            _ = json.OptionalText(root, "$", "description", "a description");
            var data = dataOverride ?? (DefinitionJson.Get(root, "data") is { } d ? Data(d, "$.data", json, folder) : null);
            var list = json.Required(root, "$", "measures", "an array of at least one measure");
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                throw json.Bad("$.measures", list, "an array of at least one measure");
            }

            var measures = new List<MeasureDefinition>();
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                var at = DefinitionJson.Item("$.measures", index++);
                var measure = Measure(element, at, json, folder, geography, data);
                if (measures.FirstOrDefault(m => string.Equals(m.Name, measure.Name, StringComparison.OrdinalIgnoreCase)) is { } sameName)
                {
                    throw json.Fail(at + ".name", DefinitionMessages.DuplicateIndicator(json.File, at + ".name", "name", measure.Name, sameName.Indicator.JsonPath));
                }

                if (measures.FirstOrDefault(m => string.Equals(m.Label, measure.Label, StringComparison.Ordinal)) is { } sameLabel)
                {
                    throw json.Fail(at + ".label", DefinitionMessages.DuplicateIndicator(json.File, at + ".label", "label", measure.Label, sameLabel.Indicator.JsonPath));
                }

                measures.Add(measure);
            }

            return new MeasureFile(Path.GetFullPath(path), title, measures);
        }
    }

    /// <summary>The checks of a measure's method and denominator (the indicator checks do not apply: see <see cref="BriefingDefinitionReader.Indicator(JsonElement, string, DefinitionJson, string, GeographySource?, PeriodDefinition?, IReadOnlyList{string}?)"/>).</summary>
    public static void CheckMeasureMethod(IndicatorDefinition indicator, DefinitionJson json, GeographySource? geography)
    {
        var path = indicator.JsonPath;
        var method = BriefingDefinitionReader.Name(indicator.Method);
        if (indicator.Method is not (MeasureMethod.Ratio or MeasureMethod.CrudeRate or MeasureMethod.WilsonProportion))
        {
            throw json.Fail(path + ".method", DefinitionMessages.MeasureMethod(json.File, path + ".method", method));
        }

        if (indicator.Month is null)
        {
            throw json.Fail(path + ".month", DefinitionMessages.MeasureNeedsMonth(json.File, path + ".month"));
        }

        if (indicator.Numerator.Values == ValueKind.Amount && indicator.Method != MeasureMethod.Ratio)
        {
            throw json.Fail(path + ".numerator.values", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a numerator of counts (\"values\": \"count\"); amounts such as cost need the method \"ratio\""));
        }

        foreach (var (expression, at) in new[] { (indicator.Numerator, path + ".numerator"), (indicator.Denominator.Expression, path + ".denominator") })
        {
            if (expression is { Values: ValueKind.Amount, Count: null })
            {
                throw json.Fail(at + ".count", DefinitionMessages.AmountNeedsCount(json.File, at + ".count"));
            }
        }

        var kind = indicator.Denominator.Kind;
        if (kind == DenominatorKind.AgeSex)
        {
            throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a denominator other than the age-sex population (for age-sex weighted patients use { \"population\": \"star-pu\", \"weights\": … })"));
        }

        if (indicator.Method == MeasureMethod.WilsonProportion && kind is not (DenominatorKind.Counted or DenominatorKind.Column or DenominatorKind.ListSize))
        {
            throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a denominator of people or events (a population column, list size or counted events), not patient-years or STAR-PUs"));
        }

        if (geography is not null && kind is DenominatorKind.ListSize or DenominatorKind.PatientYears or DenominatorKind.StarPu)
        {
            if (kind == DenominatorKind.StarPu && geography.Format == GeographyFormat.IsdQofLookup)
            {
                throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".denominator", "star-pu", "practice populations by sex and age band; an isd-qof-lookup geography gives list sizes only"));
            }

            if (geography.Populations is null && geography.Format != GeographyFormat.IsdQofLookup)
            {
                throw json.Missing("$.geography.populations", "a practice population file for the measure " + indicator.Name);
            }
        }
    }

    private static MeasureDefinition Measure(JsonElement element, string path, DefinitionJson json, string folder, GeographySource? geography, JsonObject? data)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw json.Bad(path, element, "a measure object");
        }

        var merged = JsonNode.Parse(element.GetRawText(), documentOptions: Options)!.AsObject();
        if (data is not null)
        {
            foreach (var (key, value) in data)
            {
                if (!merged.ContainsKey(key))
                {
                    merged[key] = value?.DeepClone();
                }
            }
        }

        using var document = JsonDocument.Parse(merged.ToJsonString());
        var measure = document.RootElement;
        var indicator = BriefingDefinitionReader.Indicator(measure, path, json, folder, geography, null, MeasureProperties);
        var rationale = json.OptionalText(measure, path, "rationale", "the clinical rationale in a sentence or two");
        var source = json.OptionalText(measure, path, "source", "where the definition comes from");
        var openPrescribing = json.OptionalText(measure, path, "openPrescribing", "the OpenPrescribing measure id, e.g. \"all_antibiotics\"");
        var decimals = 1;
        if (DefinitionJson.Get(measure, "decimals") is { } d)
        {
            decimals = d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var n) && n is >= 0 and <= 6 ? n : throw json.Bad(path + ".decimals", d, "a whole number from 0 to 6");
        }

        var savings = DefinitionJson.Get(measure, "savings") is { } s ? Savings(s, path + ".savings", json, indicator) : null;
        return new MeasureDefinition(indicator, savings, rationale, source, openPrescribing, decimals);
    }

    private static SavingsDefinition Savings(JsonElement element, string path, DefinitionJson json, IndicatorDefinition indicator)
    {
        json.Object(element, path, "{ \"method\": \"list-size\" } or { \"method\": \"percentage\", \"cost\": \"<cost column>\" }", "method", "cost");
        var method = json.Choice(json.Required(element, path, "method", "list-size or percentage"), path + ".method", SavingsMethods);
        var name = method == SavingsMethod.ListSize ? "list-size" : "percentage";
        var cost = json.OptionalText(element, path, "cost", "the cost column, e.g. \"GrossIngredientCost\"");
        if (indicator.Polarity != Polarity.LowerIsBetter)
        {
            throw json.Fail(indicator.JsonPath + ".polarity", DefinitionMessages.SavingsNeed(json.File, path, name, "a measure where lower is better (\"polarity\": \"lower-is-better\"): the saving is the cost of prescribing at a low percentile"));
        }

        if (method == SavingsMethod.ListSize)
        {
            if (indicator.Numerator.Values != ValueKind.Amount || indicator.Denominator.Kind == DenominatorKind.Counted)
            {
                throw json.Fail(path, DefinitionMessages.SavingsNeed(json.File, path, name, "a numerator that is a cost (\"values\": \"amount\") over a population (list size, patient-years, STAR-PUs or a population column)"));
            }

            if (cost is not null)
            {
                throw json.Bad(path + ".cost", element.GetProperty("cost"), "no \"cost\" for list-size savings: the numerator is the cost");
            }

            return new SavingsDefinition(method, null);
        }

        if (indicator.Denominator.Expression is not { } denominator || denominator.Values != indicator.Numerator.Values)
        {
            throw json.Fail(path, DefinitionMessages.SavingsNeed(json.File, path, name, "a counted denominator ({ \"sum\": … }) of the same kind as the numerator (both quantities, or both items), of which the numerator is a part"));
        }

        var column = cost ?? throw json.Missing(path + ".cost", "the cost column summed over the numerator's and the denominator's rows, e.g. \"GrossIngredientCost\"");
        var header = DataFileHeader.Read(indicator.File, indicator.Sheet, indicator.HeaderRow, indicator.Practice);
        if (!header.Contains(column, StringComparer.OrdinalIgnoreCase))
        {
            throw json.Fail(path + ".cost", DefinitionMessages.UnknownColumn(json.File, path + ".cost", column, indicator.File, header));
        }

        return new SavingsDefinition(method, column);
    }

    /// <summary>A data object with its file resolved against <paramref name="folder"/>.</summary>
    private static JsonObject Data(JsonElement element, string path, DefinitionJson json, string folder)
    {
        json.Object(element, path, "{ \"file\": …, \"practice\": …, \"month\": … }", DataProperties);
        var name = json.RequiredText(element, path, "file", "the extract, relative to this file");
        var file = Path.GetFullPath(Path.Combine(folder, name));
        if (!File.Exists(file))
        {
            throw json.Fail(path + ".file", DefinitionMessages.DataFileNotFound(json.File, path + ".file", name, file));
        }

        var data = JsonNode.Parse(element.GetRawText(), documentOptions: Options)!.AsObject();
        data["file"] = file;
        return data;
    }
}
