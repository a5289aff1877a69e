using AnalysisKit.Disclosure;

namespace AnalysisKit.Cli.Suppression;

/// <summary>The steps of <c>akit suppress</c>: read, build the table, suppress, check, write. Exit code 0 or 1.</summary>
internal static class SuppressionJob
{
    public static int Run(SuppressionRequest request, TextWriter output, TextWriter error)
    {
        try
        {
            if (string.Equals(Path.GetFullPath(request.Input), Path.GetFullPath(request.Out), StringComparison.Ordinal))
            {
                throw new ArgumentException(SuppressMessages.OutIsInput(request.Out));
            }

            if (Path.GetExtension(request.Out).ToLowerInvariant() is not (".csv" or ".xlsx"))
            {
                throw new ArgumentException(SuppressMessages.UnsupportedFormat(request.Out, "--out"));
            }

            var policy = SuppressionPolicyFile.Resolve(request.Policy);
            var input = InputTable.Read(request.Input);
            var table = request.BuildTable(input);
            var result = Suppressor.Apply(table, policy);
            DisclosureGuard.EnsureSafe(result);
            var written = SheetWriter.Write(request.Out, OutputSheets.Build(result, input));
            foreach (var warning in result.Warnings)
            {
                error.WriteLine(SuppressMessages.Warning(warning));
            }

            var primary = result.Audit.Count(a => a.Reason == SuppressionReason.Primary);
            var measures = result.Audit.Count(a => a.Reason == SuppressionReason.MeasureFollowsCount);
            output.WriteLine(SuppressMessages.Summary(primary, result.Audit.Count - primary - measures, measures, policy.Name, string.Join(", ", written)));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or UnsafeOutputException or IOException or UnauthorizedAccessException or InvalidDataException
                                      or ExcelDataReader.Exceptions.ExcelReaderException or Sylvan.Data.Csv.CsvFormatException)
        {
            error.WriteLine(SuppressMessages.Failed(e.Message));
            return 1;
        }
    }
}
