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
    # the typo first, not the "missing" key it causes
    assert "bad.yaml:5" in err and "unknown key 'reasn'" in err
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
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert {"police-public-release", "full-anonymization"} <= set(rows)
    # each profile is listed with its description, not the bare name
    assert "officers" in rows["police-public-release"].lower()
    assert len(rows["full-anonymization"].split()) > 3
    assert main(["rules", "check", "police-public-release"]) == 0
    assert "PERSON" in capsys.readouterr().out


def test_rules_check_reports_every_problem_unknown_keys_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt key also leaves its real key "missing"; the typo is listed first, every other
    problem after it, and the next file is still checked."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: invented\nextends: [base]\nredact:\n  US_SSN:\n    exemptoin: \"(b)(6)\"\n"
                   "    reason: privacy\nthreshhold: 0.4\n", encoding="utf-8")
    assert main(["rules", "check", str(bad), "police-public-release"]) == 2
    out = capsys.readouterr().out
    report = out[: out.index("== police-public-release")]
    lines = [ln.strip() for ln in report.splitlines()[1:]]
    assert len(lines) == 3, report
    assert "unknown key 'exemptoin'" in lines[0] and f"{bad}:5" in lines[0]
    assert "unknown key 'threshhold'" in lines[1] and f"{bad}:7" in lines[1]
    assert "missing required key 'exemption'" in lines[2]
    assert "== police-public-release: OK" in out


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
