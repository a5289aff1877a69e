"""Drives the akit Jupyter kernel with a real Jupyter client (jupyter_client + nbclient), as JupyterLab/VS Code would.

Usage: python3 jupyter_client_check.py KERNEL_NAME RESULT_JSON WORK_FOLDER
The kernelspec KERNEL_NAME must be findable (JUPYTER_PATH). Protocol checks are written to RESULT_JSON for the xunit
test to assert on; nbclient executes a notebook with a 100,000-line cell in WORK_FOLDER (its log is recorded).
Every wait has a timeout, so a broken kernel fails the test instead of hanging it.
"""
import json
import os
import sys
import time

import nbformat
import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session
from nbclient import NotebookClient

TIMEOUT = 90  # generous: a loaded CI machine compiles slowly; a broken kernel still fails, just later


PLOTLY = "application/vnd.plotly.v1+json"


def run_large_notebook(kernel_name, folder, lines):
    """nbclient runs a notebook whose cell prints `lines` lines (as nbconvert would), logging to a list: the cell's
    stream text must arrive whole, in a few outputs, with no 'Timeout waiting for IOPub output' warning."""
    import logging
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell('for (int i = 0; i < %d; i++) Console.WriteLine($"line {i}");' % lines))
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=TIMEOUT, startup_timeout=TIMEOUT,
                            resources={"metadata": {"path": folder}})
    client.log.addHandler(Keep())
    client.execute()
    outputs = nb.cells[0].outputs
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stdout")
    expected = "".join("line %d\n" % i for i in range(lines))
    return {"log": records, "outputs": len(outputs), "whole": text == expected, "characters": len(text)}


def stream_text(exchange, name):
    return "".join(m["content"]["text"] for m in exchange["iopub"] if m["msg_type"] == "stream" and m["content"]["name"] == name)


def large_output(kc, lines):
    """Executes a cell printing `lines` lines; returns a summary (the full text would swamp the result file)."""
    exchange = execute(kc, 'for (int i = 0; i < %d; i++) Console.WriteLine($"line {i}");' % lines)
    stdout = stream_text(exchange, "stdout")
    kept = stdout.count("\n")
    return {
        "reply_status": exchange["reply"]["status"],
        "types": sorted(set(m["msg_type"] for m in exchange["iopub"])),
        "last": exchange["iopub"][-1],
        "stream_messages": sum(1 for m in exchange["iopub"] if m["msg_type"] == "stream"),
        "stdout_lines": kept,
        "stdout_in_order": stdout == "".join("line %d\n" % i for i in range(kept)),
        "stderr": stream_text(exchange, "stderr"),
    }


def collect(kc, msg_id):
    """iopub messages for msg_id until its status goes idle."""
    seen = []
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        seen.append({"msg_type": msg["msg_type"], "content": msg["content"]})
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return seen
    raise TimeoutError("no idle status for " + msg_id)


def shell_reply(kc, msg_id):
    """The shell reply to msg_id, skipping stale replies (wait_for_ready may send several kernel_info requests)."""
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
    raise TimeoutError("no shell reply for " + msg_id)


def execute(kc, code):
    msg_id = kc.execute(code)
    reply = shell_reply(kc, msg_id)
    return {"reply": reply["content"], "iopub": collect(kc, msg_id)}


def request(kc, method, *args):
    """Sends a shell request with the client's own method and returns the reply's content."""
    msg_id = method(*args)
    reply = shell_reply(kc, msg_id)
    collect(kc, msg_id)
    return reply["content"]


def raw_shell_send(km, frames):
    """Sends raw frames to the shell channel on a fresh DEALER socket (bypassing the client's signing)."""
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.linger = 0
    sock.connect("%s://%s:%d" % (km.transport, km.ip, km.shell_port))
    sock.send_multipart(frames)
    time.sleep(0.3)
    sock.close()


def wait_for_heartbeat(kc, seconds=20.0):
    # jupyter_client pings every second and calls a beat missed when the pong takes over a second; on a loaded CI
    # machine the kernel (compiling its first cell) can miss one. The question is whether it answers, so wait for a beat.
    deadline = time.time() + seconds
    while time.time() < deadline:
        if kc.hb_channel.is_beating():
            return True
        time.sleep(0.2)
    return False


def protocol(kernel_name):
    results = {}
    km = KernelManager(kernel_name=kernel_name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        results["kernel_info"] = request(kc, kc.kernel_info)
        results["heartbeat"] = wait_for_heartbeat(kc)
        results["first"] = execute(kc, 'var x = 6 * 7;\nConsole.WriteLine("hello");\nx')
        results["second"] = execute(kc, "x + 1")
        results["failing"] = execute(kc, 'throw new InvalidOperationException("boom");')
        results["compile_error"] = execute(kc, "var y = ;")
        results["html"] = execute(kc, 'display("<b>hi</b>", "text/html");')
        # Large output: coalesced, nothing lost, every execute ends idle; past the per-cell limit a note says what was cut.
        results["large_100k"] = large_output(kc, 100000)
        results["large_1m"] = large_output(kc, 1000000)
        # An emoji written one char at a time, with a pause longer than the flush interval between the two halves.
        results["emoji"] = execute(kc, 'foreach (var c in "\U0001F600\U0001F44D") { Console.Write(c); System.Threading.Thread.Sleep(300); }')
        # Console text from many threads at once arrives whole.
        results["threads"] = execute(kc, 'System.Threading.Tasks.Parallel.For(0, 8, t => { for (var i = 0; i < 1000; i++) Console.WriteLine($"t{t} line {i + 1000}"); });')
        # No code: as ipykernel, an ok reply, nothing run, the execution count not advanced.
        results["count_before_empty"] = execute(kc, "1")["reply"]["execution_count"]
        results["empty"] = execute(kc, "")
        results["blank"] = execute(kc, "  \n ")
        # Errors: the outer exception's name and message, its inner exceptions, the frames in cells with cell and line.
        execute(kc, 'int Load(string path)\n{\n    try { return int.Parse(path); }\n    catch (FormatException e) { throw new InvalidOperationException("could not load " + path, e); }\n}')
        results["inner"] = execute(kc, 'var n = 1;\nLoad("abc")')
        # Console output is published while the cell runs, not when it ends.
        msg_id = kc.execute('Console.WriteLine("early"); System.Threading.Thread.Sleep(1500); Console.WriteLine("late");')
        arrivals = {}
        deadline = time.time() + TIMEOUT
        while "idle" not in arrivals and time.time() < deadline:
            msg = kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                arrivals[msg["content"]["text"]] = time.time()
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                arrivals["idle"] = time.time()
        shell_reply(kc, msg_id)
        results["live_stream_lead_seconds"] = arrivals["idle"] - arrivals["early\n"]
        results["live_stream_texts"] = sorted(k for k in arrivals if k != "idle")

        # "Run All" after a failure: requests queued behind the failing cell are aborted, not run.
        failing_id = kc.execute('System.Threading.Thread.Sleep(300); throw new InvalidOperationException("stop");')
        queued_id = kc.execute('Console.WriteLine("SHOULD NOT RUN EITHER");')
        results["stop_on_error"] = {"failing": shell_reply(kc, failing_id)["content"], "queued": shell_reply(kc, queued_id)["content"]}
        collect(kc, failing_id)
        collect(kc, queued_id)
        results["is_complete"] = {
            "complete": request(kc, kc.is_complete, "var a = 1;"),
            "incomplete": request(kc, kc.is_complete, "if (true) {"),
            "unfinished_expression": request(kc, kc.is_complete, "var x ="),
            "invalid": request(kc, kc.is_complete, "var x = ;"),
        }
        results["complete_using"] = request(kc, kc.complete, "using System.Te", 15)
        results["complete_namespace"] = request(kc, kc.complete, "System.Collections.Ge", 21)
        results["inspect_variable"] = request(kc, kc.inspect, "x + 1", 1)
        code = "Math.Ma"
        results["complete"] = request(kc, kc.complete, code, len(code))
        results["complete_local"] = request(kc, kc.complete, "Console.WriteLine(x", 19)
        results["inspect"] = request(kc, kc.inspect, "Math.Sqrt(2)", 7)

        # A wrongly signed message, then a malformed one: both must be dropped, and the kernel must still answer.
        good = Session(key=km.session.key)
        msg = good.msg("execute_request", {"code": 'Console.WriteLine("SHOULD NOT RUN");', "silent": False,
                                           "store_history": True, "user_expressions": {}, "allow_stdin": False})
        frames = good.serialize(msg)
        frames[1] = b"0" * 64
        raw_shell_send(km, frames)
        raw_shell_send(km, [b"<IDS|MSG>", b"not-a-signature", b"{", b"}"])
        results["after_bad_messages"] = execute(kc, "x")

        # Interrupt a cell that ignores cancellation (interrupt_mode "message": an interrupt_request on control).
        msg_id = kc.execute("for (var i = 0; i < 100; i++) { System.Threading.Thread.Sleep(50); }")
        time.sleep(1.0)
        started = time.time()
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        results["interrupt"] = {"reply": reply["content"], "iopub": collect(kc, msg_id), "seconds": time.time() - started}
        # A cooperative cell stops at once and the session survives.
        msg_id = kc.execute("while (true) { CancellationToken.ThrowIfCancellationRequested(); System.Threading.Thread.Sleep(20); }")
        time.sleep(1.0)
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        results["interrupt_cooperative"] = {"reply": reply["content"], "iopub": collect(kc, msg_id)}
        results["after_interrupt"] = execute(kc, "var z = 5; z")

        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=TIMEOUT)
        results["after_restart"] = execute(kc, "1 + 1")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        deadline = time.time() + 10
        while km.is_alive() and time.time() < deadline:
            time.sleep(0.1)
        results["alive_after_shutdown"] = km.is_alive()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    return results


def main():
    kernel_name, result_path, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    results = protocol(kernel_name)
    results["nbclient_100k"] = run_large_notebook(kernel_name, folder, 100000)
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
