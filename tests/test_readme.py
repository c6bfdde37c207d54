"""The README's complete rule-file example is a valid policy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from redactkit.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]


def test_readme_rule_example_loads(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"A complete example.*?```yaml\n(.*?)```", readme, re.S)
    assert block, "README lost its rule-file example"
    (tmp_path / "exemptions").mkdir()
    shutil.copy(ROOT / "rules" / "exemptions" / "example-state.yaml", tmp_path / "exemptions")
    (tmp_path / "roster.txt").write_text("Daniel Reyes\nKaren Walsh\n")
    rules = tmp_path / "springfield.yaml"
    rules.write_text(block.group(1))
    policy = load_policy(rules)
    assert policy.name == "springfield-pd-release"
    assert policy.redact["PERSON"].code == "(b)(7)(C)"
    assert policy.is_allowed("Springfield Police Department")
    assert not policy.is_allowed("Maria Gutierrez")
    assert "OFFICER" in policy.keep
