using System.Text;

namespace AnalysisKit.Notebooks;

/// <summary>Loads and saves notebooks by file extension (<c>.ipynb</c>, <c>.dib</c>); saves are atomic.</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads a <c>.ipynb</c> or <c>.dib</c> notebook; other extensions are an error naming the file.</summary>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(NotebookMessages.NotebookNotFound(path), path);
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".IPYNB" => IpynbFormat.Read(text, path),
            ".DIB" => DibFormat.Read(text, path),
            _ => throw new NotebookFormatException(NotebookMessages.UnknownExtension(path)),
        };
    }

    /// <summary>
    /// Writes the notebook in the format its extension names (<c>.ipynb</c> or <c>.dib</c>) through a temporary file
    /// in the same folder and a rename, so readers never see a half-written notebook.
    /// </summary>
    public static void SaveAtomic(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var text = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".IPYNB" => IpynbFormat.Write(notebook),
            ".DIB" => DibFormat.Write(notebook),
            _ => throw new NotebookFormatException(NotebookMessages.UnknownExtension(path)),
        };
        WriteTextAtomic(path, text);
    }

    /// <summary>Writes UTF-8 text (no byte-order mark) through a temporary file and a rename.</summary>
    public static void WriteTextAtomic(string path, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(text);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
