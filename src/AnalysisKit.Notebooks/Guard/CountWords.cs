namespace AnalysisKit.Notebooks.Guard;

/// <summary>
/// The words that tell the output guard what a small number in free text is: a count of people or events (the words
/// after or before it name them), a label (cell 3, quintile 2, week 4), a count of things that are not people
/// (3 practices, 2 years), a statistic (mean 3) or part of a date (3 March). Lower case; a word matches in any case.
/// </summary>
internal static class CountWords
{
    /// <summary>People and events: a number beside one of these is a count, whatever else is near it.</summary>
    public static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "death", "deaths", "died", "patient", "patients", "people", "person", "persons", "case", "cases", "admission",
        "admissions", "admitted", "attendance", "attendances", "referral", "referrals", "referred", "prescription",
        "prescriptions", "item", "items", "birth", "births", "visit", "visits", "appointment", "appointments",
        "consultation", "consultations", "episode", "episodes", "event", "events", "discharge", "discharges",
        "diagnosis", "diagnoses", "diagnosed", "individual", "individuals", "child", "children", "adult", "adults", "man",
        "men", "woman", "women", "boy", "boys", "girl", "girls", "baby", "babies", "resident", "residents", "user",
        "users", "client", "clients", "respondent", "respondents", "count", "counts", "total", "totals", "n", "sum",
        "frequency", "freq", "observed", "numerator", "registration", "registrations", "registered", "pregnancy",
        "pregnancies", "stillbirth", "stillbirths", "suicide", "suicides", "overdose", "overdoses", "infection",
        "infections", "positive", "positives", "vaccination", "vaccinations", "dose", "doses", "operation", "operations",
        "procedure", "procedures", "readmission", "readmissions", "fall", "falls", "injury", "injuries",
        "hospitalisation", "hospitalisations", "hospitalization", "hospitalizations", "contact", "contacts",
        "call", "calls", "presentation", "presentations", "incident", "incidents", "claim", "claims", "dispensing",
        "dispensings", "script", "scripts", "smoker", "smokers", "carer", "carers", "mother", "mothers", "newborn",
        "newborns", "death(s)", "case(s)", "numerators", "victim", "victims", "survivor", "survivors", "prisoner",
        "prisoners", "pupil", "pupils", "student", "students", "member", "members", "staff", "employee", "employees",
    };

    /// <summary>Things that are not people: "3 practices", "2 years", "4 decimal places" are not disclosive counts.</summary>
    public static readonly HashSet<string> Things = new(StringComparer.OrdinalIgnoreCase)
    {
        "practice", "practices", "cluster", "clusters", "hscp", "hscps", "board", "boards", "area", "areas", "region",
        "regions", "locality", "localities", "row", "rows", "column", "columns", "cell", "cells", "table", "tables",
        "chart", "charts", "figure", "figures", "file", "files", "notebook", "notebooks", "sheet", "sheets", "page",
        "pages", "line", "lines", "step", "steps", "parameter", "parameters", "place", "places", "digit", "digits",
        "character", "characters", "year", "years", "month", "months", "quarter", "quarters", "week", "weeks", "day",
        "days", "hour", "hours", "minute", "minutes", "second", "seconds", "ms", "s", "sec", "secs", "min", "mins", "hr",
        "hrs", "h", "time", "times", "tier", "tiers", "quintile", "quintiles", "decile", "deciles", "quartile",
        "quartiles", "category", "categories", "group", "groups", "level", "levels", "indicator", "indicators",
        "measure", "measures", "outlier", "outliers", "unit", "units", "point", "points", "trace", "traces", "run",
        "runs", "iteration", "iterations", "attempt", "attempts", "version", "versions", "value", "values", "sd", "sds",
        "sigma", "fold", "kb", "mb", "gb", "byte", "bytes", "mg", "g", "kg", "ml", "l", "km", "mile", "miles", "m",
        "cm", "mm", "decimal", "decimals", "dp", "sf", "letter", "letters", "word", "words", "code", "codes", "field",
        "fields", "key", "keys", "feature", "features", "variable", "variables", "model", "models", "plot", "plots",
        "panel", "panels", "slide", "slides", "section", "sections", "chapter", "chapters", "stage", "stages", "phase",
        "phases", "task", "tasks", "check", "checks", "site", "sites", "hospital", "hospitals", "ward", "wards", "bed",
        "beds", "surgery", "surgeries", "pharmacy", "pharmacies", "team", "teams", "service", "services", "clinic",
        "clinics", "session", "sessions", "board's", "cluster's", "practice's", "standard", "deviations", "sided",
        "tailed", "way", "ways", "option", "options", "method", "methods", "rule", "rules", "test", "tests", "series",
        "period", "periods", "interval", "intervals", "limit", "limits", "axis", "axes", "label", "labels", "bar",
        "bars", "item(s)", "dimension", "dimensions", "term", "terms", "quintiles'", "gp", "gps", "band", "bands",
        "wave", "waves", "release", "releases", "extract", "extracts", "publication", "publications", "policy",
        "policies", "threshold", "thresholds", "lookup", "lookups", "hierarchy", "hierarchies", "month's", "year's",
    };

    /// <summary>Words between a number and its noun that do not change what it counts ("3 more rows", "2 of the practices").</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "other", "further", "additional", "distinct", "unique", "different", "separate", "new", "suppressed",
        "published", "missing", "open", "closed", "eligible", "listed", "selected", "remaining", "of", "the", "all",
        "anonymised", "named", "shown", "consecutive", "successive", "full", "whole", "calendar", "financial",
        "previous", "last", "next", "first", "recent", "complete", "rolling", "outlying", "special", "common", "cause",
        "decimal", "significant", "patient", "practice", "gp", "nhs", "simd", "data",
    };

    /// <summary>Words after which a number is a label, not a count ("cell 3", "quintile 2", "week 4", "top 3").</summary>
    public static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "cell", "row", "column", "col", "line", "step", "page", "table", "figure", "fig", "chart", "week", "wk", "month",
        "quarter", "q", "year", "day", "quintile", "quintiles", "decile", "deciles", "quartile", "quartiles", "tercile",
        "simd", "rank", "ranked", "level", "levels", "stage", "stages", "phase", "version", "v", "part", "section",
        "chapter", "no", "nr", "nos", "number", "top", "bottom", "first", "last", "next", "previous", "tier", "wave",
        "round", "run", "cluster", "practice", "board", "hscp", "area", "group", "groups", "cohort", "priority",
        "category", "grade", "band", "option", "ward", "bed", "room", "unit", "zone", "code", "id", "key", "index",
        "idx", "position", "pos", "place", "model", "sample", "set", "batch", "trial", "scenario", "method", "type",
        "kind", "attempt", "iteration", "series", "axis", "trace", "panel", "slide", "appendix", "question", "criterion",
        "rule", "cycle", "term", "class", "site", "location", "sector", "floor", "release", "build", "example",
        "exercise", "notebook", "file", "sheet", "tab", "slot", "period", "window", "lag", "horizon", "item", "test",
        "cells", "rows", "columns", "lines", "steps", "pages", "tables", "figures", "charts", "weeks", "months",
        "quarters", "years", "days", "ranks", "categories", "bands", "types", "tiers", "sections", "parts", "clusters",
        "practices", "boards", "areas", "options", "questions", "waves", "phase", "dimension", "component", "factor",
        "region", "locality", "hscps", "sets", "plots", "panels", "digit", "precision", "dp", "seed", "port", "pid",
        "thread", "core", "cores", "cpu", "gen", "generation", "width", "height", "size", "font", "zoom", "margin",
    };

    /// <summary>Statistics: a number after one of these is the statistic, not a count ("mean 3.0", "ratio 2").</summary>
    public static readonly HashSet<string> Statistics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mean", "median", "average", "avg", "rate", "rates", "ratio", "ratios", "sd", "se", "phi", "tau", "ci", "score",
        "scores", "z", "percentile", "centile", "iqr", "coefficient", "estimate", "multiplier", "weight", "weights",
        "odds", "rr", "smr", "sir", "dsr", "factor", "expected", "prevalence", "incidence", "proportion", "percentage",
        "mu", "sigma", "lambda", "alpha", "beta", "df", "degrees", "confidence", "significance", "limit", "limits",
        "centre", "center", "threshold", "width", "lower", "upper", "lcl", "ucl",
    };

    /// <summary>Month names and abbreviations: "3 March", "Mar 3" are dates.</summary>
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon", "monday",
        "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat",
        "saturday", "sun", "sunday",
    };

    /// <summary>Words that join a number to the label before it ("quintile shown (1)", "quintiles 1, 2 and 4").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "shown", "number", "no", "the", "is", "was", "of", "and", "or", "to", "vs", "versus", "between", "nr", "at",
        "from", "in", "&",
    };

    /// <summary>Capitalised words that start a sentence rather than name something ("Only 3", "About 2").</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "only", "about", "around", "approximately", "approx", "nearly", "almost", "roughly", "circa", "ca", "over",
        "under", "with", "without", "and", "or", "but", "had", "has", "have", "was", "were", "is", "are", "be", "been",
        "of", "in", "at", "on", "by", "for", "from", "to", "than", "all", "just", "exactly", "some", "another", "plus",
        "minus", "these", "those", "the", "a", "an", "least", "most", "fewer", "less", "more", "up", "down", "there",
        "we", "they", "it", "this", "that", "which", "who", "were", "saw", "see", "found", "recorded", "reported",
        "gave", "give", "shows", "showed", "show", "got", "get", "had", "if", "when", "where", "then", "so", "also",
        "still", "every", "each", "any", "no", "not", "none", "remaining", "another", "extra", "additional", "new",
        "latest", "current", "since", "until", "after", "before", "during", "within", "across", "among", "per",
        "value", "values", "result", "results", "answer", "output", "outputs", "returns", "returned", "equals",
    };
}
