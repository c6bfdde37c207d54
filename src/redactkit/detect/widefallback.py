"""Privacy-first wide fallback: capitalised words that look like a name and that nothing explains.

The name fallback (:mod:`.fallback`) needs a census given name at the head of a run. Records of
kinds nobody tuned on leak names that have none: a name whose given name the 1990 census lacks
(many newer and non-English given names), a name that NER cut short (the given name of "SURNAME, GIVEN MIDDLE"
left out, the first half of a three-word name), a lone surname in an unusual layout. Two passes:

* **Name words beside a name** (:func:`adjacent_name_findings`): capitalised words that touch a
  PERSON finding on its line (a blank, or ", " in "SURNAME, GIVEN") and that no lexicon explains
  are taken with it. NER and the recognizers stop a name early far more often than they run on
  into a word that is not one.
* **Unexplained name-shaped runs** (:func:`unexplained_run_findings`): one to three capitalised
  words that no finding covers and none of which is an ordinary word (:func:`ordinary_word`: a
  word English writes in lower case, a rank, place, agency, offence, month or trade word of
  :mod:`.lexicon`, a vehicle or firearm make). A lone word must be a census name, and not a
  place ("in X", "Town of X") or an abbreviation ("Okla.").

A word is explained, and left alone, also where it is part of a kept finding anywhere in the
document (an officer's surname in a log column, a town named in a kept agency), right after a
rank or a unit's code ("Ofc.", "TC"), before a place or offence word ("X County", "X larceny"),
or in a thing's name ("the X", "X & Y").

Both make PERSON findings of score :data:`WIDE_SCORE`: over the policy's ``review_floor`` and
under the PERSON threshold, so the plan proposes them as ``needs_review`` (an unattended run
redacts them under ``uncertain: redact``; a reviewer can reject them), and propagation, which
needs the threshold, never spreads them.
"""

from __future__ import annotations

import functools
from importlib.resources import files

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .fallback import HYPHEN_GIVEN, NOT_SYLLABLES, after_rank, word_may_be_name
from .lexicon import (
    COMMON_WORDS,
    EVERYDAY_WORDS,
    INSTITUTION_WORDS,
    OFFENCE_WORDS,
    PLACE_WORDS,
    REGEX_FLAGS,
    ROLE_WORDS,
    TITLES,
    is_given_name,
    surname_kind,
)

__all__ = [
    "ADJACENT_RECOGNIZER",
    "COMPOUND_MIN",
    "LANGUAGES",
    "MAKES",
    "RUN_RECOGNIZER",
    "WIDE_SCORE",
    "adjacent_name_findings",
    "ordinary_word",
    "unexplained_run_findings",
    "wide_review_findings",
    "wrapped_given_findings",
    "trimmed_run_findings",
    "comma_field_findings",
    "english_words",
]

ADJACENT_RECOGNIZER = "wide-fallback-adjacent"
RUN_RECOGNIZER = "wide-fallback-run"
#: Over the default ``review_floor`` (0.45), under the PERSON threshold (0.5): ``needs_review``.
WIDE_SCORE = 0.46
#: A compound of two English words is this long at least ("doorcode"; not "Corvinia").
COMPOUND_MIN = 8

#: Makers and models of vehicles and firearms that police records name all the time: words of no
#: person's name there ("a 2016 Honda Civic", "a Glock"). Makes that are common given names
#: are left out: the fallback would rather flag them.
MAKES = frozenset(
    """Toyota Honda Nissan Ford Chevrolet Chevy Dodge Jeep Ram Gmc Buick Cadillac Chrysler Hyundai Kia
    Subaru Mazda Mitsubishi Volkswagen Vw Audi Bmw Mercedes Benz Lexus Acura Infiniti Tesla Volvo Pontiac
    Saturn Oldsmobile Plymouth Harley Davidson Yamaha Kawasaki Suzuki Polaris Freightliner Peterbilt
    Kenworth Camry Corolla Civic Accord Altima Sentra Maxima Rogue Silverado Tahoe Suburban Malibu
    Impala Equinox Explorer Escape Fusion Focus Taurus Mustang Ranger Tacoma Tundra Highlander Prius
    Elantra Sonata Tucson Optima Sorento Outback Forester Impreza Jetta Passat Wrangler Cherokee Charger
    Durango Caravan Odyssey Pilot Expedition Escalade Yukon Colorado Frontier Pathfinder Murano Versa
    Glock Ruger Wesson Sauer Mossberg Remington Winchester Beretta Kimber Browning Marlin Savage Hornady
    Taser Axon Motorola Apple Iphone Samsung Galaxy Android Google Facebook Instagram Snapchat Tiktok
    Venmo Cashapp Paypal Zelle Walmart Amazon Uber Lyft""".split()
)
#: Languages, as an interpreter's or a statement's line names them ("interpreter: Somali").
LANGUAGES = frozenset(
    """English Spanish French German Italian Portuguese Russian Ukrainian Polish Arabic Farsi Persian Dari
    Pashto Urdu Hindi Punjabi Bengali Gujarati Chinese Mandarin Cantonese Japanese Korean Vietnamese Thai
    Khmer Lao Hmong Burmese Tagalog Filipino Ilocano Samoan Tongan Hawaiian Somali Amharic Tigrinya
    Oromo Swahili Haitian Creole Navajo Greek Turkish Armenian Albanian Romanian Hebrew Yiddish""".split()
)

_L = r"[\p{L}\p{M}]"
#: A capitalised word (Title Case or capitals, inner hyphens and apostrophes, ʻokina) or an initial.
_WORD = rf"(?:\p{{Lu}}\.(?!\p{{L}})|\p{{Lu}}{_L}+(?:[-'’‘ʻ]{_L}+)*)"
_RUN = re.compile(rf"(?<![\w'’‘ʻ@/.&-]){_WORD}(?:[ \t]{_WORD}){{0,2}}(?![\w'’‘ʻ@/&-])", REGEX_FLAGS)
_INITIAL = re.compile(r"\p{Lu}\.")
#: A word right after a finding: a blank, or a comma and a blank ("SURNAME, GIVEN").
_AFTER = re.compile(rf"(?:[ \t]|,[ \t])(?P<w>{_WORD})(?![\w'’‘ʻ@/&-])", REGEX_FLAGS)
_BEFORE = re.compile(rf"(?<![\w'’‘ʻ@/.&-])(?P<w>{_WORD})(?:[ \t]|,[ \t])$", REGEX_FLAGS)


def _bare(tok: str) -> str:
    return re.sub(r"['’‘ʻ]s$", "", tok.rstrip("."))


def _census_name(tok: str) -> bool:
    parts = [p for p in re.split(r"[-'’‘ʻ]", _bare(tok)) if p]
    return bool(parts) and (is_given_name(parts[0]) or surname_kind(_bare(tok)) == "name")


@functools.lru_cache(maxsize=1 << 15)  # a pure test of one word, asked again for every run it is in
def ordinary_word(tok: str) -> bool:
    """A word of English or of the record's trade, not a name: a rank, place, agency, month,
    offence or trade word (:func:`.fallback.word_may_be_name`), a word everyone writes in lower
    case in SCOWL ("Grant", "Rose", "Cabinet"), a vehicle or firearm make, or two English words
    written as one ("DOORCODE"). A name English does not write in lower case ("Corvinia",
    "Thessaly") is no ordinary word, however often it is written."""
    bare = _bare(tok)
    if not bare or not word_may_be_name(bare) or bare.capitalize() in TITLES:
        return True
    cap = bare.capitalize()
    if cap in EVERYDAY_WORDS or cap in COMMON_WORDS or cap in MAKES or cap in LANGUAGES:
        return True
    if re.fullmatch(HYPHEN_GIVEN, bare) and bare.split("-")[1] not in NOT_SYLLABLES and not (
            bare.lower() in english_words() or bare.replace("-", "").lower() in english_words()
            or all(p in english_words() for p in bare.lower().split("-"))):
        # a romanised given name by its shape ("Min-jun"); not an English word with a hyphen put
        # in ("Co-op") nor two English words ("Half-sister", "Ex-con")
        return False
    parts = [p for p in re.split(r"[-‐]", bare) if p]
    if len(parts) > 1:  # "Co-Signer", "Step-Father": words; "Park-Vessby": a name
        return all(ordinary_word(p) for p in parts)
    if surname_kind(bare) == "word" or bare.lower() in english_words() or bare.lower() in ROLE_WORDS:
        return True
    # two English words written as one ("DOORCODE", "Gatehouse"), unless the census has it
    return not _census_name(bare) and _compound(bare.lower())


def _compound(word: str) -> bool:
    words = english_words()
    return len(word) >= COMPOUND_MIN and any(
        word[:i] in words and word[i:] in words for i in range(3, len(word) - 2))


@functools.cache
def english_words() -> frozenset[str]:
    """The words English writes in lower case (SCOWL size 50; ``data/english_words.txt``)."""
    text = files("redactkit").joinpath("data/english_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _acronym(tok: str) -> bool:
    """Capitals of four letters or fewer that the census lacks ("NCIC"), or of three or fewer
    ("AL", "ALI"): an abbreviation."""
    bare = _bare(tok)
    return bare.isupper() and (len(bare) <= 3 or len(bare) <= 4 and not _census_name(bare))


#: Function words of a line in capitals: short and all capitals, but no rank or unit code before
#: a name ("REGISTERED TO ADA ROE", "OUT WITH ADA ROE", "RP IS ADA ROE").
_FUNCTION_WORDS = frozenset(
    """IS TO OF BY AT IN ON AS OR AND THE FOR FROM WITH WAS WERE ARE HAS HAD SAW MET TOLD GAVE CALL
    SAID ASKED NAMED NAME""".split()
)


def _after_code(text: str, start: int) -> bool:
    """:func:`.fallback.after_rank`, except that a function word of a capitals line is no unit code."""
    if not after_rank(text, start):
        return False
    m = re.search(r"([\p{L}/]+)\.?[ \t]+$", text[max(0, start - 12):start])
    return not (m and m.group(1) in _FUNCTION_WORDS)


def _kept(f: Finding, policy: Policy) -> bool:
    return f.entity in policy.keep and f.entity != "DATE_TIME" and f.score >= policy.threshold(f.entity)


#: NER's nationalities, religions and languages ("interpreter: Somali"): never a person's name.
_NOT_PERSONS = frozenset({"NRP"})


def _explained(text: str, findings: list[Finding], policy: Policy) -> SpanMask:
    return SpanMask(len(text), [
        (f.start, f.end) for f in findings
        if _kept(f, policy) or (f.entity in policy.redact and policy.takes_part(f.entity, f.score))
        or f.entity in _NOT_PERSONS
    ])


def _kept_words(findings: list[Finding], policy: Policy) -> frozenset[str]:
    """Words of the document's kept findings (an officer's surname, a town in an agency's name):
    the same word elsewhere in the document names the same officer or place."""
    return frozenset(_bare(w).casefold() for f in findings if _kept(f, policy)
                     for w in re.findall(rf"{_WORD}", f.text))


def adjacent_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Name words touching a PERSON finding that nothing explains (module doc, first pass)."""
    explained = _explained(text, findings, policy)
    kept = _kept_words(findings, policy)
    floor = policy.review_floor
    out: list[Finding] = []

    def takes(m: re.Match[str]) -> bool:
        w = m.group("w")
        return not explained.any(*m.span("w")) and _adjacent_word(w) and _bare(w).casefold() not in kept
    for f in findings:
        if f.entity != "PERSON" or f.score < floor:
            continue
        s, e = f.start, f.end
        # ", " joins a given name to a surname only ("SURNAME, GIVEN"): after a one-word finding
        one_word = len(f.text.split()) == 1
        for _ in range(2):  # up to two words after the finding
            m = _AFTER.match(text, e)
            if (not m or not takes(m)
                    or (m.group(0).startswith(",") and not (one_word and e == f.end))
                    or _before_place(text, m.end("w"))):
                break
            if e == f.end and not m.group(0).startswith(",") and _INITIAL.fullmatch(m.group("w")):
                # an initial right after a name is its middle initial only with a name word after
                # it ("Roe A. Quill"); alone it heads a sentence or a section ("Section A. Name")
                n = _AFTER.match(text, m.end("w"))
                if not n or not takes(n) or _INITIAL.fullmatch(n.group("w")):
                    break
            e = m.end("w")
        for _ in range(2):  # and before it
            m = _BEFORE.search(text, max(0, s - 60), s)
            if (not m or not (takes(m) or s == f.start and _given_word_before(text, m, explained, kept))
                    or _after_code(text, m.start("w"))
                    or m.group(0).endswith(", ") or m.group(0).endswith(",\t")):
                break
            s = m.start("w")
        spans = [(s, f.start), (f.end, e)]
        if "," in f.text and e == f.end:
            # a "SURNAME, GIVEN" cell whose last name word wrapped onto a line of its own
            m = _WRAPPED.match(text, e)
            if m and takes(m):
                spans.append(m.span("w"))
        for a, b in spans:
            a, b = _trim(text, a, b)
            if b > a:
                explained.mark(a, b)
                out.append(Finding.make(
                    "PERSON", a, b, text[a:b], WIDE_SCORE, ADJACENT_RECOGNIZER,
                    f"needs review: capitalised name words beside the name '{f.text}' that no lexicon "
                    "explains (privacy-first wide fallback)"))
    return out


#: Before a word, words that make it a thing's or a place's ("the Willow", "at Hazel"), not a name.
_THING_WORD_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:the|a|an|of|in|at|to|on|into|from|near|via|this|that|his|her|their|its|our|my|your)"
    r"[ \t]+$")
#: Census given names that also open a sentence as a verb ("Will Roe attend?", "Said Roe ...").
_SENTENCE_VERBS = frozenset("Will Said May Can Did Shall Must Might Would Could Should".split())


def _given_word_before(text: str, m: re.Match[str], explained: SpanMask, kept: frozenset[str]) -> bool:
    """A census given name that is also an English word ("Hazel", "Willow", "Mercy") right before a
    PERSON finding is that person's given name, written in Title Case, unless an article, a
    possessive or a place preposition makes it a thing ("the Willow Roe Trust") or it opens a
    sentence as a verb ("Will Roe attend?")."""
    w = m.group("w")
    a = m.start("w")
    if (explained.any(a, m.end("w")) or not re.fullmatch(r"\p{Lu}\p{Ll}+", w) or not is_given_name(w)
            or not word_may_be_name(w) or w in TITLES or _bare(w).casefold() in kept):
        return False
    if _THING_WORD_BEFORE.search(text, max(0, a - 8), a):
        return False
    opens = not text[:a].rstrip(" \t") or text[:a].rstrip(" \t")[-1] in ".!?\n"
    return not (opens and w in _SENTENCE_VERBS)


_WRAPPED = re.compile(rf"[ \t]*\n[ \t]*(?P<w>{_WORD})[ \t]*(?=\n|$)", REGEX_FLAGS)
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[\p{L}][\p{L}'’-]*)")


def _before_place(text: str, end: int) -> bool:
    """Is the word ending at ``end`` followed by a place or institution word ("X County")?"""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    cap = _bare(m.group("w")).capitalize()
    return cap in PLACE_WORDS or cap in INSTITUTION_WORDS or cap in OFFENCE_WORDS


def _adjacent_word(tok: str) -> bool:
    if _INITIAL.fullmatch(tok):
        return True
    return not ordinary_word(tok) and not _acronym(tok)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and text[b - 1] in " \t,":
        b -= 1
    return a, b


def unexplained_run_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Name-shaped runs of capitalised words nothing explains (module doc, second pass)."""
    explained = _explained(text, findings, policy)
    kept = _kept_words(findings, policy)
    out: list[Finding] = []
    for m in _RUN.finditer(text):
        s, e = m.span()
        if explained.any(s, e) or policy.is_allowed(m.group(0)) or after_rank(text, s):
            continue
        toks = [t for t in m.group(0).split() if not _INITIAL.fullmatch(t)]
        if not toks or any(ordinary_word(t) or _acronym(t) or _bare(t).casefold() in kept for t in toks):
            continue
        if len(toks) == 1 and not _lone_ok(text, s, e, toks[0]):
            continue
        if _business(text, s, e) or _before_place(text, e):
            continue
        out.append(Finding.make(
            "PERSON", s, e, text[s:e], WIDE_SCORE, RUN_RECOGNIZER,
            "needs review: capitalised words of a name's shape that no finding or lexicon explains "
            "(privacy-first wide fallback)"))
    return out


_LONE_BEFORE = re.compile(r"(?i:\b(?:of|in|at|from|to|near|on)[ \t]+)$")


_THING_BEFORE = re.compile(r"(?:(?<![\w'’])(?i:the|a|an)[ \t]+|&[ \t]*|(?<![\w])[A-Z]{2,5}="
                           r"|(?<![\w.])(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)"
                           r"\.?[ \t]+)$")


def _business(text: str, s: int, e: int) -> bool:
    """A thing's, a firm's or a street's name, not a person's: after an article ("the Corolla"),
    in "X & Y" ("Roe & Sons"), after a compass point ("W Velmont"), or in a code's legend
    ("ABC=A. Roe": a unit or operator key, officers)."""
    return bool(_THING_BEFORE.search(text, max(0, s - 8), s) or re.match(r"[ \t]*&", text[e:e + 3]))


def _lone_ok(text: str, s: int, e: int, tok: str) -> bool:
    """A lone word: a census name, not a place ("Town of X", "in X"), an abbreviation ("Okla.",
    "CALIF.") nor before a number (a badge)."""
    if not _census_name(tok):
        return False
    if len(_bare(tok)) <= 4 and text[e:e + 1] == ".":
        return False
    if _LONE_BEFORE.search(text, max(0, s - 8), s):
        return False
    return not re.match(r"[ \t]*(?:#|\(?#?\d)", text[e:e + 4])


def wide_review_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Both passes (module doc): name words beside a name, then unexplained name-shaped runs."""
    if "PERSON" not in policy.redact:
        return []
    found = adjacent_name_findings(text, findings, policy)
    found += unexplained_run_findings(text, findings + found, policy)
    # a run found above may touch name words the first pass could not yet join to it
    found += adjacent_name_findings(text, findings + found, policy)
    found += trimmed_run_findings(text, findings + found, policy)
    found += comma_field_findings(text, findings + found, policy)
    return found + wrapped_given_findings(text, findings + found, policy)


#: The capitalised word that ends a prose line, after a lower-case word that does not lead to a
#: place ("her lawyer is Ada" over "Quill-Marsh."; not "drove to Portland")
_PROSE_END = re.compile(
    rf"(?<![\w'’-])(?!(?i:of|in|at|from|to|near|on|into|toward|towards|via|by|the|a|an)[ \t])\p{{Ll}}+[ \t]+"
    rf"(?P<w>{_WORD})[ \t]*\n[ \t]*$", REGEX_FLAGS)


def wrapped_given_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """The given name a prose line ends with when the name it begins starts the next line: a
    PERSON (or a reviewed run) at a line's start takes the unexplained name word ending the line
    above, after a lower-case word; review level, as the rest of the wide fallback."""
    explained = _explained(text, findings, policy)
    kept = _kept_words(findings, policy)
    out: list[Finding] = []
    for f in findings:
        line_start = text.rfind("\n", 0, f.start) + 1
        if (f.entity != "PERSON" or f.score < policy.review_floor or line_start == 0
                or text[line_start:f.start].strip()):
            continue
        m = _PROSE_END.search(text, max(0, line_start - 60), line_start)
        if not m or explained.any(*m.span("w")) or after_rank(text, m.start("w")):
            continue
        w = m.group("w")
        if _INITIAL.fullmatch(w) or not _adjacent_word(w) or _bare(w).casefold() in kept:
            continue
        a, b = m.span("w")
        explained.mark(a, b)
        out.append(Finding.make(
            "PERSON", a, b, w, WIDE_SCORE, ADJACENT_RECOGNIZER,
            f"needs review: a name word ending the line above the name '{f.text}' (privacy-first wide "
            "fallback)"))
    return out


#: A capitalised run of any length on one line (the run pass looks at three words at most).
_LONG_RUN = re.compile(rf"(?<![\w'’‘ʻ@/.&-]){_WORD}(?:[ \t]+{_WORD})*(?![\w'’‘ʻ@/&-])", REGEX_FLAGS)
_TOKEN = re.compile(_WORD, REGEX_FLAGS)
_SPACE = re.compile(r"[ \t]")
#: Words that may follow a name inside a capitalised run: a preposition, a conjunction, a form of
#: "be"/"have" or a verb of saying ("... ADA ROE OF ROUTE 2", "... ADA ROE WAS NOT PRESENT").
_AFTER_NAME = frozenset(
    """of at by to in on for from with and or but as was were is are has had have who whose said says
    told stated states advised reported called came went left arrived returned gave took""".split()
)
#: A verb by its shape after a name in a capitals line ("REACHES", "ADMITTED").
_VERB_TAIL = re.compile(r"\p{L}{3,}(?:ED|ES|S|ed|es|s)")


def _stretches(bad: list[bool]) -> list[tuple[int, int]]:
    """The maximal stretches [i, j) of words that are not ``bad``."""
    out, i = [], 0
    while i < len(bad):
        if bad[i]:
            i += 1
            continue
        j = i
        while j < len(bad) and not bad[j]:
            j += 1
        out.append((i, j))
        i = j
    return out


def trimmed_run_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Name-shaped words inside a longer capitalised run: the run pass rejects a run that holds
    any ordinary word, and in a sentence's first words or a line in capitals every word is
    capitalised ("CONTACTED ADA QUILL-MARSH BY PHONE", "Contacted Ada Quill-Marsh by phone").
    Ordinary words are trimmed from the run's start; at its end only a preposition, conjunction
    or verb may follow the name words (a trade word after them makes a business: "QUILL
    PLUMBING"). The rest passes the run pass's tests; review level as the rest of this module."""
    explained = _explained(text, findings, policy)
    kept = _kept_words(findings, policy)
    out: list[Finding] = []
    for run in _LONG_RUN.finditer(text):
        if not _SPACE.search(run.group(0)):
            continue  # one word: the run pass's to judge
        toks = list(_TOKEN.finditer(run.group(0)))
        base = run.start()
        words = [t.group(0) for t in toks]
        # a word of a kept name ("Ofc. Ada Roe" kept elsewhere) beside a stretch: part of that name
        kept_word = [_bare(w).casefold() in kept for w in words]
        bad = [not _INITIAL.fullmatch(w) and (kept_word[k] or ordinary_word(w) or _acronym(w))
               for k, w in enumerate(words)]
        for i, j in _stretches(bad):
            seg = toks[i:j]
            whole = i == 0 and j == len(toks)
            beside_kept = (i > 0 and kept_word[i - 1]) or (j < len(toks) and kept_word[j])
            names = [t for t in seg if not _INITIAL.fullmatch(t.group(0))]
            if (whole or beside_kept or not names or len(names) > 3
                    or _INITIAL.fullmatch(seg[0].group(0))):
                continue  # the whole run is the run pass's to judge
            if j < len(toks):
                nxt = toks[j].group(0)
                if nxt.lower() not in _AFTER_NAME and not _VERB_TAIL.fullmatch(nxt):
                    continue
            s, e = base + seg[0].start(), base + seg[-1].end()
            if explained.any(s, e) or policy.is_allowed(text[s:e]) or _after_code(text, s):
                continue
            if len(names) == 1 and not _lone_ok(text, s, e, names[0].group(0)):
                continue
            if _business(text, s, e) or _before_place(text, e):
                continue
            explained.mark(s, e)
            out.append(Finding.make(
                "PERSON", s, e, text[s:e], WIDE_SCORE, RUN_RECOGNIZER,
                "needs review: capitalised words of a name's shape inside a longer capitalised run, "
                "that no finding or lexicon explains (privacy-first wide fallback)"))
    return out


#: A field holding "SURNAME, GIVEN [MIDDLE | I]" alone: at a line start or after a label's colon,
#: slash or bar, and ending the line or the field.
_COMMA_FIELD = re.compile(
    rf"(?:^|(?<=[:|/][ \t]*)|(?<=\t))[ \t]*(?P<sur>{_WORD})[ \t]*,[ \t]*(?P<giv>{_WORD}(?:[ \t]+{_WORD})?)"
    rf"(?:[ \t]+\p{{Lu}}\.?)?(?=[ \t]*(?:$|[|/;(]|\t|[ \t]{{2}}))",
    REGEX_FLAGS | re.MULTILINE)


#: A label naming a place or a firm: "CITY, STATE", "Firm, Branch" follow it, not a name.
_PLACE_LABEL = re.compile(r"(?i:location|address|city|town|place|venue|county|state|employer|business"
                          r"|company|school|agency|court|hospital)\W*$")


def comma_field_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """The other half of a "SURNAME, GIVEN" field when one half is a PERSON finding: in a field
    of its own the words on both sides of the comma name one person ("Driver 2: ROE, ADA M").
    Review level; neither half may be an ordinary word or one a kept finding explains."""
    explained = _explained(text, findings, policy)
    kept = _kept_words(findings, policy)
    persons = SpanMask(len(text), [(f.start, f.end) for f in findings
                                   if f.entity == "PERSON" and f.score >= policy.review_floor])
    out: list[Finding] = []
    for m in _COMMA_FIELD.finditer(text):
        halves = [m.span("sur"), m.span("giv")]
        have = [persons.any(a, b) for a, b in halves]
        line_start = text.rfind("\n", 0, m.start("sur")) + 1
        if not any(have) or all(have) or _PLACE_LABEL.search(text, line_start, m.start("sur")):
            continue
        a, b = halves[have.index(False)]
        words = [w for w in text[a:b].split() if not _INITIAL.fullmatch(w)]
        if (not words or explained.any(a, b) or _after_code(text, m.start("sur"))
                or any(ordinary_word(w) or _acronym(w) or _bare(w).casefold() in kept for w in words)):
            continue
        explained.mark(a, b)
        out.append(Finding.make(
            "PERSON", a, b, text[a:b], WIDE_SCORE, ADJACENT_RECOGNIZER,
            f"needs review: the other half of the 'SURNAME, GIVEN' field '{m.group(0).strip()}' "
            "(privacy-first wide fallback)"))
    return out
