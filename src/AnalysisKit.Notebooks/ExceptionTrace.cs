using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace AnalysisKit.Notebooks;

/// <summary>
/// The traceback a notebook shows for an exception, as Jupyter users expect one: the exception's type and message, the
/// frames in the notebook's own cells (each with its cell and line), then each inner exception the same way
/// (<c> ---&gt; </c>, as .NET writes the chain). Frames inside libraries are left out: their file paths differ per machine
/// and, with inlining, from run to run, and the cell line that called the library is what an analyst can change.
/// </summary>
internal static class ExceptionTrace
{
    /// <summary>Where the first frame in a cell is: the cell, line and column a failure is reported at.</summary>
    public readonly record struct CellFrame(int Cell, int Line, int Column);

    /// <summary>
    /// The traceback lines for <paramref name="exception"/> and the first cell frame of the outer exception (null when
    /// none of its frames is in a cell). <paramref name="cellOf"/> maps a submission assembly's name to its cell.
    /// </summary>
    public static (IReadOnlyList<string> Lines, CellFrame? First) Describe(Exception exception, Func<string, int> cellOf)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var lines = new List<string>();
        CellFrame? first = null;
        var depth = 0;
        foreach (var current in Chain(exception))
        {
            var header = $"{current.GetType().FullName}: {current.Message}";
            lines.Add(depth == 0 ? header : " ---> " + header);
            foreach (var (text, frame) in CellFrames(current, cellOf))
            {
                lines.Add(text);
                if (depth == 0)
                {
                    first ??= frame;
                }
            }

            depth++;
        }

        return (lines, first);
    }

    /// <summary>The exception and its inner exceptions, outer first; every inner exception of an AggregateException.</summary>
    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var seen = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<Exception>();
        queue.Enqueue(exception);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current))
            {
                continue;
            }

            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    queue.Enqueue(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                queue.Enqueue(inner);
            }
        }
    }

    private static IEnumerable<(string Text, CellFrame Frame)> CellFrames(Exception exception, Func<string, int> cellOf)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            var outer = type;
            while (outer?.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            var line = frame.GetFileLineNumber();
            if (method is null || outer?.Name.StartsWith("Submission#", StringComparison.Ordinal) != true || line <= 0)
            {
                continue;
            }

            var cell = cellOf(outer.Assembly.GetName().Name ?? string.Empty);
            var where = string.Create(CultureInfo.InvariantCulture, $"cell {cell}, line {line}");
            var name = MethodName(method, type!);
            yield return (name is null ? $"   at {where}" : $"   at {name} in {where}", new CellFrame(cell, line, frame.GetFileColumnNumber()));
        }
    }

    /// <summary>
    /// A cell method's name as written in the cell: <c>Load(string)</c> for a method or local function, null for the cell's
    /// top-level code (compiled into <c>&lt;Initialize&gt;</c>), <c>lambda</c> for a lambda.
    /// </summary>
    internal static string? MethodName(MethodBase method, Type declaringType)
    {
        var name = method.Name;
        if (name == "MoveNext" && declaringType.Name.StartsWith('<'))
        {
            // An async method or iterator: its state machine is named <Method>d__N.
            name = declaringType.Name[1..declaringType.Name.IndexOf('>', StringComparison.Ordinal)];
            return name == "<Initialize" || name.Length == 0 ? null : name + "()";
        }

        if (name == "<Initialize>")
        {
            return null;
        }

        if (name.StartsWith('<'))
        {
            var local = name.IndexOf(">g__", StringComparison.Ordinal);
            if (local >= 0)
            {
                var end = name.IndexOf('|', local);
                return name[(local + 4)..(end < 0 ? name.Length : end)] + Parameters(method);
            }

            return "lambda";
        }

        return name + Parameters(method);
    }

    private static string Parameters(MethodBase method) =>
        "(" + string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType))) + ")";

    private static string TypeName(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Double => "double",
            TypeCode.Boolean => "bool",
            TypeCode.Decimal => "decimal",
            _ => type.Name,
        };
    }
}
