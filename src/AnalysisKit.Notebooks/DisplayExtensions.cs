namespace AnalysisKit.Notebooks;

/// <summary><c>x.Display()</c> and <c>text.DisplayAs(mime)</c> as in .NET Interactive, for use inside notebook cells.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> below the running cell and returns it, so calls can be chained.</summary>
    public static T Display<T>(this T value)
    {
        OutputCollector.Require().AddDisplay(value);
        return value;
    }

    /// <summary>Shows <paramref name="content"/> as <paramref name="mimeType"/> (e.g. <c>text/html</c>) below the running cell.</summary>
    public static void DisplayAs(this string content, string mimeType) =>
        OutputCollector.Require().AddDisplay(content, mimeType);
}
