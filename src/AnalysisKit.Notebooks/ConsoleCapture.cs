using System.Text;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the running cell's outputs; outside a cell
/// (or on threads the cell did not start) text goes to the original console as before. <see cref="Console.In"/> in a
/// cell refuses with a clear error instead of waiting for a keyboard that headless runs and the kernel do not have
/// (a terminal as standard input would block <c>akit run</c> for ever). Installed once per process; the writers are
/// synchronized, and a surrogate pair written one char at a time is kept whole by <see cref="OutputCollector"/>.
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
            Console.SetIn(TextReader.Synchronized(new CellInputReader(Console.In)));
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

    /// <summary>Standard input outside cells; in a cell every read throws, naming what to do instead.</summary>
    private sealed class CellInputReader(TextReader original) : TextReader
    {
        public override int Peek() => Source.Peek();

        public override int Read() => Source.Read();

        public override int Read(char[] buffer, int index, int count) => Source.Read(buffer, index, count);

        public override string? ReadLine() => Source.ReadLine();

        public override string ReadToEnd() => Source.ReadToEnd();

        private TextReader Source => OutputCollector.Current is null
            ? original
            : throw new InvalidOperationException(NotebookMessages.NoStandardInput);
    }
}
