#!/usr/bin/env python3
"""Independent bad-redaction check with Free Law Project's x-ray.

x-ray (PyPI ``x-ray``) pins an old PyMuPDF (1.24.14), so it never goes into the
project's own virtualenv: it lives in a separate one (``.xray-venv`` in the repo
root by default), which this script creates on first use.  The parent process
uses the standard library only and runs x-ray through that venv's python.

Usage::

    python3 tools/xray_check.py FILE_OR_DIR... [--venv PATH]

Exit codes: 0 when x-ray finds no bad redaction in any file, 1 when it finds at
least one, 2 on a setup error (venv creation, install, or x-ray failing).

As a library::

    from xray_check import check
    findings = check(["out/"])   # {"/abs/out/a.pdf": [{"page": 1, "bbox": [...], "text": "..."}], ...}
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

XRAY_REQUIREMENT = "x-ray==0.4.0"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENV = REPO_ROOT / ".xray-venv"

CAVEAT = (
    "x-ray's blind spots: it ignores boxes whose bottom edge lies in the top ~43 pt of a page "
    "(treated as headers), and it does not see redaction annotations that were never applied "
    "(/Redact annots left in the file). A clean x-ray result does not prove those areas are safe: "
    "check them separately."
)

# Runs inside the x-ray venv.  argv[1:] are PDF paths; prints one JSON object
# {path: [{"page": int, "bbox": [x0, y0, x1, y1], "text": str}, ...] | {"error": str}}.
# xray.inspect is synchronous in older releases and a coroutine in 0.4.0: handle both.
_INLINE = r"""
import asyncio, inspect, json, sys
import xray

out = {}
for path in sys.argv[1:]:
    try:
        result = xray.inspect(path)
        if inspect.isawaitable(result):
            result = asyncio.run(result)
        out[path] = [
            {"page": int(page), "bbox": [float(v) for v in item["bbox"]], "text": item["text"]}
            for page, items in sorted(result.items(), key=lambda kv: int(kv[0]))
            for item in items
        ]
    except Exception as exc:
        out[path] = {"error": f"{type(exc).__name__}: {exc}"}
sys.stdout.write(json.dumps(out))
"""


class XraySetupError(RuntimeError):
    """The x-ray venv could not be created or x-ray could not be run."""


def _venv_python(venv: Path) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def _has_xray(py: Path) -> bool:
    if not py.exists():
        return False
    probe = subprocess.run(
        [str(py), "-c", "import importlib.metadata as m, xray; print(m.version('x-ray'))"],
        capture_output=True,
        text=True,
    )
    return probe.returncode == 0 and probe.stdout.strip() == XRAY_REQUIREMENT.split("==")[1]


def _run_quiet(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise XraySetupError(f"{what} failed (exit {proc.returncode}): {' '.join(cmd)}\n{tail}")


def ensure_venv(venv: str | os.PathLike[str] | None = None) -> Path:
    """Make sure ``venv`` holds x-ray; create/install it if not. Returns the venv's python."""
    venv_path = Path(venv) if venv is not None else DEFAULT_VENV
    venv_path = venv_path.resolve()
    py = _venv_python(venv_path)
    if _has_xray(py):
        return py
    print(f"xray_check: installing {XRAY_REQUIREMENT} into {venv_path} (one-time setup)", file=sys.stderr)
    if not py.exists():
        _run_quiet([sys.executable, "-m", "venv", str(venv_path)], "creating the x-ray venv")
    _run_quiet(
        [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", XRAY_REQUIREMENT],
        f"pip install {XRAY_REQUIREMENT}",
    )
    if not _has_xray(py):
        raise XraySetupError(f"{XRAY_REQUIREMENT} still not importable from {py} after install")
    return py


def collect_pdfs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and directories (recursively) into a sorted, de-duplicated list of PDFs."""
    found: dict[Path, None] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() == ".pdf":
                    found[f.resolve()] = None
        elif p.is_file():
            found[p.resolve()] = None
        else:
            raise FileNotFoundError(f"no such file or directory: {raw}")
    return list(found)


def check(
    paths: Iterable[str | os.PathLike[str]], venv: str | os.PathLike[str] | None = None
) -> dict[str, list]:
    """Run x-ray on every PDF under ``paths``.

    Returns ``{absolute_pdf_path: [finding, ...]}`` with one entry per PDF (an
    empty list means x-ray found nothing).  Each finding is
    ``{"page": int (1-based), "bbox": [x0, y0, x1, y1] (PDF points, top-left origin),
    "text": str (the text still readable under the box)}``.

    Raises ``XraySetupError`` if the venv cannot be set up or x-ray fails on a
    file, ``FileNotFoundError`` for a missing path.  See ``CAVEAT`` for what
    x-ray cannot see.
    """
    pdfs = collect_pdfs(paths)
    if not pdfs:
        return {}
    py = ensure_venv(venv)
    proc = subprocess.run(
        [str(py), "-c", _INLINE, *map(str, pdfs)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise XraySetupError(f"x-ray subprocess failed (exit {proc.returncode}):\n{tail}")
    try:
        raw = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise XraySetupError(f"x-ray subprocess printed non-JSON output: {proc.stdout[:500]!r}") from exc
    errors = {p: r["error"] for p, r in raw.items() if isinstance(r, dict)}
    if errors:
        detail = "\n".join(f"  {p}: {e}" for p, e in errors.items())
        raise XraySetupError(f"x-ray could not inspect {len(errors)} file(s):\n{detail}")
    return {str(p): raw[str(p)] for p in pdfs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="xray_check.py",
        description="Run Free Law Project's x-ray (bad-redaction finder) on PDFs, in its own venv.",
        epilog=f"CAVEAT: {CAVEAT}  Exit codes: 0 = no bad redactions, 1 = bad redactions found, "
        "2 = setup error.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR", help="PDF files or directories (searched recursively)"
    )
    parser.add_argument(
        "--venv",
        default=None,
        help=f"virtualenv holding {XRAY_REQUIREMENT}; created if missing (default: {DEFAULT_VENV})",
    )
    args = parser.parse_args(argv)

    try:
        results = check(args.paths, venv=args.venv)
    except (XraySetupError, FileNotFoundError, OSError) as exc:
        print(f"xray_check: error: {exc}", file=sys.stderr)
        return 2
    if not results:
        print("xray_check: error: no PDF files found in the given paths", file=sys.stderr)
        return 2

    total = 0
    bad_files = 0
    for path, findings in results.items():
        total += len(findings)
        if findings:
            bad_files += 1
            print(f"BAD  {path}: {len(findings)} bad redaction(s)")
            for f in findings:
                bbox = ", ".join(f"{v:.1f}" for v in f["bbox"])
                print(f"       page {f['page']} [{bbox}]: {f['text']!r}")
        else:
            print(f"ok   {path}")
    print(f"x-ray: {total} bad redaction(s) in {bad_files} of {len(results)} file(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
