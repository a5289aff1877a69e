using System.Text;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the running cell's outputs; outside a cell
/// (or on threads the cell did not start) text goes to the original console as before. Installed once per process.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly object Gate = new();
    private static bool installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }

            Console.SetOut(TextWriter.Synchronized(new RoutingWriter(Console.Out, "stdout")));
            Console.SetError(TextWriter.Synchronized(new RoutingWriter(Console.Error, "stderr")));
            installed = true;
        }
    }

    private sealed class RoutingWriter(TextWriter original, string streamName) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override IFormatProvider FormatProvider => original.FormatProvider;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            if (OutputCollector.Current is { } collector)
            {
                collector.AppendStream(streamName, value);
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write((value ?? string.Empty) + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (OutputCollector.Current is null)
            {
                original.Flush();
            }
        }
    }
}
