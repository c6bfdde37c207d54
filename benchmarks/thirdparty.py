"""Real-world PDFs from public test suites: how many are verified, withheld or crash.

Run: ``.venv/bin/python benchmarks/thirdparty.py [--limit N] [--json results.json]``

The files are not in this repository (their licences vary); ``thirdparty_manifest.json``
names each one by repository, commit, path and SHA-256. They are read from local git
snapshots of those repositories: ``$REDACTKIT_MIRROR/<owner>+<name>/repo`` (default
``/work/.mirror``), a bare git directory such as the project's ``fetch`` tool or
``git clone --mirror`` leaves. A file whose snapshot is absent, or whose bytes no longer
match the manifest's hash, is counted as *absent* and said so plainly; when every file
is absent the script says how to get them and exits 0.

Each file goes through ``Redactor.redact`` (police-public-release, default settings) in a
worker process, one file at a time, and ends in exactly one of:

* **verified**: an output was written and passed verification;
* **fail-closed**: verification refused the output (``VerificationError``; exit 3);
* **typed error**: another ``RedactkitError`` (encrypted, damaged, unsupported...);
* **crash**: any other exception, a dead worker, or the per-file time limit.

The time limit is CPU time (``CPU_LIMIT`` seconds of the worker's own CPU per file, enforced
with ``RLIMIT_CPU``), so a slow file on a loaded machine is not counted as a crash; a much
longer wall-clock limit (``WALL_LIMIT``) only catches a worker that hangs without using CPU.

Targets (issue 12): 0 crashes; fail-closed under 5 %.

``--make-manifest`` rebuilds the manifest from the snapshots (a fixed, seeded sample).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "thirdparty_manifest.json"
SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
#: (repository, folder, how many to sample (None: all), largest file taken in bytes)
SOURCES = [
    ("ocrmypdf/OCRmyPDF", "tests/resources", None, 3_000_000),
    ("mozilla/pdf.js", "test/pdfs", 100, 1_000_000),
]
CPU_LIMIT = 180
WALL_LIMIT = 900.0
_REDACTOR: Any = None


def _mirror_root() -> Path:
    return Path(os.environ.get("REDACTKIT_MIRROR", "/work/.mirror"))


def _git_dir(repo: str) -> Path:
    return _mirror_root() / repo.replace("/", "+") / "repo"


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout


def make_manifest() -> list[dict[str, object]]:
    """Sample the snapshots into manifest entries (deterministic for the same snapshots)."""
    entries: list[dict[str, object]] = []
    for repo, folder, count, max_bytes in SOURCES:
        gd = _git_dir(repo)
        commit = _git(gd, "rev-parse", "HEAD").decode().strip()
        listing = _git(gd, "ls-tree", "-r", "-l", "HEAD", folder).decode().splitlines()
        files = []
        for line in listing:
            meta, path = line.split("\t", 1)
            size = meta.split()[3]
            if path.lower().endswith(SUFFIXES) and size.isdigit() and int(size) <= max_bytes:
                files.append(path)
        files.sort()
        if count is not None and len(files) > count:
            files = sorted(random.Random(12).sample(files, count))
        for path in files:
            data = _git(gd, "cat-file", "blob", f"{commit}:{path}")
            entries.append({"repo": repo, "commit": commit, "path": path,
                            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
    return entries


def _materialise(entries: list[dict[str, object]], into: Path) -> tuple[list[tuple[dict, Path]], int]:
    present: list[tuple[dict, Path]] = []
    absent = 0
    for i, e in enumerate(entries):
        gd = _git_dir(str(e["repo"]))
        try:
            data = _git(gd, "cat-file", "blob", f"{e['commit']}:{e['path']}")
        except (subprocess.CalledProcessError, FileNotFoundError):
            absent += 1
            continue
        if hashlib.sha256(data).hexdigest() != e["sha256"]:
            absent += 1
            continue
        # Keep the suffix (it picks the reader) and make names unique across repositories.
        dst = into / f"{i:04d}_{Path(str(e['path'])).name}"
        dst.write_bytes(data)
        present.append((e, dst))
    return present, absent


def _redact_one(src: str, dst: str) -> tuple[str, str]:
    """Worker: redact one file; the outcome class and a one-line detail."""
    import resource

    from redactkit.errors import RedactkitError, VerificationError

    # The worker is reused, so its CPU budget is what it has used so far plus this file's limit;
    # going over it sends SIGXCPU, which ends the worker (counted as a crash by the caller).
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = usage.ru_utime + usage.ru_stime
    resource.setrlimit(resource.RLIMIT_CPU, (int(spent) + CPU_LIMIT + 1, resource.RLIM_INFINITY))
    global _REDACTOR
    if _REDACTOR is None:  # one engine per worker process, loaded on its first file
        from redactkit import Redactor

        _REDACTOR = Redactor()
    try:
        log = _REDACTOR.redact(src, dst)
    except VerificationError as exc:
        return "fail-closed", str(exc)[:300]
    except RedactkitError as exc:
        return "typed error", f"{type(exc).__name__}: {str(exc)[:240]}"
    except Exception as exc:  # noqa: BLE001 - the point is to count these
        return "crash", f"{type(exc).__name__}: {str(exc)[:240]}"
    return "verified", f"{log.source['pages']} page(s), {len(log.redactions)} redaction(s)"


def run(present: list[tuple[dict, Path]], out: Path) -> list[dict[str, object]]:
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired, ProcessPool

    results: list[dict[str, object]] = []
    with ProcessPool(max_workers=1) as pool:
        for n, (entry, path) in enumerate(present, 1):
            t = time.perf_counter()
            fut = pool.schedule(_redact_one, args=(str(path), str(out / f"{path.stem}.redacted.pdf")),
                                timeout=WALL_LIMIT)
            try:
                outcome, detail = fut.result()
            except FutureTimeout:
                outcome, detail = "crash", f"hung: over the {WALL_LIMIT:.0f} s wall-clock limit"
            except ProcessExpired as exc:
                if getattr(exc, "exitcode", None) == -signal.SIGXCPU:
                    outcome, detail = "crash", f"over the {CPU_LIMIT} s CPU limit"
                else:
                    outcome, detail = "crash", f"worker died: {exc}"
            except Exception as exc:  # noqa: BLE001
                outcome, detail = "crash", f"{type(exc).__name__}: {exc}"
            secs = time.perf_counter() - t
            results.append({**entry, "outcome": outcome, "detail": detail, "seconds": round(secs, 2)})
            print(f"[{n}/{len(present)}] {outcome:12s} {entry['repo']}:{entry['path']} "
                  f"({secs:.1f} s) {detail[:140]}", flush=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--make-manifest", action="store_true", help="rebuild the manifest from the snapshots")
    ap.add_argument("--limit", type=int, default=None, help="only the first N present files")
    ap.add_argument("--json", type=Path, default=None, help="write per-file results here")
    args = ap.parse_args()
    if args.make_manifest:
        entries = make_manifest()
        MANIFEST.write_text(json.dumps(entries, indent=1) + "\n")
        print(f"wrote {MANIFEST} ({len(entries)} files)")
        return 0
    entries = json.loads(MANIFEST.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp, "in"), Path(tmp, "out")
        inp.mkdir()
        out.mkdir()
        present, absent = _materialise(entries, inp)
        repos = sorted({str(e["repo"]) for e in entries})
        if not present:
            print(f"All {len(entries)} third-party files are absent: no snapshot of {', '.join(repos)} "
                  f"under {_mirror_root()} (set REDACTKIT_MIRROR). Nothing was measured.")
            return 0
        if args.limit:
            present = present[: args.limit]
        results = run(present, out)
    tally = Counter(str(r["outcome"]) for r in results)
    total = len(results)
    print(f"\n{total} files run ({absent} absent of {len(entries)} in the manifest)")
    for k in ("verified", "fail-closed", "typed error", "crash"):
        print(f"  {k:12s} {tally.get(k, 0):4d}  ({tally.get(k, 0) / total:.1%})")
    typed = Counter(str(r["detail"]).split(":")[0] for r in results if r["outcome"] == "typed error")
    if typed:
        print("  typed errors: " + ", ".join(f"{k} {v}" for k, v in typed.most_common()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
