using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Notebooks.Tests.Kernel;

public sealed class KernelMessagesTests
{
    [Fact]
    public void NotLoopback_NamesFileIpAndWhy() =>
        Assert.Equal("c.json: ip is '0.0.0.0'; the kernel binds only to a loopback address (127.0.0.1, ::1 or localhost) so no other machine can reach it.",
            KernelMessages.NotLoopback("c.json", "0.0.0.0"));

    [Fact]
    public void UnsupportedTransport_NamesTheTransport() =>
        Assert.Equal("c.json: transport is 'ipc'; only 'tcp' is supported.", KernelMessages.UnsupportedTransport("c.json", "ipc"));

    [Fact]
    public void UnsupportedSignatureScheme_NamesTheScheme() =>
        Assert.Equal("c.json: signature_scheme is 'hmac-md5'; only 'hmac-sha256' is supported.", KernelMessages.UnsupportedSignatureScheme("c.json", "hmac-md5"));

    [Fact]
    public void MissingKey_ExplainsTheRefusal() =>
        Assert.Equal("c.json: key is empty; the kernel refuses unsigned connections (Jupyter writes a random key into every connection file).", KernelMessages.MissingKey("c.json"));

    [Fact]
    public void BadField_NamesFieldAndExpectation() =>
        Assert.Equal("c.json: field 'shell_port' is missing or invalid; expected a port.", KernelMessages.BadField("c.json", "shell_port", "a port"));

    [Fact]
    public void NotJson_CarriesTheProblem() =>
        Assert.Equal("c.json: not a valid connection file (JSON error: x).", KernelMessages.NotJson("c.json", "x"));

    [Fact]
    public void BadSignature_NamesTheChannel() =>
        Assert.Equal("rejected a message on control: its HMAC-SHA256 signature does not match.", KernelMessages.BadSignature("control"));

    [Fact]
    public void Malformed_NamesChannelAndProblem() =>
        Assert.Equal("rejected a malformed message on shell: no header.", KernelMessages.Malformed("shell", "no header"));

    [Fact]
    public void UnknownType_NamesTypeAndChannel() =>
        Assert.Equal("ignored an unknown foo_request on shell.", KernelMessages.UnknownType("shell", "foo_request"));

    [Fact]
    public void BadKernelName_StatesTheRule() =>
        Assert.Equal("kernel name 'a b' is not valid; use only ASCII letters, digits, '-', '_' and '.'.", KernelMessages.BadKernelName("a b"));

    [Fact]
    public void SessionRestarted_SaysVariablesAreGone() =>
        Assert.Contains("variables from earlier cells are gone", KernelMessages.SessionRestarted, StringComparison.Ordinal);
}
