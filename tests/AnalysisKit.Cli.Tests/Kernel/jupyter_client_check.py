"""Drives the akit Jupyter kernel with a real Jupyter client (jupyter_client + nbclient), as JupyterLab/VS Code would.

Usage: python3 jupyter_client_check.py KERNEL_NAME RESULT_JSON [NOTEBOOK_IN NOTEBOOK_OUT]...
The kernelspec KERNEL_NAME must be findable (JUPYTER_PATH). Each notebook is executed with nbclient (cwd = its folder)
and written to NOTEBOOK_OUT; protocol checks are written to RESULT_JSON for the xunit test to assert on.
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


def run_notebooks(kernel_name, pairs):
    """Executes each notebook; Plotly figures (sent as JSON beside their HTML) are counted, then removed so the
    outputs compare with akit run's, which store the HTML only."""
    figures = 0
    for source, target in pairs:
        nb = nbformat.read(source, as_version=4)
        client = NotebookClient(nb, kernel_name=kernel_name, timeout=TIMEOUT, startup_timeout=TIMEOUT,
                                allow_errors=True, resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
        client.execute()
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if PLOTLY in data:
                    assert isinstance(data[PLOTLY], dict) and "data" in data[PLOTLY], "plotly output is not a figure object"
                    assert "text/html" in data, "plotly output has no HTML fallback"
                    figures += 1
                    del data[PLOTLY]
        nbformat.write(nb, target)
    return figures


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
        }
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
    kernel_name, result_path = sys.argv[1], sys.argv[2]
    rest = sys.argv[3:]
    figures = run_notebooks(kernel_name, list(zip(rest[0::2], rest[1::2])))
    results = protocol(kernel_name)
    results["plotly_figures"] = figures
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
