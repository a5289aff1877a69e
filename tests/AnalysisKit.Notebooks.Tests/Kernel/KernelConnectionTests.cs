using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Notebooks.Tests.Kernel;

public sealed class KernelConnectionTests
{
    private const string Valid = """{"ip": "127.0.0.1", "transport": "tcp", "key": "abc", "signature_scheme": "hmac-sha256", "shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005}""";

    [Fact]
    public void Parse_JupyterConnectionFile_ReadsPortsAndKey()
    {
        var connection = KernelConnection.Parse(Valid, "c.json");
        Assert.Equal(new KernelConnection("127.0.0.1", 5001, 5002, 5003, 5004, 5005, "abc"), connection);
        Assert.Equal("tcp://127.0.0.1:5001", connection.Address(connection.ShellPort));
    }

    [Theory]
    [InlineData("::1", "tcp://[::1]:5001")]
    [InlineData("localhost", "tcp://127.0.0.1:5001")]
    public void Parse_OtherLoopbackAddresses_AreAccepted(string ip, string shell)
    {
        var connection = KernelConnection.Parse(Valid.Replace("127.0.0.1", ip, StringComparison.Ordinal), "c.json");
        Assert.Equal(shell, connection.Address(connection.ShellPort));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("example.org")]
    public void Parse_NonLoopbackIp_IsRefused(string ip)
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(Valid.Replace("127.0.0.1", ip, StringComparison.Ordinal), "c.json"));
        Assert.Equal(KernelMessages.NotLoopback("c.json", ip), error.Message);
    }

    [Fact]
    public void Parse_EmptyKey_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(Valid.Replace("\"abc\"", "\"\"", StringComparison.Ordinal), "c.json"));
        Assert.Equal(KernelMessages.MissingKey("c.json"), error.Message);
    }

    [Fact]
    public void Parse_OtherSignatureScheme_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(Valid.Replace("hmac-sha256", "hmac-md5", StringComparison.Ordinal), "c.json"));
        Assert.Equal(KernelMessages.UnsupportedSignatureScheme("c.json", "hmac-md5"), error.Message);
    }

    [Fact]
    public void Parse_IpcTransport_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(Valid.Replace("\"tcp\"", "\"ipc\"", StringComparison.Ordinal), "c.json"));
        Assert.Equal(KernelMessages.UnsupportedTransport("c.json", "ipc"), error.Message);
    }

    [Fact]
    public void Parse_MissingPort_NamesTheField()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse(Valid.Replace("\"hb_port\": 5005", "\"hb_port\": 0", StringComparison.Ordinal), "c.json"));
        Assert.Equal(KernelMessages.BadField("c.json", "hb_port", "a port number from 1 to 65535"), error.Message);
    }

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => KernelConnection.Parse("{", "c.json"));
        Assert.StartsWith("c.json: not a valid connection file (JSON error:", error.Message, StringComparison.Ordinal);
    }
}
