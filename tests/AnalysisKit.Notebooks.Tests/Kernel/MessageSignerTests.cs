using System.Text;
using System.Text.Json.Nodes;
using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Notebooks.Tests.Kernel;

public sealed class MessageSignerTests
{
    /// <summary>RFC 4231 test case 2: HMAC-SHA256 with key "Jefe"; the data is split across frames, which are signed as one stream.</summary>
    [Fact]
    public void Sign_Rfc4231Case2_MatchesThePublishedDigest()
    {
        var signer = new MessageSigner("Jefe");
        var frames = new[] { "what do ya want "u8.ToArray(), "for nothing?"u8.ToArray() };
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signer.Sign(frames));
    }

    [Fact]
    public void EncodeThenDecode_KeepsIdentitiesHeaderAndContent()
    {
        var signer = new MessageSigner("secret");
        var message = JupyterMessage.Create("kernel_info_request", new JsonObject { ["a"] = 1 }, null, "s", [[1, 2, 3]]);
        var decoded = signer.Decode(signer.Encode(message), out var problem, out var badSignature);
        Assert.Null(problem);
        Assert.False(badSignature);
        Assert.NotNull(decoded);
        Assert.Equal("kernel_info_request", decoded.MessageType);
        Assert.Equal([1, 2, 3], decoded.Identities.Single());
        Assert.Equal(1, decoded.Content["a"]!.GetValue<int>());
        Assert.Equal("5.3", decoded.Header["version"]!.GetValue<string>());
    }

    [Fact]
    public void Decode_SignedWithAnotherKey_IsRejectedAsBadSignature()
    {
        var frames = new MessageSigner("other").Encode(JupyterMessage.Create("execute_request", [], null, "s"));
        Assert.Null(new MessageSigner("secret").Decode(frames, out _, out var badSignature));
        Assert.True(badSignature);
    }

    [Fact]
    public void Decode_ContentChangedAfterSigning_IsRejectedAsBadSignature()
    {
        var signer = new MessageSigner("secret");
        var frames = signer.Encode(JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "1" }, null, "s"));
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"2"}""");
        Assert.Null(signer.Decode(frames, out _, out var badSignature));
        Assert.True(badSignature);
    }

    [Fact]
    public void Decode_NoDelimiter_IsRejectedAsMalformed()
    {
        var frames = new List<byte[]> { "x"u8.ToArray(), "{}"u8.ToArray() };
        Assert.Null(new MessageSigner("secret").Decode(frames, out var problem, out var badSignature));
        Assert.False(badSignature);
        Assert.Contains("<IDS|MSG>", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CorrectlySignedButNotJson_IsRejectedAsMalformed()
    {
        var signer = new MessageSigner("secret");
        byte[][] body = ["{"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray()];
        var frames = new List<byte[]> { MessageSigner.Delimiter, Encoding.ASCII.GetBytes(signer.Sign(body)) };
        frames.AddRange(body);
        Assert.Null(signer.Decode(frames, out var problem, out var badSignature));
        Assert.False(badSignature);
        Assert.StartsWith("frame 1 after the signature is not a JSON object", problem, StringComparison.Ordinal);
    }
}
