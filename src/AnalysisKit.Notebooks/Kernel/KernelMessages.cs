using System.Globalization;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>Every message the Jupyter kernel shows or logs, in one place so wording stays consistent and each is tested.</summary>
public static class KernelMessages
{
    /// <summary>The connection file's <c>ip</c> is not a loopback address.</summary>
    public static string NotLoopback(string file, string ip) =>
        $"{file}: ip is '{ip}'; the kernel binds only to a loopback address (127.0.0.1, ::1 or localhost) so no other machine can reach it.";

    /// <summary>The connection file's transport is not tcp.</summary>
    public static string UnsupportedTransport(string file, string transport) =>
        $"{file}: transport is '{transport}'; only 'tcp' is supported.";

    /// <summary>The connection file's signature scheme is not hmac-sha256.</summary>
    public static string UnsupportedSignatureScheme(string file, string scheme) =>
        $"{file}: signature_scheme is '{scheme}'; only 'hmac-sha256' is supported.";

    /// <summary>The connection file has no key, so messages could not be verified.</summary>
    public static string MissingKey(string file) =>
        $"{file}: key is empty; the kernel refuses unsigned connections (Jupyter writes a random key into every connection file).";

    /// <summary>A field of the connection file is missing or of the wrong type.</summary>
    public static string BadField(string file, string field, string expected) =>
        $"{file}: field '{field}' is missing or invalid; expected {expected}.";

    /// <summary>The connection file is not valid JSON.</summary>
    public static string NotJson(string file, string problem) => $"{file}: not a valid connection file (JSON error: {problem}).";

    /// <summary>A message whose signature does not match its content (logged; the message is dropped).</summary>
    public static string BadSignature(string channel) => $"rejected a message on {channel}: its HMAC-SHA256 signature does not match.";

    /// <summary>A message that does not have the Jupyter wire format (logged; the message is dropped).</summary>
    public static string Malformed(string channel, string problem) => $"rejected a malformed message on {channel}: {problem}.";

    /// <summary>A cell ignored an interrupt, so the kernel replaced its session.</summary>
    public const string SessionRestarted =
        "The interrupted cell ignored cancellation and may still be running in the background; the kernel started a fresh session, " +
        "so variables from earlier cells are gone. Re-run the notebook from the top (Restart the kernel to stop the abandoned code).";

    /// <summary>A message type the kernel does not handle (logged; Jupyter ignores unknown requests).</summary>
    public static string UnknownType(string channel, string type) => string.Create(CultureInfo.InvariantCulture, $"ignored an unknown {type} on {channel}.");

    /// <summary>A kernelspec name Jupyter would not accept.</summary>
    public static string BadKernelName(string name) =>
        $"kernel name '{name}' is not valid; use only ASCII letters, digits, '-', '_' and '.'.";

    /// <summary>Printed by <c>akit kernel install</c> after registering the Polyglot alias.</summary>
    public static string AliasInstalled(string folder, bool replaced) =>
        $"Installed kernelspec alias '{KernelSpec.PolyglotAliasName}' in {folder}: notebooks written by Polyglot Notebooks run with this kernel" +
        (replaced ? " (it replaces the kernelspec of that name that was there: Polyglot's .NET Interactive is retired)" : string.Empty) +
        ". Pass --no-polyglot-alias to leave that name alone.";
}
