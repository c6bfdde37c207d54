"""Every mention found: propagate a redacted person's name to all its other mentions.

Rule
----
A *source* is a finding of entity ``PERSON`` that the policy redacts (PERSON is
in ``policy.redact``, its score reaches ``policy.threshold("PERSON")`` and it is
not on the allow-list), or a ``deny:`` entry of entity PERSON. From each source
name (titles like "Mr." and a trailing possessive removed; "Last, First M."
understood) we search the whole document text for:

* the full name, with or without middle names/initials ("Maria E. Gutierrez",
  "Maria Gutierrez"), also split across one line break ("Maria\\nGutierrez");
* "Last, First M." order ("Gutierrez, Maria E.");
* initial + surname ("M. Gutierrez");
* the surname alone ("Gutierrez stated");
* the given name alone ("Maria said"), only where unambiguous: at least three
  letters, not a common English word, and not a part of any kept name.

A source the NER model cut short ("Tyrone\\nJackson" found as "Jackson") is
first *completed*: one capitalised token directly before or after it (across
blanks or one line break) joins the name when it is mid-sentence and not a
common word, title or rank; the added token becomes a finding of its own.

Each form is searched in the source's own casing and in ALL CAPS
("GUTIERREZ, MARIA E."); an ALL-CAPS source is also searched in Title Case.
Matching is case-sensitive and whole-token only: "Chen" never matches inside
"kitchen" or "Chenoweth". A possessive ("Gutierrez's", "Gutierrez’s") yields
a finding over the *name part only*; the "'s" stays visible.

Never propagated into: the names of kept people (``kept_names``, e.g. officers
found by rank or from a roster): a single-token form (surname or given name)
that is also a token of a kept name is not searched at all, and no match may
overlap an occurrence of a kept name or an existing finding of a kept entity
(OFFICER, AGENCY ...).

Each added :class:`~redactkit.model.Finding` has recognizer ``"propagation"``,
the source's score, and an explanation naming the source mention and its
offset.

Limits
------
* Single-token forms that are also common words (``White``, ``Young``,
  ``Will``, ``May``) are not propagated; full-name forms still are.
* Hyphenated line breaks ("Gutier-\\nrez"), nicknames ("Bob" for "Robert") and
  misspellings are not found.
* A private person who shares a surname with a kept officer keeps that
  surname visible when mentioned alone (kept names win; a reviewer decides).
* Mac/Mc-style casing is not re-derived for ALL-CAPS sources ("MCDONALD" →
  "Mcdonald", not "McDonald").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from .model import Finding
from .policy import Policy

__all__ = ["RECOGNIZER", "propagate"]

#: The ``recognizer`` of every finding this module adds.
RECOGNIZER = "propagation"

_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Rev Hon Sir Madam MR MRS MS MISS DR".split())
_SUFFIXES = frozenset("Jr Sr II III IV V JR SR".split())
_RANKS = frozenset(
    """Officer Ofc Off Sgt Sergeant Lt Lieutenant Capt Captain Cpl Corporal Det Detective Deputy Dep
    Trooper Tpr Agent Inv Investigator Sheriff Chief Cmdr Commander Inspector Insp Marshal""".split()
)
#: Capitalised words that are also names; never propagated as a single token.
COMMON_WORDS = frozenset(
    """May June April August Will Mark Bill Grant Rich Hope Joy Faith Art Don Guy Chase Dawn Summer
    Jack Frank Rose Lily Iris Ivy Pat Sue Drew Dean Gene Ray Cliff Glen Dale Wade Lane Miles Rod
    White Black Brown Green Gray Grey Young King Long Little Short Small Strong Hill Wood Woods
    Stone Field Fields Rivers Lake Park Parks Street Price Bell Ball Hall Page Bush Carter Cook
    Baker Turner Parker Walker Hunter Mason Cash Love Rich Gay Moore More West North South East
    Day Knight Major Marshall Sergeant Judge Bishop Pope Church Banks Fox Wolf Bear Swan Crane
    The And But For Not You Her His She Him They Them Victim Suspect Witness Officer Police""".split()
)

_WS = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # blanks, or one line break with blanks around it
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class _Name:
    given: str | None
    middles: tuple[str, ...]
    surname: str
    source: Finding


def _clean_tokens(text: str) -> list[str]:
    tokens = [t.strip(',;:()"') for t in text.split()]
    tokens = [t for t in tokens if t]
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    while tokens and tokens[0].rstrip(".") in _TITLES | _RANKS:
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".,") in _SUFFIXES:
        tokens.pop()
    return [t for t in tokens if t]


def _parse(f: Finding) -> _Name | None:
    """Split a source mention into given name, middles and surname."""
    text = " ".join(f.text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        last_tokens = _clean_tokens(last)
        rest_tokens = _clean_tokens(rest)
        if len(last_tokens) == 1 and rest_tokens and rest_tokens[0].rstrip(".") not in _SUFFIXES:
            given = rest_tokens[0] if len(rest_tokens[0].rstrip(".")) > 1 else None
            return _Name(given, tuple(rest_tokens[1:]), last_tokens[0], f)
        text = last
    tokens = _clean_tokens(text)
    if not tokens:
        return None
    if len(tokens) == 1:
        return _Name(None, (), tokens[0], f)
    given = tokens[0] if len(tokens[0].rstrip(".")) > 1 else None
    return _Name(given, tuple(tokens[1:-1]), tokens[-1], f)


def _casings(token: str) -> list[str]:
    out = [token, token.upper()]
    if token.isupper() and len(token) > 1:
        out.append("-".join(p.capitalize() for p in token.split("-")))
    return list(dict.fromkeys(out))


def _esc(token: str) -> str:
    return re.escape(token)


def _bounded(body: str) -> str:
    # whole token: no word character before; after, no word character (an apostrophe is fine: possessive)
    return rf"(?<![\w]){body}(?![\w])"


def _patterns(name: _Name, kept_tokens: set[str]) -> list[tuple[str, re.Pattern[str]]]:
    """(form description, compiled regex) for every searched form, longest forms first."""
    forms: list[tuple[str, re.Pattern[str]]] = []
    initial = r"[A-Z]\.?"
    for upper in (False, True):

        def c(t: str, upper: bool = upper) -> str:
            return t.upper() if upper else t

        sur = _esc(c(name.surname))
        if name.surname.isupper() and not upper:
            sur = _esc("-".join(p.capitalize() for p in name.surname.split("-")))
        if name.given:
            giv = _esc(c(name.given))
            if name.given.isupper() and not upper:
                giv = _esc(name.given.capitalize())
            middle = rf"(?:{_WS}(?:{initial}|[A-Z][A-Za-z'’-]+))"
            forms.append(("full name", re.compile(_bounded(rf"{giv}{middle}{{0,2}}{_WS}{sur}"))))
            forms.append(
                (
                    "'Last, First' order",
                    re.compile(_bounded(rf"{sur},{_WS}?{giv}(?:{_WS}{initial}(?=[\s,;]|$))?")),
                )
            )
            forms.append(
                ("initial + surname", re.compile(_bounded(rf"{_esc(c(name.given[0]))}\.{_WS}?{sur}")))
            )
        if _single_ok(name.surname, kept_tokens):
            forms.append(("surname alone", re.compile(_bounded(sur))))
        if name.given and _single_ok(name.given, kept_tokens):
            giv = (
                _esc(c(name.given))
                if not (name.given.isupper() and not upper)
                else _esc(name.given.capitalize())
            )
            forms.append(("given name alone", re.compile(_bounded(giv))))
    return forms


def _single_ok(token: str, kept_tokens: set[str]) -> bool:
    bare = token.strip(".")
    if len(bare) < 3 or not bare[:1].isupper():
        return False
    if bare.capitalize() in COMMON_WORDS or bare in COMMON_WORDS:
        return False
    return bare.lower() not in kept_tokens


def _kept_spans(text: str, kept_names: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for kn in kept_names:
        tokens = kn.split()
        if not tokens:
            continue
        for variant in {" ".join(tokens), " ".join(tokens).upper()}:
            pat = _bounded(r"\s+".join(_esc(t) for t in variant.split()))
            spans.extend(m.span() for m in re.finditer(pat, text))
    return spans


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < ke and ks < e for ks, ke in spans)


_STOP = (
    COMMON_WORDS
    | _TITLES
    | _RANKS
    | frozenset(
        """On At In Of To By For From With And Or But As When While After Before Then Upon During Unit Badge
    Case Report Victim Suspect Witness Complainant Juvenile Arrestee Subject Name DOB Street Avenue Road
    Drive Lane Boulevard County City Township Police Department Sheriff Office School Hospital Park
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July September
    October November December I He She They We It This That There Later Today Yesterday""".split()
    )
)
_LEFT = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*|[A-Z]{2,})(?:[ \t]*\n[ \t]*|[ \t]+)$")
_RIGHT = re.compile(r"^(?:[ \t]*\n[ \t]*|[ \t]+)([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*|[A-Z]{2,})(?![\w-])")


def _mid_sentence(text: str, pos: int) -> bool:
    """True when the token starting at ``pos`` does not start a sentence or a form line."""
    before = text[:pos].rstrip(" \t")
    if before.endswith("\n"):
        before = before[:-1].rstrip(" \t")
        return bool(before) and (before[-1].islower() or before[-1] == ",")
    return bool(before) and before[-1] not in ".!?:;|"


def _complete(text: str, src: Finding, blocked: list[tuple[int, int]]) -> tuple[Finding, list[Finding]]:
    """Extend a source by one adjacent name token on each side; return it and the added pieces."""
    start, end = src.start, src.end
    pieces: list[tuple[int, int, str]] = []
    if len(src.text.split()) < 3:
        m = _LEFT.search(text[max(0, start - 40) : start])
        if m:
            s = start - (len(text[max(0, start - 40) : start]) - m.start(1))
            tok = m.group(1)
            if tok not in _STOP and tok.capitalize() not in _STOP and _mid_sentence(text, s):
                if not _overlaps(s, s + len(tok), blocked):
                    pieces.append((s, s + len(tok), "given name before"))
                    start = s
        m = _RIGHT.match(text[end : end + 40])
        if m and "," not in src.text:
            s = end + m.start(1)
            tok = m.group(1)
            if tok not in _STOP and tok.capitalize() not in _STOP and not _overlaps(s, s + len(tok), blocked):
                pieces.append((s, s + len(tok), "surname after"))
                end = s + len(tok)
    if not pieces:
        return src, []
    whole = Finding("PERSON", start, end, text[start:end], src.score, src.recognizer, src.explanation, src.id)
    added = [
        Finding(
            entity="PERSON",
            start=s,
            end=e,
            text=text[s:e],
            score=src.score,
            recognizer=RECOGNIZER,
            explanation=(
                f"propagated from PERSON '{src.text}' at offset {src.start} ({src.recognizer}): "
                f"{what} completes the name"
            ),
            id=hashlib.sha1(f"PERSON:{s}:{e}:{RECOGNIZER}".encode()).hexdigest()[:10],
        )
        for s, e, what in pieces
    ]
    return whole, added


def propagate(
    text: str, findings: list[Finding], policy: Policy, kept_names: Collection[str]
) -> list[Finding]:
    """Add a finding for every other mention of each redacted person.

    Args:
        text: the whole document text (offsets of ``findings`` refer to it).
        findings: what detection found.
        policy: the policy (which entities are redacted and kept, thresholds,
            allow-list, deny-list).
        kept_names: names of kept people (officers, roster); never propagated into.

    Returns:
        ``findings`` followed by the added propagation findings (sorted by
        offset). The input list is not modified.
    """
    if "PERSON" not in policy.redact:
        return list(findings)
    threshold = policy.threshold("PERSON")
    sources: list[Finding] = [
        f
        for f in findings
        if f.entity == "PERSON"
        and f.score >= threshold
        and not policy.is_allowed(f.text)
        and f.recognizer != RECOGNIZER
    ]
    for d in policy.deny:
        if d.entity == "PERSON":
            for m in re.finditer(_bounded(r"\s+".join(_esc(t) for t in d.text.split())), text):
                sources.append(
                    Finding("PERSON", m.start(), m.end(), m.group(0), 1.0, "deny_list", "policy deny-list")
                )

    kept_list = [k for k in kept_names if k.strip()]
    kept_tokens = {t.strip(".,").lower() for k in kept_list for t in _clean_tokens(k)}
    blocked = _kept_spans(text, kept_list)
    blocked += [(f.start, f.end) for f in findings if f.entity in policy.keep]
    sources = [s for s in sources if not _overlaps(s.start, s.end, blocked)]
    completed: list[Finding] = []
    added: list[Finding] = []
    for src in sources:
        whole, pieces = _complete(text, src, blocked)
        completed.append(whole)
        added.extend(p for p in pieces if not _overlaps(p.start, p.end, [(a.start, a.end) for a in added]))
    sources = completed

    existing = [(f.start, f.end) for f in sources]
    covered: list[tuple[int, int]] = [(a.start, a.end) for a in added]
    names = [
        n for n in (_parse(s) for s in sorted(sources, key=lambda f: (-(f.end - f.start), f.start))) if n
    ]
    for name in names:
        src = name.source
        for form, rx in _patterns(name, kept_tokens):
            for m in rx.finditer(text):
                s, e = m.span()
                if any(es <= s and e <= ee for es, ee in existing) or _overlaps(s, e, covered):
                    continue
                if _overlaps(s, e, blocked):
                    continue
                after = text[e : e + 2]
                poss = " (possessive: name part only)" if after[:1] in ("'", "’") else ""
                explanation = (
                    f"propagated from PERSON '{' '.join(src.text.split())}' at offset {src.start} "
                    f"({src.recognizer}): {form}{poss}"
                )
                fid = hashlib.sha1(f"PERSON:{s}:{e}:{RECOGNIZER}".encode()).hexdigest()[:10]
                added.append(
                    Finding(
                        entity="PERSON",
                        start=s,
                        end=e,
                        text=text[s:e],
                        score=src.score,
                        recognizer=RECOGNIZER,
                        explanation=explanation,
                        id=fid,
                    )
                )
                covered.append((s, e))
    added.sort(key=lambda f: (f.start, f.end))
    return list(findings) + added
