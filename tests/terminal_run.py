"""Running the command with one of its streams on a pseudo-terminal, as a person at a terminal
would see it (colour, a progress bar), for the terminal tests."""

from __future__ import annotations

import os
import pty
import subprocess
import sys


def on_a_terminal(
    args: list[str], stream: str = "stdout", env: dict[str, str] | None = None, timeout: float = 300
) -> tuple[int, bytes]:
    """Exit status and what reached the terminal; the other stream is discarded."""
    leader, follower = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    streams[stream] = follower
    proc = subprocess.Popen([sys.executable, "-m", "discrepancy", *args], stdin=subprocess.DEVNULL, env=env, **streams)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's far end closed
            break
        if not chunk:
            break
        out += chunk
    code = proc.wait(timeout=timeout)
    os.close(leader)
    return code, out
