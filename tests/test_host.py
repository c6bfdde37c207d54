"""A host application's view: a script in its own process redacts three documents given as bytes.

One valid born-digital PDF, one PNG and one corrupt file; errors are caught by type
(``redactkit.errors``), records arrive through a ``logging`` handler under ``redactkit.*``,
and the library writes nothing to stdout (a host may use stdout for its own protocol).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]

HOST_SCRIPT = r'''
import json, logging, sys
from pathlib import Path

records = []

class Collect(logging.Handler):
    def emit(self, record):
        records.append({"name": record.name, "level": record.levelname, "msg": record.getMessage()})

logging.getLogger().addHandler(Collect())
logging.getLogger().setLevel(logging.INFO)

import redactkit
from redactkit.errors import CorruptDocumentError, InputError

redactor = redactkit.Redactor()
results = {}
for name in sys.argv[2:]:
    data = Path(name).read_bytes()
    try:
        pdf, log = redactor.redact_bytes(data, name=Path(name).name)
    except CorruptDocumentError as exc:
        results[Path(name).name] = {"error": "CorruptDocumentError", "message": str(exc)}
    except InputError as exc:
        results[Path(name).name] = {"error": type(exc).__name__, "base": "InputError", "message": str(exc)}
    else:
        results[Path(name).name] = {"ok": log.passed, "bytes": len(pdf), "pdf": pdf[:5].decode(),
                                    "source": log.source["path"], "redactions": len(log.redactions)}
Path(sys.argv[1]).write_text(json.dumps({"results": results, "records": records}))
'''


def test_host_script_three_documents_from_bytes(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((54, 100), "Victim: Maria Gutierrez, SSN 532-44-9812.", fontsize=11)
    doc.save(pdf)
    png = tmp_path / "note.png"
    png.write_bytes(doc[0].get_pixmap(dpi=200, clip=pymupdf.Rect(0, 70, 612, 130)).tobytes("png"))
    doc.close()
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R" + b"\x00" * 64)
    (tmp_path / "host.py").write_text(HOST_SCRIPT)
    report = tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, str(tmp_path / "host.py"), str(report), str(pdf), str(png), str(corrupt)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""  # nothing on stdout: not a print, not a progress bar
    out = json.loads(report.read_text())
    results, records = out["results"], out["records"]
    assert results["report.pdf"]["ok"] and results["report.pdf"]["pdf"] == "%PDF-"
    assert results["report.pdf"]["source"] == "report.pdf" and results["report.pdf"]["redactions"] >= 2
    assert results["note.png"]["ok"] and results["note.png"]["redactions"] >= 1
    broken = results["broken.pdf"]
    assert broken["error"] == "CorruptDocumentError"  # caught by type (DamagedDocumentError is one too)
    assert broken["message"].startswith("broken.pdf:"), broken["message"]
    ours = [r for r in records if r["name"].startswith("redactkit.")]
    assert any(r["name"] == "redactkit.api" and "report.pdf" in r["msg"] for r in ours)
    assert any(r["name"] == "redactkit.detect" for r in ours)  # the model load is reported
