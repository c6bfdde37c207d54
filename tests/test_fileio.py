"""Atomic writes: nothing under the final name until done; temp files of killed writers cleaned."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from redactkit._fileio import atomic_path, remove_stale_parts


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    final = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError):
        with atomic_path(final) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []


def test_stale_parts_of_dead_writers_are_removed_others_kept(tmp_path: Path) -> None:
    host = socket.gethostname().replace(".", "_")
    final = tmp_path / "a [1].redacted.pdf"  # glob metacharacters in the name
    dead = tmp_path / f".{final.name}.{host}-{_dead_pid()}.ab12.part"
    live = tmp_path / f".{final.name}.{host}-{os.getppid()}.cd34.part"
    remote = tmp_path / f".{final.name}.otherhost-{_dead_pid()}.ef56.part"
    other_doc = tmp_path / f".b.redacted.pdf.{host}-{_dead_pid()}.gh78.part"
    for p in (dead, live, remote, other_doc):
        p.write_bytes(b"x")
    with atomic_path(final) as tmp:
        assert tmp.name.startswith(f".{final.name}.{host}-{os.getpid()}.")
        tmp.write_bytes(b"done")
    assert final.read_bytes() == b"done"
    assert not dead.exists()
    assert live.exists() and remote.exists() and other_doc.exists()
    assert remove_stale_parts(final) == 0
