"""The base of the police recognizers: a Presidio ``PatternRecognizer`` whose result may cover only a
``(?P<value>...)`` group, with an explanation on every result.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import regex as re
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import REGEX_FLAGS, is_given_name

__all__ = [
    "SPOKEN_DIGIT",
    "FlaggedPattern",
    "SingleEntityRecognizer",
    "ValuePatternRecognizer",
    "after_label_lines",
    "line_matches",
    "spelled_out",
]

#: A digit said aloud, as transcripts write it ("five", "oh").
SPOKEN_DIGIT = r"(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_OF = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGIT_OF["oh"] = "0"


class FlaggedPattern(Pattern):
    """A Presidio :class:`Pattern` compiled once, with :data:`REGEX_FLAGS`.

    Presidio's ``Pattern`` compiles its regex to validate it (flags 0) and throws that away;
    :class:`ValuePatternRecognizer` then compiles it again with :data:`REGEX_FLAGS`. With the
    name and address lists that was a second ``regex`` compile of the largest patterns at
    start-up. This validates with the compile that runs: an invalid regex or score raises
    ``ValueError`` as ``Pattern`` does (flags do not change what parses)."""

    def __init__(self, name: str, regex: str, score: float) -> None:  # noqa: D107
        try:
            compiled = re.compile(regex, flags=REGEX_FLAGS)
        except re.error as exc:
            raise ValueError(f"Invalid regex pattern: {exc}") from exc
        if score < 0 or score > 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex: Any = compiled
        self.compiled_with_flags: Any = REGEX_FLAGS

    @classmethod
    def of(cls, p: Pattern) -> FlaggedPattern:
        """A copy of ``p`` (its compiled regex shared when it has one)."""
        if isinstance(p, FlaggedPattern):
            new = cls.__new__(cls)
            new.__dict__.update(p.__dict__)
            return new
        return cls(p.name, p.regex, p.score)


def count_digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def spelled_out(text: str) -> str:
    """The characters of an identifier read aloud: "T-L-R, five, oh, 3" -> "TLR503"."""
    return "".join(_DIGIT_OF.get(t.lower(), t) for t in re.findall(r"[A-Za-z]+|\d", text)
                   if t.lower() in _DIGIT_OF or len(t) == 1)


def make_explanation(
    recognizer: str,
    score: float,
    textual: str,
    pattern_name: str | None = None,
    pattern: str | None = None,
    validation: bool | None = None,
) -> AnalysisExplanation:
    kwargs: dict[str, Any] = {
        "recognizer": recognizer,
        "original_score": score,
        "pattern_name": pattern_name,
        "pattern": pattern,
        "validation_result": validation,
        "textual_explanation": textual,
        "regex_flags": REGEX_FLAGS,
    }
    return AnalysisExplanation(**kwargs)


def make_result(
    rec: Any, entity: str, start: int, end: int, score: float, ex: AnalysisExplanation
) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=ex,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
        },
    )


def line_matches(compiled: Any, text: str) -> Iterator[Any]:
    """``compiled.finditer(text)`` for a pattern whose matches never hold a line break (see
    :attr:`ValuePatternRecognizer.LINE_BOUND`), searched one line at a time (``pos``/``endpos``:
    look-behinds still see the text before the line, and the line break after it reads as the
    end), skipping lines that are empty or blank (no non-blank match fits in them, and blank
    matches are dropped by the caller)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end > start and not text[start:end].isspace():
            yield from compiled.finditer(text, start, end)
        start = end + 1


class ValuePatternRecognizer(PatternRecognizer):
    """A declarative pattern recognizer whose patterns may mark a ``value`` group.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and optionally
    ``EXPLAIN`` (pattern name -> text for the explanation; ``{label}`` is
    replaced by the matched ``label`` group) and override
    ``validate_result`` / ``invalidate_result``.
    """

    name: str
    patterns: list[Pattern]
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    EXPLAIN: ClassVar[dict[str, str]] = {}
    #: True when no pattern can consume a line break and every look past a match's ends reads
    #: a line break as the end of the text would (``$`` under MULTILINE, ``\b``, classes without
    #: it): then the patterns are run line by line (:func:`line_matches`), which finds the same
    #: matches, and lines of blanks (where such patterns wasted quadratic time: the ALL-CAPS
    #: re-read blanks every other line) are skipped.
    LINE_BOUND: ClassVar[bool] = False

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=[FlaggedPattern.of(p) for p in (patterns or self.PATTERNS)],
            context=context if context is not None else list(self.CONTEXT),
            global_regex_flags=REGEX_FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern; a ``value`` group, when present, is the result span.

        ``regex_flags`` is ignored: these patterns are written for
        :data:`REGEX_FLAGS` (case-sensitive) and would change meaning under others.
        """
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            p: Any = pattern
            if p.compiled_regex is None or p.compiled_with_flags != REGEX_FLAGS:
                p.compiled_with_flags = REGEX_FLAGS
                p.compiled_regex = re.compile(pattern.regex, flags=REGEX_FLAGS)
            compiled: Any = p.compiled_regex
            for m in line_matches(compiled, text) if self.LINE_BOUND else compiled.finditer(text):
                if "value" in compiled.groupindex and m.group("value") is not None:
                    start, end = m.span("value")
                else:
                    start, end = m.span()
                value = text[start:end]
                if not value.strip():
                    continue
                score = float(pattern.score)
                validation = self.validate_result(value)
                if validation is not None:
                    score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
                if self.invalidate_match(pattern.name, value):
                    score = EntityRecognizer.MIN_SCORE
                if score <= EntityRecognizer.MIN_SCORE:
                    continue
                label = m.group("label") if "label" in compiled.groupindex else None
                template = self.EXPLAIN.get(pattern.name, f"pattern '{pattern.name}'")
                textual = template.format(label=" ".join((label or "").split()), match=m.group(0))
                ex = make_explanation(
                    self.name, float(pattern.score), textual, pattern.name, pattern.regex, validation
                )
                ex.score = score
                results.append(make_result(self, self.supported_entities[0], start, end, score, ex))
        return EntityRecognizer.remove_duplicates(results)

    def invalidate_match(self, pattern_name: str, value: str) -> bool | None:
        """``invalidate_result`` for a value found by the named pattern (a label may vouch for it)."""
        return self.invalidate_result(value)


class SingleEntityRecognizer(LocalRecognizer):
    """A local recognizer of one entity (``ENTITY``) with nothing to load.

    Subclasses set ``ENTITY`` and implement ``analyze``; the name defaults to the class name.
    """

    ENTITY: ClassVar[str] = ""
    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=name or type(self).__name__)

    def load(self) -> None:
        """Nothing to load (whatever a subclass reads loads with its module or on first use)."""


_LINE = re.compile(r"[^\n]+(?=\n)")
#: A person's whole name filling a line: a census given name and one or two capitalised words.
_NAME_LINE = re.compile(r"[ \t]*(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,2}[ \t]*")


def after_label_lines(text: str, start: int, end: int) -> int:
    """Start of a name wrapped over lines ``text[start:end]`` after the last line above its last line
    in normal case that is either a form label in capitals ("OWNER" / "Ann Roe" / "LIENHOLDER" /
    "Alder Credit Union") or, between two of its lines, a person's whole name (table cells read in
    order: "... Recovery" / "Ann Roe" / "Alder Assets LLC"); the words above belong to other cells."""
    last = text.rfind("\n", start, end)
    if last < 0 or text[last + 1 : end].isupper():
        return start
    cut = start
    for m in _LINE.finditer(text, start, last + 1):
        name = _NAME_LINE.fullmatch(m.group(0))
        if m.group(0).isupper() or (m.start() > start and name and is_given_name(name.group(1))):
            cut = m.end()
    return cut
