namespace AnalysisKit.Definitions;

/// <summary>The layout of a definition's practice lookup.</summary>
public enum GeographyFormat
{
    /// <summary>AnalysisKit's dated lookup (<c>akit-lookup</c>: data-samples/geography, read by <see cref="Geography.PracticeLookupReader"/>).</summary>
    AnalysisKitLookup,

    /// <summary>PHS open data "GP practice contact details and list sizes" + "GP practice populations" (<c>phs-open-data</c>).</summary>
    PhsOpenData,

    /// <summary>ISD Scotland's QOF practice lookup, practice → CHP → board (<c>isd-qof-lookup</c>, 2010/11–2014/15, .csv or .xls).</summary>
    IsdQofLookup,
}
