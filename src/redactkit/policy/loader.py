r"""Policy profiles: rule files that say what is redacted, under which exemption, and what is kept.

A rule file is YAML, validated on load with pydantic (unknown keys are errors).
Every problem raises :class:`~redactkit.errors.PolicyError` naming the file, the
line (from ``yaml.compose`` node marks) and the key. A missing file -- the
profile itself, an extended file, an exemption table or an allow-list file --
is a hard error; there is never a silent fallback to defaults.

Keys of a rule file::

    name: police-public-release          # required
    description: ...                     # optional text
    language: en                         # default "en"
    extends: [base]                      # shipped profile names or paths relative to this file
    exemption_codes: {file: exemptions/federal-foia.yaml}   # or an inline mapping code -> text
    redact:                              # entity type -> exemption code + reason
      US_SSN: {exemption: "(b)(6)", reason: "Social Security number"}
    keep: [CASE_NUMBER, BADGE_NUMBER]    # entity types never redacted
    allow:                               # never redacted, even when detected
      - text: "Springfield Police Department"      # exact, case-sensitive
      - regex: "Unit \d+"                         # full match
      - file: rosters/officers.txt                 # one entry per line ("regex:" prefix for a regex)
        entity: OFFICER                            # optional: the recognizers also mark these as OFFICER
    deny:                                # always redacted (case-sensitive, whole word)
      - {text: "Jane Roe", entity: PERSON}
    thresholds: {default: 0.5, PHONE_NUMBER: 0.4}
    recognizers: [...]                   # Presidio's recognizer YAML shape (+ flags / case_sensitive)
    field_labels:
      - {labels: ["DOB", "Date of Birth"], entity: DATE_OF_BIRTH}

Merging ``extends``: parents are applied first, in order, then the file itself.
Mappings (``redact``, ``thresholds``, inline ``exemption_codes``) are updated key
by key; lists (``allow``, ``deny``, ``recognizers``, ``field_labels``) are
concatenated; ``keep`` is a union. A child that redacts an entity its parent
keeps (or keeps one its parent redacts) overrides the parent; naming an entity
in both ``redact`` and ``keep`` of one file is an error. ``exemption_codes:
{file: ...}`` replaces the inherited code table (a state's table instead of the
federal one); when no file in the chain names one, the federal FOIA table
(``rules/exemptions/federal-foia.yaml``) is used.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    ValidationError,
)

from ..errors import PolicyError
from .schema import ENTITY_RE, ExemptionTable, RedactRule, RuleFile, check_regex
from .types import (
    DEFAULT_REVIEW_FLOOR,
    AllowEntry,
    DenyEntry,
    Exemption,
    FieldLabel,
    Policy,
    PolicyRecognizer,
)

__all__ = [
    "DEFAULT_EXEMPTIONS",
    "DEFAULT_PROFILE",
    "RULES_DIR",
    "describe",
    "list_profiles",
    "load_policy",
    "profile_descriptions",
]


#: Folder of the shipped profiles (package data; the repo-root ``rules/`` links here).
RULES_DIR = Path(__file__).resolve().parents[1] / "rules"


#: Profile used when no policy is given.
DEFAULT_PROFILE = "police-public-release"


#: Exemption table used when no rule file in the chain names one.
DEFAULT_EXEMPTIONS = RULES_DIR / "exemptions" / "federal-foia.yaml"


@dataclass
class _Source:
    path: Path
    data: Any
    root: yaml.Node | None
    raw: bytes


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _read_yaml(
    path: Path, *, referenced_from: str | None = None, line: int | None = None, key: str | None = None
) -> _Source:
    if not path.is_file():
        what = f"rule file '{_display(path)}' does not exist"
        if referenced_from:
            raise PolicyError(what, file=referenced_from, line=line, key=key)
        raise PolicyError(what + f" (shipped profiles: {', '.join(list_profiles())})", file=_display(path))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"not UTF-8 text: {exc}", file=_display(path)) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PolicyError(
            f"invalid YAML: {getattr(exc, 'problem', None) or exc}",
            file=_display(path),
            line=None if mark is None else mark.line + 1,
        ) from None
    if not isinstance(data, dict):
        raise PolicyError("a rule file must be a YAML mapping (key: value)", file=_display(path), line=1)
    return _Source(path, data, root, raw)


def _locate(root: yaml.Node | None, loc: tuple[Any, ...] | list[Any]) -> tuple[int | None, str]:
    """Follow a pydantic error location through the YAML node tree.

    Returns the 1-based line of the deepest node reached and a dotted key path
    (``redact.US_SSN.exemption``, ``allow[2].regex``). Location parts that are
    not in the document (pydantic's union-member tags) are skipped.
    """
    node = root
    line = None if root is None else root.start_mark.line + 1
    parts: list[str] = []
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == part:
                    line = k.start_mark.line + 1
                    node = v
                    parts.append(part)
                    break
            else:
                if part and not part.startswith(("function-", "list[", "dict[", "_")) and "[" not in part:
                    # a key that is not in the file (e.g. a missing required key): name it anyway
                    if part[:1].islower() or ENTITY_RE.match(part):
                        parts.append(part)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
                if parts:
                    parts[-1] += f"[{part}]"
                else:
                    parts.append(f"[{part}]")
    return line, ".".join(parts)


def _node_at(root: yaml.Node | None, *loc: Any) -> tuple[int | None, str]:
    return _locate(root, loc)


def _validation_error(src: _Source, exc: ValidationError, model_name: str = "rule file") -> PolicyError:
    """One :class:`PolicyError` for all of a file's validation problems.

    Unknown keys come first: a misspelt key (``exemptoin``) also makes the key it was meant
    to be "missing", and the typo is the thing to fix. The message names the first problem
    (file, line, key); ``problems`` lists every one in the same form.
    """
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    located: list[tuple[str, int | None, str]] = []
    for err in errors:
        line, key = _locate(src.root, err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            msg = f"unknown key '{err['loc'][-1]}'"
        elif kind == "missing":
            msg = f"missing required key '{err['loc'][-1]}'"
        else:
            msg = err["msg"].removeprefix("Value error, ")
            got = err.get("input")
            if kind.endswith("_type") or kind.startswith("model_") or kind == "dict_type":
                msg += f" (got {type(got).__name__} {got!r})" if got is not None else ""
        located.append((msg, line, key))
    problems = [str(PolicyError(m, file=_display(src.path), line=ln, key=k or None)) for m, ln, k in located]
    msg, line, key = located[0]
    if len(located) > 1:
        msg += f" (and {len(located) - 1} more problem{'s' if len(located) > 2 else ''} in this {model_name})"
    return PolicyError(msg, file=_display(src.path), line=line, key=key or None, problems=problems)


@dataclass
class _Merged:
    name: str = ""
    description: str = ""
    language: str = "en"
    files: list[Path] = field(default_factory=list)
    hashes: list[bytes] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)
    codes_table: str = ""
    codes_set: bool = False
    redact: dict[str, tuple[RedactRule, str, int | None, str]] = field(default_factory=dict)
    keep: set[str] = field(default_factory=set)
    allow: list[AllowEntry] = field(default_factory=list)
    deny: list[DenyEntry] = field(default_factory=list)
    thresholds: dict[str, float] = field(default_factory=dict)
    review_floor: float | None = None
    uncertain: str | None = None
    recognizers: list[PolicyRecognizer] = field(default_factory=list)
    field_labels: list[FieldLabel] = field(default_factory=list)

    def add_file(self, path: Path, raw: bytes) -> None:
        if path not in self.files:
            self.files.append(path)
            self.hashes.append(raw)


def _profile_path(name: str) -> Path:
    return RULES_DIR / f"{name}.yaml"


def _resolve_ref(ref: str, base: Path) -> Path:
    """An ``extends`` entry: a path relative to the extending file, or a profile name."""
    looks_like_path = "/" in ref or os.sep in ref or ref.endswith((".yaml", ".yml"))
    if looks_like_path:
        return (base.parent / ref).resolve()
    sibling = (base.parent / f"{ref}.yaml").resolve()
    if sibling.is_file():
        return sibling
    return _profile_path(ref).resolve()


def _load_codes(path: Path, merged: _Merged, referenced_from: _Source, key_loc: tuple[Any, ...]) -> None:
    line, key = _node_at(referenced_from.root, *key_loc)
    src = _read_yaml(path, referenced_from=_display(referenced_from.path), line=line, key=key)
    try:
        table = ExemptionTable.model_validate(src.data)
    except ValidationError as exc:
        raise _validation_error(src, exc, "exemption table") from None
    merged.codes = dict(table.codes)
    merged.codes_table = table.name
    merged.add_file(path, src.raw)


def _read_allow_file(path: Path, entity: str | None, src: _Source, loc: tuple[Any, ...]) -> list[AllowEntry]:
    line, key = _node_at(src.root, *loc)
    if not path.is_file():
        raise PolicyError(
            f"allow-list file '{_display(path)}' does not exist", file=_display(src.path), line=line, key=key
        )
    out: list[AllowEntry] = []
    for n, raw_line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        entry = raw_line.strip()
        if not entry or entry.startswith("#"):
            continue
        where = f"{_display(path)}:{n}"
        if entry.startswith("regex:"):
            pattern = entry[len("regex:") :].strip()
            try:
                check_regex(pattern)
                re.compile(pattern)
            except (ValueError, re.error) as exc:
                raise PolicyError(str(exc), file=_display(path), line=n, key="regex") from None
            out.append(AllowEntry(regex=pattern, source=where))
        else:
            out.append(AllowEntry(text=entry, entity=entity, source=where))
    return out


def _apply(
    path: Path, merged: _Merged, stack: list[Path], referenced: tuple[_Source, int | None, str] | None
) -> None:
    if path in stack:
        chain = " -> ".join(_display(p) for p in [*stack, path])
        assert referenced is not None
        src0, line0, key0 = referenced
        raise PolicyError(f"'extends' cycle: {chain}", file=_display(src0.path), line=line0, key=key0)
    if referenced is not None:
        src0, line0, key0 = referenced
        src = _read_yaml(path, referenced_from=_display(src0.path), line=line0, key=key0)
    else:
        src = _read_yaml(path)
    try:
        rule = RuleFile.model_validate(src.data)
    except ValidationError as exc:
        raise _validation_error(src, exc) from None
    shown = _display(path)

    # Python's re is what Policy.is_allowed uses; make sure allow regexes compile there too.
    for i, item in enumerate(rule.allow):
        if item.regex is not None:
            try:
                re.compile(item.regex)
            except re.error as exc:
                line, key = _node_at(src.root, "allow", i, "regex")
                raise PolicyError(
                    f"regex {item.regex!r} does not compile: {exc}", file=shown, line=line, key=key
                ) from None

    for i, rec in enumerate(rule.recognizers):
        for j, pat in enumerate(rec.patterns or []):
            try:
                check_regex(pat.regex, rec.regex_flags())
            except ValueError as exc:
                line, key = _node_at(src.root, "recognizers", i, "patterns", j, "regex")
                raise PolicyError(str(exc), file=shown, line=line, key=key) from None

    both = sorted(set(rule.redact) & set(rule.keep))
    if both:
        idx = rule.keep.index(both[0])
        line, key = _node_at(src.root, "keep", idx)
        raise PolicyError(
            f"entity '{both[0]}' is both redacted and kept; choose one", file=shown, line=line, key=key
        )

    # parents first
    for i, ref in enumerate(rule.extends):
        line, key = _node_at(src.root, "extends", i)
        _apply(_resolve_ref(ref, path), merged, [*stack, path], (src, line, key))

    merged.add_file(path, src.raw)
    merged.name = rule.name
    if rule.description:
        merged.description = rule.description
    merged.language = rule.language

    if rule.exemption_codes is not None and set(rule.exemption_codes) == {"file"}:
        _load_codes(
            (path.parent / rule.exemption_codes["file"]).resolve(), merged, src, ("exemption_codes", "file")
        )
        merged.codes_set = True
    elif isinstance(rule.exemption_codes, dict):
        if not merged.codes_set:
            _load_codes(DEFAULT_EXEMPTIONS, merged, src, ("exemption_codes",))
            merged.codes_set = True
        merged.codes.update(rule.exemption_codes)

    for entity, rr in rule.redact.items():
        line, key = _node_at(src.root, "redact", entity, "exemption")
        merged.redact[entity] = (rr, shown, line, key)
        merged.keep.discard(entity)
    for entity in rule.keep:
        merged.keep.add(entity)
        merged.redact.pop(entity, None)

    for i, item in enumerate(rule.allow):
        where = f"{shown}:{_node_at(src.root, 'allow', i)[0]}"
        if item.text is not None:
            merged.allow.append(AllowEntry(text=item.text, entity=item.entity, source=where))
        elif item.regex is not None:
            merged.allow.append(AllowEntry(regex=item.regex, source=where))
        else:
            names = [item.file] if item.file is not None else list(item.files or [])
            for j, name in enumerate(names):
                loc: tuple[Any, ...] = (
                    ("allow", i, "file") if item.file is not None else ("allow", i, "files", j)
                )
                fpath = (path.parent / name).resolve()
                merged.allow.extend(_read_allow_file(fpath, item.entity, src, loc))
                merged.add_file(fpath, fpath.read_bytes())

    merged.deny.extend(DenyEntry(d.text, d.entity) for d in rule.deny)
    merged.thresholds.update(rule.thresholds)
    if rule.review_floor is not None:
        merged.review_floor = rule.review_floor
    if rule.uncertain is not None:
        merged.uncertain = rule.uncertain
    merged.recognizers.extend(
        PolicyRecognizer.from_spec(rec, language=rule.language, source=shown) for rec in rule.recognizers
    )
    merged.field_labels.extend(FieldLabel(list(f.labels), f.entity) for f in rule.field_labels)


def _resolve_top(name_or_path: str | os.PathLike[str] | None) -> Path:
    if name_or_path is None:
        return _profile_path(DEFAULT_PROFILE).resolve()
    s = os.fspath(name_or_path)
    if (
        isinstance(name_or_path, str)
        and "/" not in s
        and os.sep not in s
        and not s.endswith((".yaml", ".yml"))
    ):
        path = _profile_path(s)
        if not path.is_file():
            raise PolicyError(
                f"no shipped profile named '{s}' (shipped: {', '.join(list_profiles())}); "
                "give a path to a rule file instead",
                file=_display(path),
            )
        return path.resolve()
    return Path(s).resolve()


def load_policy(name_or_path: str | os.PathLike[str] | None = None) -> Policy:
    """Load and validate a policy profile and everything it extends.

    Args:
        name_or_path: None for the default profile (``police-public-release``),
            a shipped profile name (see :func:`list_profiles`), or a path to a
            rule file.

    Returns:
        The resolved :class:`Policy`.

    Raises:
        PolicyError: a file is missing or invalid; the message names the file,
            line and key.
    """
    top = _resolve_top(name_or_path)
    merged = _Merged()
    _apply(top, merged, [], None)
    if not merged.codes_set:
        if not DEFAULT_EXEMPTIONS.is_file():  # pragma: no cover - broken install
            raise PolicyError(
                "the federal FOIA exemption table is missing", file=_display(DEFAULT_EXEMPTIONS)
            )
        table = ExemptionTable.model_validate(yaml.safe_load(DEFAULT_EXEMPTIONS.read_text(encoding="utf-8")))
        merged.codes = dict(table.codes)
        merged.codes_table = table.name
        merged.add_file(DEFAULT_EXEMPTIONS.resolve(), DEFAULT_EXEMPTIONS.read_bytes())

    redact: dict[str, Exemption] = {}
    for entity, (rr, shown, line, key) in merged.redact.items():
        if rr.exemption not in merged.codes:
            raise PolicyError(
                f"exemption code '{rr.exemption}' is not in the code table '{merged.codes_table}' "
                f"(known: {', '.join(merged.codes)})",
                file=shown,
                line=line,
                key=key,
            )
        redact[entity] = Exemption(rr.exemption, rr.reason)

    digest = hashlib.sha256()
    for raw in merged.hashes:
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    thresholds = dict(merged.thresholds)
    default = thresholds.pop("default", 0.5)
    return Policy(
        name=merged.name,
        description=merged.description,
        language=merged.language,
        sha256=digest.hexdigest(),
        files=[str(p) for p in merged.files],
        redact=redact,
        keep=frozenset(merged.keep),
        default_threshold=default,
        thresholds=thresholds,
        allow=list(merged.allow),
        deny=list(merged.deny),
        recognizers=tuple(merged.recognizers),
        field_labels=list(merged.field_labels),
        exemption_codes=dict(merged.codes),
        exemption_table=merged.codes_table,
        review_floor=DEFAULT_REVIEW_FLOOR if merged.review_floor is None else merged.review_floor,
        uncertain="keep" if merged.uncertain == "keep" else "redact",
    )


def list_profiles() -> list[str]:
    """Names of the shipped profiles (``rules/*.yaml``)."""
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml"))


def profile_descriptions() -> dict[str, str]:
    """Each shipped profile's name and the first sentence of its description (for ``rules list``).

    Raises:
        PolicyError: a shipped profile does not load (a broken install).
    """
    out: dict[str, str] = {}
    for name in list_profiles():
        text = " ".join(load_policy(name).description.split())
        out[name] = text.split(". ")[0].rstrip(".") if text else ""
    return out


def describe(policy: Policy) -> str:
    """Human-readable summary: what the policy redacts (and under which code) and what it keeps.

    Args:
        policy: a loaded policy.

    Returns:
        Multi-line text for ``redactkit rules check``.
    """
    lines = [f"policy {policy.name} (sha256 {policy.sha256[:12]})"]
    if policy.description:
        lines.append("  " + " ".join(policy.description.split()))
    lines.append(f"  exemption codes: {policy.exemption_table}")
    lines.append("  files: " + ", ".join(_display(Path(f)) for f in policy.files))
    lines.append("  redacts:")
    for entity in sorted(policy.redact):
        ex = policy.redact[entity]
        thr = policy.threshold(entity)
        lines.append(f"    {entity:<18} {ex.code:<10} {ex.reason}  (score >= {thr:.2f})")
    lines.append("  keeps: " + (", ".join(sorted(policy.keep)) or "(nothing)"))
    n_allow_text = sum(1 for a in policy.allow if a.text is not None)
    n_allow_re = sum(1 for a in policy.allow if a.regex is not None)
    lines.append(f"  allow-list: {n_allow_text} exact, {n_allow_re} regex")
    if policy.deny:
        lines.append(f"  deny-list: {len(policy.deny)} entries (always redacted)")
    if policy.field_labels:
        labels = ", ".join(f"{'/'.join(f.labels[:2])} -> {f.entity}" for f in policy.field_labels)
        lines.append(f"  field labels: {labels}")
    if policy.recognizers:
        lines.append("  extra recognizers: " + ", ".join(r.name for r in policy.recognizers))
    return "\n".join(lines)
