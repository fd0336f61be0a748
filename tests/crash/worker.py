"""The child processes of the crash tests, started from one warm process.

Run as ``python -m tests.crash.worker`` by :mod:`tests.crash.harness`. Importing
the application takes about a second, longer than most kills wait, so this
process imports it once and forks a child per run: each child is an ordinary
process that opens the database itself and is killed with SIGKILL like any
other. The conversation on stdin and stdout, one line each way:

- ``{"task": ..., "options": {...}}`` (JSON): fork a child for the task and
  answer ``started <pid>``; the child's own lines (its progress) follow.
- ``kill``: kill the child with SIGKILL (nothing happens to one that already
  ended), reap it and answer ``ended <pid> <exit code>`` (-9: killed).

When stdin closes, the worker kills its child, if any, and ends; a child
whose worker is gone ends at its next line.

Only this process reaps its children, so a pid it kills is always its own
child (a child that ended stays a zombie until then: its pid is not reused).
Every line is one ``write`` of less than the pipe's atomic size, so a kill
never leaves half a line.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import traceback
from pathlib import Path

from tests.crash import workloads

_worker = os.getpid()


def emit(*words: object) -> None:
    """Write one line on stdout in a single system call.

    A child whose worker is gone (the test run was stopped) ends here instead
    of working on unattended.
    """
    if os.getpid() != _worker and os.getppid() != _worker:
        os._exit(2)
    line = " ".join(str(word) for word in words).replace("\n", " ")
    os.write(1, (line[:1000] + "\n").encode())


def _child(task: str, options: dict[str, object], go: int) -> None:
    os.read(go, 1)  # wait until the parent has announced this child's pid
    os.close(go)
    code = 0
    try:
        workloads.TASKS[task](options, emit)
    except BaseException as error:  # reported to the parent, which fails the test
        traceback.print_exc()
        emit("failed", type(error).__name__, str(error).replace("\n", " ")[:300])
        code = 1
    sys.stderr.flush()
    os._exit(code)


def _end(pid: int) -> int:
    """Kill the child ``pid`` (a no-op if it ended), reap it and return its exit code."""
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _serve() -> None:
    pid = 0
    for line in sys.stdin:
        if line.strip() == "kill":
            if pid:
                emit("ended", pid, _end(pid))
                pid = 0
            continue
        command = json.loads(line)
        read_end, write_end = os.pipe()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(write_end)
            _child(command["task"], command["options"], read_end)
        os.close(read_end)
        emit("started", pid)
        os.write(write_end, b"g")
        os.close(write_end)
    if pid:  # the test stopped between starting a child and killing it
        _end(pid)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="warm-up-") as scratch:
        workloads.warm_up(Path(scratch))
    _serve()
