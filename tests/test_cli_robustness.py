"""The CLI never ends in a traceback: bad -o, crashing documents, image inputs in review, time limits.

- An unusable ``-o`` (an existing file, under ``/proc``, under a file) exits 7 before any
  document is read; ``-o -`` exits 2 and asks for a folder.
- An unexpected exception in one document fails that document with one line (type,
  message, file); the others are done; the traceback only with ``-v``.
- ``propose`` then ``apply`` work for JPEG and TIFF inputs (real Tesseract).
- ``batch`` takes the shared settings flags and passes them to its engine and pool.
- ``--timeout`` stops a document stuck in a call no signal can interrupt, by killing its
  worker process; nothing is written for it and the next document is done.
- ``redactkit --help`` and ``--version`` print what the full parser prints, without importing
  the command modules (or PyMuPDF under them).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactkit import _entry
from redactkit.cli import build_parser, main

TEXT = "Victim: Maria Gutierrez called (217) 555-0143."


def _pdf(path: Path, text: str = TEXT) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), text, fontsize=11)
    doc.save(path)
    doc.close()
    return path


# --------------------------------------------------------------------------- -o problems


@pytest.mark.parametrize("command", ["redact", "propose", "batch"])
def test_existing_file_as_output_exits_7(command: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src_dir = tmp_path / "in"
    src_dir.mkdir()
    src = _pdf(src_dir / "a.pdf")
    target = tmp_path / "taken.txt"
    target.write_text("not a folder")
    args = [command, str(src_dir if command == "batch" else src), "-o", str(target)]
    assert main(args) == 7
    err = capsys.readouterr().err
    assert "taken.txt" in err and "not a folder" in err and "Traceback" not in err
    assert target.read_text() == "not a folder"


@pytest.mark.parametrize("where", ["proc", "under_file", "proc_dir"])
def test_unwritable_output_exits_7(where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _pdf(tmp_path / "a.pdf")
    (tmp_path / "file").write_text("x")
    out = {"proc": "/proc/redactkit-out", "under_file": str(tmp_path / "file" / "out"),
           "proc_dir": "/proc/self"}[where]
    assert main(["redact", str(src), "-o", out]) == 7
    err = capsys.readouterr().err
    assert "output folder" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["redact", "propose", "batch", "index"])
def test_dash_output_refused(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    src = _pdf(tmp_path / "a.pdf")
    (tmp_path / "a.log.json").write_text("{}")
    arg = {"batch": str(tmp_path), "index": str(tmp_path / "a.log.json")}.get(command, str(src))
    code = main([command, arg, "-o", "-"])
    err = capsys.readouterr().err
    assert code == 2
    if command != "index":  # index reads its logs first; this one is unreadable (also exit 2)
        assert "give a folder" in err
    assert not (tmp_path / "-").exists()


# --------------------------------------------------------------------------- crash isolation


def test_unexpected_error_fails_one_document_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import redactkit.api as ingest_mod  # patched where api looks it up

    files = [_pdf(tmp_path / f"{n}.pdf") for n in ("a", "b", "c")]
    real = ingest_mod.ingest

    def faulty(path: Any, **kwargs: Any) -> Any:
        if Path(path).name == "b.pdf":
            raise RuntimeError("injected fault\nsecond line")
        return real(path, **kwargs)

    monkeypatch.setattr(ingest_mod, "ingest", faulty)
    out = tmp_path / "out"
    assert main(["redact", *map(str, files), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert (out / "a.redacted.pdf").exists() and (out / "c.redacted.pdf").exists()
    assert not (out / "b.redacted.pdf").exists()
    lines = [ln for ln in err.splitlines() if "FAILED" in ln]
    assert len(lines) == 1 and "b.pdf" in lines[0] and "RuntimeError: injected fault second line" in lines[0]
    assert "Traceback" not in err and "2 of 3" in err
    out2 = tmp_path / "out2"
    assert main(["redact", *map(str, files), "-o", str(out2), "-v"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in faulty" in err
    assert (out2 / "c.redacted.pdf").exists()


def test_unexpected_error_in_propose_and_apply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import redactkit.batch.tasks as review_mod  # patched where the batch task looks it up

    files = [_pdf(tmp_path / f"{n}.pdf") for n in ("a", "b")]
    real = review_mod.write_bundle

    def faulty(document: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(document.path).name == "a.pdf":
            raise KeyError("boom")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(review_mod, "write_bundle", faulty)
    review = tmp_path / "review"
    assert main(["propose", *map(str, files), "-o", str(review), "-q"]) == 1
    err = capsys.readouterr().err
    assert "KeyError" in err and "a.pdf" in err and "Traceback" not in err
    assert (review / "b.plan.json").exists() and not (review / "a.plan.json").exists()
    monkeypatch.undo()
    import redactkit.batch.tasks as decisions_mod  # patched where the batch task looks it up

    monkeypatch.setattr(decisions_mod, "apply_review", lambda *a, **k: 1 / 0)
    assert main(["apply", str(review), "-o", str(tmp_path / "rel"), "--accept-unreviewed"]) == 1
    assert "ZeroDivisionError" in capsys.readouterr().err


# --------------------------------------------------------------------------- image inputs


def _image(path: Path, fmt: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 120), "Victim: Maria Gutierrez", fontsize=16)
    page.insert_text((72, 160), "Offense: Burglary", fontsize=16)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    from PIL import Image

    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img.save(path, format=fmt, dpi=(200, 200))
    return path


def test_propose_and_apply_jpeg_and_tiff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jpg = _image(tmp_path / "scan.jpg", "JPEG")
    tif = _image(tmp_path / "fax.tif", "TIFF")
    review, release = tmp_path / "review", tmp_path / "release"
    assert main(["propose", str(jpg), str(tif), "-o", str(review)]) == 0, capsys.readouterr().err
    for stem in ("scan", "fax"):
        with pymupdf.open(review / f"{stem}.proposed.pdf") as doc:
            assert doc.page_count == 1
        assert "data:image/png;base64," in (review / f"{stem}.review.html").read_text()
        plan = json.loads((review / f"{stem}.plan.json").read_text())
        assert any("Gutierrez" in r["text"] for r in plan["plan"]["redactions"])
    assert main(["apply", str(review), "-o", str(release), "--accept-unreviewed"]) == 0, \
        capsys.readouterr().err
    for stem in ("scan", "fax"):
        log = json.loads((release / f"{stem}.log.json").read_text())
        assert log["verification"]["passed"]
        with pymupdf.open(release / f"{stem}.redacted.pdf") as doc:
            assert "Gutierrez" not in doc[0].get_text()


# --------------------------------------------------------------------------- batch settings


def test_batch_takes_the_shared_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         shared_redactor: Any) -> None:
    import redactkit.batch as batch_mod
    from redactkit.cli._common import settings_from_args
    from redactkit.policy import load_policy

    argv = ["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--timeout", "30", "--ocr-dpi", "200",
            "--reocr", "page", "--raster-dpi", "150", "--no-searchable", "--no-labels", "--policy",
            "full-anonymization", "--allow-repaired"]
    s = settings_from_args(build_parser().parse_args(argv))
    assert (s.timeout, s.ocr_dpi, s.reocr, s.raster_dpi, s.searchable, s.label_boxes, s.policy,
            s.allow_repaired) == (30.0, 200, "page", 150, False, False, "full-anonymization", True)
    seen: dict[str, Any] = {}

    def fake_run_batch(items: Any, opts: Any, **kwargs: Any) -> Any:
        seen["opts"] = opts
        raise KeyboardInterrupt

    _pdf(tmp_path / "a.pdf")
    monkeypatch.setattr("redactkit.cli.batch.run_batch", fake_run_batch)  # where the command looks it up
    assert main([a for a in argv if a != "--allow-repaired"]) == 130
    opts = seen["opts"]
    assert opts.settings == s.__class__(**{**s.__dict__, "allow_repaired": False})
    assert opts.policy == "full-anonymization"
    pool = batch_mod.make_executor(opts)
    assert isinstance(pool, batch_mod.LocalPoolExecutor) and pool.timeout == 30.0
    engine = batch_mod.Engine(opts.settings, detector=shared_redactor.detector)
    r = engine.redactor(load_policy("full-anonymization"))
    assert (r.ocr.dpi, r.reocr, r.raster_dpi, r.searchable, r.label_boxes, r.timeout) == (
        200, "page", 150, False, False, 30.0)
    assert r.settings.ocr_dpi == 200


def test_bad_setting_values_are_usage_errors(tmp_path: Path) -> None:
    src = str(_pdf(tmp_path / "a.pdf"))
    for bad in (["--ocr-dpi", "0"], ["--timeout", "-1"], ["--reocr", "x"]):
        with pytest.raises(SystemExit) as exc:  # argparse: exit 2
            main(["redact", src, "-o", str(tmp_path / "o"), *bad])
        assert exc.value.code == 2
    assert main(["redact", src, "-o", str(tmp_path / "o"), "--ocr-dpi", "5000"]) == 2  # RedactSettings


def test_verbose_and_quiet_on_either_side_of_the_command() -> None:
    p = build_parser()
    assert p.parse_args(["-v", "diff", "a", "b"]).verbose is True
    assert p.parse_args(["redact", "a", "-o", "o", "-v"]).verbose is True
    assert p.parse_args(["batch", "a", "-o", "o", "-q"]).quiet is True
    assert p.parse_args(["redact", "a", "-o", "o"]).verbose is False


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--version"]])
def test_entry_answers_help_and_version_as_the_full_parser(argv: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as quick:
        _entry.main(argv)
    quick_out = capsys.readouterr().out
    with pytest.raises(SystemExit) as full:
        main(argv)
    assert quick.value.code == full.value.code == 0
    assert quick_out == capsys.readouterr().out
    assert "redactkit" in quick_out


def test_entry_help_imports_no_command_module() -> None:
    code = ("import sys\nfrom redactkit._entry import main\nfor argv in (['--help'], ['--version']):\n"
            "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
            "print(sorted(m for m in sys.modules\n"
            "             if m in ('pymupdf', 'numpy') or m.startswith('redactkit.cli')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_entry_runs_other_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert _entry.main(["rules", "list"]) == 0
    assert "police-public-release" in capsys.readouterr().out


def test_help_epilog_has_the_exit_code_table(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for line in ("0  every document redacted", "7  the output folder cannot", "130  Ctrl-C"):
        assert line in out
    assert "-v, --verbose" in out and "-q, --quiet" in out


# --------------------------------------------------------------------------- time limit


@pytest.mark.slow
def test_timeout_kills_a_document_stuck_in_a_native_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    import faults
    import redactkit.batch.executors as batch_mod  # the pool looks worker_run up in its own module

    limit = 6.0
    stuck = _pdf(tmp_path / "stuck.pdf")
    good = _pdf(tmp_path / "good.pdf")
    out = tmp_path / "out"
    monkeypatch.setattr(batch_mod, "worker_run", faults.stuck_in_burn)  # the pool's task function
    reported: dict[str, float] = {}
    real_map = batch_mod.LocalPoolExecutor.map_unordered

    def timed(self: Any, tasks: Any) -> Any:
        for res in real_map(self, tasks):
            reported[Path(res.doc_id).name] = time.time()
            yield res

    monkeypatch.setattr(batch_mod.LocalPoolExecutor, "map_unordered", timed)
    alarm_before = signal.getsignal(signal.SIGALRM)
    code = main(["redact", str(stuck), str(good), "-o", str(out), "--timeout", str(limit)])
    err = capsys.readouterr().err
    assert code == 1, err
    # the worker hung after burn wrote its temporary output; it was killed at the limit
    stuck_at = float((out / "stuck.redacted.pdf.stuck-at").read_text())
    waited = reported["stuck.pdf"] - stuck_at
    print(f"stuck document failed {waited:.2f} s after it hung (limit {limit:g} s)")
    assert 0 < waited < limit + 3
    assert "per-document limit" in err and "stuck.pdf" in err and "Traceback" not in err
    failed = [ln for ln in err.splitlines() if "] FAILED" in ln]
    assert len(failed) == 1 and "stuck.pdf" in failed[0]
    # the next document was done by a fresh worker; nothing of the stuck one is left
    assert reported["good.pdf"] > reported["stuck.pdf"]
    assert (out / "good.redacted.pdf").exists() and (out / "good.log.json").exists()
    assert not (out / "stuck.redacted.pdf").exists() and not (out / "stuck.log.json").exists()
    assert not list(out.glob(".*.part"))
    assert signal.getsignal(signal.SIGALRM) is alarm_before
