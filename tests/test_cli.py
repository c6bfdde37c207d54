"""The command line: exit codes, per-document failure isolation, help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from redactkit.cli import main


def _pdf(path: Path, text: str = "The witness Maria Gutierrez called (217) 555-0143.") -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), text, fontsize=11)
    doc.save(path)
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redactkit", *args], capture_output=True, text=True)


def test_help_lists_commands() -> None:
    out = _run("--help")
    assert out.returncode == 0
    for word in ("redact", "rules"):
        assert word in out.stdout
    out = _run("redact", "--help")
    assert "--policy" in out.stdout and "--output" in out.stdout


def test_good_and_bad_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One bad file fails with exit 1 but the good one is still redacted and verified."""
    inp = tmp_path / "in"
    inp.mkdir()
    _pdf(inp / "good.pdf")
    (inp / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (inp / "empty.pdf").write_bytes(b"")
    code = main(["redact", str(inp), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert (tmp_path / "out" / "good.redacted.pdf").exists()
    assert (tmp_path / "out" / "good.log.json").exists()
    assert not (tmp_path / "out" / "broken.redacted.pdf").exists()
    assert not (tmp_path / "out" / "empty.redacted.pdf").exists()
    assert "broken.pdf" in err and "empty.pdf" in err and "1 of 3" in err


def test_all_good_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["redact", str(_pdf(tmp_path / "a.pdf")), "-o", str(tmp_path / "out"), "-q"])
    assert code == 0
    assert capsys.readouterr().err == ""
    with pymupdf.open(tmp_path / "out" / "a.redacted.pdf") as doc:
        assert "Gutierrez" not in doc[0].get_text()


def test_bad_rule_file_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text("name: x\nredact:\n  PERSON:\n    exemption: (b)(6)\n    reasn: typo\n")
    src = _pdf(tmp_path / "a.pdf")
    code = main(["redact", str(src), "-o", str(tmp_path / "out"), "--policy", str(rules)])
    err = capsys.readouterr().err
    assert code == 2
    assert "bad.yaml:3" in err and "redact.PERSON" in err
    assert not (tmp_path / "out").exists()


def test_missing_policy_file_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["redact", str(_pdf(tmp_path / "a.pdf")), "-o", str(tmp_path / "o"),
                 "--policy", str(tmp_path / "nope.yaml")])
    assert code == 2
    assert "nope.yaml" in capsys.readouterr().err


def test_no_inputs_exit_two(tmp_path: Path) -> None:
    (tmp_path / "empty_dir").mkdir()
    assert main(["redact", str(tmp_path / "empty_dir"), "-o", str(tmp_path / "o")]) == 2


def test_output_folder_must_differ_from_input(tmp_path: Path) -> None:
    src = _pdf(tmp_path / "a.pdf")
    assert main(["redact", str(src), "-o", str(tmp_path)]) == 2


def test_rules_check_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list"]) == 0
    listed = capsys.readouterr().out.split()
    assert "police-public-release" in listed and "full-anonymization" in listed
    assert main(["rules", "check", "police-public-release"]) == 0
    assert "PERSON" in capsys.readouterr().out


def test_quiet_offline_start(tmp_path: Path) -> None:
    """No download attempt (tldextract's suffix list), no cache write, no start-up noise."""
    import os

    src = _pdf(tmp_path / "a.pdf", "Email the witness at maria.g@example.com or call (217) 555-0143.")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "redactkit", "redact", str(src), "-o", str(tmp_path / "o")],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "cache" / "python-tldextract").exists()
    assert "Traceback" not in out.stderr
    assert "WARNING" not in out.stderr.upper().replace("WARNINGS", "")
    with pymupdf.open(tmp_path / "o" / "a.redacted.pdf") as doc:
        assert "maria.g@example.com" not in doc[0].get_text()
