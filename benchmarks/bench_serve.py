"""Review server speed: decision latency with 20 reviewers at once, and the 500-document packet index.

Run: ``.venv/bin/python benchmarks/bench_serve.py [--docs 500] [--reviewers 20] [--requests 50]``
(or ``benchmarks/bench_review.py --server ...``).

Proposes one generated report for real, copies its bundle to ``--docs`` documents (the
server reads only the plan files and review pages, so copies are as good as distinct
proposals), starts ``redactkit serve`` as its own process (uvicorn, SQLite state in the
folder, WAL + synchronous=NORMAL; ``--durable``: synchronous=FULL, an fsync per commit), and then:

* **index**: ``GET /`` of the whole packet: the first time after the first start of a packet
  whose ``index.json`` ``propose`` wrote (summaries validated by plan mtime and size), and, as
  the peer in the same run, of a copy without it (every plan read); then the median of 10
  more (summaries cached), and the first after a restart (summaries from the state file);
  target < 1 s;
* **decisions**: ``--reviewers`` threads, each signed in as its own user on its own
  document, each sending ``--requests`` ``PUT .../decisions/{id}`` (accept/reject in turn);
  p50/p95/max latency; target p95 < 100 ms;
* **peer**: the same threads sending ``GET /signin`` (no database, no lock), in the same
  run, so the decision latency can be read as a ratio on a loaded machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_born_digital import make_pdf  # noqa: E402


def _packet(tmp: Path, docs: int) -> Path:
    from redactkit import Redactor
    from redactkit.review import propose_bundle

    src = tmp / "src" / "report.pdf"
    src.parent.mkdir(parents=True)
    make_pdf(src, 2)
    review = tmp / "review"
    propose_bundle(Redactor(), src, review)
    for i in range(docs):
        stem = f"doc{i:04d}"
        for kind in ("plan.json", "review.html", "proposed.pdf", "log.json", "diff.txt"):
            shutil.copyfile(review / f"report.{kind}", review / f"{stem}.{kind}")
    for kind in ("plan.json", "review.html", "proposed.pdf", "log.json", "diff.txt"):
        (review / f"report.{kind}").unlink()
    return review


def _start(review: Path, durable: bool = False) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "redactkit", "serve", str(review), "--port", str(port),
                             "-q", *(["--durable"] if durable else [])], env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/signin", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def _signin(base: str, name: str) -> tuple[httpx.Client, str]:
    c = httpx.Client(base_url=base, timeout=30)
    pre = re.search(r'name="csrf" value="([^"]+)"', c.get("/signin").text)
    assert pre
    c.post("/signin", data={"csrf": pre.group(1), "name": name})
    m = re.search(r'"csrf": "([^"]+)"', c.get("/docs/doc0000").text)
    assert m, "no review page"
    return c, m.group(1)


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def _stats(xs: list[float]) -> dict[str, float]:
    return {"n": len(xs), "p50_ms": round(_pct(xs, 50) * 1000, 2), "p95_ms": round(_pct(xs, 95) * 1000, 2),
            "max_ms": round(max(xs) * 1000, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--reviewers", type=int, default=20)
    ap.add_argument("--requests", type=int, default=50, help="decision requests per reviewer")
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds a reviewer waits between decisions (0: as fast as the server answers)")
    ap.add_argument("--durable", action="store_true", help="serve with --durable (an fsync per commit)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        review = _packet(Path(tmp), args.docs)
        ids = [r["id"] for r in json.loads((review / "doc0000.plan.json").read_text())["plan"]["redactions"]]
        from redactkit.review.packet_index import write_packet_index

        indexed = Path(tmp) / "review_indexed"
        shutil.copytree(review, indexed)
        write_packet_index(indexed)  # what 'redactkit propose' leaves: index.html + index.json
        proc, base = _start(indexed)
        try:
            admin, _ = _signin(base, "admin")
            t = time.perf_counter()
            first = admin.get("/")
            index_cold_summary = time.perf_counter() - t  # first start, summaries from index.json
            assert first.status_code == 200 and first.text.count("<tr>") == args.docs + 1
        finally:
            proc.terminate()
            proc.wait(10)
        proc, base = _start(review)
        admin, _ = _signin(base, "admin")
        t = time.perf_counter()
        first = admin.get("/")
        index_first = time.perf_counter() - t  # every plan read (first start, no index.json)
        assert first.status_code == 200 and first.text.count("<tr>") == args.docs + 1
        warm = []
        for _ in range(10):
            t = time.perf_counter()
            admin.get("/")
            warm.append(time.perf_counter() - t)
        time.sleep(2)  # the background summary of the plans is saved in the state file
        proc.terminate()
        proc.wait(10)
        proc, base = _start(review, args.durable)  # a restart: the index comes from the saved summaries
        try:
            admin, _ = _signin(base, "admin")
            t = time.perf_counter()
            again = admin.get("/")
            index_restart = time.perf_counter() - t
            assert again.text.count("<tr>") == args.docs + 1
            clients = [_signin(base, f"reviewer{i:02d}") for i in range(args.reviewers)]
            put_lat: list[float] = []
            peer_lat: list[float] = []
            errors: list[str] = []
            mutex = threading.Lock()

            def reviewer(i: int) -> None:
                c, csrf = clients[i]
                doc = f"doc{i + 1:04d}"
                mine, peers = [], []
                for n in range(args.requests):
                    rid = ids[n % len(ids)]
                    item = {"id": rid, "action": "accept" if n % 2 else "reject", "note": f"n{n}"}
                    t0 = time.perf_counter()
                    r = c.put(f"/api/docs/{doc}/decisions/{rid}", json=item, headers={"X-CSRF-Token": csrf})
                    mine.append(time.perf_counter() - t0)
                    if r.status_code != 200:
                        errors.append(f"{doc}: {r.status_code} {r.text[:100]}")
                    time.sleep(args.think / 2)
                    t0 = time.perf_counter()
                    c.get("/signin")
                    peers.append(time.perf_counter() - t0)
                    time.sleep(args.think / 2)
                with mutex:
                    put_lat.extend(mine)
                    peer_lat.extend(peers)

            threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(args.reviewers)]
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            wall = time.perf_counter() - t
        finally:
            proc.terminate()
            proc.wait(10)
    put, peer = _stats(put_lat), _stats(peer_lat)
    result = {
        "docs": args.docs,
        "index_first_start_with_index_json_s": round(index_cold_summary, 3),
        "index_first_start_no_index_json_s": round(index_first, 3),
        "index_warm_median_s": round(statistics.median(warm), 3),
        "index_first_after_restart_s": round(index_restart, 3),
        "reviewers": args.reviewers,
        "think_s": args.think,
        "durable": args.durable,
        "decision_put": put,
        "peer_get_signin": peer,
        "p95_ratio_put_to_peer": round(put["p95_ms"] / max(peer["p95_ms"], 1e-6), 2),
        "decisions_per_s": round(len(put_lat) / wall, 1),
        "errors": errors[:5],
        "targets": {"index_first_start_lt_1s": index_cold_summary < 1.0,
                    "index_warm_lt_1s": statistics.median(warm) < 1.0,
                    "index_after_restart_lt_1s": index_restart < 1.0,
                    "p95_put_lt_100ms": put["p95_ms"] < 100},
    }
    print(json.dumps(result, indent=2))
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
