"""Running the command with one of its streams on a pseudo-terminal, as a person at a terminal
would see it (colour, a progress bar), for the terminal tests."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

_MAIN_WITH_PROGRESS_AFTER = "from discrepancy import cli; from discrepancy.cli import terminal; terminal.PROGRESS_AFTER = {!r}; cli.main(prog_name='discrepancy')"


def on_a_terminal(
    args: list[str],
    stream: str = "stdout",
    env: dict[str, str] | None = None,
    timeout: float = 300,
    progress_after: float | None = None,
) -> tuple[int, bytes]:
    """Exit status and what reached the terminal; the other stream is discarded. ``progress_after``
    sets the seconds after which the command draws its progress bar (its own default if None)."""
    leader, follower = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    streams[stream] = follower
    command = [sys.executable, "-m", "discrepancy"]
    if progress_after is not None:
        command[1:] = ["-c", _MAIN_WITH_PROGRESS_AFTER.format(progress_after)]
    proc = subprocess.Popen([*command, *args], stdin=subprocess.DEVNULL, env=env, **streams)
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
