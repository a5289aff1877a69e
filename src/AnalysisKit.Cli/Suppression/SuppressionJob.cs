using AnalysisKit.Disclosure;

namespace AnalysisKit.Cli.Suppression;

/// <summary>The steps of <c>akit suppress</c>: read, build the table, suppress, check, write. Exit code 0 or 1.</summary>
internal static class SuppressionJob
{
    public static int Run(SuppressionRequest request, TextWriter output, TextWriter error)
    {
        try
        {
            var csv = Path.GetExtension(request.Out).ToLowerInvariant() switch
            {
                ".csv" => true,
                ".xlsx" => false,
                _ => throw new ArgumentException(SuppressMessages.UnsupportedFormat(request.Out, "--out")),
            };
            var policy = SuppressionPolicyFile.Resolve(request.Policy);
            var input = InputTable.Read(request.Input);
            var table = request.BuildTable(input);
            var result = Suppressor.Apply(table, policy);
            DisclosureGuard.EnsureSafe(result);
            var release = OutputSheets.Release(result, input);
            var notForRelease = OutputSheets.NotForRelease(result);
            var planned = csv
                ? SheetWriter.CsvPaths(request.Out, release).Concat(SheetWriter.CsvPaths(request.Out, notForRelease))
                : [request.Out, OutputSheets.NotForReleasePath(request.Out)];
            foreach (var path in planned)
            {
                if (string.Equals(Path.GetFullPath(request.Input), Path.GetFullPath(path), StringComparison.Ordinal))
                {
                    throw new ArgumentException(SuppressMessages.OutIsInput(request.Out, path));
                }

                if (FileIdentity.SameFile(request.Input, path))
                {
                    throw new ArgumentException(SuppressMessages.OutIsLinkToInput(request.Out, path, request.Input, FileIdentity.IsSymbolicLink(path)));
                }
            }

            var releaseWritten = csv ? SheetWriter.WriteCsv(request.Out, release) : [SheetWriter.WriteXlsx(request.Out, release)];
            var auditWritten = csv
                ? SheetWriter.WriteCsv(request.Out, notForRelease)
                : [SheetWriter.WriteXlsx(OutputSheets.NotForReleasePath(request.Out), notForRelease)];
            foreach (var warning in result.Warnings)
            {
                error.WriteLine(SuppressMessages.Warning(warning));
            }

            var primary = result.Audit.Count(a => a.Reason == SuppressionReason.Primary);
            var measures = result.Audit.Count(a => a.Reason == SuppressionReason.MeasureFollowsCount);
            output.WriteLine(SuppressMessages.Summary(primary, result.Audit.Count - primary - measures, measures, policy.Name));
            output.WriteLine(SuppressMessages.ForRelease(releaseWritten));
            output.WriteLine(SuppressMessages.NotForRelease(auditWritten));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or UnsafeOutputException or IOException or UnauthorizedAccessException or InvalidDataException
                                      or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            error.WriteLine(SuppressMessages.Failed(e.Message));
            return 1;
        }
        catch (ArithmeticException e)
        {
            // A last line of defence: the input checks keep totals far below overflow; say so without a stack trace.
            error.WriteLine(SuppressMessages.Failed(SuppressMessages.Arithmetic(request.Input, e.Message)));
            return 1;
        }
    }
}
