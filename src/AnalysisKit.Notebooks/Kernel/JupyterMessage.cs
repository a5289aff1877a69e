using System.Globalization;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// One Jupyter protocol 5.3 message: the ZeroMQ routing identities it came with, its header, parent header, metadata
/// and content (https://jupyter-client.readthedocs.io/en/stable/messaging.html).
/// </summary>
public sealed class JupyterMessage
{
    /// <summary>The protocol version the kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>Creates a message from its parts.</summary>
    public JupyterMessage(IReadOnlyList<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata, JsonObject content)
    {
        Identities = identities;
        Header = header;
        ParentHeader = parentHeader;
        Metadata = metadata;
        Content = content;
    }

    /// <summary>ZeroMQ routing identities (ROUTER sockets) to send a reply back to.</summary>
    public IReadOnlyList<byte[]> Identities { get; }

    /// <summary>msg_id, session, username, date, msg_type, version.</summary>
    public JsonObject Header { get; }

    /// <summary>The header of the request this message answers (empty for unsolicited messages).</summary>
    public JsonObject ParentHeader { get; }

    /// <summary>Free-form metadata.</summary>
    public JsonObject Metadata { get; }

    /// <summary>The message body.</summary>
    public JsonObject Content { get; }

    /// <summary>The header's <c>msg_type</c>, e.g. <c>execute_request</c>.</summary>
    public string MessageType => Header["msg_type"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : string.Empty;

    /// <summary>A new message of <paramref name="type"/> in reply to (or caused by) <paramref name="parent"/>.</summary>
    public static JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, string session, IReadOnlyList<byte[]>? identities = null)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = "akit",
            ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = type,
            ["version"] = ProtocolVersion,
        };
        return new JupyterMessage(identities ?? parent?.Identities ?? [], header, parent?.Header.DeepClone().AsObject() ?? [], [], content);
    }
}
