"""Every mention found: propagate a redacted person's name to all its other mentions.

Rule
----
A *source* is a finding of entity ``PERSON`` that the policy redacts (PERSON is
in ``policy.redact``, its score takes part in the plan — at the threshold, or a
``needs_review`` score at or above ``review_floor`` — and it is not on the
allow-list), or a ``deny:`` entry of entity PERSON. From each source
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

Before anything else, NER PERSON spans are cleaned: a span that runs over a
table-cell boundary ("ROBERT\n217.555.0164") is cut at the boundary, and
tokens with digits ("2S02 WALSH") are trimmed off; a span with no name token
left is dropped.

A surname that is also an everyday word ("Carter", "Hall", "Cook") is
propagated alone only where it reads as a name: not next to another
capitalised word on the same line ("City Hall", "E Cook St") and not after a
determiner ("the Hall"). Words that are first of all ordinary words (May,
Will, Long, West ... :data:`EVERYDAY_WORDS`) are never propagated alone.

Names are matched letter-class aware ("Sarısoy", "Çağlayan", "Kornaś-Pierzak" are
names like "Smith"); a cluster of initials ("P.K.", "H.Ç.") or a spelled-out title
("Doctor", "Professor", "Judge") is never taken for a given name, and a source
without a given name is also found after dotted initials ("H.Ç. Akbulut").

Each added :class:`~redactkit.model.Finding` has recognizer ``"propagation"``,
the source's score, and an explanation naming the source mention and its
offset.

Limits
------
* Given names that are also common words (``Rose``, ``Will``, ``May``) are
  not propagated alone, nor are surnames in :data:`EVERYDAY_WORDS`; full-name
  forms still are. A word-surname at the start of a sentence before a
  lower-case word ("Long after midnight") is redacted when the person's
  surname is that word.
* Hyphenated line breaks ("Gutier-\\nrez"), nicknames ("Bob" for "Robert") and
  misspellings are not found.
* A private person who shares a surname with a kept officer keeps that
  surname visible when mentioned alone (kept names win; a reviewer decides).
* Mac/Mc-style casing is not re-derived for ALL-CAPS sources ("MCDONALD" →
  "Mcdonald", not "McDonald").
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask, overlaps
from .lexicon import (
    COMMON_WORDS,
    CONTEXT_TITLES,
    DETERMINERS,
    DIRECTIONS,
    EVERYDAY_WORDS,
    INITIALS,
    LEAD_INS,
    PARTICLES,
    PLACE_WORDS,
    RANK_WORDS,
    RANKS,
    ROLE_TITLES,
    ROLE_WORDS,
    STOP_WORDS,
    SUFFIXES,
    TITLE_BEFORE_NAME,
    TITLES,
    is_given_name,
    surname_kind,
)
from .nerclean import FORM_WORDS, caps_word, cell_break, clean_person

__all__ = ["RECOGNIZER", "propagate"]

#: The ``recognizer`` of every finding this module adds.
RECOGNIZER = "propagation"

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
    while tokens and tokens[0].rstrip(".") in TITLES | RANKS:
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".,") in SUFFIXES:
        tokens.pop()
    return [t for t in tokens if t]


def _given_like(token: str) -> bool:
    """A token that can be a given name: not a single initial, not a cluster of initials ("P.K.")."""
    return len(token.rstrip(".")) > 1 and not INITIALS.fullmatch(token)


def _parse(f: Finding) -> _Name | None:
    """Split a source mention into given name, middles and surname."""
    text = " ".join(f.text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        last_tokens = _clean_tokens(last)
        rest_tokens = _clean_tokens(rest)
        if len(last_tokens) == 1 and rest_tokens and rest_tokens[0].rstrip(".") not in SUFFIXES:
            given = rest_tokens[0] if _given_like(rest_tokens[0]) else None
            return _Name(given, tuple(rest_tokens[1:]), last_tokens[0], f)
        text = last
    tokens = _clean_tokens(text)
    if not tokens:
        return None
    if len(tokens) == 1:
        return _Name(None, (), tokens[0], f)
    given = tokens[0] if _given_like(tokens[0]) else None
    k = len(tokens) - 1
    while k > 1 and tokens[k - 1].lower() in PARTICLES:
        k -= 1  # "de la Peñavera", "van der Hoost": the particles belong to the surname
    return _Name(given, tuple(tokens[1:k]), " ".join(tokens[k:]), f)


def _esc(token: str) -> str:
    return re.escape(token)


def _bounded(body: str) -> str:
    # whole token: no letter/digit before or after (apostrophe: possessive; "_" joins file-name words)
    return rf"(?<![^\W_]){body}(?![^\W_])"


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    # compiling is propagation's main cost (regex parses in Python); names recur in a batch. Kept
    # here only: in regex's own cache (500 patterns, a random fifth dropped when full) these
    # per-name patterns pushed out the recognizers' fixed ones, which were then parsed again
    return re.compile(pattern, cache_pattern=False)


def _patterns(name: _Name, kept_tokens: set[str],
              text: str | None = None) -> list[tuple[str, re.Pattern[str]]]:
    """(form description, compiled regex) for every searched form, longest forms first.
    With ``text``, a form whose literal name parts (case-sensitive) are not all in ``text``
    is left out, not compiled: it cannot match there (most ALL-CAPS forms)."""
    forms: list[tuple[str, re.Pattern[str]]] = []
    def add(form: str, pattern: str, *literals: str) -> None:
        if text is None or all(lit in text for lit in literals):
            forms.append((form, _compiled(pattern)))

    initial = r"(?:\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}\.?)"
    for upper in (False, True):

        def c(t: str, upper: bool = upper) -> str:
            return t.upper() if upper else t

        *particles, last = name.surname.split()
        sur_lit = c(last)
        if last.isupper() and not upper:
            sur_lit = "-".join(p.capitalize() for p in last.split("-"))
        sur = _esc(sur_lit)
        # particles in any case ("de la Peñavera", "DE LA PEÑAVERA", "De La Peñavera")
        sur = "".join(rf"(?i:{_esc(p)}){_WS}" for p in particles) + sur
        giv_lit = ""
        if name.given:
            giv_lit = c(name.given)
            if name.given.isupper() and not upper:
                giv_lit = name.given.capitalize()
            giv = _esc(giv_lit)
            middle = rf"(?:{_WS}(?:{initial}|\p{{Lu}}[\p{{L}}'’-]+))"
            add("full name", _bounded(rf"{giv}{middle}{{0,2}}{_WS}{sur}"), giv_lit, sur_lit)
            last_first = rf"{sur},{_WS}?{giv}(?:{_WS}{initial}(?=[\s,;]|$))?"
            add("'Last, First' order", _bounded(last_first), giv_lit, sur_lit)
            add("initial + surname", _bounded(rf"{_esc(c(name.given[0]))}\.{_WS}?{sur}"), sur_lit)
        else:
            # "P. Dekany", "H.Ç. Akbulut": dotted initials only (an "A" before a surname may be the article)
            dotted = r"\p{Lu}\.(?:-?\p{Lu}\.)*"
            add("initials + surname", _bounded(rf"(?:{dotted}{_WS}?){{1,3}}{sur}"), sur_lit)
        if _single_ok(name.surname, kept_tokens, surname=True):
            word = " (also a word: standalone mention)" if _is_common(name.surname) else ""
            label = "surname alone" + word
            add(label, _bounded(sur), sur_lit)
            add("family name in the plural", _bounded(rf"(?<=\b(?i:the){_WS}){sur}(?:e?s|E?S)"), sur_lit)
        if name.given and _single_ok(name.given, kept_tokens):
            add("given name alone", _bounded(_esc(giv_lit)), giv_lit)
    return forms


def _single_ok(token: str, kept_tokens: set[str], surname: bool = False) -> bool:
    bare = token.split()[-1].strip(".") if token.split() else token
    if len(bare) < 3 or not bare[:1].isupper():
        return False
    common = bare.capitalize() in COMMON_WORDS or bare in COMMON_WORDS
    if common and (not surname or bare.capitalize() in EVERYDAY_WORDS or bare in EVERYDAY_WORDS):
        return False
    return bare.lower() not in kept_tokens


def _is_common(token: str) -> bool:
    bare = token.strip(".")
    return bare.capitalize() in COMMON_WORDS or bare in COMMON_WORDS


_CAP_WORD = re.compile(r"\p{Lu}[\w'’-]*")


def _standalone_name(text: str, s: int, e: int) -> bool:
    """True when the token at ``s:e`` reads as a name, not as part of a capitalised phrase.

    Used for surnames that are also words ("Carter", "Hall", "Cook"): the
    mention must not touch another capitalised word on the same line ("City
    Hall", "Hall Street", "E Cook St", "A White Toyota") and must not follow a
    determiner ("the Hall").
    """
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:s]
    after = text[e:line_end]
    if not any(c.islower() for c in text[line_start:line_end]):
        # ALL-CAPS line (teletype): every word is capitalised, so only a place word or a
        # street direction next to the name makes it part of a phrase ("E COOK ST", "CITY HALL")
        prev = re.search(r"([\w'’.-]+)[ \t]+$", before)
        nxt = re.match(r"(?:'S|’S)?[ \t]+([\w'’.-]+)", after)
        if prev and (prev.group(1).rstrip(".") in DIRECTIONS or prev.group(1).capitalize() in PLACE_WORDS):
            return False
        return not (nxt and nxt.group(1).rstrip(".,").capitalize() in PLACE_WORDS)
    prev = re.search(r"([\w'’.-]+)[ \t]+$", before)
    if prev and not re.search(r"[ \t]{2,}$|\t$", before):
        word = prev.group(1)
        if word.lower() in DETERMINERS:
            return False
        if (
            _CAP_WORD.fullmatch(word)
            and not word.endswith(".")
            and word not in TITLES | RANKS
            and word.capitalize() not in LEAD_INS
        ):
            return False
    nxt = re.match(r"(?:'s|’s)?[ \t]+([\w'’-]+)", after)
    if nxt and not re.match(r"(?:'s|’s)?(?:[ \t]{2,}|\t)", after):
        if _CAP_WORD.fullmatch(nxt.group(1)):
            return False
    return True


def _kept_spans(text: str, kept_names: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for kn in kept_names:
        tokens = kn.split()
        if not tokens:
            continue
        for variant in {" ".join(tokens), " ".join(tokens).upper()}:
            pat = _bounded(r"\s+".join(_esc(t) for t in variant.split()))
            spans.extend(m.span() for m in _compiled(pat).finditer(text))
    return spans


def _mention(text: str, s: int, e: int, score: float, explanation: str) -> Finding:
    """A PERSON finding added by propagation, with a stable id."""
    return Finding.make("PERSON", s, e, text[s:e], score, RECOGNIZER, explanation)


_LEFT = re.compile(
    r"(?<![\w.'’-])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*|\p{Lu}{2,})(?:[ \t]*\n[ \t]*|[ \t]+)$"
)
_RIGHT = re.compile(r"^(?:[ \t]*\n[ \t]*|[ \t]+)(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*|\p{Lu}{2,})(?![\w-])")


def _mid_sentence(text: str, pos: int) -> bool:
    """True when the token starting at ``pos`` does not start a sentence or a form line."""
    before = text[:pos].rstrip(" \t")
    if before.endswith("\n"):
        before = before[:-1].rstrip(" \t")
        return bool(before) and (before[-1].islower() or before[-1] == ",")
    return bool(before) and before[-1] not in ".!?:;|"


@functools.cache
def _title_tails() -> frozenset[str]:
    """The last words of rank and official titles ("Attorney" of "City Attorney", "Officer", "RN"),
    less any that is also a given name or surname ("ADA", "Hon"): a title is no part of a name.
    (Built on first use: the census lists are not read at import.)"""
    tails = {w.split()[-1].rstrip(".").capitalize() for w in (*RANK_WORDS, *CONTEXT_TITLES)}
    return frozenset(t for t in tails if not is_given_name(t) and surname_kind(t) != "name") \
        | RANKS | ROLE_TITLES


def _caps_context(text: str, pos: int, tok: str) -> bool:
    """True for an ALL-CAPS token on an ALL-CAPS line, a role word or a title word ("...City
    Attorney\nAnn Roe" in a cc block): no evidence that it is a name."""
    if tok.lower() in ROLE_WORDS or caps_word(tok) or tok.capitalize() in _title_tails():
        return True
    if not tok.isupper():
        return False
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls : len(text) if le < 0 else le]
    return not any(c.islower() for c in line)


def _complete(text: str, src: Finding, blocked: list[tuple[int, int]]) -> tuple[Finding, list[Finding]]:
    """Extend a source by one adjacent name token on each side; return it and the added pieces."""
    start, end = src.start, src.end
    pieces: list[tuple[int, int, str]] = []
    if len(src.text.split()) < 3:
        m = _LEFT.search(text[max(0, start - 40) : start])
        if m and "," not in src.text:
            s = start - (len(text[max(0, start - 40) : start]) - m.start(1))
            tok = m.group(1)
            gap = text[s + len(tok) : start]
            if "\n" in gap and cell_break(text, s + len(tok) + gap.index("\n")):
                tok = ""
            if tok and _caps_context(text, s, tok):
                tok = ""
            stop = tok in STOP_WORDS or tok.capitalize() in STOP_WORDS
            if tok and not stop and _mid_sentence(text, s):
                if not overlaps(s, s + len(tok), blocked):
                    pieces.append((s, s + len(tok), "given name before"))
                    start = s
        m = _RIGHT.match(text[end : end + 40])
        if m and "," not in src.text:
            s = end + m.start(1)
            tok = m.group(1)
            gap = text[end:s]
            if "\n" in gap and cell_break(text, end + gap.index("\n")):
                tok = ""
            if tok and _caps_context(text, s, tok):
                tok = ""
            if (
                tok
                and tok not in STOP_WORDS
                and tok.capitalize() not in STOP_WORDS
                and tok.capitalize() not in FORM_WORDS
                and not overlaps(s, s + len(tok), blocked)
            ):
                pieces.append((s, s + len(tok), "surname after"))
                end = s + len(tok)
    if not pieces:
        return src, []
    whole = Finding("PERSON", start, end, text[start:end], src.score, src.recognizer, src.explanation, src.id)
    added = [
        _mention(text, s, e, src.score,
                 f"propagated from PERSON '{src.text}' at offset {src.start} ({src.recognizer}): "
                 f"{what} completes the name")
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
        offset). The input list is not modified; in the returned copy, NER
        (``SpacyRecognizer``) PERSON findings are trimmed to their name tokens
        (see :func:`clean_person`) and dropped when none is left.
    """
    if "PERSON" not in policy.redact:
        return list(findings)
    cleaned: list[Finding] = []
    for f in findings:
        if f.entity == "PERSON" and f.recognizer == "SpacyRecognizer":
            c = clean_person(text, f)
            if c is not None:
                cleaned.append(c)
        else:
            cleaned.append(f)
    findings = cleaned
    sources: list[Finding] = [
        f
        for f in findings
        if f.entity == "PERSON"
        and policy.takes_part("PERSON", f.score)  # a review-level name's mentions are reviewed too
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
    blocked += [(f.start, f.end) for f in findings if f.entity in policy.keep and f.entity != "DATE_TIME"]
    blocked_m = SpanMask(len(text), blocked)
    sources = [s for s in sources if not blocked_m.any(s.start, s.end)]
    completed: list[Finding] = []
    added: list[Finding] = []
    added_m = SpanMask(len(text))
    for src in sources:
        whole, pieces = _complete(text, src, blocked)
        completed.append(whole)
        for p in pieces:
            if not added_m.any(p.start, p.end):
                added.append(p)
                added_m.mark(p.start, p.end)
    sources = completed

    # Full-score names first, and only they count as already found for each other: a mention
    # that a needs_review finding also covers ("LAST, First" read weakly) is still proposed at
    # full score, so what builds on full-score names (quoted nicknames, titles) sees it.
    threshold = policy.threshold("PERSON")
    strong = SpanMask(len(text), [(f.start, f.end) for f in sources if f.score >= threshold])
    existing = SpanMask(len(text), [(f.start, f.end) for f in sources])
    covered = added_m
    order = sorted(sources, key=lambda f: (f.score < threshold, -(f.end - f.start), f.start))
    names = [n for n in (_parse(s) for s in order) if n]
    seen_names: set[str] = set()
    for name in names:
        src = name.source
        key = " ".join(src.text.split())
        if key in seen_names:  # every mention of a name yields the same patterns: search once
            continue
        seen_names.add(key)
        for form, rx in _patterns(name, kept_tokens, text):
            for m in rx.finditer(text):
                s, e = m.span()
                found = strong if src.score >= threshold else existing
                # (a longer form over a part another name already propagated still counts: a given
                # name alone found first must not leave "ADA LYN ROE"'s middle name visible)
                if found.all(s, e) or covered.all(s, e) or blocked_m.any(s, e):
                    continue
                if form.startswith("surname alone (also a word") and not _standalone_name(text, s, e):
                    continue
                if _in_phrase(text, s, e):
                    continue  # "KEEP-THE-PEACE", "son-in-Law": a word of a hyphenated phrase
                after = text[e : e + 2]
                poss = " (possessive: name part only)" if after[:1] in ("'", "’") else ""
                explanation = (
                    f"propagated from PERSON '{' '.join(src.text.split())}' at offset {src.start} "
                    f"({src.recognizer}): {form}{poss}"
                )
                added.append(_mention(text, s, e, src.score, explanation))
                covered.mark(s, e)
    added.extend(_titles(text, [*sources, *added], policy))
    added.sort(key=lambda f: (f.start, f.end))
    return list(findings) + added


#: A function word joined by a hyphen: the mention is a word of a phrase ("keep-the-peace",
#: "man-of-war"), never a double surname ("Roe-Peace"; particles are no such words).
_PHRASE_BEFORE = re.compile(r"(?<![\w'’])(?i:the|of|in|a|an|to|and|on|at|by|for|or)-$")
_PHRASE_AFTER = re.compile(r"-(?i:the|of|in|a|an|to|and|on|at|by|for|or)(?![\w'’])")


def _in_phrase(text: str, s: int, e: int) -> bool:
    return bool(_PHRASE_BEFORE.search(text[max(0, s - 5):s]) or _PHRASE_AFTER.match(text, e))


def _titles(text: str, persons: list[Finding], policy: Policy) -> list[Finding]:
    """A finding over "Mr." / "Ms." / "Mrs." (reveals gender) or "Dr." right before a redacted name."""
    out: list[Finding] = []
    seen: set[int] = set()
    for f in persons:
        if f.entity != "PERSON" or policy.is_allowed(f.text):
            continue
        m = TITLE_BEFORE_NAME.search(text[max(0, f.start - 40) : f.start])
        if not m:
            continue
        s = f.start - (len(text[max(0, f.start - 40) : f.start]) - m.start())
        e = s + len(m.group(0).rstrip())
        if s in seen:
            continue
        seen.add(s)
        what = "courtesy title before the name (reveals gender)" if m.group("g") else "doctor's title"
        why = f"propagated from PERSON '{' '.join(f.text.split())}' at offset {f.start}: {what}"
        out.append(_mention(text, s, e, f.score, why))
    return out
