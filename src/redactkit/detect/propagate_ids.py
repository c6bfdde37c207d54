"""Every identifier propagated: a redacted number, plate, address or date is redacted wherever it recurs.

A *source* is a finding of an identifier entity (:data:`IDENTIFIER_ENTITIES`) that the
policy redacts: its score reaches the entity's threshold and it is not on the allow-list.
Each source's value is searched in the whole document text in a normalised form:

* phone numbers, SSNs, licence and ID numbers: the same digits (and letters) in the same
  order, whatever separators stand between them (``(217) 555-0143`` = ``217.555.0143`` =
  ``2175550143``; any Unicode dash or blank), never inside a longer number;
* licence plates: the same letters and digits, case-insensitive, with or without a dash
  or blank between groups (``7ABC123`` = ``7abc-123``); a spelled-out state before it is
  not part of the key (``Ohio 902 KTP`` = ``902 KTP``);
* e-mail addresses: case-insensitive;
* dates of birth and VINs: the same text;
* addresses: the same words, blanks and line breaks ignored, case-insensitive; the
  street line alone (up to the first comma or line break: ``4417 Elm Road``) counts as
  a form of the full address.

Every match not yet covered by a finding of the same entity becomes a finding with
recognizer :data:`RECOGNIZER`, the source's score, and an explanation naming the source.
:func:`identifier_values` and :func:`find_values` are the same search for values that
come from elsewhere (another document of a packet, ``--consistent``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..errors import UndecidedMatch
from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask

__all__ = [
    "IDENTIFIER_ENTITIES",
    "RECOGNIZER",
    "find_values",
    "identifier_values",
    "propagate_identifiers",
    "value_pattern",
]

#: ``recognizer`` of the findings added here.
RECOGNIZER = "identifier_propagation"

_DIGIT_KEYED = frozenset({"PHONE_NUMBER", "US_SSN", "DRIVER_LICENSE", "US_DRIVER_LICENSE", "ID_NUMBER"})
#: Entities whose every occurrence is redacted once one is.
IDENTIFIER_ENTITIES = frozenset(
    {*_DIGIT_KEYED, "LICENSE_PLATE", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "VIN", "ADDRESS"}
)
#: separators between the characters of a number; a pleading page's line number on a line of its
#: own ("(509)\n8\n555-0139") is one too
#: (the Unicode dashes U+2010-U+2015 and U+2212 in a class of their own: the same characters and
#: the same order of alternatives as one class, but a pattern with a class that mixes them with
#: ``\s`` takes ``re`` about twice as long to compile, once per key character, and each new
#: value compiles one: half of a document's identifier propagation)
_SEP = r"(?:[\s.()/\-]|[‐-―−]|\n[ \t]*\d{1,2}[ \t]*(?=\n))*"
_STREET = re.compile(r"^\s*(?:\d+[A-Z]?|[NSEW]\d+)\s+[^\s,]+(?:[ \t]+[^\s,]+)+?(?=\s*(?:,|\n|$))")


#: A spelled-out state before a plate ("Ohio 902 KTP"): the plate recurs without it ("902 KTP OH").
_PLATE_STATE = re.compile(
    r"^(?:New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island"
    r"|South Carolina|South Dakota|West Virginia|Alabama|Alaska|Arizona|Arkansas|California|Colorado"
    r"|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky"
    r"|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana"
    r"|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia"
    r"|Washington|Wisconsin|Wyoming)\s+(?=\S)"
)


def _plate_key(value: str) -> str:
    """A plate's letters and digits, without a spelled-out state before it."""
    return _alnum(_PLATE_STATE.sub("", " ".join(value.split()), count=1))


def _alnum(s: str) -> str:
    return "".join(c for c in s.upper() if c.isalnum())


@functools.lru_cache(maxsize=4096)
def value_pattern(entity: str, value: str) -> re.Pattern[str] | None:
    """The normalised search pattern of one identifier value, or None when too short to search.

    (The standard library's ``re``: these patterns are plain, and it compiles them some ten
    times faster than ``regex``; cached, since a packet repeats its values.)"""
    if entity in _DIGIT_KEYED:
        key = _number_key(entity, value)
        if key is None:
            return None
        body = _SEP.join(re.escape(c) for c in key)
        lead = r"(?:\+?1" + _SEP + r")?" if entity == "PHONE_NUMBER" else ""
        return re.compile(rf"(?<![\w]){lead}{body}(?![\w])", re.IGNORECASE)
    if entity == "LICENSE_PLATE":
        key = _number_key(entity, value)
        if key is None:
            return None
        body = r"[\s\-]?".join(re.escape(c) for c in key)
        return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)
    words = value.split()
    if not words:
        return None
    if entity == "ADDRESS":
        if len(" ".join(words)) < 8:
            return None
        body = r"\s+".join(re.escape(w) for w in words)
        return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)
    if entity in ("EMAIL_ADDRESS", "VIN", "DATE_OF_BIRTH"):
        if len("".join(words)) < 6:
            return None
        body = r"\s+".join(re.escape(w) for w in words)
        flags = re.IGNORECASE if entity != "DATE_OF_BIRTH" else 0
        return re.compile(rf"(?<![\w@.]){body}(?![\w@])", flags)
    return None


@functools.lru_cache(maxsize=4096)
def _starts(entity: str, value: str) -> re.Pattern[str] | None:
    """A pattern for every character a match of :func:`value_pattern` can start with (its
    first consumed character, under the same flags), or None when there is no pattern.

    :func:`value_pattern`'s patterns open with a lookbehind, so ``re`` has no literal prefix
    to skip ahead with and tries every position; this one-character pattern has one (for
    digits and other uncased characters), so :func:`_matches` tries only where it matches."""
    if entity in _DIGIT_KEYED or entity == "LICENSE_PLATE":
        # (from the key, not the compiled value pattern: see _number_matches)
        flags: int = re.IGNORECASE
        if _number_key(entity, value) is None:
            return None
    else:
        rx = value_pattern(entity, value)
        if rx is None:
            return None
        flags = rx.flags
    # The first character, and (in a look-ahead, so no start is consumed) what must follow
    # it in every match: the second key character after the separators the pattern allows
    # there. Every match of ``rx`` starts where this matches; far fewer places do than
    # where the first character alone does (a digit, in a page of digits).
    if entity in _DIGIT_KEYED or entity == "LICENSE_PLATE":
        key = _plate_key(value) if entity == "LICENSE_PLATE" else _alnum(value)
        if entity == "PHONE_NUMBER" and len(key) == 11 and key.startswith("1"):
            key = key[1:]
        sep = _SEP if entity in _DIGIT_KEYED else r"[\s\-]?"
        first = rf"{re.escape(key[0])}(?={sep}{re.escape(key[1])})"
        if entity == "PHONE_NUMBER":  # the optional leading "+1", where the number follows it
            after = rf"{sep}{re.escape(key[0])}"
            return re.compile(rf"\+(?=1{after})|1(?={after})|{first}", flags)
        return re.compile(first, flags)
    word = value.split()[0]
    if len(word) >= 2:
        return re.compile(rf"{re.escape(word[0])}(?={re.escape(word[1])})", flags)
    return re.compile(re.escape(word[0]), flags)


def _matches(rx: re.Pattern[str], starts: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in rx.finditer(text)]``, trying ``rx`` only where ``starts`` matches
    (every match of ``rx`` starts there; its lookbehind still sees the text before)."""
    out: list[tuple[int, int]] = []
    end = 0
    for c in starts.finditer(text):
        pos = c.start()
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m is not None:
            out.append(m.span())
            end = max(m.end(), pos + 1)
    return out


def _number_key(entity: str, value: str) -> str | None:
    """The letters and digits a number's or plate's pattern is made of, or None when too short to search."""
    if entity == "LICENSE_PLATE":
        key = _plate_key(value)
        return key if len(key) >= 4 else None
    key = _alnum(value)
    if entity == "PHONE_NUMBER" and len(key) == 11 and key.startswith("1"):
        key = key[1:]
    return key if sum(c.isdigit() for c in key) >= 5 else None


# A number's or plate's occurrences found without compiling its pattern. Compiling
# value_pattern's pattern (a _SEP between every two characters) cost about 1.5 ms a value,
# some 18 ms a page on a page of phone numbers and SSNs, each document afresh; the search
# below walks the same pattern in the order ``re`` tries it (greedy, first success wins)
# at the few places _starts finds, and asks the compiled pattern whenever it cannot tell
# a comparison exactly (a non-ASCII character under IGNORECASE). Written for this _SEP:
_NUMBER_SEP = r"(?:[\s.()/\-]|[‐-―−]|\n[ \t]*\d{1,2}[ \t]*(?=\n))*"
_SEP_CHARS = frozenset(".()/-‐‑‒–—―−")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w for str patterns


def _same_char(c: str, k: str) -> bool:
    """Whether the pattern's escaped key character ``k`` matches ``c`` under re.IGNORECASE."""
    if c == k:
        return True
    if c.isascii() and k.isascii():
        return c.lower() == k.lower()
    raise UndecidedMatch  # Unicode case folding ("ı" matches "i", "K" (Kelvin) matches "k"): ask re


def _sep_ends(text: str, p: int) -> list[int]:
    """Where _SEP, starting at ``p``, can end, in the order ``re`` tries them: each alternative
    in turn taken once more first (greedy), stopping here last."""
    n = len(text)
    if p >= n or not (text[p].isspace() or text[p] in _SEP_CHARS):
        return [p]  # no separator here (the usual case: the next character follows at once)
    out, stack = [], [(p, False)]
    while stack:
        q, done = stack.pop()
        if done:
            out.append(q)
            continue
        stack.append((q, True))
        if q >= n:
            continue
        c, kids = text[q], []
        if c.isspace() or c in _SEP_CHARS:
            kids.append(q + 1)
        if c == "\n":  # a line number on a line of its own: "\n[ \t]*\d{1,2}[ \t]*(?=\n)"
            i = q + 1
            while i < n and text[i] in " \t":
                i += 1
            j = i
            while j < n and j - i < 2 and text[j].isdecimal():
                j += 1
            k = j
            while k < n and text[k] in " \t":
                k += 1
            # (fewer blanks or one digit fewer leave a blank or digit where a digit or "\n" must be)
            if j > i and k < n and text[k] == "\n":
                kids.append(k)
        stack.extend((kid, False) for kid in reversed(kids))
    return out


def _body_end(text: str, p: int, key: str, i: int, plate: bool) -> int | None:
    """Where the pattern's key characters from ``key[i]`` on, with separators and the closing
    look-ahead, first match from ``p``; None when they do not."""
    n = len(text)
    if p >= n or not _same_char(text[p], key[i]):
        return None
    q = p + 1
    if i == len(key) - 1:
        if q < n and (_is_word(text[q]) or (plate and text[q] == "-")):
            return None
        return q
    ends = ([q + 1, q] if q < n and (text[q].isspace() or text[q] == "-") else [q]) if plate \
        else _sep_ends(text, q)
    for r in ends:
        e = _body_end(text, r, key, i + 1, plate)
        if e is not None:
            return e
    return None


def _number_match_end(entity: str, key: str, text: str, pos: int) -> int | None:
    """``value_pattern(entity, value).match(text, pos).end()`` (None: no match) for a number or plate."""
    plate = entity == "LICENSE_PLATE"
    if pos > 0 and (_is_word(text[pos - 1]) or (plate and text[pos - 1] == "-")):
        return None
    if entity == "PHONE_NUMBER":  # the optional "(?:\+?1 SEP)?" before the digits, tried first
        for p in ([pos + 1, pos] if text.startswith("+", pos) else [pos]):
            if text.startswith("1", p):
                for r in _sep_ends(text, p + 1):
                    e = _body_end(text, r, key, 0, plate)
                    if e is not None:
                        return e
    return _body_end(text, pos, key, 0, plate)


def _number_matches(entity: str, value: str, starts: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``_matches(value_pattern(entity, value), starts, text)`` for a number or plate, without
    compiling the pattern unless a comparison needs it."""
    key = _number_key(entity, value)
    if key is None or _SEP != _NUMBER_SEP:
        rx = value_pattern(entity, value)
        return _matches(rx, starts, text) if rx is not None else []
    out: list[tuple[int, int]] = []
    end = 0
    for c in starts.finditer(text):
        pos = c.start()
        if pos < end:
            continue
        try:
            m_end = _number_match_end(entity, key, text, pos)
        except UndecidedMatch:
            rx = value_pattern(entity, value)
            m = rx.match(text, pos) if rx is not None else None
            m_end = m.end() if m is not None else None
        if m_end is not None:
            out.append((pos, m_end))
            end = max(m_end, pos + 1)
    return out


def identifier_values(entity: str, value: str) -> list[tuple[str, str]]:
    """The forms one value is searched in: ``(form name, text)``; an address adds its street line."""
    forms = [("same value", value)]
    if entity == "ADDRESS":
        m = _STREET.match(value)
        if m and m.group(0).strip() != value.strip() and len(m.group(0).split()) >= 2:
            forms.append(("street line of the address", m.group(0).strip()))
    return forms


def find_values(
    text: str,
    values: Iterable[tuple[str, str, float, str]],
    covered: Sequence[Finding],
    recognizer: str = RECOGNIZER,
) -> list[Finding]:
    """Findings for every occurrence of ``values`` (entity, value, score, why) in ``text``.

    Occurrences already inside a finding of the same entity in ``covered`` are skipped.
    """
    masks: dict[str, SpanMask] = {}
    for f in covered:
        if f.entity in IDENTIFIER_ENTITIES:
            masks.setdefault(f.entity, SpanMask(len(text))).mark(f.start, f.end)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for entity, value, score, why in values:
        for form, form_text in identifier_values(entity, value):
            key = (entity, " ".join(form_text.split()).upper())
            if key in seen:
                continue
            seen.add(key)
            starts = _starts(entity, form_text)
            if starts is None:
                continue
            if entity in _DIGIT_KEYED or entity == "LICENSE_PLATE":
                spans = _number_matches(entity, form_text, starts, text)
            else:
                rx = value_pattern(entity, form_text)
                if rx is None:
                    continue
                spans = _matches(rx, starts, text)
            mask = masks.setdefault(entity, SpanMask(len(text)))
            for s, e in spans:
                if mask.all(s, e):
                    continue
                mask.mark(s, e)
                out.append(Finding.make(entity, s, e, text[s:e], score, recognizer, f"{why} ({form})"))
    return out


def propagate_identifiers(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Findings for the other occurrences of every identifier the policy redacts (see module doc)."""
    values: list[tuple[str, str, float, str]] = []
    for f in sorted(findings, key=lambda f: (-f.score, f.start)):
        if f.entity not in IDENTIFIER_ENTITIES or f.entity not in policy.redact:
            continue
        if f.score < policy.threshold(f.entity) or policy.is_allowed(f.text) or f.recognizer == RECOGNIZER:
            continue
        why = f"propagated from {f.entity} '{' '.join(f.text.split())}' at offset {f.start} ({f.recognizer})"
        values.append((f.entity, f.text, f.score, why))
    return find_values(text, values, findings)
