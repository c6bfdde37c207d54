"""A recognizer added by another package through the ``redactkit.recognizers`` entry point.

The "package" is the real mechanism in miniature: a module and a ``.dist-info`` folder with an
``entry_points.txt`` on ``sys.path`` (``importlib.metadata`` finds installed distributions
exactly that way). Its recognizer finds an invented identifier, ``ZEBRA-`` and four digits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from conftest import build_pdf
from redactkit.detect.registry import ENTRY_POINT_GROUP, plugin_recognizers
from redactkit.errors import ProcessingError
from redactkit.policy import load_policy

PLUGIN = '''
from presidio_analyzer import Pattern, PatternRecognizer


class ZebraRecognizer(PatternRecognizer):
    def __init__(self, supported_language="en"):
        super().__init__(supported_entity="ZEBRA_ID", name="ZebraRecognizer",
                         patterns=[Pattern("zebra", r"\\bZEBRA-\\d{4}\\b", 0.9)],
                         supported_language=supported_language)
'''

RULES = """name: zebra
extends: [police-public-release]
redact:
  ZEBRA_ID: {exemption: "(b)(7)(C)", reason: "Zebra identifier (plug-in)"}
"""


def _install(root: Path, value: str = "zebra_plugin:ZebraRecognizer") -> Path:
    """A tiny installed distribution under ``root``: the module and its dist-info."""
    root.mkdir(exist_ok=True)
    (root / "zebra_plugin.py").write_text(PLUGIN)
    info = root / "zebra_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: zebra-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\nzebra = {value}\n")
    return root


@pytest.fixture
def plugin_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = _install(tmp_path / "site")
    monkeypatch.syspath_prepend(str(root))
    return root


def test_plugin_is_discovered_through_the_entry_point(plugin_path: Path) -> None:
    recs = plugin_recognizers(load_policy())
    assert [r.name for r in recs] == ["ZebraRecognizer"]
    found = recs[0].analyze("Tag ZEBRA-4821 on the gate.", ["ZEBRA_ID"])
    assert [(r.start, r.end) for r in found] == [(4, 14)]


def test_a_broken_plugin_is_an_error_not_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _install(tmp_path / "site", value="zebra_plugin:NoSuchThing")
    monkeypatch.syspath_prepend(str(root))
    with pytest.raises(ProcessingError, match="plug-in 'zebra'"):
        plugin_recognizers(load_policy())


@pytest.mark.slow
def test_redact_command_uses_the_plugin(plugin_path: Path, tmp_path: Path) -> None:
    src = build_pdf(tmp_path / "report.pdf", ["Gate tag ZEBRA-4821 was logged by Det. Chen today."])
    rules = tmp_path / "zebra.yaml"
    rules.write_text(RULES)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(plugin_path), env.get("PYTHONPATH", "")])
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "redactkit", "redact", str(src), "-o", str(out), "--policy",
                          str(rules)], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    log = json.loads((out / "report.log.json").read_text())
    zebra = [r for r in log["redactions"] if r["entity"] == "ZEBRA_ID"]
    assert [r["text"] for r in zebra] == ["ZEBRA-4821"]
    assert zebra[0]["recognizer"] == "ZebraRecognizer"
    with pymupdf.open(out / "report.redacted.pdf") as doc:
        text = doc[0].get_text()
    assert "ZEBRA-4821" not in text and "Gate tag" in text
