"""The same packet through the local process pool and a Dask LocalCluster gives identical logs.

Identical apart from ``created`` and ``timings`` — and the output's SHA-256, because PyMuPDF
writes a random trailer ``/ID`` on each save: the outputs are compared byte for byte without it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from redactkit.batch import BatchOptions, DaskExecutor, LocalPoolExecutor, discover, run_batch
from test_packet_state import make_packet

distributed = pytest.importorskip("distributed")

#: Fields of a log that legitimately differ between two runs.
VOLATILE = ("created", "timings")
#: PyMuPDF writes a random trailer /ID on every save, so output bytes differ only there.
TRAILER_ID = re.compile(rb"/ID\s*\[<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\]")


def _logs(out: Path) -> dict[str, dict[str, Any]]:
    logs = {}
    for p in sorted(out.rglob("*.log.json")):
        d = json.loads(p.read_text())
        for k in VOLATILE:
            d.pop(k)
        d["output"]["path"] = Path(d["output"]["path"]).relative_to(out).as_posix()
        output = (out / d["output"]["path"]).read_bytes()
        assert hashlib.sha256(output).hexdigest() == d["output"].pop("sha256")
        d["output"]["bytes_without_trailer_id"] = hashlib.sha256(TRAILER_ID.sub(b"", output)).hexdigest()
        logs[p.relative_to(out).as_posix()] = d
    return logs


@pytest.mark.slow
def test_local_pool_and_dask_give_identical_logs(tmp_path: Path) -> None:
    make_packet(tmp_path / "packet", 8, pages=1, seed=11)
    (tmp_path / "packet" / "broken.pdf").write_bytes(b"%PDF-1.7 junk")
    items = discover(tmp_path / "packet")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    pool = LocalPoolExecutor(2)
    try:
        local = run_batch(items, BatchOptions(out=local_out, workers=2), executor=pool)
    finally:
        pool.close()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        ex = DaskExecutor(client)
        dask = run_batch(items, BatchOptions(out=dask_out, executor="dask"), executor=ex)
        ex.close()
        workers = {r.worker for r in dask.rows if r.status == "ok"}
    assert len(workers) == 2  # both Dask worker processes did documents
    assert _logs(local_out) == _logs(dask_out)
    assert len(_logs(local_out)) == 8
    strip = ("seconds", "timings", "worker", "output", "log", "output_sha256")
    rows_l = [{k: v for k, v in r.to_dict().items() if k not in strip} for r in local.rows]
    rows_d = [{k: v for k, v in r.to_dict().items() if k not in strip} for r in dask.rows]
    assert rows_l == rows_d
    assert [r.status for r in dask.rows].count("failed") == 1
