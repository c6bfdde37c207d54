"""Names listed beside a redacted person: "Ada Roe, Bo Lin and Cy Dunn", "CREW: A B, C D, E F".

A list joined by commas or "and" in which one item is a redacted person's name lists people: its
other items are taken too, item by item outwards from that name, while each has a name's shape
(two or three capitalised words, initials allowed) with a census given name first or a census
surname last, and no word
that is a place, institution, rank, role, state, month, label or trade word ("Ada Roe, Salem
Police Department" and "Ada Roe, Grace Church" stop at the name). NER and the name patterns
often take only some items of such a list, above all in capitals, where a neighbour's surname is
read as the start of "LAST, FIRST" and an unusual surname ("KAHA'ULA") is not read as a name.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .fallback import word_may_be_name
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, REGEX_FLAGS, is_given_name, surname_kind

__all__ = ["RECOGNIZER", "list_name_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "name-list"
_SCORE = 0.6

_TOK = r"\p{Lu}[\p{L}'’ʻ]*(?:-\p{Lu}[\p{L}'’ʻ]*)*|\p{Lu}\."
#: between two items: a comma (the line may break after it), "and" or "&", or both
_SEP = r"[ \t]*(?:,[ \t]*\n?[ \t]*(?:(?:and|AND|&)[ \t]+)?|[ \t]+(?:and|AND|&)[ \t]+)"
#: an age in brackets after an item ("Ana (6) and Ben Roe (3)"): then one word is a name too
_AGE = r"(?P<age>[ \t]*\((?:age[ \t]*)?\d{1,2}\))?"
_ITEM = rf"(?P<item>(?:{_TOK})(?:[ \t]+(?:{_TOK})){{0,2}}){_AGE}"
_NEXT = re.compile(rf"{_SEP}{_ITEM}(?=[ \t]*(?:[,.;:)\n]|(?:and|AND|&)[ \t]|$))", REGEX_FLAGS)
_BEFORE = re.compile(rf"(?<![\w'’-]){_ITEM}{_SEP}$", REGEX_FLAGS)
_OWN_AGE = re.compile(_AGE.replace("?P<age>", "?:"), REGEX_FLAGS)


def _is_name(item: str, aged: bool = False) -> bool:
    toks = [t for t in item.split() if not re.fullmatch(r"\p{Lu}\.", t)]
    if not (1 if aged else 2) <= len(toks) <= 3 or not all(word_may_be_name(t.strip("'’")) for t in toks):
        return False
    if len(toks) == 1:  # a lone word with an age: no census word, no everyday word
        return toks[0].capitalize() not in COMMON_WORDS and toks[0].capitalize() not in EVERYDAY_WORDS
    if not is_given_name(re.split(r"[-'’ʻ]", toks[0])[0]) and surname_kind(toks[-1].strip("'’")) != "name":
        return False
    return all(surname_kind(t) is not None
               or (t.capitalize() not in COMMON_WORDS and t.capitalize() not in EVERYDAY_WORDS)
               for t in toks[1:])


def _item_before(text: str, start: int) -> tuple[int, int] | None:
    """The list item right before ``start`` (the shortest one with a name's shape)."""
    window = text[max(0, start - 80):start]
    m = _BEFORE.search(window)
    if m is None:
        return None
    base = start - len(window)
    words = list(re.finditer(r"\S+", m.group("item")))
    for k in (1, 2, 3):  # "WITNESSES ADA ROE, ...": the item is the last two words
        if len(words) >= k:
            s = m.start("item") + words[-k].start()
            item = window[s:m.end("item")]
            if _is_name(item, m.group("age") is not None):
                return base + s, base + m.end("item")
    return None


def list_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for the other items of a list that holds a redacted name (module doc)."""
    if "PERSON" not in policy.redact:
        return []
    threshold = policy.threshold("PERSON")
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= threshold
               and not policy.is_allowed(f.text)]
    covered = SpanMask(len(text), [(f.start, f.end) for f in persons])
    blocked = SpanMask(len(text), [(f.start, f.end) for f in findings
                                   if f.entity in policy.keep and f.entity != "DATE_TIME"])
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()

    def take(s: int, e: int, seed: Finding) -> bool:
        if blocked.any(s, e) or policy.is_allowed(text[s:e]):
            return False
        if (s, e) not in seen and not covered.all(s, e):
            seen.add((s, e))
            out.append(Finding.make("PERSON", s, e, text[s:e], _SCORE, RECOGNIZER,
                                    f"listed with PERSON '{' '.join(seed.text.split())}' "
                                    "(commas or 'and' between name-shaped items)"))
        return True

    for f in persons:
        if not text[f.end - 1:f.end].isalpha() and text[f.end - 1:f.end] not in ".'’":
            continue
        end = f.end + len(_OWN_AGE.match(text, f.end).group(0))  # (always matches: may be empty)
        while ((m := _NEXT.match(text, end)) and _is_name(m.group("item"), m.group("age") is not None)
               and take(m.start("item"), m.end("item"), f)):
            end = m.end()
        start = f.start
        while (span := _item_before(text, start)) and take(*span, f):
            start = span[0]
    return out
