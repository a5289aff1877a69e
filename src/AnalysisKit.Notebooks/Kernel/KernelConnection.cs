using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// The contents of a Jupyter connection file: where the five channels listen and the key messages are signed with.
/// Only tcp on a loopback address with an hmac-sha256 key is accepted, so the kernel is never reachable from another
/// machine and never runs unsigned code.
/// </summary>
public sealed record KernelConnection(string IP, int ShellPort, int IOPubPort, int StdinPort, int ControlPort, int HeartbeatPort, string Key)
{
    /// <summary>The <c>tcp://ip:port</c> address of <paramref name="port"/>.</summary>
    public string Address(int port) => $"tcp://{(IP.Contains(':', StringComparison.Ordinal) ? "[" + IP + "]" : IP)}:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Reads and validates a connection file; problems are an <see cref="InvalidDataException"/> naming the file and field.</summary>
    public static KernelConnection Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses connection-file JSON; <paramref name="fileName"/> names it in error messages.</summary>
    public static KernelConnection Parse(string json, string fileName)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException(KernelMessages.NotJson(fileName, "not a JSON object"));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(KernelMessages.NotJson(fileName, e.Message), e);
        }

        var transport = Text(root, "transport", fileName, "tcp");
        if (!string.Equals(transport, "tcp", StringComparison.Ordinal))
        {
            throw new InvalidDataException(KernelMessages.UnsupportedTransport(fileName, transport));
        }

        var scheme = Text(root, "signature_scheme", fileName, "hmac-sha256");
        if (!string.Equals(scheme, "hmac-sha256", StringComparison.Ordinal))
        {
            throw new InvalidDataException(KernelMessages.UnsupportedSignatureScheme(fileName, scheme));
        }

        var ip = Text(root, "ip", fileName, null);
        var bindIp = string.Equals(ip, "localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : ip;
        if (!IPAddress.TryParse(bindIp, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new InvalidDataException(KernelMessages.NotLoopback(fileName, ip));
        }

        var key = Text(root, "key", fileName, string.Empty);
        if (key.Length == 0)
        {
            throw new InvalidDataException(KernelMessages.MissingKey(fileName));
        }

        return new KernelConnection(bindIp, Port(root, "shell_port", fileName), Port(root, "iopub_port", fileName), Port(root, "stdin_port", fileName),
            Port(root, "control_port", fileName), Port(root, "hb_port", fileName), key);
    }

    private static string Text(JsonObject root, string field, string fileName, string? fallback)
    {
        var node = root[field];
        if (node is null && fallback is not null)
        {
            return fallback;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new InvalidDataException(KernelMessages.BadField(fileName, field, "a string"));
    }

    private static int Port(JsonObject root, string field, string fileName) =>
        root[field] is JsonValue value && value.TryGetValue<int>(out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidDataException(KernelMessages.BadField(fileName, field, "a port number from 1 to 65535"));
}
