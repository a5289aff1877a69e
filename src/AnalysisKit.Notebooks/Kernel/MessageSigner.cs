using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// Encodes and decodes Jupyter wire messages (identities, <c>&lt;IDS|MSG&gt;</c>, signature, header, parent header,
/// metadata, content, buffers) with an HMAC-SHA256 signature over the four JSON frames, compared in constant time.
/// </summary>
public sealed class MessageSigner
{
    /// <summary>The frame separating routing identities from the message.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private readonly byte[] key;

    /// <summary>A signer for the connection file's <paramref name="key"/> (non-empty).</summary>
    public MessageSigner(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        this.key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The lowercase hex HMAC-SHA256 of the frames, as Jupyter writes it.</summary>
    public string Sign(IReadOnlyList<byte[]> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames)
        {
            hmac.AppendData(frame);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>The frames to send for <paramref name="message"/>.</summary>
    public List<byte[]> Encode(JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        byte[][] body = [Json(message.Header), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content)];
        var frames = new List<byte[]>(message.Identities) { Delimiter, Encoding.ASCII.GetBytes(Sign(body)) };
        frames.AddRange(body);
        return frames;
    }

    /// <summary>
    /// Decodes received frames. Returns null and sets <paramref name="problem"/> (and <paramref name="badSignature"/>)
    /// when the message is malformed or wrongly signed; such messages must be dropped.
    /// </summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? problem, out bool badSignature)
    {
        ArgumentNullException.ThrowIfNull(frames);
        badSignature = false;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = "expected identities, <IDS|MSG>, signature, header, parent_header, metadata and content frames";
            return null;
        }

        byte[][] body = [frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]];
        var expected = Encoding.ASCII.GetBytes(Sign(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, frames[delimiter + 1]))
        {
            problem = "signature does not match";
            badSignature = true;
            return null;
        }

        var parts = new JsonObject[4];
        for (var i = 0; i < 4; i++)
        {
            try
            {
                parts[i] = JsonNode.Parse(body[i]) as JsonObject ?? throw new JsonException("not a JSON object");
            }
            catch (JsonException e)
            {
                problem = $"frame {i + 1} after the signature is not a JSON object ({e.Message})";
                return null;
            }
        }

        if (parts[0]["msg_type"] is not JsonValue type || !type.TryGetValue<string>(out _))
        {
            problem = "the header has no msg_type";
            return null;
        }

        problem = null;
        return new JupyterMessage(frames.Take(delimiter).ToArray(), parts[0], parts[1], parts[2], parts[3]);
    }

    private static byte[] Json(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());
}
