"""Plan: findings + policy → :class:`Plan` (what is redacted, where, and why).

Rules, in order:

1. A finding below its entity's threshold is dropped, unless it reaches the policy's
   ``review_floor``: then it is a candidate, and a redaction made only of such findings has
   status ``needs_review`` (its explanation says why). A PERSON finding whose text is one of
   the policy's field labels ("Victim", "Name:") is a label taken for a name: kept.
2. A finding of a *kept* entity type (officer, case number, …) or whose text
   is on an allow-list becomes a :class:`Kept` span.
3. A finding of an entity type the policy redacts becomes a candidate, unless
   it lies entirely inside a kept span (a date inside a case number, an
   officer's name inside "Ofc. Daniel Reyes #4471"). Deny-list findings are
   never kept, and a kept span of a broad NER category (:data:`GENERIC_ENTITIES`)
   never cuts a specific candidate. A kept span inside a candidate splits it;
   a candidate that only partly overlaps a kept span stays whole (a leak is
   worse than an over-redaction; the reviewer sees both).
4. Overlapping candidates are merged; the highest-scoring entity names the result.
5. Consistency (privacy first): every other whole-word occurrence of a redacted string
   (blanks and line breaks aside) is redacted too, with status ``needs_review``, also where a
   kept span holds it ("Brandvold, Tomas" redacted, "Tomas Brandvold" kept by rank): a
   plan never redacts a string in one place and shows it in another. Except a string that is
   only part of a kept public name (:data:`PUBLIC_NAME_ENTITIES`): "Alder" redacted as a
   person's surname stays visible in "Port Alder Police Department" and "Port Alder, ME
   04999" when those are kept; there it names the town, not the person.
6. Each span becomes one rectangle per text line it covers, the union of its
   glyph boxes (character-precise, never a search by string). On OCR pages the
   rectangle is padded to cover OCR box error (:data:`OCR_PAD_X`, :data:`OCR_PAD_Y`),
   but never past half the gap to the neighbouring word, so a neighbour stays
   readable and searchable.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from .detect.lexicon import EVERYDAY_WORDS, OFFENCE_WORDS
from .detect.nicknames import RECOGNIZER as NICKNAME_RECOGNIZER
from .ingest.oldmarks import mark_redactions
from .model import Char, Document, Finding, Kept, Page, Plan, Rect, Redaction

if TYPE_CHECKING:
    from .policy import Policy

__all__ = [
    "CONSISTENCY_RECOGNIZER",
    "CONSISTENCY_REVIEW",
    "CONTEXT_CHARS",
    "DENY_RECOGNIZER_PREFIX",
    "EDGE_INSET",
    "GENERIC_ENTITIES",
    "PUBLIC_NAME_ENTITIES",
    "OCR_PAD_X",
    "OCR_PAD_Y",
    "line_rects",
    "make_plan",
    "pad_ocr_rect",
    "redactable_findings",
    "settle_uncertain",
]

#: Horizontal inset of each box edge (points). MuPDF removes any glyph whose box
#: a redaction rect overlaps, so a box that merely touches its neighbour's edge
#: through rounding would remove the neighbour too.
EDGE_INSET = 0.05

#: Padding of redaction boxes on OCR pages (points). Measured OCR box error:
#: median 0.7 pt, worst seen 4.5 pt horizontally.
OCR_PAD_X = 3.0
OCR_PAD_Y = 2.0

#: Characters of context either side of a redaction in the log.
CONTEXT_CHARS = 40

DENY_RECOGNIZER_PREFIX = "deny"

#: ``recognizer`` of the findings rule 5 adds.
CONSISTENCY_RECOGNIZER = "plan_consistency"
#: How a redaction rule 5 added starts its explanation. ``uncertain: keep`` never keeps these:
#: the same text is redacted elsewhere, so keeping it here would show it.
CONSISTENCY_REVIEW = "needs review: redacted for consistency with the same text elsewhere"

#: Broad NER categories. A kept span of one of these (an incident date, a city)
#: never cuts a more specific candidate: "07/19/1983" is both a DATE_TIME (kept
#: by the police profile) and, after "DOB:", a DATE_OF_BIRTH that must go.
GENERIC_ENTITIES = frozenset({"DATE_TIME", "LOCATION", "ORGANIZATION", "NRP"})

#: Kept entities that name a public body or place ("Port Alder Police Department", a court's
#: address) or an everyday thing ("Kelly green", COMMON_PHRASE). Rule 5 does not enter such a
#: span to redact a shorter string inside it.
PUBLIC_NAME_ENTITIES = frozenset({"AGENCY", "PUBLIC_PLACE", "COMMON_PHRASE"})


@dataclass
class _Span:
    start: int
    end: int
    findings: list[Finding]

    @property
    def best(self) -> Finding:
        return max(self.findings, key=lambda f: (f.score, f.end - f.start))


_KeptSpan = tuple[int, int, Finding, str]


def make_plan(document: Document, findings: Sequence[Finding], policy: Policy) -> Plan:
    """Apply ``policy`` to ``findings`` and map the result to page rectangles."""
    text = document.text
    trimmed, kept_spans = _select(findings, text, policy)
    trimmed += _consistency(trimmed, text, kept_spans)
    spans = _merge(trimmed)
    redactions: list[Redaction] = []
    geometry: dict[int, _WordGeometry] = {}
    for span in spans:
        redactions.extend(_to_redactions(document, span, policy, geometry))
    redactions.extend(mark_redactions(document))  # pending / fake redactions of the source
    kept = [
        Kept(
            page=document.page_of(s),
            start=s,
            end=e,
            text=text[s:e],
            entity=f.entity,
            why=why,
        )
        for s, e, f, why in sorted(kept_spans, key=lambda k: (k[0], k[1]))
    ]
    return Plan(
        source_path=document.path,
        source_sha256=document.sha256,
        policy_name=policy.name,
        policy_sha256=policy.sha256,
        redactions=redactions,
        kept=kept,
        uncertain=policy.uncertain,
    )


def settle_uncertain(plan: Plan) -> Plan:
    """The plan an unattended run burns: with ``uncertain: keep``, every ``needs_review`` redaction
    that no reviewer decided becomes ``rejected`` (kept visible), its explanation saying so,
    except those rule 5 added (their text is redacted elsewhere); with ``uncertain: redact`` the
    plan is returned as it is (``needs_review`` redactions are burned). Either way the log shows
    what happened, and :attr:`Plan.active` is what burn gets."""
    if plan.uncertain != "keep":
        return plan
    settled = []
    for r in plan.redactions:
        if r.status == "needs_review" and r.explanation.startswith(CONSISTENCY_REVIEW):
            r = replace(r, status="proposed")  # privacy first: never kept
        elif r.status == "needs_review":
            r = replace(r, status="rejected", explanation=f"{r.explanation}; not redacted: the policy keeps "
                        "uncertain proposals (uncertain: keep)")
        settled.append(r)
    return replace(plan, redactions=settled)


def redactable_findings(findings: Sequence[Finding], text: str, policy: Policy) -> list[Finding]:
    """Rules 1-3 without geometry: the findings ``policy`` redacts in ``text``, sorted by offset.

    Findings under their threshold, of kept entity types or on an allow-list are
    dropped; kept spans are cut out of the rest. Overlapping findings are not merged.
    """
    trimmed, _kept = _select(findings, text, policy)
    return sorted(trimmed, key=lambda f: (f.start, -f.end, f.entity))


def _select(findings: Sequence[Finding], text: str, policy: Policy) -> tuple[list[Finding], list[_KeptSpan]]:
    """Rules 1-3 of the module docstring: the findings to redact (trimmed) and the kept spans."""
    kept_spans: list[_KeptSpan] = []
    candidates: list[Finding] = []
    labels = {_label_key(lbl) for fl in policy.field_labels for lbl in fl.labels}
    for f in findings:
        threshold = policy.threshold(f.entity)
        if not policy.takes_part(f.entity, f.score):
            continue
        is_deny = f.recognizer.lower().startswith(DENY_RECOGNIZER_PREFIX)
        if f.entity in policy.keep:
            if f.score >= threshold:
                kept_spans.append((f.start, f.end, f, f"entity {f.entity} is kept by policy"))
        elif f.entity in policy.redact:
            if not is_deny and policy.is_allowed(f.text):
                kept_spans.append((f.start, f.end, f, "allow-list"))
            elif not is_deny and f.entity == "PERSON" and _label_key(f.text) in labels:
                kept_spans.append((f.start, f.end, f, "a form label, not a name"))
            else:
                candidates.append(f)

    candidates = _drop_town_names(candidates, kept_spans, text)
    trimmed: list[Finding] = []
    for f in candidates:
        if f.recognizer.lower().startswith(DENY_RECOGNIZER_PREFIX):
            trimmed.append(f)
            continue
        trimmed.extend(_subtract_kept(f, kept_spans, text))
    return trimmed, kept_spans


#: A town in an address's city line: "Alder Ford, ME 04999".
_CITY_LINE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+),?[ \t]+[A-Z]{2}[ \t]+\d{5}\b"
)
#: The agency word after the place in an agency name ("... Police Department", "... COUNTY SHERIFF'S OFFICE").
_AGENCY_TAIL = re.compile(r"(?i)\s+(?:county\s+|city\s+)?(?:police|sheriff|state\s+police|highway\s+patrol"
                          r"|fire|department|dept\b|public\s+safety).*$", re.DOTALL)
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mrs|Mr|Ms|Miss|Mx|Dr|MRS|MR|MS|DR)\.?\s*$")


def _drop_town_names(candidates: list[Finding], kept: list[_KeptSpan], text: str) -> list[Finding]:
    """Drop a PERSON candidate that is only a town's name: the town of an address's city line
    ("Alder Ford, ME 04999") or the place of a kept agency name ("Alder Ford Police Department")
    in this document. NER takes such towns for persons, and rule 5 then blacks the town out
    inside kept public addresses too. Not dropped: a candidate after a courtesy title, or one
    that is part of a longer PERSON candidate ("Tom Alder"): then the text names a person too.
    Nor one that overlaps or touches another candidate (an address cut short before its town).
    An ADDRESS candidate is never touched, so a private address stays redacted whole."""
    towns = {" ".join(m.group(1).split()).casefold() for m in _CITY_LINE.finditer(text)}
    for _s, _e, kf, _why in kept:
        if kf.entity == "AGENCY":
            place = _AGENCY_TAIL.sub("", kf.text).strip()
            if place and place != kf.text.strip():
                towns.add(" ".join(place.split()).casefold())
    if not towns:
        return candidates
    person_texts = [" ".join(f.text.split()).casefold() for f in candidates if f.entity == "PERSON"]
    # a town touching another candidate may be the end of a private address the address
    # recognizers cut short ("9 Elm Road, Apt 2, Alder Ford"): it stays redacted with it
    others = [(c.start, c.end) for c in candidates if c.entity != "PERSON"]
    out = []
    for f in candidates:
        key = " ".join(f.text.split()).casefold()
        if (f.entity == "PERSON" and key in towns
                and not f.recognizer.lower().startswith(DENY_RECOGNIZER_PREFIX)
                and not _TITLE_BEFORE.search(text[max(0, f.start - 8) : f.start])
                and not any(cs <= f.end + 3 and f.start <= ce + 3 for cs, ce in others)
                and not any(key != p and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", p)
                            for p in person_texts)):
            continue
        out.append(f)
    return out


def _label_key(text: str) -> str:
    return " ".join(text.replace(":", " ").replace("#", " ").split()).lower()


def _consistency(candidates: list[Finding], text: str, kept: Sequence[_KeptSpan] = ()) -> list[Finding]:
    """Rule 5: a finding for every other whole-word occurrence of each redacted string, except
    one strictly inside a kept public name (:data:`PUBLIC_NAME_ENTITIES`), and a closed-list
    offence word (:data:`OFFENCE_WORDS`) inside a kept offence title.

    The strings are searched together (one alternation per :data:`_CHUNK` strings, longest
    first), so a long document with thousands of redactions is read a few times, not once
    per string.
    """
    mask = bytearray(len(text) + 1)
    for f in candidates:
        mask[f.start:f.end] = b"\x01" * (f.end - f.start)
    sources: dict[str, Finding] = {}
    for f in sorted(candidates, key=lambda f: (-(f.end - f.start), f.start)):
        key = " ".join(f.text.split())
        if len(key) >= 4 and any(c.isalnum() for c in key) and key not in EVERYDAY_WORDS:
            sources.setdefault(key, f)
    keys = sorted(sources, key=lambda k: (-len(k), k))
    # a town inside a kept agency, institution or public address is the place, not the person
    public = [(ks, ke) for ks, ke, kf, _why in kept if kf.entity in PUBLIC_NAME_ENTITIES]
    offences = [(ks, ke) for ks, ke, kf, _why in kept if kf.entity == "OFFENSE"]
    out: list[Finding] = []
    for i in range(0, len(keys), _CHUNK):
        alts = "|".join(r"\s+".join(re.escape(t) for t in k.split()) for k in keys[i:i + _CHUNK])
        for m in re.finditer(rf"(?<![\w])(?:{alts})(?![\w])", text):
            s, e = m.span()
            src = sources.get(" ".join(m.group(0).split()))
            if src is None or 0 not in mask[s:e]:
                continue
            if any(ks <= s and e <= ke and (ks, ke) != (s, e) for ks, ke in public):
                continue
            if m.group(0) in OFFENCE_WORDS and any(ks <= s and e <= ke for ks, ke in offences):
                continue  # "Arrest" taken for a name elsewhere is the offence in "Resisting Arrest"
            mask[s:e] = b"\x01" * (e - s)
            out.append(Finding.make(
                src.entity, s, e, text[s:e], src.score, CONSISTENCY_RECOGNIZER,
                f"needs review: the same text is redacted at offset {src.start} ({src.recognizer}); "
                "redacted here too so the plan never shows what it redacts elsewhere (privacy first)",
            ))
    return out


#: Redacted strings searched per pass of rule 5.
_CHUNK = 400


def _subtract_kept(f: Finding, kept: list[_KeptSpan], text: str) -> list[Finding]:
    """Remove the parts of ``f`` covered by kept spans (whole pieces only; see module rule 3)."""
    pieces = [(f.start, f.end)]
    for ks, ke, kf, _why in kept:
        if kf.entity in GENERIC_ENTITIES and f.entity not in GENERIC_ENTITIES:
            continue
        nxt: list[tuple[int, int]] = []
        for s, e in pieces:
            if ks <= s and e <= ke:
                continue  # entirely inside a kept span: kept
            if f.entity == "ADDRESS" and s < ks <= e and ke <= e and _town_only(text[ks:ke]):
                # a private address is one value: a place name kept inside it ("P.O. Box 12, Elm
                # Station, ST 00000", a town that also names the agency, its "Town, ST 00000" line)
                # must not punch a hole. A kept public street address inside a long candidate
                # still does (it has a house number).
                nxt.append((s, e))
                continue
            if s <= ks and ke <= e:
                # the kept span lies inside: redact around it
                nxt.extend(p for p in ((s, ks), (ke, e)) if p[1] > p[0])
                continue
            # no overlap, or a partial one ("Jane Roe" vs a kept "Roe, Deputy Smith"):
            # the redaction stays whole. A leak is worse than an over-redaction.
            nxt.append((s, e))
        pieces = nxt
    if pieces != [(f.start, f.end)]:
        # what is left after cutting out a kept public street may be that street's own kept town
        # line (a town kept inside an address was let through above, before the street was cut)
        pieces = [(s, e) for s, e in map(lambda p: _strip(text, *p), pieces) if not any(
            ks <= s and e <= ke and not (kf.entity in GENERIC_ENTITIES and f.entity not in GENERIC_ENTITIES)
            for ks, ke, kf, _why in kept)]
    out: list[Finding] = []
    for s, e in pieces:
        s, e = _strip(text, s, e)
        if e - s < 2 and not (f.entity == "AGE" and text[s:e].isdigit()) and not (
                (s, e) == (f.start, f.end) and f.recognizer == NICKNAME_RECOGNIZER) or not any(
                ch.isalnum() for ch in text[s:e]):
            continue  # (a one-digit age stays: "their daughter, age 4" names a child's age;
            # so does a one-letter nickname the record quotes as one: 'ROE, ADA "Q"')
        if (s, e) == (f.start, f.end):
            out.append(f)
        else:
            out.append(Finding(f.entity, s, e, text[s:e], f.score, f.recognizer,
                               f.explanation + "; trimmed around a kept span", f.id))
    return out


#: A kept span that is only a town, or a town's "Town, ST 00000" line.
_TOWN_LINE = re.compile(r"[^\d\n]+?(?:,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?[.,]?")


def _town_only(span: str) -> bool:
    return _TOWN_LINE.fullmatch(span.strip()) is not None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim separators from a span's ends; a bracket is trimmed only when unbalanced, so
    "(217) 555-0143" keeps its "(" but "(Maria" loses it."""
    while s < e and (text[s] in " \t\n\f,;:." or (text[s] == "(" and ")" not in text[s:e])):
        s += 1
    while e > s and (text[e - 1] in " \t\n\f,;:" or (text[e - 1] == ")" and "(" not in text[s:e])):
        e -= 1
    return s, e


def _merge(findings: list[Finding]) -> list[_Span]:
    spans: list[_Span] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if spans and f.start < spans[-1].end:
            spans[-1].end = max(spans[-1].end, f.end)
            spans[-1].findings.append(f)
        else:
            spans.append(_Span(f.start, f.end, [f]))
    return spans


def _to_redactions(document: Document, span: _Span, policy: Policy,
                   cache: dict[int, _WordGeometry] | None = None) -> list[Redaction]:
    """One redaction per page the span touches, with one rect per line."""
    out: list[Redaction] = []
    best = span.best
    exemption = policy.redact[best.entity]
    review = _review_reason(span, policy)
    explanation = f"{review}; {best.explanation}" if review else best.explanation
    # Only the pages the span touches (a scan of every page per span was quadratic).
    first, last = document.page_of(span.start), document.page_of(max(span.start, span.end - 1))
    for page in document.pages[first:last + 1]:
        base = document.page_offsets[page.index]
        s = max(span.start - base, 0)
        e = min(span.end - base, len(page.text))
        if s >= e:
            continue
        rects = line_rects(page.chars[s:e])
        if not rects:
            continue
        conf = None
        if page.is_ocr:
            geo = _word_geometry(page, cache)
            rects = [_pad(r, geo, s, e) for r in rects]
            ours = (geo.starts < e) & (geo.ends > s) & ~np.isnan(geo.confs)
            conf = float(geo.confs[ours].min()) if ours.any() else None
        start, end = base + s, base + e
        rid = "r" + hashlib.sha1(f"{page.index}:{start}:{end}".encode()).hexdigest()[:8]
        out.append(
            Redaction(
                id=rid,
                page=page.index,
                rects=tuple(rects),
                entity=best.entity,
                exemption=exemption.code,
                reason=exemption.reason,
                text=page.text[s:e],
                start=start,
                end=end,
                recognizer=best.recognizer,
                score=round(best.score, 4),
                explanation=explanation,
                context=_context(page.text, s, e),
                finding_ids=tuple(sorted({f.id for f in span.findings})),
                status="needs_review" if review else "proposed",
                conf=conf,
            )
        )
    return out


def _review_reason(span: _Span, policy: Policy) -> str:
    """Why ``span`` needs review ("" when one of its findings is sure: rule 1 and rule 5)."""
    unsure = []
    for f in span.findings:
        threshold = policy.threshold(f.entity)
        if f.recognizer == CONSISTENCY_RECOGNIZER:
            unsure.append(CONSISTENCY_REVIEW)
        elif f.score < threshold:
            unsure.append(f"needs review: score {f.score:.2f} is under the {f.entity} threshold "
                          f"{threshold:.2f} (review floor {policy.review_floor:.2f})")
        else:
            return ""
    return unsure[0] if unsure else ""


def line_rects(chars: Sequence[Char | None]) -> list[Rect]:
    """Union of glyph boxes per text line, ignoring whitespace at the line's ends."""
    by_line: dict[int, list[Char]] = {}
    for ch in chars:
        if ch is None:
            continue
        by_line.setdefault(ch.line, []).append(ch)
    rects: list[Rect] = []
    for line in sorted(by_line):
        glyphs = by_line[line]
        while glyphs and glyphs[0].c.isspace():
            glyphs = glyphs[1:]
        while glyphs and glyphs[-1].c.isspace():
            glyphs = glyphs[:-1]
        if not glyphs:
            continue
        r = glyphs[0].rect
        for g in glyphs[1:]:
            r = r.union(g.rect)
        inset = min(EDGE_INSET, r.width / 4)
        rects.append(Rect(r.x0 + inset, r.y0, r.x1 - inset, r.y1))
    return rects


def pad_ocr_rect(r: Rect, page: Page, s: int, e: int) -> Rect:
    """Pad ``r`` (a line of span s..e on an OCR page), stopping half-way to neighbouring words."""
    return _pad(r, _word_geometry(page, None), s, e)


@dataclass(frozen=True)
class _WordGeometry:
    """A page's word boxes, offsets and confidences as arrays (built once per page: each
    redaction walked every word of its page, building each from the page's arrays)."""

    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    confs: np.ndarray  # NaN where a word has none


def _word_geometry(page: Page, cache: dict[int, _WordGeometry] | None) -> _WordGeometry:
    if cache is not None and page.index in cache:
        return cache[page.index]
    rows = [(w.rect.x0, w.rect.y0, w.rect.x1, w.rect.y1, w.start, w.end,
             math.nan if w.conf is None else w.conf) for w in page.words]
    a = np.array(rows, dtype=np.float64).reshape(-1, 7)
    geo = _WordGeometry(a[:, 0], a[:, 1], a[:, 2], a[:, 3], a[:, 4], a[:, 5], a[:, 6])
    if cache is not None:
        cache[page.index] = geo
    return geo


def _pad(r: Rect, g: _WordGeometry, s: int, e: int) -> Rect:
    """:func:`pad_ocr_rect` over a page's word arrays (same comparisons, same result)."""
    left, right, top, bottom = OCR_PAD_X, OCR_PAD_X, OCR_PAD_Y, OCR_PAD_Y
    other = ~((g.starts < e) & (g.ends > s))  # not a word of the span itself
    v = other & ((np.minimum(g.y1, r.y1) - np.maximum(g.y0, r.y0)) > 0)
    h = other & ((np.minimum(g.x1, r.x1) - np.maximum(g.x0, r.x0)) > 0)
    lefts, rights = v & (g.x1 <= r.x0), v & ~(g.x1 <= r.x0) & (g.x0 >= r.x1)
    tops, bottoms = h & (g.y1 <= r.y0), h & ~(g.y1 <= r.y0) & (g.y0 >= r.y1)
    if lefts.any():
        left = min(left, float(((r.x0 - g.x1[lefts]) / 2).min()))
    if rights.any():
        right = min(right, float(((g.x0[rights] - r.x1) / 2).min()))
    if tops.any():
        top = min(top, float(((r.y0 - g.y1[tops]) / 2).min()))
    if bottoms.any():
        bottom = min(bottom, float(((g.y0[bottoms] - r.y1) / 2).min()))
    return Rect(r.x0 - max(left, 0.0), r.y0 - max(top, 0.0), r.x1 + max(right, 0.0), r.y1 + max(bottom, 0.0))


def _context(text: str, s: int, e: int) -> str:
    before = text[max(0, s - CONTEXT_CHARS) : s]
    after = text[e : e + CONTEXT_CHARS]
    return " ".join(f"{before}[[{text[s:e]}]]{after}".split())
