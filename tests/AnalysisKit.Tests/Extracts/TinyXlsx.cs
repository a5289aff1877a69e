using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// Writes a minimal one-sheet .xlsx (SpreadsheetML parts zipped by hand, inline strings, optional merged ranges) so
/// Excel layouts can be tested without committing binary workbooks. Cells are strings, doubles or null.
/// </summary>
internal static class TinyXlsx
{
    public static void Write(string path, string sheetName, object?[][] rows, params string[] mergedRanges)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Add(zip, "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Add(zip, "xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Add(zip, "xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        var sheet = new StringBuilder(
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(s)}</t></is></c>");
                        break;
                    case double d:
                        sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{d.ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    default:
                        throw new ArgumentException("cells must be string, double or null", nameof(rows));
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData>");
        if (mergedRanges.Length > 0)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{mergedRanges.Length}\">");
            foreach (var range in mergedRanges)
            {
                sheet.Append(CultureInfo.InvariantCulture, $"<mergeCell ref=\"{range}\"/>");
            }

            sheet.Append("</mergeCells>");
        }

        sheet.Append("</worksheet>");
        Add(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
    }

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
