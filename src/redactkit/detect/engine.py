"""Detect: a :class:`Document` and a :class:`Policy` → findings.

One :class:`Detector` per process holds the spaCy pipeline and one Presidio
``AnalyzerEngine`` per policy; create it once and reuse it for every document
(start-up costs seconds, a page costs milliseconds). Nothing is kept in module
globals, so several detectors (e.g. different models) can live side by side.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib.resources import files
from typing import TYPE_CHECKING

import regex

from ..errors import ProcessingError
from ..model import Document, Finding
from .fallback import unexplained_name_findings
from .given_before import given_before_findings
from .housenumbers import house_number_findings
from .justified import ADDRESS_RECOGNIZERS, justified_address_findings, without_places_inside
from .layout import layout_findings
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, NOT_NAMES, REGEX_FLAGS, find_name
from .listnames import list_name_findings
from .nameforms import joined_name_findings
from .nicknames import nickname_findings
from .nlp import (
    DEFAULT_MODEL,
    KNOWN_PIPELINES,
    NER_MODEL_CONFIGURATION,
    UNUSED_PIPES,
    check_pipeline,
    load_nlp_engine,
)
from .nlp import quiet_presidio as _quiet_presidio
from .ocrlabels import label_view
from .ocrnames import misread_name_findings
from .officers import resolve_shared_names
from .propagate import propagate
from .propagate_ids import propagate_identifiers
from .regexcache import shipped_patterns
from .slots import slot_findings
from .towns import town_persons
from .valueshape import value_shape_findings
from .widefallback import wide_review_findings
from .wordnames import word_name_findings
from .wrapped import wrapped_name_findings
from .wrapsurname import wrapped_surname_findings

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpEngine

    from ..policy import Policy

__all__ = [
    "CAPS_LINE_SHARE",
    "CAPS_MIN_WORDS",
    "DEFAULT_MODEL",
    "Detector",
    "KNOWN_PIPELINES",
    "NLP_BATCH_PAGES",
    "NER_MODEL_CONFIGURATION",
    "REPLACED_STOCK_RECOGNIZERS",
    "UNUSED_PIPES",
    "caps_lines_cased",
    "check_pipeline",
    "explain",
    "given_names",
    "has_given_name",
    "officer_mentions_across_pages",
    "public_addresses_across_pages",
]

#: Pages per spaCy batch (``nlp.pipe``) in :meth:`Detector.detect`: 4 gets most of the
#: batching gain (~5-10 % of spaCy time); 16 raised the bench's peak RSS by ~90 MB.
NLP_BATCH_PAGES = 4

#: Stock recognizers replaced by our own (offline email check, phone scoring).
REPLACED_STOCK_RECOGNIZERS = ("EmailRecognizer",)


class Detector:
    """Presidio + spaCy + the policy's recognizers, loaded once per process.

    Args:
        model: name of an installed spaCy pipeline (a package name), e.g.
            ``en_core_web_lg`` if you installed it.
    """

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self._nlp: NlpEngine | None = None
        self._analyzers: dict[str, AnalyzerEngine] = {}

    def nlp_engine(self) -> NlpEngine:
        """The spaCy NLP engine, loaded on first use."""
        if self._nlp is None:
            with shipped_patterns():  # Presidio's predefined recognizers compile theirs on import
                self._nlp = load_nlp_engine(self.model)
        return self._nlp

    def analyzer(self, policy: Policy) -> AnalyzerEngine:
        """The analyzer for ``policy`` (built once per policy hash)."""
        engine = self._analyzers.get(policy.sha256)
        if engine is None:
            with shipped_patterns():  # the recognizers compile theirs on import and construction
                engine = self._analyzers[policy.sha256] = self._build_analyzer(policy)
        return engine

    def _build_analyzer(self, policy: Policy) -> AnalyzerEngine:
        from presidio_analyzer import AnalyzerEngine  # lazy: heavy: loaded on first detect

        from .registry import (  # lazy: subclasses Presidio's classes (heavy)
            IndexedContextEnhancer,
            OrderedRecognizerRegistry,
            build_recognizers,
        )

        nlp = self.nlp_engine()
        with _quiet_presidio():
            registry = OrderedRecognizerRegistry(global_regex_flags=REGEX_FLAGS,
                                                 supported_languages=["en"])
            registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
            for name in REPLACED_STOCK_RECOGNIZERS:
                with contextlib.suppress(Exception):
                    registry.remove_recognizer(name)
            for rec in build_recognizers(policy):
                registry.add_recognizer(rec)
            engine = AnalyzerEngine(
                registry=registry, nlp_engine=nlp, supported_languages=["en"],
                context_aware_enhancer=IndexedContextEnhancer(),
            )
        return engine

    def warm_up(self, policy: Policy) -> None:
        """Load everything now (model and recognizers) instead of on the first document.

        Asks for the policy's entities with :data:`REGEX_FLAGS`, as :meth:`detect` does: the
        patterns a document runs are compiled here, and no others (asking for every entity
        compiled the stock recognizers' patterns this policy never runs, the URL one alone
        a noticeable share of start-up)."""
        with shipped_patterns():  # Presidio compiles its recognizers' patterns on first use
            self.analyzer(policy).analyze(text="warm up", language=policy.language or "en",
                                          entities=sorted(set(policy.redact) | set(policy.keep)),
                                          regex_flags=REGEX_FLAGS)

    def detect(self, document: Document, policy: Policy) -> list[Finding]:
        """Find sensitive spans in ``document``; offsets are document offsets.

        Runs Presidio page by page, then propagates every redacted person's
        name to all its other mentions in the document.
        """
        analyzer = self.analyzer(policy)
        entities = sorted(set(policy.redact) | set(policy.keep))
        language = policy.language or "en"
        findings: list[Finding] = []
        pages = [(p, base) for p, base in zip(document.pages, document.page_offsets, strict=True)
                 if p.text.strip()]
        # spaCy over the pages in batches (nlp.pipe): the same annotations as one call per
        # page, at less cost per page; lazy, so at most one batch of Docs is held.
        artifacts = analyzer.nlp_engine.process_batch([p.text for p, _ in pages], language,
                                                      batch_size=NLP_BATCH_PAGES)
        for page, base in pages:
            try:
                with _quiet_presidio():
                    _text, nlp_artifacts = next(artifacts)
                    results = analyzer.analyze(
                        text=page.text,
                        language=language,
                        entities=entities,
                        return_decision_process=True,
                        regex_flags=REGEX_FLAGS,
                        nlp_artifacts=nlp_artifacts,
                    )
                    cased = caps_lines_cased(page.text)
                    if cased is not None:
                        # spaCy's NER and the rank/title patterns miss names in ALL CAPS
                        # (CAD and RMS exports); those lines are read again in normal case.
                        # Only names and kept entities are taken from that reading: pattern
                        # recognizers already match capitals, and their case-blind forms
                        # there would take public addresses for private ones.
                        seen = {(r.entity_type, r.start, r.end) for r in results}
                        extra = analyzer.analyze(
                            text=cased,
                            language=language,
                            entities=[e for e in entities if e == "PERSON" or e in policy.keep],
                            return_decision_process=True,
                            regex_flags=REGEX_FLAGS,
                        )
                        for r in extra:
                            if r.entity_type == "PERSON":
                                if not has_given_name(cased[r.start:r.end]):
                                    continue
                                r.start = _with_leading_surname(cased, r.start)
                            if (r.entity_type, r.start, r.end) not in seen:
                                results.append(r)
                # labels paired with values by position (tables, boxed forms): needs the word boxes
                # (on an OCR page, label words Tesseract misread with a digit are read back first)
                laid_out = layout_findings(label_view(page), base, policy)
            except Exception as exc:  # a recognizer bug must fail the document, loudly
                raise ProcessingError(
                    f"{document.path}: detection failed on page {page.index + 1}: {exc!r}. "
                    "This is a bug in a recognizer or rule file; no output was written."
                ) from exc
            findings.extend(_not_private_fields((_finding(r, page.text, base) for r in results), laid_out))
            findings.extend(laid_out)
        if "OFFICER" in policy.keep:
            findings += officer_mentions_across_pages(document, findings)
        if "PUBLIC_PLACE" in policy.keep:
            findings += public_addresses_across_pages(document, findings)
        addresses = [r for r in analyzer.registry.recognizers if type(r).__name__ in ADDRESS_RECOGNIZERS]
        return _propagated(document, findings, policy, addresses)


#: A layout label naming a private person's own detail ("Home address", "Residence", "Cell phone").
_PRIVATE_FIELD = re.compile(r"(?i)'[^']*\b(?:home|residen\w*|personal|cell|mobile)\b[^']*' \(layout\)")


#: Entities a layout label pairs with a person's own identifier.
_PERSONAL_IDS = frozenset({"DRIVER_LICENSE", "US_DRIVER_LICENSE", "ID_NUMBER", "US_SSN"})


def _not_private_fields(found: Iterable[Finding], laid_out: list[Finding]) -> list[Finding]:
    """``found`` without a public party's contact detail guessed from reading order ("School name" then
    an address on the next text line) where the layout pairs that value with a label naming a private
    detail ("Home address" over its column): the geometry is the stronger evidence."""
    private = [(f.start, f.end) for f in laid_out if _PRIVATE_FIELD.search(f.explanation)]
    persons = [f.end for f in laid_out if f.entity == "PERSON"]
    # a licence or ID number under its column's label ("ID / DL" over "ABC-12-3456") is no case
    # number, however much its letters-digits-dashes shape looks like one
    ids = [(f.start, f.end) for f in laid_out if f.entity in _PERSONAL_IDS]
    return [_after_persons(f, persons) for f in found if not (
        private and f.entity == "PUBLIC_PLACE" and "contact detail" in f.explanation
        and any(s < f.end and f.start < e for s, e in private)) and not (
        ids and f.entity == "CASE_NUMBER" and any(s <= f.start and f.end <= e for s, e in ids))]


def _after_persons(f: Finding, person_ends: list[int]) -> Finding:
    """An institution's name read over line breaks, without the private person the layout pairs with
    a label above it ("CO-OWNER" over a name, read before "... Credit Union"): only the rest is kept."""
    cut = max((e for e in person_ends if f.start < e < f.end and "\n" in f.text[e - f.start :]), default=0)
    if not cut or f.entity != "PUBLIC_PLACE" or "institution named" not in f.explanation:
        return f
    start = cut + len(f.text[cut - f.start :]) - len(f.text[cut - f.start :].lstrip())
    return Finding.make(f.entity, start, f.end, f.text[start - f.start :], f.score, f.recognizer,
                        f"{f.explanation}; starts after a person the layout pairs with a label")


_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")
#: A line is read again in normal case when at least this share of its words (2+ letters)
#: are in capitals, and at least :data:`CAPS_MIN_WORDS` of them.
CAPS_LINE_SHARE = 0.6
CAPS_MIN_WORDS = 2


def caps_lines_cased(text: str) -> str | None:
    """``text`` with its ALL-CAPS lines in normal case and every other line blanked.

    Same length as ``text`` (offsets carry over; a character whose lower case is longer
    stays as it is), so findings on the result are findings on ``text``. Returns None
    when no line is in capitals.
    """
    out: list[str] = []
    changed = False
    for line in text.splitlines(keepends=True):
        words = _CAPS_WORD.findall(line)
        caps = sum(1 for w in words if w.isupper())
        if caps >= CAPS_MIN_WORDS and caps >= CAPS_LINE_SHARE * len(words):
            out.append(_normal_case(line))
            changed = True
        else:
            out.append("".join(c if c in "\n\f" else " " for c in line))
    return "".join(out) if changed else None


@functools.cache
def given_names() -> frozenset[str]:
    """US census given names (upper case) that are not also everyday words (see data/README.md)."""

    everyday = {w.upper() for w in COMMON_WORDS | EVERYDAY_WORDS}
    text = files("redactkit").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(n for n in text.split() if n not in everyday)


def has_given_name(span: str) -> bool:
    """Does ``span`` hold a given name? On a line in capitals, spaCy takes nearly every
    word read in normal case for a name ("Main St", "Alarm", "Wrecker"); a name found
    there is only kept when one of its words is a census given name."""
    names = given_names()
    return any(w.upper() in names for w in _CAPS_WORD.findall(span))


_SURNAME_COMMA = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*,[ \t]*$")


def _with_leading_surname(cased: str, start: int) -> int:
    """Start of a "SURNAME, GIVEN" name whose given part NER found ("Quarrington, Ivo P")."""
    m = _SURNAME_COMMA.search(cased, max(0, start - 40), start)
    return m.start() if m else start


def _normal_case(line: str) -> str:
    """Capital after a non-letter, small letters after a letter ("MACAULEY-RUIZ" -> "Macauley-Ruiz")."""
    chars = []
    prev_letter = False
    for c in line:
        low = c.lower()
        chars.append(low if prev_letter and c.isupper() and len(low) == 1 else c)
        prev_letter = c.isalpha()
    return "".join(chars)


def _on_other_pages(document: Document, spans: Iterable[tuple[int, int]], src_page: int,
                    covered: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans on a page other than ``src_page`` (its own page the recognizer handled), within
    one page (never across a page break) and not inside a ``covered`` span; each is added to
    ``covered`` as it is given."""
    for start, end in spans:
        page = document.page_of(start)
        if page == src_page or page != document.page_of(end - 1):
            continue
        if any(cs <= start and end <= ce for cs, ce in covered):
            continue
        covered.append((start, end))
        yield start, end


def officer_mentions_across_pages(document: Document, findings: list[Finding]) -> list[Finding]:
    """OFFICER findings for an officer's full name or surname on pages other than the one
    where the officer was found by rank ("Deputy Jonah Pembrook" on page 1, "footage from
    Pembrook" on page 2). The recognizer sees one page at a time; this carries what it
    found to the whole document, with the same limit (a private person who shares an
    officer's surname and is named by surname alone stays visible; reviewers see it kept).
    """

    officers = [f for f in findings if f.entity == "OFFICER"]
    covered = [(f.start, f.end) for f in officers]
    variants: dict[str, tuple[str, int, str]] = {}
    for f in officers:
        tokens = [t for t in " ".join(f.text.split()).split() if not re.fullmatch(r"[A-Z]\.?", t)]
        if len(tokens) < 2:
            continue  # a surname-only finding is itself a mention, not a source
        for variant, what in ((" ".join(tokens), "full name"), (tokens[-1], "surname")):
            if len(variant) >= 3 and variant.capitalize() not in NOT_NAMES:
                variants.setdefault(variant, (what, document.page_of(f.start), f.text))
    text = document.text
    out: list[Finding] = []
    for variant, (what, src_page, full) in variants.items():
        for start, end in _on_other_pages(document, find_name(text, variant), src_page, covered):
            out.append(Finding.make("OFFICER", start, end, text[start:end], 0.7, "OfficerRecognizer",
                                    f"{what} of officer '{full}' named on page {src_page + 1}",
                                    id_key="officer-across-pages"))
    return out


#: A street address (house number, then a word), not a phone number or a town line.
_STREET_VALUE = re.compile(r"\d{1,6}(?:-?[A-Z])?\s+[^\W\d]")


def public_addresses_across_pages(document: Document, findings: list[Finding]) -> list[Finding]:
    """PUBLIC_PLACE findings for a public party's street address on pages other than the one
    where it was found ("Towing Co., 12 Yard Road" in a form on page 1, "held at 12 Yard
    Road" in a letter on page 2). Like the recognizer's own rule for the rest of its page:
    the same address is the same public place. Street addresses only: a phone number kept as
    an office line on one page may be written as someone's own number on another."""
    public = [f for f in findings if f.entity == "PUBLIC_PLACE"]
    covered = [(f.start, f.end) for f in public]
    text, out, seen = document.text, [], set()
    for f in public:
        value = " ".join(f.text.split())
        if value in seen or not _STREET_VALUE.match(value):
            continue
        seen.add(value)
        src_page = document.page_of(f.start)
        pattern = r"(?<![\w])" + r"\s+".join(re.escape(t) for t in value.split()) + r"(?![\w])"
        spans = (m.span() for m in re.finditer(pattern, text))
        for start, end in _on_other_pages(document, spans, src_page, covered):
            out.append(Finding.make("PUBLIC_PLACE", start, end, text[start:end], 0.8, "PublicPlaceRecognizer",
                                    f"public party's address '{value}' kept on page {src_page + 1}",
                                    id_key="public-across-pages"))
    return out


#: The rest of a name word after an ʻokina or apostrophe inside it ("Ka‘elo-Reyes", "Pa'ahana"): NER
#: and the token patterns end a name there, so the rest of the word stayed visible. Never a
#: possessive or a contraction ("Roe’s", "Ana'll").
_WORD_REST = re.compile(r"[‘ʻ'’](?!(?:s|ll|re|ve|d|t|m)(?![^\W\d_]))[^\W\d_]{2,}(?:-[^\W\d_]+)*")
#: The lower-case second syllable of a hyphenated given name ("Hye-" + "jin"), which NER and the
#: name rules stop before; not a compound's word ("Lane-owned", "Roe-style")
_HYPHEN_REST = regex.compile(
    r"-(?!(?:owned|based|run|era|style|like|type|related|esque|led|made|born|area|side|free)\b)"
    r"\p{Ll}{2,}(?![\w'’-])"
)
#: The capitalised second part of a double-barrelled surname after a whole name ("Rutendo Mabaso" +
#: "-Fa"): NER sometimes stops at the hyphen, leaving the second surname visible. Only after a
#: given name and surname: a lone word may name a pairing ("a Roe-Lopez visit"); never a compound's
#: word ("Roe-Owned").
_HYPHEN_CAP = regex.compile(
    r"-(?!(?i:owned|based|run|era|style|like|type|related|esque|led|made|born|area|side|free)\b)"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’-])"
)


#: Surname particles that may run on after a person's span ("Bridget Mac" + "an tSluaigh", "Ana" +
#: "de la Vega"): "an"/"na" only after an Irish patronymic particle ("Mac an", "Nic an").
_TAIL_PARTICLES = frozenset("van von der den de del della des di da dos das du la le ten ter bin ibn bint "
                            "mac mc nic ni ní ui uí ua ó".split())
_IRISH = frozenset("mac mc nic ni ní ui uí ua ó mhic".split())
#: The surname ending such a run: capitalised, or with an Irish initial mutation ("tSluaigh", "bhFionn").
_TAIL_NAME = regex.compile(
    r"[ \t]+(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*|\p{Ll}{1,2}\p{Lu}\p{Ll}+)(?![\w'’-])")


def _particle_tail(text: str, f: Finding) -> int:
    """End of the surname after a run of particles right after (or ending) ``f``, else ``f.end``."""
    prev = f.text.split()[-1].lower() if f.text.split() else ""
    end, steps = f.end, 0
    while steps < 3:
        m = regex.match(r"[ \t]+(\p{L}+)(?![\w'’.-])", text[end : end + 12])
        word = m.group(1).lower() if m else ""
        if not m or not (word in _TAIL_PARTICLES or (word in ("an", "na") and prev in _IRISH)):
            break
        end, prev, steps = end + m.end(), word, steps + 1
    if steps == 0 and prev not in _IRISH:
        return f.end
    m = _TAIL_NAME.match(text, end)
    return m.end() if m else f.end


#: A given name and "St."/"Ste." right before a surname ("Gwynfor St. Amand"): NER takes the surname
#: alone. Not a street before a name ("on Elm St. Roe said", "at 4 Elm St. Roe"): a preposition or a
#: house number before the word rules it out.
_SAINT_HEAD = regex.compile(
    r"(?<!(?:\b(?i:on|at|of|off|from|to|near|in|into|onto|via|and)|\d)[ \t]+|[\w.,-])"
    r"\p{Lu}\p{Ll}+[ \t]+Ste?\.[ \t]+$"
)


def _saint_head(text: str, f: Finding) -> int:
    """Start of the given name and "St." right before ``f``, else ``f.start``."""
    if not text[f.start : f.start + 1].isupper():
        return f.start
    m = _SAINT_HEAD.search(text, max(0, f.start - 40), f.start)
    return m.start() if m else f.start


def _whole_name_words(text: str, findings: list[Finding]) -> list[Finding]:
    out = []
    for f in findings:
        head = _saint_head(text, f) if f.entity == "PERSON" else f.start
        if head < f.start:
            f = Finding.make(f.entity, head, f.end, text[head : f.end], f.score, f.recognizer,
                             f"{f.explanation}; widened over the given name and 'St.' before it")
        inside = f.entity == "PERSON" and text[f.end - 1 : f.end].isalpha()
        m = (_WORD_REST.match(text, f.end) or _HYPHEN_REST.match(text, f.end)
             or (_HYPHEN_CAP.match(text, f.end) if len(f.text.split()) > 1 else None)) if inside else None
        if m:
            f = Finding.make(f.entity, f.start, m.end(), text[f.start : m.end()], f.score, f.recognizer,
                             f"{f.explanation}; widened to the end of the word '{m.group(0)}'")
        tail = _particle_tail(text, f) if inside else f.end
        if tail > f.end:
            f = Finding.make(f.entity, f.start, tail, text[f.start : tail], f.score, f.recognizer,
                             f"{f.explanation}; widened over the surname particles after it")
        out.append(f)
    return out


def _propagated(document: Document, findings: list[Finding], policy: Policy,
                addresses: Sequence[EntityRecognizer] = ()) -> list[Finding]:
    kept_names = [f.text for f in findings if f.entity in policy.keep and f.entity == "OFFICER"]
    towns = town_persons(document.text, findings)  # a town NER took for a person: no source
    found = propagate(document.text, [f for f in findings if f not in towns], policy, kept_names) + towns
    ocr = [(document.page_offsets[p.index], document.page_offsets[p.index] + len(p.text))
           for p in document.pages if p.is_ocr]
    found += misread_name_findings(document.text, found, policy, ocr, kept_names)
    found += given_before_findings(document.text, found, policy)
    found += nickname_findings(document.text, found, policy, kept_names)
    found += wrapped_name_findings(document.text, found, policy)
    found += wrapped_surname_findings(document.text, found, policy)
    justified = justified_address_findings(document.text, found, policy, addresses)
    found = without_places_inside(found, justified) + justified
    found += word_name_findings(document.text, found, policy)
    found += list_name_findings(document.text, found, policy)
    found += joined_name_findings(document.text, found, policy)
    if "OFFICER" in policy.keep:
        found = resolve_shared_names(document.text, found, document.page_of)
    found = _whole_name_words(document.text, found)
    found += unexplained_name_findings(document.text, found, policy)
    found += wide_review_findings(document.text, found, policy)
    found += slot_findings(document.text, found, policy)
    found += propagate_identifiers(document.text, found, policy)
    found += house_number_findings(document.text, found, policy)
    return found + value_shape_findings(document.text, found, policy)


def explain(result: RecognizerResult) -> str:
    """A one-line, human explanation of why Presidio flagged ``result``."""
    ex = result.analysis_explanation
    parts: list[str] = []
    if ex is not None:
        if ex.textual_explanation:
            parts.append(" ".join(str(ex.textual_explanation).split()))
        if ex.pattern_name:
            parts.append(f"pattern '{ex.pattern_name}'")
        if ex.supportive_context_word:
            parts.append(
                f"context word '{ex.supportive_context_word}' raised the score by "
                f"{ex.score_context_improvement:.2f}"
            )
        if ex.validation_result is not None:
            parts.append(f"validation {'passed' if ex.validation_result else 'failed'}")
    parts.append(f"score {result.score:.2f}")
    return "; ".join(parts)


def _finding(result: RecognizerResult, text: str, base: int) -> Finding:
    meta = result.recognition_metadata or {}
    recognizer = str(meta.get("recognizer_name", "")) or (
        result.analysis_explanation.recognizer if result.analysis_explanation else "unknown"
    )
    start, end = base + result.start, base + result.end
    return Finding.make(
        result.entity_type, start, end, text[result.start : result.end], float(result.score), recognizer,
        explain(result),
    )
