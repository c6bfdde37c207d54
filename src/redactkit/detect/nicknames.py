"""A private person's nicknames and aliases, and every other mention of them.

Two ways a record gives a person another name:

* a quoted nickname next to a redacted name: inside it (``Ada "Dot" Roe``), right after it
  (``ROE, ADA "Dot"``, also wrapped to the next line of a cell) or right before the surname
  (``"Dot" Roe``);
* the value of an alias field: ``AKA``, ``Alias(es)``, ``Moniker``, ``Nickname``, ``Also known
  as`` followed (on the same line or the next) by names separated by ``;`` or ``,``; and, in a
  record with such a field, a cell holding only a quoted name (the text layer of a two-column
  form may put the label and its value far apart).

Each such nickname is a PERSON finding, and so is every other capitalised, whole-token
mention of it in the document ("Dot drove the car", "DOT"), quoted or not: the record has
said that this word names the person. A nickname that is also a token of a kept name (an
officer) is never searched, and no mention may overlap a kept finding.
"""

from __future__ import annotations

from collections.abc import Collection

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    EVERYDAY_WORDS,
    NOT_NAMES,
    REGEX_FLAGS,
    STOP_WORDS,
    TITLES,
    is_given_name,
)

__all__ = ["RECOGNIZER", "nickname_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "nickname"

_WS = r"[ \t]"
#: A quoted nickname: one to three capitalised tokens ("Dot", "K-Dog", "Little Ray").
_QUOTED = re.compile(
    r"""(?<![\w])["“'‘](?P<nick>\p{Lu}[\p{L}\p{N}.'’-]{0,20}(?:[ \t]\p{Lu}[\p{L}.'’-]{0,20}){0,2})"""
    r"""["”'’](?![\w])""",
    REGEX_FLAGS,
)
#: An alias field and its value line ("AKA / Moniker\n\"Dot\"", "Aliases: Dot Roe; A. B. Roe").
_ALIAS = re.compile(
    rf"(?<![\w])(?P<label>AKA|A\.K\.A\.?|a\.k\.a\.?|(?i:aliases|alias|moniker|nickname|also{_WS}+known{_WS}+as))"
    rf"(?:{_WS}*(?:/|\(cont\.\)){_WS}*(?i:aka|alias|moniker|nickname|street{_WS}+name))?"
    rf"{_WS}*:?{_WS}*(?:\n{_WS}*)?(?P<value>[^\n]{{1,80}})",
    REGEX_FLAGS,
)
#: A form cell holding only a quoted name ("\"Dot\""): in a record with an alias field, a moniker
#: whose label the text layer put elsewhere (two-column forms read row by row).
_QUOTED_CELL = re.compile(
    r"""^[ \t]*["“](?P<nick>\p{Lu}[\p{L}.'’-]{0,20}(?:[ \t]\p{Lu}[\p{L}.'’-]{0,20}){0,2})["”][ \t]*$""",
    REGEX_FLAGS | re.MULTILINE,
)
#: A quoted name after the word "name" in prose: 'Door plate name "A. & B. Roe"', 'signed the name
#: "Ada Roe"' (initials, capitalised words, '&' / 'and'); not a business, street or file name.
_NAME_QUOTED = re.compile(
    r"(?<!(?i:business|company|street|road|file|product|brand|store|trade|domain|user)[ \t]+)"
    r"(?i:name|named)[ \t]*:?[ \t]*[\"“](?P<v>(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)"
    r"(?:(?:[ \t]+|[ \t]*&[ \t]*|[ \t]+and[ \t]+)(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,4})[\"”]",
    REGEX_FLAGS,
)
#: Words that fill an empty alias field or start the next label, not names.
_NO_VALUE = re.compile(
    r"(?i)^(?:none|n/?a|unk(?:nown)?|no|nil|-+|date|dob|age|sex|race|height|weight|hgt|wgt|ssn|phone"
    r"|address|home|residence|occupation|employer|scars|dl|sid|fbi|ncic|reg|verification)\b"
)
_SPLIT = re.compile(r"[;,]|\band\b")
_TOKEN = re.compile(r"[\p{L}][\p{L}'’.-]*", REGEX_FLAGS)
_SKIP = {t.lower().rstrip(".") for t in TITLES}


def _quoted_near(text: str, f: Finding) -> list[tuple[int, int]]:
    """Quoted nicknames inside ``f``, right after it, or right before it."""
    out: list[tuple[int, int]] = []
    lo = max(0, f.start - 30)
    hi = min(len(text), f.end + 30)
    for m in _QUOTED.finditer(text, lo, hi):
        s, e = m.span("nick")
        inside = f.start <= m.start() and m.end() <= f.end
        # (also at the start of the next line: a table cell wraps the nickname under the name)
        after = m.start() >= f.end and re.fullmatch(rf"{_WS}*,?{_WS}*(?:\n{_WS}*)?\(?", text[f.end:m.start()])
        before = m.end() <= f.start and re.fullmatch(rf"{_WS}*", text[m.end():f.start])
        if inside or after or before:
            out.append((s, e))
    return out


def _alias_values(text: str) -> list[tuple[int, int]]:
    """The names in the value of every alias field."""
    out: list[tuple[int, int]] = []
    for m in _ALIAS.finditer(text):
        base = m.start("value")
        value = m.group("value")
        pos = 0
        for part in [*_SPLIT.split(value)]:
            at = value.find(part, pos)
            pos = at + len(part)
            stripped = part.strip(" \t\"“”'‘’()")
            if not stripped or _NO_VALUE.match(stripped):
                if not stripped:
                    continue
                break  # an empty field: what follows is the next label
            tokens = _TOKEN.findall(stripped)
            if not tokens or len(tokens) > 4 or not stripped[0].isupper():
                break  # prose, not a list of names
            s = base + at + part.find(stripped)
            out.append((s, s + len(stripped)))
    return out


def _nick_tokens(nick: str) -> str | None:
    """The nickname as searched alone: at least two letters, not a title or an initial."""
    clean = nick.strip(" .")
    if len(clean) < 2 or clean.lower() in _SKIP or not any(c.isalpha() for c in clean):
        return None
    return clean


def nickname_findings(
    text: str, findings: list[Finding], policy: Policy, kept_names: Collection[str]
) -> list[Finding]:
    """PERSON findings for the nicknames and aliases of redacted persons and their other mentions."""
    if "PERSON" not in policy.redact:
        return []
    threshold = policy.threshold("PERSON")
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= threshold
               and not policy.is_allowed(f.text)]
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep]
    kept_tokens = {t.lower() for k in kept_names for t in _TOKEN.findall(k)}
    blocked = SpanMask(len(text), kept)
    spans: list[tuple[int, int, str]] = []
    for f in persons:
        spans += [(s, e, f"quoted nickname next to PERSON '{' '.join(f.text.split())}'")
                  for s, e in _quoted_near(text, f)]
    spans += [(s, e, "value of an alias field") for s, e in _alias_values(text)]
    spans += [(*m.span("v"), "a quoted name after the word 'name'") for m in _NAME_QUOTED.finditer(text)]
    if _ALIAS.search(text):
        spans += [(*m.span("nick"), "quoted name alone in a cell of a form with an alias field")
                  for m in _QUOTED_CELL.finditer(text)]
    out: list[Finding] = []
    covered = SpanMask(len(text), [(f.start, f.end) for f in persons])
    added = SpanMask(len(text))
    nicks: dict[str, str] = {}
    for s, e, why in spans:
        if blocked.any(s, e) or added.any(s, e):
            continue
        nick = text[s:e]
        if not covered.all(s, e):
            out.append(Finding.make("PERSON", s, e, nick, 0.85, RECOGNIZER, why))
            added.mark(s, e)
        single = _nick_tokens(nick)
        if single and not ({t.lower() for t in _TOKEN.findall(single)} & kept_tokens):
            nicks.setdefault(single, why)
    for nick, why in nicks.items():
        forms = {nick, nick.upper()}
        for form in forms:
            # whole token; a possessive "'s" may follow, a longer contraction may not
            rx = re.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){re.escape(form)}"
                            rf"(?![\p{{L}}\p{{N}}-]|['’]\p{{L}}{{2}})", REGEX_FLAGS)
            for m in rx.finditer(text):
                s, e = m.span()
                if covered.all(s, e) or added.any(s, e) or blocked.any(s, e):
                    continue
                out.append(Finding.make("PERSON", s, e, m.group(0), 0.8, RECOGNIZER,
                                        f"another mention of the nickname '{nick}' ({why})"))
                added.mark(s, e)
    return out + _short_forms(text, persons, blocked, covered, added, kept_tokens)


_NAME_TOKEN = re.compile(r"\p{Lu}[\p{L}]+", REGEX_FLAGS)
#: maximal runs of letters and digits: a short form the search below can match is one of them
_RUN = re.compile(r"[\p{L}\p{N}]+")


def _short_forms(text: str, persons: list[Finding], blocked: SpanMask, covered: SpanMask,
                 added: SpanMask, kept_tokens: set[str]) -> list[Finding]:
    """A redacted person's given name shortened: its head or its tail of three letters or more
    ("Alexander" -> "Alex", "Carolina" -> "Lina"), as a capitalised word of its own that is no
    English word, stop word, month or kept name, and is not followed by another capitalised word
    (then it is part of a longer name or a place: "Des Moines"). The given name is a census given
    name, or the first word of a redacted "Given Surname" name."""
    shorts: dict[str, str] = {}
    starts = {g.start for g in persons}
    for f in persons:
        if blocked.all(f.start, f.end):
            continue  # a kept officer's name read as a person too: their short forms are no one's
        toks = _NAME_TOKEN.findall(f.text)
        gap = re.match(r"[ \t]+", text[f.end:f.end + 3])
        if len(f.text.split()) < 2 and not (gap and f.end + gap.end() in starts):
            continue  # a full name says whose given name it is (also two findings: "LORENZO" "ROE")
        for i, tok in enumerate(toks):
            name = tok.capitalize()
            # a census given name, or the first word of a "Given Surname" name
            if len(name) < 5 or not (is_given_name(name) or i == 0 and "," not in f.text):
                continue
            for k in range(3, len(name) - 1):
                for short in (name[:k], name[-k:].capitalize()):
                    shorts.setdefault(short, name)
    out = _two_letter_forms(text, persons, blocked, covered, added, kept_tokens)
    # The search wants the form with no letter or digit on either side, so it matches only a whole
    # run of letters and digits: a form that is no such run is skipped unsearched (a name has
    # ~10 short forms and each search compiles a pattern and scans the document; same findings)
    runs = set(_RUN.findall(text)) if shorts else set()
    for short, full in shorts.items():
        if (short in COMMON_WORDS or short in EVERYDAY_WORDS or short in NOT_NAMES or short in CALENDAR_WORDS
                or short in STOP_WORDS or short.lower() in kept_tokens or short.lower() in _SKIP):
            continue
        for form in (short, short.upper()):
            if form not in runs:
                continue
            rx = re.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){re.escape(form)}"
                            rf"(?![\p{{L}}\p{{N}}-]|['’]\p{{L}}{{2}}|[ \t]+\p{{Lu}}\p{{L}})", REGEX_FLAGS)
            for m in rx.finditer(text):
                s, e = m.span()
                if covered.any(s, e) or added.any(s, e) or blocked.any(s, e):
                    continue
                out.append(Finding.make("PERSON", s, e, m.group(0), 0.6, RECOGNIZER,
                                        f"short form of the given name '{full}' of a redacted person"))
                added.mark(s, e)
    return out


#: Two-letter words, abbreviations and state codes in Title Case: never a short name.
_TWO_LETTER_WORDS = frozenset(
    """Am An As At Be By Do Go He Hi If In Is It Me My No Of Oh Ok On Or So To Up Us We Ye Ya Yo Ha Ah Eh
    Uh Um Mr Ms Dr Jr Sr St Rd Ct Ln Lt Co Ma Pa Mo Oz Vs Ex Id Tv Pc Pm Ad Ax Al Ak Az Ar Ca De Fl Ga Il
    Ia Ks Ky La Md Mi Mn Mt Ne Nv Nh Nj Nm Ny Nc Nd Ri Sc Sd Tn Tx Ut Vt Va Wa Wv Wi Wy Dc Pr Gu""".split()
)
#: A person's place in the sentence: addressed or named ("please Jo stop", "tell Jo", "\"Jo\"")
#: before the form, or a comma, possessive or closing quote after it ("Jo, it's me", "Jo's mom").
_TWO_BEFORE = re.compile(
    r"(?:[\"“(]|(?<![\w'’])(?i:please|tell|told|ask|asked|see|saw|call|called|text|texted|love|miss|dear|hi|hey"
    r"|yo|thanks|bye|with|and)[ \t]+)$"
)
_TWO_AFTER = re.compile(r"(?:,|[\"”)]|['’]s(?![\p{L}]))")


def _two_letter_forms(text: str, persons: list[Finding], blocked: SpanMask, covered: SpanMask,
                      added: SpanMask, kept_tokens: set[str]) -> list[Finding]:
    """The first two letters of a redacted person's given name as a name of its own ("Jo" for
    "Jolanta"), only where the sentence addresses or names a person with it (:data:`_TWO_BEFORE`,
    :data:`_TWO_AFTER`): two letters alone are too often a word, a code or an abbreviation."""
    forms: dict[str, str] = {}
    for f in persons:
        if blocked.all(f.start, f.end):
            continue  # a kept officer's name read as a person too: their short forms are no one's
        toks = _NAME_TOKEN.findall(f.text)
        if len(f.text.split()) < 2 or not toks:
            continue
        for i, tok in enumerate(toks):
            name = tok.capitalize()
            if len(name) >= 4 and (is_given_name(name) or i == 0 and "," not in f.text):
                form = name[:2]
                if form not in _TWO_LETTER_WORDS and form.lower() not in kept_tokens and form.isalpha():
                    forms.setdefault(form, name)
    out: list[Finding] = []
    for form, full in forms.items():
        rx = re.compile(rf"(?<![\p{{L}}\p{{N}}'’.-]){re.escape(form)}(?![\p{{L}}\p{{N}}.-]|[ \t]*\d)",
                        REGEX_FLAGS)
        for m in rx.finditer(text):
            s, e = m.span()
            if covered.any(s, e) or added.any(s, e) or blocked.any(s, e):
                continue
            if not (_TWO_BEFORE.search(text, max(0, s - 12), s) or _TWO_AFTER.match(text, e)):
                continue
            out.append(Finding.make("PERSON", s, e, form, 0.6, RECOGNIZER,
                                    f"two-letter short form of the given name '{full}' of a redacted person, "
                                    "addressed or named"))
            added.mark(s, e)
    return out
