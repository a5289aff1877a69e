using System.Text.Json;
using AnalysisKit.Disclosure;
using AnalysisKit.Extracts;
using AnalysisKit.Indicators;

namespace AnalysisKit.Definitions;

/// <summary>
/// Reads a briefing definition file: JSON (comments and trailing commas allowed), validated by
/// <c>briefing.schema.json</c> in an editor and checked here in full — unknown properties, methods and levels, missing
/// polarity or denominator, columns not in the indicator's file (read from its header), duplicate indicator names. Every
/// error names the file, the JSON path, the value and what is allowed. Relative paths resolve against the file's folder.
/// </summary>
public static class BriefingDefinitionReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] TopLevel =
        ["$schema", "title", "contact", "produced", "synthetic", "releaseKey", "area", "geography", "period", "comparators", "disclosure", "headline", "indicators", "prescribing"];

    private static readonly string[] IndicatorProperties =
        ["name", "label", "file", "sheet", "headerRow", "practice", "month", "numerator", "denominator", "method", "multiplier", "unit", "polarity", "markers", "ageBand", "sex", "description"];

    /// <summary>The level names a definition may use, by geography format.</summary>
    public static IReadOnlyDictionary<GeographyFormat, IReadOnlyList<AreaLevel>> Levels { get; } = new Dictionary<GeographyFormat, IReadOnlyList<AreaLevel>>
    {
        [GeographyFormat.AnalysisKitLookup] = [AreaLevel.Cluster, AreaLevel.Hscp, AreaLevel.Board, AreaLevel.Scotland],
        [GeographyFormat.PhsOpenData] = [AreaLevel.Cluster, AreaLevel.Hscp, AreaLevel.Board, AreaLevel.Scotland],
        [GeographyFormat.IsdQofLookup] = [AreaLevel.Chp, AreaLevel.Board, AreaLevel.Scotland],
    };

    private static readonly Dictionary<string, AreaLevel> LevelNames = new(StringComparer.Ordinal)
    {
        ["cluster"] = AreaLevel.Cluster, ["hscp"] = AreaLevel.Hscp, ["chp"] = AreaLevel.Chp, ["board"] = AreaLevel.Board, ["scotland"] = AreaLevel.Scotland,
    };

    private static readonly Dictionary<string, GeographyFormat> Formats = new(StringComparer.Ordinal)
    {
        ["akit-lookup"] = GeographyFormat.AnalysisKitLookup, ["phs-open-data"] = GeographyFormat.PhsOpenData, ["isd-qof-lookup"] = GeographyFormat.IsdQofLookup,
    };

    private static readonly Dictionary<string, MeasureMethod> MethodNames = new(StringComparer.Ordinal)
    {
        ["crude-rate"] = MeasureMethod.CrudeRate, ["proportion-wilson"] = MeasureMethod.WilsonProportion, ["dsr-esp2013"] = MeasureMethod.DsrEsp2013, ["isr"] = MeasureMethod.Isr,
        ["ratio"] = MeasureMethod.Ratio,
    };

    private static readonly Dictionary<string, Polarity> PolarityNames = new(StringComparer.Ordinal)
    {
        ["higher-is-better"] = Polarity.HigherIsBetter, ["lower-is-better"] = Polarity.LowerIsBetter, ["neither"] = Polarity.NoJudgement,
    };

    private static readonly Dictionary<string, MissingReason> MarkerReasons = new(StringComparer.Ordinal)
    {
        ["suppressed"] = MissingReason.Suppressed, ["not-available"] = MissingReason.NotAvailable, ["not-applicable"] = MissingReason.NotApplicable,
    };

    private static readonly Dictionary<string, ValueKind> ValueKinds = new(StringComparer.Ordinal) { ["count"] = ValueKind.Count, ["amount"] = ValueKind.Amount };

    /// <summary>The name of a level as a definition file writes it (cluster, hscp, chp, board, scotland).</summary>
    public static string Name(AreaLevel level) => LevelNames.First(l => l.Value == level).Key;

    /// <summary>The name of a method as a definition file writes it.</summary>
    public static string Name(MeasureMethod method) => MethodNames.First(m => m.Value == method).Key;

    /// <summary>Reads and checks a definition file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DefinitionException">The file, the JSON path, the value and what is allowed.</exception>
    public static BriefingDefinition Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using (var document = ParseFile(path, DefinitionMessages.FileNotFound(path)))
        {
            return Parse(document.RootElement, new DefinitionJson(path), Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
    }

    private static BriefingDefinition Parse(JsonElement root, DefinitionJson json, string folder)
    {
        json.Object(root, "$", "an object with the properties " + string.Join(", ", TopLevel), TopLevel);
        var title = json.OptionalText(root, "$", "title", "a non-empty title") ?? "GP cluster briefing";
        var contact = json.OptionalText(root, "$", "contact", "a non-empty contact line");
        DateOnly? produced = DefinitionJson.Get(root, "produced") is { } p ? json.Date(p, "$.produced", "yyyy-MM-dd", "a date yyyy-mm-dd") : null;
        var geography = Geography(json.Required(root, "$", "geography", "{ \"format\": …, \"lookup\": … }"), json, folder);
        var levels = Levels[geography.Format];
        var areaLevel = levels[0];
        string? areaCode = null;
        if (DefinitionJson.Get(root, "area") is { } area)
        {
            json.Object(area, "$.area", "{ \"level\": \"cluster\", \"code\": \"GPC082\" }", "level", "code");
            areaCode = json.OptionalText(area, "$.area", "code", "the default area's code");
            if (DefinitionJson.Get(area, "level") is { } level)
            {
                areaLevel = Level(level, "$.area.level", json, geography.Format, levels.Where(l => l != AreaLevel.Scotland).ToList());
            }
        }

        var period = Period(json.Required(root, "$", "period", "{ \"from\": \"yyyy-mm\", \"to\": \"yyyy-mm\" } or { \"label\": …, \"end\": \"yyyy-mm-dd\" }"), json);
        var comparators = new List<AreaLevel>();
        if (DefinitionJson.Get(root, "comparators") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw json.Bad("$.comparators", list, "an array of levels, e.g. [\"hscp\", \"board\", \"scotland\"]");
            }

            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                comparators.Add(Level(item, DefinitionJson.Item("$.comparators", i++), json, geography.Format, levels));
            }
        }
        else
        {
            comparators.AddRange(levels.Skip(1));
        }

        var policy = SuppressionPolicy.PhsPracticeUnder5;
        if (DefinitionJson.Get(root, "disclosure") is { } disclosure)
        {
            json.Object(disclosure, "$.disclosure", "{ \"policy\": \"phs-practice-under-5\" }", "policy");
            var name = json.RequiredText(disclosure, "$.disclosure", "policy", "a preset (" + string.Join(", ", SuppressionPolicy.Presets.Keys) + ") or a policy .json file");
            var resolved = SuppressionPolicy.Presets.ContainsKey(name) ? name : Path.GetFullPath(Path.Combine(folder, name));
            try
            {
                policy = SuppressionPolicyFile.Resolve(resolved);
            }
            catch (ArgumentException e)
            {
                throw json.Fail("$.disclosure.policy", $"{json.File}: $.disclosure.policy: {e.Message}");
            }
        }

        var indicatorsElement = json.Required(root, "$", "indicators", "an array of at least one indicator");
        if (indicatorsElement.ValueKind != JsonValueKind.Array || indicatorsElement.GetArrayLength() == 0)
        {
            throw json.Bad("$.indicators", indicatorsElement, "an array of at least one indicator");
        }

        var indicators = new List<IndicatorDefinition>();
        var index = 0;
        foreach (var element in indicatorsElement.EnumerateArray())
        {
            var indicator = Indicator(element, DefinitionJson.Item("$.indicators", index++), json, folder, geography, period);
            if (indicators.FirstOrDefault(i => string.Equals(i.Name, indicator.Name, StringComparison.OrdinalIgnoreCase)) is { } sameName)
            {
                throw json.Fail(indicator.JsonPath + ".name", DefinitionMessages.DuplicateIndicator(json.File, indicator.JsonPath + ".name", "name", indicator.Name, sameName.JsonPath));
            }

            if (indicators.FirstOrDefault(i => string.Equals(i.Label, indicator.Label, StringComparison.Ordinal)) is { } sameLabel)
            {
                throw json.Fail(indicator.JsonPath + ".label", DefinitionMessages.DuplicateIndicator(json.File, indicator.JsonPath + ".label", "label", indicator.Label, sameLabel.JsonPath));
            }

            indicators.Add(indicator);
        }

        var names = indicators.Select(i => i.Name).ToList();
        var headlineElement = json.Required(root, "$", "headline", "the name of one indicator: " + string.Join(", ", names));
        var headline = json.Text(headlineElement, "$.headline", "the name of one indicator: " + string.Join(", ", names));
        if (!names.Contains(headline, StringComparer.Ordinal))
        {
            throw json.Fail("$.headline", DefinitionMessages.UnknownHeadline(json.File, "$.headline", headline, names));
        }

        var synthetic = DefinitionJson.Get(root, "synthetic") is { } flag
            ? flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : throw json.Bad("$.synthetic", flag, "true or false")
            : false;
        // The release key is read when the briefing is built: a missing key file is reported there with how to make one.
        var releaseKey = json.OptionalText(root, "$", "releaseKey", "a key file path relative to the definition file") is { } key ? Path.GetFullPath(Path.Combine(folder, key)) : null;
        return new BriefingDefinition(Path.GetFullPath(json.File), title, contact, produced, areaLevel, geography, period, comparators, policy, headline, indicators)
        {
            AreaCode = areaCode,
            Synthetic = synthetic,
            ReleaseKeyFile = releaseKey,
            Prescribing = DefinitionJson.Get(root, "prescribing") is { } prescribing ? PrescribingDefinitionReader.Read(prescribing, json, folder, geography) : null,
        };
    }

    private static AreaLevel Level(JsonElement value, string path, DefinitionJson json, GeographyFormat format, IReadOnlyList<AreaLevel> allowed)
    {
        var names = allowed.Select(Name).ToList();
        if (value.ValueKind != JsonValueKind.String)
        {
            throw json.Bad(path, value, "one of " + string.Join(", ", names));
        }

        var text = value.GetString()!;
        if (!LevelNames.TryGetValue(text, out var level) || !allowed.Contains(level))
        {
            throw json.Fail(path, DefinitionMessages.LevelNotInGeography(json.File, path, text, Formats.First(f => f.Value == format).Key, names));
        }

        return level;
    }

    private static GeographySource Geography(JsonElement element, DefinitionJson json, string folder)
    {
        const string path = "$.geography";
        json.Object(element, path, "{ \"format\": …, \"lookup\": … }", "format", "lookup", "populations", "simd", "asAt");
        var format = json.Choice(json.Required(element, path, "format", "one of " + string.Join(", ", Formats.Keys)), path + ".format", Formats);
        var lookup = FilePath(element, path, "lookup", json, folder, required: true)!;
        var populations = FilePath(element, path, "populations", json, folder, required: format != GeographyFormat.IsdQofLookup);
        var simd = FilePath(element, path, "simd", json, folder, required: false);
        DateOnly? asAt = DefinitionJson.Get(element, "asAt") is { } date ? json.Date(date, path + ".asAt", "yyyy-MM-dd", "a date yyyy-mm-dd") : null;
        return new GeographySource(format, lookup, populations, simd, asAt);
    }

    private static string? FilePath(JsonElement element, string path, string name, DefinitionJson json, string folder, bool required)
    {
        var value = required ? json.RequiredText(element, path, name, "a file path relative to the definition file") : json.OptionalText(element, path, name, "a file path relative to the definition file");
        if (value is null)
        {
            return null;
        }

        var resolved = Path.GetFullPath(Path.Combine(folder, value));
        return File.Exists(resolved) ? resolved : throw json.Fail(DefinitionJson.Child(path, name), DefinitionMessages.DataFileNotFound(json.File, DefinitionJson.Child(path, name), value, resolved));
    }

    private static string Resolve(string value, string path, DefinitionJson json, string folder)
    {
        var resolved = Path.GetFullPath(Path.Combine(folder, value));
        return File.Exists(resolved) ? resolved : throw json.Fail(path, DefinitionMessages.DataFileNotFound(json.File, path, value, resolved));
    }

    private static PeriodDefinition Period(JsonElement element, DefinitionJson json)
    {
        const string path = "$.period";
        json.Object(element, path, "{ \"from\": \"yyyy-mm\", \"to\": \"yyyy-mm\" } or { \"label\": …, \"end\": \"yyyy-mm-dd\" }", "from", "to", "label", "end");
        var label = json.OptionalText(element, path, "label", "a non-empty label, e.g. \"2014/15\"");
        var from = DefinitionJson.Get(element, "from");
        var to = DefinitionJson.Get(element, "to");
        if (from is null && to is null)
        {
            var end = json.Date(json.Required(element, path, "end", "the period's last day yyyy-mm-dd (or from/to months)"), path + ".end", "yyyy-MM-dd", "a date yyyy-mm-dd");
            return new PeriodDefinition(null, null, label ?? json.RequiredText(element, path, "label", "a label, e.g. \"2014/15\""), end);
        }

        var first = json.Date(from ?? throw json.Missing(path + ".from", "the first month yyyy-mm"), path + ".from", "yyyy-MM", "a month yyyy-mm");
        var last = json.Date(to ?? throw json.Missing(path + ".to", "the last month yyyy-mm"), path + ".to", "yyyy-MM", "a month yyyy-mm");
        if (first > last)
        {
            throw json.Fail(path, DefinitionMessages.PeriodBackwards(json.File, path, from.Value.GetString()!, to.Value.GetString()!));
        }

        var months = PeriodDefinition.Months(first, last);
        return label is null ? months : months with { Label = label };
    }

    /// <summary>
    /// Reads a definition or measure file as JSON (comments and trailing commas allowed); a missing file or bad JSON is a
    /// <see cref="DefinitionException"/> naming the file, line and position.
    /// </summary>
    internal static JsonDocument ParseFile(string path, string notFoundMessage)
    {
        if (!File.Exists(path))
        {
            throw new DefinitionException(notFoundMessage, path, "$");
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new DefinitionException(DefinitionMessages.NotJson(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]), path, "$");
        }
    }

    private static IndicatorDefinition Indicator(JsonElement element, string path, DefinitionJson json, string folder, GeographySource geography, PeriodDefinition period) =>
        Indicator(element, path, json, folder, geography, period, measureProperties: null);

    /// <summary>
    /// Reads one indicator object. With <paramref name="measureProperties"/> it reads a prescribing measure (see
    /// <see cref="PrescribingDefinitionReader"/>): those properties are allowed beside the indicator's, and the method
    /// <c>ratio</c>, amounts and STAR-PU denominators are too; <paramref name="geography"/> may then be null (a measure
    /// file read on its own), and the checks that need populations wait until the measures are calculated.
    /// </summary>
    internal static IndicatorDefinition Indicator(JsonElement element, string path, DefinitionJson json, string folder, GeographySource? geography, PeriodDefinition? period, IReadOnlyList<string>? measureProperties)
    {
        json.Object(element, path, measureProperties is null ? "an indicator object" : "a measure object", [.. IndicatorProperties, .. measureProperties ?? []]);
        var name = json.RequiredText(element, path, "name", "a short unique name, e.g. \"hypertension\"");
        var label = json.RequiredText(element, path, "label", "the display name, e.g. \"Hypertension register prevalence\"");
        var fileElement = json.Required(element, path, "file", "a file path relative to the definition file, or an array of them");
        var files = json.Texts(fileElement, path + ".file", "a file path relative to the definition file, or an array of them")
            .Select((f, i) => Resolve(f, fileElement.ValueKind == JsonValueKind.Array ? DefinitionJson.Item(path + ".file", i) : path + ".file", json, folder)).ToList();
        var sheet = json.OptionalText(element, path, "sheet", "the worksheet's name");
        int? headerRow = DefinitionJson.Get(element, "headerRow") is { } row
            ? row.ValueKind == JsonValueKind.Number && row.TryGetInt32(out var r) && r >= 1 ? r : throw json.Bad(path + ".headerRow", row, "the 1-based header row, e.g. 2")
            : null;
        var practices = json.Texts(json.Required(element, path, "practice", "the practice-code column, or an array of alternatives"), path + ".practice", "the practice-code column, or an array of alternatives");
        var month = json.OptionalText(element, path, "month", "the month column (yyyyMM or yyyy-MM)");
        var numerator = Expression(json.Required(element, path, "numerator", DefinitionMessages.NumeratorForms), path + ".numerator", json, DefinitionMessages.NumeratorForms);
        var denominator = Denominator(json.Required(element, path, "denominator", DefinitionMessages.DenominatorForms), path + ".denominator", json);
        var methodElement = json.Required(element, path, "method", "one of " + DefinitionMessages.Methods);
        var method = json.Choice(methodElement, path + ".method", MethodNames);
        var multiplier = json.Positive(json.Required(element, path, "multiplier", "a number > 0, e.g. 100 or 1000"), path + ".multiplier", "a number > 0, e.g. 100 or 1000");
        var unit = json.RequiredText(element, path, "unit", "the unit in words, e.g. \"%\" or \"per 1,000 patient-years\"");
        var polarity = json.Choice(json.Required(element, path, "polarity", "one of " + DefinitionMessages.Polarities), path + ".polarity", PolarityNames);
        var markers = new Dictionary<string, MissingReason>(StringComparer.OrdinalIgnoreCase);
        if (DefinitionJson.Get(element, "markers") is { } markerElement)
        {
            if (markerElement.ValueKind != JsonValueKind.Object)
            {
                throw json.Bad(path + ".markers", markerElement, "an object such as { \"-\": \"suppressed\" }");
            }

            foreach (var marker in markerElement.EnumerateObject())
            {
                markers[marker.Name.Trim()] = json.Choice(marker.Value, $"{path}.markers[\"{marker.Name}\"]", MarkerReasons);
            }
        }

        var ageBand = json.OptionalText(element, path, "ageBand", "the age-band column");
        var sex = json.OptionalText(element, path, "sex", "the sex column (Female/Male)");
        _ = json.OptionalText(element, path, "description", "a description");
        var indicator = new IndicatorDefinition(name, label, files[0], sheet, headerRow, practices[0], month, numerator, denominator, method, multiplier, unit, polarity, markers, ageBand, sex, path)
        {
            Files = files,
            PracticeColumns = practices,
        };
        if (measureProperties is null)
        {
            CheckMethod(indicator, json, geography!, period!);
        }
        else
        {
            PrescribingDefinitionReader.CheckMeasureMethod(indicator, json, geography);
        }

        CheckColumns(indicator, json);
        return indicator;
    }

    private static CountExpression Expression(JsonElement value, string path, DefinitionJson json, string expected)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new CountExpression([json.Text(value, path, expected)], []);
        }

        if (value.ValueKind != JsonValueKind.Object || DefinitionJson.Get(value, "sum") is null)
        {
            throw json.Bad(path, value, expected);
        }

        json.Object(value, path, expected, "sum", "where", "values", "count");
        var columns = json.Texts(value.GetProperty("sum"), path + ".sum", "a column name or an array of column names");
        var filters = new List<ColumnFilter>();
        if (DefinitionJson.Get(value, "where") is { } where)
        {
            if (where.ValueKind != JsonValueKind.Object || !where.EnumerateObject().Any())
            {
                throw json.Bad(path + ".where", where, "{ \"<column>\": { \"prefix\": […], \"in\": […], \"exclude\": […] } }");
            }

            foreach (var filter in where.EnumerateObject())
            {
                var at = $"{path}.where.{filter.Name}";
                json.Object(filter.Value, at, "{ \"prefix\": […], \"in\": […], \"like\": […], \"exclude\": […] }", "prefix", "in", "like", "exclude");
                IReadOnlyList<string> Codes(string key) => DefinitionJson.Get(filter.Value, key) is { } codes ? json.Texts(codes, at + "." + key, "a code or an array of codes") : [];
                var columnFilter = new ColumnFilter(filter.Name, Codes("prefix"), Codes("in"), Codes("exclude"), Codes("like"));
                if (columnFilter.Prefixes.Count == 0 && columnFilter.Codes.Count == 0 && columnFilter.Exclude.Count == 0 && columnFilter.LikePatterns.Count == 0)
                {
                    throw json.Bad(at, filter.Value, "at least one of \"prefix\", \"in\", \"like\" or \"exclude\"");
                }

                filters.Add(columnFilter);
            }
        }

        var kind = DefinitionJson.Get(value, "values") is { } values ? json.Choice(values, path + ".values", ValueKinds) : ValueKind.Count;
        var count = json.OptionalText(value, path, "count", "the column counting the same rows' items, e.g. \"NumberOfPaidItems\"");
        if (count is not null && kind == ValueKind.Count)
        {
            throw json.Bad(path + ".count", value.GetProperty("count"), "no \"count\" beside counts: the summed columns are the count (\"count\" names the items behind an amount, with \"values\": \"amount\")");
        }

        return new CountExpression(columns, filters, kind, count);
    }

    private static DenominatorDefinition Denominator(JsonElement value, string path, DefinitionJson json)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new DenominatorDefinition(DenominatorKind.Column, json.Text(value, path, DefinitionMessages.DenominatorForms));
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw json.Bad(path, value, DefinitionMessages.DenominatorForms);
        }

        if (DefinitionJson.Get(value, "sum") is not null)
        {
            return new DenominatorDefinition(DenominatorKind.Counted, Expression: Expression(value, path, json, DefinitionMessages.DenominatorForms));
        }

        json.Object(value, path, DefinitionMessages.DenominatorForms, "column", "patientYears", "population", "weights");
        if (DefinitionJson.Get(value, "column") is { } column)
        {
            return new DenominatorDefinition(DenominatorKind.Column, json.Text(column, path + ".column", "a population column"));
        }

        if (DefinitionJson.Get(value, "patientYears") is { } listSize)
        {
            return new DenominatorDefinition(DenominatorKind.PatientYearsColumn, json.Text(listSize, path + ".patientYears", "the monthly list-size column"));
        }

        if (DefinitionJson.Get(value, "population") is { } population)
        {
            var kinds = new Dictionary<string, DenominatorKind>(StringComparer.Ordinal)
            {
                ["list-size"] = DenominatorKind.ListSize, ["patient-years"] = DenominatorKind.PatientYears, ["age-sex"] = DenominatorKind.AgeSex,
                ["star-pu"] = DenominatorKind.StarPu,
            };
            var kind = json.Choice(population, path + ".population", kinds);
            var weights = json.OptionalText(value, path, "weights", "the STAR-PU weights, one of " + string.Join(", ", Prescribing.StarPuWeights.Names));
            if (kind == DenominatorKind.StarPu)
            {
                var name = weights ?? throw json.Missing(path + ".weights", "the STAR-PU weights, one of " + string.Join(", ", Prescribing.StarPuWeights.Names));
                if (!Prescribing.StarPuWeights.Names.Contains(name, StringComparer.Ordinal))
                {
                    throw json.Bad(path + ".weights", value.GetProperty("weights"), "one of " + string.Join(", ", Prescribing.StarPuWeights.Names));
                }
            }
            else if (weights is not null)
            {
                throw json.Bad(path + ".weights", value.GetProperty("weights"), "no \"weights\" beside population \"" + population.GetString() + "\" (weights go with \"star-pu\")");
            }

            return new DenominatorDefinition(kind, Weights: weights);
        }

        throw json.Bad(path, value, DefinitionMessages.DenominatorForms);
    }

    private static void CheckMethod(IndicatorDefinition indicator, DefinitionJson json, GeographySource geography, PeriodDefinition period)
    {
        var path = indicator.JsonPath;
        var method = Name(indicator.Method);
        if (indicator.Method == MeasureMethod.Ratio)
        {
            throw json.Fail(path + ".method", DefinitionMessages.RatioNotAnIndicator(json.File, path + ".method"));
        }

        if (indicator.Numerator.Values == ValueKind.Amount)
        {
            throw json.Fail(path + ".numerator.values", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a numerator of counts (\"values\": \"count\"); amounts such as cost have no Poisson or Wilson interval"));
        }

        var kind = indicator.Denominator.Kind;
        if (kind == DenominatorKind.StarPu)
        {
            throw json.Fail(path + ".denominator", DefinitionMessages.StarPuNotAnIndicator(json.File, path + ".denominator"));
        }

        if (kind is DenominatorKind.PatientYears or DenominatorKind.PatientYearsColumn && (indicator.Month is null || period.From is null))
        {
            throw json.Fail(path + ".denominator", DefinitionMessages.MonthsNeedMonthColumn(json.File, path + ".denominator"));
        }

        if (kind is DenominatorKind.ListSize or DenominatorKind.PatientYears or DenominatorKind.AgeSex && geography.Populations is null && geography.Format != GeographyFormat.IsdQofLookup)
        {
            throw json.Missing("$.geography.populations", "a practice population file for " + path + ".denominator");
        }

        switch (indicator.Method)
        {
            case MeasureMethod.WilsonProportion when kind is DenominatorKind.PatientYears or DenominatorKind.PatientYearsColumn or DenominatorKind.AgeSex:
                throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a denominator of people or events (a population column, list size or counted events), not patient-years or an age-sex population"));
            case MeasureMethod.CrudeRate when kind is DenominatorKind.AgeSex:
                throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "a denominator other than the age-sex population (use dsr-esp2013 or isr for that)"));
            case MeasureMethod.DsrEsp2013 or MeasureMethod.Isr when indicator.AgeBand is null:
                throw json.Fail(path + ".ageBand", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "an \"ageBand\" column giving each row's age band"));
            case MeasureMethod.DsrEsp2013 or MeasureMethod.Isr when kind != DenominatorKind.AgeSex:
                throw json.Fail(path + ".denominator", DefinitionMessages.MethodNeeds(json.File, path + ".method", method, "the denominator { \"population\": \"age-sex\" }"));
            case MeasureMethod.DsrEsp2013 or MeasureMethod.Isr when geography.Populations is null:
                throw json.Missing("$.geography.populations", "a practice population file by sex and age band for " + path);
        }
    }

    internal static void CheckColumns(IndicatorDefinition indicator, DefinitionJson json)
    {
        foreach (var file in indicator.Files)
        {
            CheckColumns(indicator, file, json);
        }
    }

    private static void CheckColumns(IndicatorDefinition indicator, string file, DefinitionJson json)
    {
        var path = indicator.JsonPath;
        IReadOnlyList<string>? header = null;
        ExtractLoadException? failure = null;
        foreach (var practice in indicator.PracticeColumns)
        {
            try
            {
                header = DataFileHeader.Read(file, indicator.Sheet, indicator.HeaderRow, practice);
                break;
            }
            catch (ExtractLoadException e)
            {
                failure ??= e;
            }
        }

        if (header is null)
        {
            throw json.Fail(path + ".practice", $"{json.File}: {path}: {failure!.Message}");
        }

        if (!indicator.PracticeColumns.Any(p => header.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            throw json.Fail(path + ".practice", indicator.PracticeColumns.Count == 1
                ? DefinitionMessages.UnknownColumn(json.File, path + ".practice", indicator.Practice, file, header)
                : DefinitionMessages.NoPracticeColumn(json.File, path + ".practice", file, indicator.PracticeColumns, header));
        }

        void Check(string? column, string at)
        {
            if (column is not null && !header.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                throw json.Fail(at, DefinitionMessages.UnknownColumn(json.File, at, column, file, header));
            }
        }

        Check(indicator.Month, path + ".month");
        Check(indicator.AgeBand, path + ".ageBand");
        Check(indicator.Sex, path + ".sex");
        CheckExpression(indicator.Numerator, path + ".numerator", Check);
        if (indicator.Denominator.Expression is { } counted)
        {
            CheckExpression(counted, path + ".denominator", Check);
        }
        else if (indicator.Denominator.Column is { } column)
        {
            Check(column, path + ".denominator");
        }
    }

    internal static void CheckExpression(CountExpression expression, string path, Action<string?, string> check)
    {
        var simple = expression.Filters.Count == 0 && expression.Columns.Count == 1 && expression.Count is null;
        for (var i = 0; i < expression.Columns.Count; i++)
        {
            check(expression.Columns[i], simple ? path : expression.Columns.Count == 1 ? path + ".sum" : DefinitionJson.Item(path + ".sum", i));
        }

        check(expression.Count, path + ".count");

        foreach (var filter in expression.Filters)
        {
            check(filter.Column, $"{path}.where.{filter.Column}");
        }
    }
}
