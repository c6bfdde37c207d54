"""Field-label recognizer: the value next to a label ("DOB:", "Victim:"), also in form layouts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import DATE, REGEX_FLAGS, WS
from ._base import make_explanation, make_result
from .vehicles import LicensePlateRecognizer

__all__ = [
    "FieldLabelRecognizer",
]


#: Letters with diacritics ("Graça", "Vélez") and lower-case surname particles between name words
#: ("Ana da Graça Moniz", "Piet van der Berg"): an ASCII-only value stopped at the first such word.
_PERSON_VALUE = re.compile(
    r"(?:\p{Lu}(?:[\p{Ll}'’‘ʻ-]+|[\p{Lu}'’‘ʻ-]+)(?:[-'’]\p{Lu}\p{L}+)*|\p{Lu}\.)(?=[\s,]|$)"
    r"(?:(?:,[ \t]*|[ \t]+"
    r"(?:(?:da|das|de|del|della|der|den|di|do|dos|du|la|le|van|von|ten|ter|bin|ibn)[ \t]+){0,2})"
    r"(?:\p{Lu}(?:[\p{Ll}'’‘ʻ-]+|[\p{Lu}'’‘ʻ-]+)(?:[-'’]\p{Lu}\p{L}+)*|\p{Lu}\.?)(?=[\s,.]|$)){0,4}",
    REGEX_FLAGS,
)


_ID_VALUE = re.compile(
    r"(?:\(?[A-Z]{2}\)?[ \t]+(?=[A-Z0-9-]*\d))?#?(?P<v>[A-Z0-9][A-Z0-9-]*[A-Z0-9]|[A-Z0-9])", REGEX_FLAGS
)


_SHAPES: dict[str, re.Pattern[str]] = {
    "DATE_OF_BIRTH": re.compile(DATE, REGEX_FLAGS),
    "US_SSN": re.compile(r"[\dXx*]{3}[- ]?[\dXx*]{2}[- ]?\d{4}(?!\d)", REGEX_FLAGS),
    "PHONE_NUMBER": re.compile(r"\+?[\d(][\d() .-]{5,}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?", REGEX_FLAGS),
    "EMAIL_ADDRESS": re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}", REGEX_FLAGS),
    "AGE": re.compile(r"\d{1,3}(?!\d)", REGEX_FLAGS),
    "LICENSE_PLATE": re.compile(
        rf"{LicensePlateRecognizer._STATE_PREFIX}?{LicensePlateRecognizer._PLATE}", REGEX_FLAGS
    ),
}


_ID_ENTITIES = frozenset(
    {
        "DRIVER_LICENSE",
        "US_DRIVER_LICENSE",
        "LICENSE_PLATE",
        "VIN",
        "CASE_NUMBER",
        "BADGE_NUMBER",
        "ID_NUMBER",
    }
)


_NAME_ENTITIES = frozenset({"PERSON", "OFFICER"})


_EMPTY_VALUES = frozenset({"n/a", "na", "none", "unknown", "unk", "-", "--", "same", "refused", "nil"})


class FieldLabelRecognizer(LocalRecognizer):
    """Form fields: a label ("DOB:", "Victim:", "DL#", "Plate") marks the value after it.

    The value is the rest of the same line, up to the next label, a wide gap
    (2+ spaces or a tab, i.e. the next cell), ``|`` or ``;``. When the label
    ends its line, the value is the first cell of the next non-empty line (form
    layouts where the value sits under the label). Only the value span is
    returned, shaped by the entity: a name for PERSON/OFFICER, a date for
    DATE_OF_BIRTH, a token for identifiers.

    Labels match case-insensitively when followed by ``:`` or ``#``; without
    one (``DOB 03/14/1985`` in a form cell) the label must be written as in the
    policy or in ALL CAPS and be followed by a wide gap or the end of the line.

    Limit: column layouts with a row of labels over a row of values are not
    paired by column.
    """

    name: str

    def __init__(
        self, field_labels: Sequence[Any], supported_language: str = "en", name: str | None = None
    ) -> None:
        self.label_entity: dict[str, str] = {}
        for fl in field_labels:
            for label in fl.labels:
                self.label_entity.setdefault(" ".join(label.split()).lower(), fl.entity)
        entities = sorted(set(self.label_entity.values())) or ["PERSON"]
        # longest first (an alternation takes the first that matches); ties by text, so the
        # pattern is the same in every process (a set's order follows PYTHONHASHSEED, which made
        # the shipped compiled-pattern table miss these patterns at random)
        labels = sorted(
            {" ".join(lbl.split()) for fl in field_labels for lbl in fl.labels},
            key=lambda lbl: (-len(lbl), lbl),
        )

        def esc(label: str) -> str:
            return re.escape(label).replace(r"\ ", WS + "+")

        if labels:
            any_case = "|".join(esc(lbl) for lbl in labels)
            exact = "|".join(dict.fromkeys(esc(v) for lbl in labels for v in (lbl, lbl.upper())))
            colon = rf"(?<![\w])(?P<label>(?i:{any_case}))(?P<sep>{WS}*[:#]{WS}*|(?<=[:#]){WS}*)"
            bare = (
                # possessive: a label never starts with a blank, and backtracking through a long
                # run of blanks tried every label at every split (100 ms on one masked page)
                rf"(?:(?<=^|[ \t]{{2}}|\t|\||\()[ \t]*+)(?P<label>{exact})"
                rf"(?P<sep>(?<=[.#]){WS}+|{WS}*\|{WS}*|{WS}{{2,}}|\t+|{WS}*(?=\n|$))"
            )
            self._colon: re.Pattern[str] | None = re.compile(colon, REGEX_FLAGS)
            self._bare: re.Pattern[str] | None = re.compile(bare, REGEX_FLAGS)
            caps = "|".join(dict.fromkeys(esc(lbl.upper()) for lbl in labels))
            #: teletype/NCIC style: an ALL-CAPS label glued to its value by a slash ("DOB/19940312")
            self._slash: re.Pattern[str] | None = re.compile(
                rf"(?<![\w/])(?P<label>{caps})(?P<sep>/)(?=[A-Z0-9(])", REGEX_FLAGS
            )
            self._any: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])(?i:{any_case}){WS}*[:#]", REGEX_FLAGS
            )
        else:
            self._colon = self._bare = self._any = self._slash = None
        super().__init__(
            supported_entities=entities,
            supported_language=supported_language,
            name=name or type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load."""

    def _value(self, entity: str, cell: str) -> tuple[int, int] | None:
        """Span of the value inside ``cell`` (offsets relative to the cell)."""
        lead = len(cell) - len(cell.lstrip())
        body = cell.strip()
        if not body or body.lower().strip(".") in _EMPTY_VALUES:
            return None
        if entity in _NAME_ENTITIES:
            m = _PERSON_VALUE.match(body)
            if not m:
                return None
            val = m.group(0).rstrip(", ")
            if val.endswith(".") and not re.search(r"(?:^|\s)[A-Z]\.$", val):
                val = val[:-1]
            return (lead, lead + len(val)) if val else None
        if entity in _SHAPES:
            m = _SHAPES[entity].match(body)
            if m and entity == "LICENSE_PLATE" and not any(c.isdigit() for c in m.group(0)):
                return None
            if m:
                return lead, lead + m.end()
            if entity == "DATE_OF_BIRTH" and len(body) <= 30 and any(c.isdigit() for c in body):
                return lead, lead + len(body.rstrip(",.;"))
            return None
        if entity in _ID_ENTITIES:
            m = _ID_VALUE.match(body)
            if not m or not any(c.isdigit() for c in m.group("v")):
                return None
            return lead + m.start("v"), lead + m.end("v")
        val = body.rstrip(",.;")
        return (lead, lead + len(val)) if val else None

    def _cell_end(self, text: str, start: int) -> int:
        """End of the cell that starts at ``start``: line end, wide gap, '|', ';' or the next label."""
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        segment = text[start:line_end]
        stop = len(segment)
        gap = re.search(r"[ \t]{2,}|\t|\||;", segment)
        if gap:
            stop = min(stop, gap.start())
        if self._any is not None:
            nxt = self._any.search(segment, 1)
            if nxt:
                stop = min(stop, nxt.start())
        return start + stop

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Find every label and return its value span as the label's entity."""
        results: list[RecognizerResult] = []
        matches: list[Any] = []
        for rx in (self._colon, self._bare, self._slash):
            if rx is not None:
                matches.extend(rx.finditer(text))
        for m in matches:
            label = " ".join(m.group("label").split())
            entity = self.label_entity.get(label.lower())
            if entity is None or (entities and entity not in entities):
                continue
            vstart = m.end()
            line_end = text.find("\n", vstart)
            line_end = len(text) if line_end < 0 else line_end
            same_line = text[vstart:line_end]
            where = "same line"
            score = 0.9
            if not same_line.strip():
                # form layout: the value is the first cell of the next non-empty line
                nxt = line_end + 1
                while nxt < len(text) and text[nxt] == "\n":
                    nxt += 1
                if nxt >= len(text) or nxt - line_end > 2:
                    continue
                vstart = nxt + (len(text[nxt:]) - len(text[nxt:].lstrip(" \t")))
                where, score = "next line", 0.8
            cend = self._cell_end(text, vstart)
            span = self._value(entity, text[vstart:cend])
            if span is None:
                continue
            value = " ".join(text[vstart + span[0] : vstart + span[1]].split()).lower().rstrip(":#")
            if value in self.label_entity:
                # the "value" is another label: a blank form field followed by the next field
                continue
            if (
                where == "next line"
                and entity in _NAME_ENTITIES
                and len(text[vstart + span[0] : vstart + span[1]].split()) < 2
            ):
                # a single word under a label is a table's next column header ("Owner" / "Disposition"),
                # not a name: names in form cells come as "Last, First" or "First Last"
                continue
            s, e = vstart + span[0], vstart + span[1]
            shown = m.group(0).strip()
            ex = make_explanation(self.name, score, f"label '{shown}' ({where})", f"field label '{label}'")
            results.append(make_result(self, entity, s, e, score, ex))
        return EntityRecognizer.remove_duplicates(results)
