"""Recognizers a rule file declares: patterns in Presidio's YAML shape, and deny lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from presidio_analyzer import (
    PatternRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import REGEX_FLAGS

__all__ = [
    "DenyListRecognizer",
    "RuleFilePatternRecognizer",
]


class RuleFilePatternRecognizer(PatternRecognizer):
    """A recognizer from a rule file's ``recognizers:`` (Presidio YAML shape)."""

    name: str

    def __init__(self, source: str = "", **kwargs: Any) -> None:
        self.source = source
        super().__init__(**kwargs)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's pattern analysis with our flags and a textual explanation."""
        # Use the recognizer's own flags (case_sensitive / flags from the rule file).
        results = super().analyze(text, entities, nlp_artifacts, None)
        for r in results:
            ex = r.analysis_explanation
            if ex is not None:
                where = f" ({self.source})" if self.source else ""
                if ex.pattern_name == "deny_list":
                    ex.textual_explanation = f"on the deny list of rule-file recognizer '{self.name}'{where}"
                else:
                    ex.textual_explanation = (
                        f"rule-file recognizer '{self.name}' pattern '{ex.pattern_name}'{where}"
                    )
        return results


class DenyListRecognizer(PatternRecognizer):
    """The policy's ``deny:`` entries for one entity: always redacted (case-sensitive, whole word)."""

    name: str

    def __init__(self, entity: str, texts: Sequence[str], supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=entity,
            name=f"deny_list:{entity}",
            supported_language=supported_language,
            deny_list=sorted(set(texts), key=len, reverse=True),
            deny_list_score=1.0,
            global_regex_flags=REGEX_FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's deny-list match, case-sensitive, with a textual explanation."""
        results = super().analyze(text, entities, nlp_artifacts, REGEX_FLAGS)
        for r in results:
            if r.analysis_explanation is not None:
                r.analysis_explanation.textual_explanation = (
                    f"'{text[r.start : r.end]}' is on the policy deny-list"
                )
        return results
