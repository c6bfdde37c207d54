"""A redacted name Tesseract misread elsewhere on a scan: "Ilona" read as "llona" or "1lona".

Propagation (:mod:`.propagate`) finds every other mention of a redacted person by the name's
exact letters. On an OCR page the same name is often read differently at one mention: a
capital I as a lower-case l, the digit 1 or a bar, and a lower-case l as a capital I (the
glyphs differ by a serif or a pixel). That mention then stays visible in the image, a leak
the text layer hides. This pass searches the OCR pages' text for each redacted name token
(four letters or more, capitalised, holding an I or l) with those letters as any of the
four glyphs, and adds the misread mentions propagation could not see. A name whose capital I
was read as "l" at every mention ("llona Vasquez") starts in lower case, which propagation
takes for no name: such a token (not an English word) is searched too, its exact letters
included.

Not searched: tokens of kept names (officers), common words ("Bill", "Hill": everyday
words first, see :data:`~.lexicon.COMMON_WORDS`), and text-layer pages (their letters are
what the file says). A mention already covered by a finding, or overlapping a kept
entity's finding (an officer, an agency), is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex as re

from ..model import Finding
from ..policy import Policy
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS
from .propagate import RECOGNIZER
from .widefallback import english_words

__all__ = ["misread_name_findings"]

#: Glyphs Tesseract confuses with a capital I or a lower-case l.
_LOOKALIKES = "[Il1|]"
#: A name token: capitalised, or starting with an "l" that is a misread capital I ("loana").
_TOKEN = re.compile(r"(?<![\p{L}\p{N}])(?:\p{Lu}|l(?=\p{Ll}{3}))[\p{L}'’-]{3,}")


def _pattern(token: str) -> re.Pattern[str]:
    body = "".join(_LOOKALIKES if ch in "Il" else re.escape(ch) for ch in token)
    return re.compile(rf"(?<![\p{{L}}\p{{N}}|]){body}(?![\p{{L}}\p{{N}}|])")


def misread_name_findings(text: str, findings: Sequence[Finding], policy: Policy,
                          ocr_ranges: Sequence[tuple[int, int]],
                          kept_names: Collection[str]) -> list[Finding]:
    """PERSON findings for misread mentions (I / l / 1 / |) of redacted name tokens on OCR text.

    Args:
        text: the whole document text.
        findings: what detection and propagation found.
        policy: which entities are redacted and kept, thresholds, allow-list.
        ocr_ranges: (start, end) document offsets of the OCR pages' text.
        kept_names: names of kept people: their tokens are never searched.
    """
    if not ocr_ranges or "PERSON" not in policy.redact:
        return []
    kept = {t.strip(".,").casefold() for k in kept_names for t in k.split()}
    tokens: dict[str, Finding] = {}
    for f in findings:
        if f.entity != "PERSON" or not policy.takes_part("PERSON", f.score) or policy.is_allowed(f.text):
            continue
        for m in _TOKEN.finditer(f.text):
            tok = m.group(0).rstrip("'’-")
            if tok[0] == "l" and tok.lower() in english_words():
                continue  # a word of the name span, not a misread name
            if ("I" in tok or "l" in tok) and tok.casefold() not in kept and tok not in tokens \
                    and tok.capitalize() not in COMMON_WORDS | EVERYDAY_WORDS:
                tokens[tok] = f
    if not tokens:
        return []
    taken = sorted((f.start, f.end) for f in findings if f.entity == "PERSON" or f.entity in policy.keep)
    out: list[Finding] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for tok, src in tokens.items():
        rx = _pattern(tok)
        for lo, hi in ocr_ranges:
            for m in rx.finditer(text, lo, hi):
                s, e = m.span()
                if (m.group(0) == tok and tok[0] != "l") or not free(s, e):
                    continue  # the exact letters are propagation's; a covered mention is done
                out.append(Finding.make(
                    "PERSON", s, e, m.group(0), src.score, RECOGNIZER,
                    f"propagated from PERSON '{' '.join(src.text.split())}' at offset {src.start} "
                    f"({src.recognizer}): OCR misread of '{tok}' (I, l, 1 and | look alike)",
                    id_key=f"{RECOGNIZER}:ocr-misread"))
                taken.append((s, e))
    return out
