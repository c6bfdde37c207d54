"""Officer or private person? One name token both carry is decided by its nearest full mention.

Officers are kept, private persons redacted; a surname or given name standing alone
("Haldane said", "Odette, what have we got?") is an officer's or a private person's
depending on who it refers to. :func:`resolve_shared_names` runs after detection and
propagation, over the whole document:

* **officer given names**: an officer found with a full name ("Ofc. Odette Haldane") is
  also kept where the given name stands alone, when no private person carries it;
* **shared tokens**: when an officer and a private person carry the same surname or given
  name, each lone mention of it goes to the person whose *full* mention is nearest before
  it (after it, if none is before). When the nearest officer and private mentions are
  equally near, or neither exists, the mention is redacted (privacy first) and its
  explanation says ``needs review``.

Everything here works on :class:`~redactkit.model.Finding` objects; nothing is searched
across a page break.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from ..model import Finding
from .initials import initials_findings
from .lexicon import (
    COMMON_WORDS,
    EVERYDAY_WORDS,
    NOT_NAMES,
    RANK,
    RANK_ONE,
    RANKS,
    REGEX_FLAGS,
    TITLES,
    find_name,
)

__all__ = ["RECOGNIZER", "resolve_shared_names"]

#: The ``recognizer`` of findings this module adds or re-labels.
RECOGNIZER = "officer-or-person"
_PRIVATE_MIN_SCORE = 0.5


def _name_tokens(text: str) -> list[str]:
    toks = [t.strip(",.;:'’\"“”()") for t in text.replace(",", " , ").split()]
    return [t for t in toks if len(t) > 1 and t.rstrip(".") not in TITLES | RANKS and t != ","]


def _full(f: Finding) -> tuple[str, str] | None:
    """(given, surname) of a full-name finding ("Odette Haldane", "HALDANE, ODETTE"), else None."""
    text = " ".join(f.text.split())
    if "," in text:
        last, _, first = text.partition(",")
        lt, ft = _name_tokens(last), _name_tokens(first)
        return (ft[0], lt[-1]) if lt and ft else None
    toks = _name_tokens(text)
    return (toks[0], toks[-1]) if len(toks) >= 2 else None


_RANK_RE = re.compile(rf"(?:{RANK_ONE}|[\s,.#:]|\d)*", REGEX_FLAGS)
_TITLE_END_RE = re.compile(rf"(?<![\w.]){RANK}[ \t]+$", REGEX_FLAGS)
_RANK_ONLY_RE = re.compile(rf"{RANK}", REGEX_FLAGS)


def _rank_and_officer(text: str, f: Finding, officers: list[Finding]) -> bool:
    """A PERSON span that is an officer's name plus only a rank or badge around it
    ("Sgt. Ann Roe" where "Ann Roe" is the officer): the officer, not a private person."""
    if f.entity != "PERSON":
        return False
    for o in officers:
        # NER's PERSON over rank words alone, right before the officer ("[Corrections] Ofc. Ann Roe")
        head = " ".join(text[f.start : o.start].split())
        if f.end <= o.start <= f.end + 20 and _RANK_ONLY_RE.fullmatch(head):
            return True
        if o.start < f.end and f.start < o.end and not (o.start <= f.start and f.end <= o.end):
            before, after = text[f.start : max(f.start, o.start)], text[min(f.end, o.end) : f.end]
            if _RANK_RE.fullmatch(before + " " + after):
                return True
            # the span starts inside a longer title ("Juvenile [Intake Worker Ann Roe]")
            ls = text.rfind("\n", 0, o.start) + 1
            title = _TITLE_END_RE.search(text, ls, o.start)
            if before and title and title.start() <= f.start and _RANK_RE.fullmatch(after):
                return True
    return False


def _usable(token: str) -> bool:
    cap = token.capitalize()
    return len(token) >= 3 and cap not in NOT_NAMES and cap not in EVERYDAY_WORDS and cap not in COMMON_WORDS


def resolve_shared_names(
    text: str, findings: list[Finding], page_of: Callable[[int], int] | None = None
) -> list[Finding]:
    """Decide lone name tokens between officers and private persons (see the module docstring),
    then add private persons' initials standing alone (:mod:`.initials`).

    Args:
        text: the document text; finding offsets refer to it.
        findings: detection findings after propagation.
        page_of: the page index of a text offset (None: one page).

    Returns:
        The findings with lone mentions re-labelled or added; the input is not modified.
    """
    out = _shared_names(text, findings, page_of)
    return out + initials_findings(text, out)


def _shared_names(
    text: str, findings: list[Finding], page_of: Callable[[int], int] | None = None
) -> list[Finding]:
    """The shared-name decisions of :func:`resolve_shared_names`, before the initials."""
    officers = [f for f in findings if f.entity == "OFFICER"]
    findings = [f for f in findings if not _rank_and_officer(text, f, officers)]
    full_off = [(f, n) for f in officers if (n := _full(f))]
    off_spans = [(f.start, f.end) for f, _ in full_off]
    # "Odette, Rufus" (two officers greeted by given name), "HALDANE ODETTE": every name token an
    # officer's is no private person (a private namesake of the same full name is not told apart)
    off_any = {t.upper() for _, n in full_off for t in n}
    findings = [
        Finding.make("OFFICER", f.start, f.end, f.text, f.score, RECOGNIZER,
                     "every name token is an officer's (given name or surname of an officer named in full)")
        if f.entity == "PERSON" and f.recognizer != "deny_list"
        and (toks := _name_tokens(f.text)) and all(t.upper() in off_any for t in toks)
        and not any(s <= f.start and f.end <= e for s, e in off_spans) else f
        for f in findings
    ]
    privates = [
        f for f in findings
        if f.entity == "PERSON" and f.score >= _PRIVATE_MIN_SCORE
        and not any(s < f.end and f.start < e for s, e in off_spans)
    ]
    full_priv = [(f, n) for f in privates if (n := _full(f))]
    if not full_off:
        return list(findings)
    off_tokens = {t.upper() for _, n in full_off for t in n}
    priv_tokens = {t.upper() for _, n in full_priv for t in n}
    shared = {t for t in off_tokens & priv_tokens if _usable(t)}
    off_given = {n[0].upper() for _, n in full_off if _usable(n[0])} - priv_tokens

    def same_page(a: int, b: int) -> bool:
        return page_of is None or page_of(a) == page_of(b)

    full_spans = [(f.start, f.end) for f, _ in full_off + full_priv]
    priv_spans = [(f.start, f.end) for f, _ in full_priv]

    def inside_full(s: int, e: int) -> bool:
        return any(fs <= s and e <= fe for fs, fe in full_spans)

    def nearest(token: str, pos: int) -> tuple[str, str]:
        """('officer' | 'private' | 'ambiguous', the deciding mention)."""
        cands: list[tuple[int, int, str, str]] = []  # (before? 0/1, distance, who, text)
        for who, pool in (("officer", full_off), ("private", full_priv)):
            for f, n in pool:
                if token not in (n[0].upper(), n[1].upper()) or not same_page(f.start, pos):
                    continue
                before = 0 if f.end <= pos else 1
                cands.append((before, abs(pos - f.start), who, f.text))
        if not cands:
            return "ambiguous", ""
        cands.sort()
        best = cands[0]
        rival = next((c for c in cands[1:] if c[2] != best[2]), None)
        if rival and rival[:2] == best[:2]:
            return "ambiguous", best[3]
        return best[2], best[3]

    out: list[Finding] = []
    decided: set[tuple[int, int]] = set()
    for f in findings:
        tok = f.text.strip().upper()
        lone = len(f.text.split()) == 1 and f.entity in ("OFFICER", "PERSON")
        if lone and f.entity == "OFFICER" and any(s <= f.start and f.end <= e for s, e in priv_spans):
            continue  # an officer's surname inside a private person's full name is the person's
        if lone and tok in off_given and f.entity == "PERSON" and not inside_full(f.start, f.end):
            by = next(g.text for g, n in full_off if n[0].upper() == tok)
            decided.add((f.start, f.end))
            out.append(_relabel(f, "officer", by))
            continue
        if not lone or tok not in shared or inside_full(f.start, f.end):
            out.append(f)
            continue
        who, by = nearest(tok, f.start)
        decided.add((f.start, f.end))
        out.append(_relabel(f, who, by))
    # lone mentions nobody found yet: shared tokens, and officers' given names
    for token in sorted(shared | off_given):
        variants = {token, token.capitalize()}
        for variant in variants:
            for s, e in find_name(text, variant):
                if (s, e) in decided or inside_full(s, e) or any(
                    g.start < e and s < g.end for g in findings
                ):
                    continue
                decided.add((s, e))
                if token in off_given:
                    who, by = "officer", next(f.text for f, n in full_off if n[0].upper() == token)
                else:
                    who, by = nearest(token, s)
                base = Finding("PERSON", s, e, text[s:e], 0.7, RECOGNIZER, "")
                out.append(_relabel(base, who, by))
    return out


def _relabel(f: Finding, who: str, by: str) -> Finding:
    by = " ".join(by.split())
    if who == "officer":
        why = f"lone name of officer '{by}' (nearest full mention is the officer's)"
        return Finding.make("OFFICER", f.start, f.end, f.text, max(f.score, 0.7), RECOGNIZER, why)
    if who == "private":
        why = f"lone name shared with an officer; nearest full mention is private person '{by}'"
        return Finding.make("PERSON", f.start, f.end, f.text, max(f.score, 0.7), RECOGNIZER, why)
    why = ("needs review: lone name carried by an officer and a private person, no nearer full mention "
           f"decides{' (' + by + ')' if by else ''}; redacted (privacy first)")
    return Finding.make("PERSON", f.start, f.end, f.text, max(f.score, 0.7), RECOGNIZER, why)

