using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// A Jupyter kernel (messaging protocol 5.3 over ZeroMQ) on a <see cref="NotebookSession"/>. One poller thread owns the
/// shell, control, stdin and iopub sockets; cells run one at a time on an execution thread, so interrupt and shutdown
/// requests on the control channel are answered while a cell runs, and its outputs are published as they happen; the heartbeat echoes on its own thread. Every
/// message is HMAC-SHA256 verified; a wrongly signed or malformed message is logged and dropped. Sessions check their outputs
/// with the default disclosure control, and every output passes <see cref="NotebookSession.Publishable"/> before it is
/// published; a cell <c>#!internal-use-only reason</c> opts the session out, recorded in the output the client saves.
/// </summary>
public sealed class JupyterKernel : IDisposable
{
    private readonly KernelConnection connection;
    private readonly NotebookEngine engine;
    private readonly TextWriter log;
    private readonly MessageSigner signer;
    private readonly string sessionId = Guid.NewGuid().ToString("N");
    private readonly BlockingCollection<JupyterMessage> executions = new();
    private NetMQQueue<(Channel Channel, JupyterMessage Message)>? outgoing;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock sessionLock = new();
    private NotebookSession session;
    private CancellationTokenSource? running;
    private RouterSocket? shell;
    private RouterSocket? control;
    private PublisherSocket? iopub;

    /// <summary>A kernel that will listen where <paramref name="connection"/> says and run cells in <paramref name="engine"/>.</summary>
    public JupyterKernel(KernelConnection connection, NotebookEngine engine, TextWriter log)
    {
        this.connection = connection ?? throw new ArgumentNullException(nameof(connection));
        this.engine = engine ?? throw new ArgumentNullException(nameof(engine));
        this.log = log ?? throw new ArgumentNullException(nameof(log));
        signer = new MessageSigner(connection.Key);
        session = engine.CreateSession(disclosure: AnalysisKit.Disclosure.DisclosureControl.Default);
    }

    private enum Channel
    {
        Shell,
        Control,
        IOPub,
    }

    /// <summary>Serves requests until a shutdown_request arrives or <paramref name="cancellationToken"/> is cancelled.</summary>
    public void Run(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping.Token);
        using var shellSocket = new RouterSocket();
        using var controlSocket = new RouterSocket();
        using var stdinSocket = new RouterSocket();
        using var iopubSocket = new PublisherSocket();
        using var queue = new NetMQQueue<(Channel Channel, JupyterMessage Message)>();
        outgoing = queue;
        shell = shellSocket;
        control = controlSocket;
        iopub = iopubSocket;
        // No high-water mark on iopub: at ZeroMQ's default of 1000 queued messages a PUB socket silently drops the rest,
        // idle status included. Console text is coalesced (OutputCollector), so the queue stays short.
        iopubSocket.Options.SendHighWatermark = 0;
        shellSocket.Bind(connection.Address(connection.ShellPort));
        controlSocket.Bind(connection.Address(connection.ControlPort));
        stdinSocket.Bind(connection.Address(connection.StdinPort));
        iopubSocket.Bind(connection.Address(connection.IOPubPort));

        var heartbeat = new Thread(() => Heartbeat(linked.Token)) { IsBackground = true, Name = "akit kernel heartbeat" };
        var executor = new Thread(() => Execute(linked.Token)) { IsBackground = true, Name = "akit kernel execution" };
        heartbeat.Start();
        executor.Start();

        using var poller = new NetMQPoller { shellSocket, controlSocket, stdinSocket, queue };
        shellSocket.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        controlSocket.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        stdinSocket.ReceiveReady += (_, e) => e.Socket.ReceiveMultipartBytes();
        queue.ReceiveReady += (_, _) =>
        {
            while (queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                Send(item.Channel, item.Message);
            }
        };
        using var stop = linked.Token.Register(() => poller.StopAsync());
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        poller.Run();

        linked.Cancel();
        executions.CompleteAdding();
        executor.Join(TimeSpan.FromSeconds(2));
        heartbeat.Join(TimeSpan.FromSeconds(2));
        shell = control = null;
        iopub = null;
        outgoing = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stopping.Cancel();
        executions.Dispose();
        stopping.Dispose();
        running?.Dispose();
    }

    private void Heartbeat(CancellationToken token)
    {
        using var hb = new ResponseSocket();
        hb.Bind(connection.Address(connection.HeartbeatPort));
        var frames = new List<byte[]>();
        while (!token.IsCancellationRequested)
        {
            if (hb.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
            {
                hb.SendMultipartBytes(frames);
            }
        }
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = socket.ReceiveMultipartBytes();
        var message = signer.Decode(frames, out var problem, out var badSignature);
        if (message is null)
        {
            Log(badSignature ? KernelMessages.BadSignature(Name(channel)) : KernelMessages.Malformed(Name(channel), problem ?? "unknown problem"));
            return;
        }

        var type = message.MessageType;
        if (type == "execute_request" && channel == Channel.Shell)
        {
            executions.Add(message);
            return;
        }

        Publish("status", new JsonObject { ["execution_state"] = "busy" }, message);
        switch (type)
        {
            case "kernel_info_request":
                Reply(channel, message, "kernel_info_reply", KernelInfo());
                break;
            case "is_complete_request":
                var status = CodeAssistant.IsComplete(Code(message));
                Reply(channel, message, "is_complete_reply", status == "incomplete"
                    ? new JsonObject { ["status"] = status, ["indent"] = "    " }
                    : new JsonObject { ["status"] = status });
                break;
            case "complete_request":
                Reply(channel, message, "complete_reply", Complete(message));
                break;
            case "inspect_request":
                Reply(channel, message, "inspect_reply", Inspect(message));
                break;
            case "comm_info_request":
                Reply(channel, message, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "history_request":
                Reply(channel, message, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "interrupt_request":
                lock (sessionLock)
                {
                    running?.Cancel();
                }

                Reply(channel, message, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                // Jupyter restarts a kernel by shutting the process down and starting a new one (restart only tells the
                // kernel why), which also ends any cell that ignored an interrupt.
                var restart = message.Content["restart"] is JsonValue r && r.TryGetValue<bool>(out var value) && value;
                Reply(channel, message, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
                lock (sessionLock)
                {
                    running?.Cancel();
                }

                stopping.Cancel();
                return;
            default:
                Log(KernelMessages.UnknownType(Name(channel), type));
                break;
        }

        Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
    }

    private void Execute(CancellationToken token)
    {
        try
        {
            foreach (var request in executions.GetConsumingEnumerable(token))
            {
                if (!RunCell(request) && StopOnError(request))
                {
                    // As ipykernel: after a failure, execute requests already queued (e.g. "Run All") are aborted.
                    while (executions.TryTake(out var queued))
                    {
                        Abort(queued);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private static bool StopOnError(JupyterMessage request) =>
        request.Content["stop_on_error"] is not JsonValue v || !v.TryGetValue<bool>(out var stop) || stop;

    private void Abort(JupyterMessage request)
    {
        Queue(Channel.IOPub, Create("status", new JsonObject { ["execution_state"] = "busy" }, request));
        Queue(Channel.Shell, Create("execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = null }, request));
        Queue(Channel.IOPub, Create("status", new JsonObject { ["execution_state"] = "idle" }, request));
    }

    /// <summary>Runs one execute_request and publishes its outputs and reply; false when the cell failed.</summary>
    private bool RunCell(JupyterMessage request)
    {
        var code = Code(request);
        var silent = request.Content["silent"] is JsonValue s && s.TryGetValue<bool>(out var isSilent) && isSilent;
        Queue(Channel.IOPub, Create("status", new JsonObject { ["execution_state"] = "busy" }, request));
        NotebookSession current;
        CancellationTokenSource cancellation;
        lock (sessionLock)
        {
            current = session;
            running = cancellation = new CancellationTokenSource();
        }

        if (!silent)
        {
            Queue(Channel.IOPub, Create("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = current.ExecutionCount + 1 }, request));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            // As ipykernel: nothing runs, nothing is published, the execution count does not advance, and the reply is ok.
            lock (sessionLock)
            {
                running = null;
                cancellation.Dispose();
            }

            Queue(Channel.Shell, Create("execute_reply", OkReply(current.ExecutionCount), request));
            Queue(Channel.IOPub, Create("status", new JsonObject { ["execution_state"] = "idle" }, request));
            return true;
        }

        Action<CellOutput>? publish = silent ? null : output => PublishOutput(current.Publishable(output), request); // the output guard's last check
        var result = current.Execute(code, cancellationToken: cancellation.Token, onOutput: publish);
        lock (sessionLock)
        {
            running = null;
            cancellation.Dispose();
            if (current.IsFaulted && ReferenceEquals(session, current))
            {
                session = engine.CreateSession(disclosure: AnalysisKit.Disclosure.DisclosureControl.Default);
                PublishOutput(CellOutput.Stream("stderr", KernelMessages.SessionRestarted + "\n"), request);
            }
        }

        var reply = result.Error is { } error
            ? new JsonObject
            {
                ["status"] = "error",
                ["execution_count"] = result.ExecutionCount,
                ["ename"] = error.Name,
                ["evalue"] = error.Message,
                ["traceback"] = new JsonArray(NotebookSession.ErrorOutput(error).Traceback.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
            }
            : OkReply(result.ExecutionCount);
        Queue(Channel.Shell, Create("execute_reply", reply, request));
        Queue(Channel.IOPub, Create("status", new JsonObject { ["execution_state"] = "idle" }, request));
        return result.Error is null;
    }

    private static JsonObject OkReply(int executionCount) => new()
    {
        ["status"] = "ok",
        ["execution_count"] = executionCount,
        ["user_expressions"] = new JsonObject(),
        ["payload"] = new JsonArray(),
    };

    /// <summary>
    /// The one place where a cell's outputs — streams, display data, execute results and errors — leave the kernel for
    /// the client (iopub), in the order the cell produced them. Console text arrives here already coalesced and cut to
    /// the per-cell limit by the session. A check of what is published (e.g. a disclosure guard) belongs here.
    /// </summary>
    private void PublishOutput(CellOutput output, JupyterMessage request) =>
        Queue(Channel.IOPub, Create(OutputType(output.Kind), OutputContent(output), request));

    private static string OutputType(CellOutputKind kind) => kind switch
    {
        CellOutputKind.Stream => "stream",
        CellOutputKind.DisplayData => "display_data",
        CellOutputKind.ExecuteResult => "execute_result",
        _ => "error",
    };

    /// <summary>The iopub content for one output: JSON MIME types (e.g. application/vnd.plotly.v1+json) as objects.</summary>
    internal static JsonObject OutputContent(CellOutput output)
    {
        var content = output.ToJson();
        content.Remove("output_type");
        if (output.Kind == CellOutputKind.Stream)
        {
            content["text"] = output.Text;
        }
        else if (output.Kind is CellOutputKind.DisplayData or CellOutputKind.ExecuteResult)
        {
            var data = new JsonObject();
            foreach (var (mime, value) in output.Data)
            {
                data[mime] = mime.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse(value) : value;
            }

            content["data"] = data;
            if (output.Kind == CellOutputKind.DisplayData)
            {
                content["transient"] = new JsonObject();
            }
        }

        return content;
    }

    private JsonObject Complete(JupyterMessage message)
    {
        var code = Code(message);
        var cursor = message.Content["cursor_pos"] is JsonValue c && c.TryGetValue<int>(out var at) ? at : code.Length;
        NotebookSession current;
        lock (sessionLock)
        {
            current = session;
        }

        var (matches, start, end) = CodeAssistant.Complete(current, code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(matches.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject(),
        };
    }

    private JsonObject Inspect(JupyterMessage message)
    {
        var code = Code(message);
        var cursor = message.Content["cursor_pos"] is JsonValue c && c.TryGetValue<int>(out var at) ? at : code.Length;
        NotebookSession current;
        lock (sessionLock)
        {
            current = session;
        }

        var text = CodeAssistant.Inspect(current, code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
            ["metadata"] = new JsonObject(),
        };
    }

    private static JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "akit",
        ["implementation_version"] = typeof(JupyterKernel).Assembly.GetName().Version?.ToString() ?? "0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = "13.0",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = ".NET (C#) — AnalysisKit notebook kernel",
        ["help_links"] = new JsonArray(),
    };

    private static string Code(JupyterMessage message) =>
        message.Content["code"] is JsonValue v && v.TryGetValue<string>(out var code) ? code : string.Empty;

    private static string Name(Channel channel) => channel.ToString().ToLowerInvariant();

    private JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent) =>
        JupyterMessage.Create(type, content, parent, sessionId);

    private void Reply(Channel channel, JupyterMessage request, string type, JsonObject content) => Send(channel, Create(type, content, request));

    private void Publish(string type, JsonObject content, JupyterMessage? parent) =>
        Send(Channel.IOPub, JupyterMessage.Create(type, content, parent, sessionId, identities: [System.Text.Encoding.UTF8.GetBytes(type)]));

    private void Queue(Channel channel, JupyterMessage message)
    {
        if (channel == Channel.IOPub)
        {
            message = new JupyterMessage([System.Text.Encoding.UTF8.GetBytes(message.MessageType)], message.Header, message.ParentHeader, message.Metadata, message.Content);
        }

        outgoing?.Enqueue((channel, message));
    }

    private void Send(Channel channel, JupyterMessage message)
    {
        NetMQSocket? socket = channel switch
        {
            Channel.Shell => shell,
            Channel.Control => control,
            _ => iopub,
        };
        socket?.SendMultipartBytes(signer.Encode(message));
    }

    private void Log(string text)
    {
        lock (log)
        {
            log.WriteLine("akit kernel: " + text);
            log.Flush();
        }
    }
}
