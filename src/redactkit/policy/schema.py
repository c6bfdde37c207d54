"""The rule-file schema (pydantic): unknown keys, types and regexes are refused with their location.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

import regex
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

__all__ = [
    "ENTITY_RE",
    "ExemptionTable",
    "PatternSpec",
    "RecognizerSpec",
    "RedactRule",
    "RuleFile",
    "check_regex",
    "EntityName",
    "ThresholdKey",
]


ENTITY_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


_REGEX_FLAG_NAMES = {
    "IGNORECASE": regex.IGNORECASE,
    "MULTILINE": regex.MULTILINE,
    "DOTALL": regex.DOTALL,
    "VERBOSE": regex.VERBOSE,
    "UNICODE": regex.UNICODE,
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _check_entity(v: str) -> str:
    if not ENTITY_RE.match(v):
        raise ValueError(f"entity type '{v}' must be UPPER_SNAKE_CASE like US_SSN or PERSON")
    return v


def check_regex(pattern: str, flags: int = 0) -> str:
    try:
        regex.compile(pattern, flags)
    except regex.error as exc:
        raise ValueError(f"regex {pattern!r} does not compile: {exc}") from None
    return pattern


EntityName = Annotated[str, AfterValidator(_check_entity)]


def _check_threshold_key(v: str) -> str:
    return v if v == "default" else _check_entity(v)


ThresholdKey = Annotated[str, AfterValidator(_check_threshold_key)]


class RedactRule(_Model):
    exemption: str
    reason: str


class _AllowItem(_Model):
    text: str | None = None
    regex: str | None = None
    file: str | None = None
    files: list[str] | None = None
    entity: str | None = None

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v)

    @field_validator("entity")
    @classmethod
    def _entity(cls, v: str | None) -> str | None:
        return None if v is None else _check_entity(v)

    @model_validator(mode="after")
    def _one_kind(self) -> _AllowItem:
        kinds = [k for k in ("text", "regex", "file", "files") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("an allow entry needs exactly one of 'text', 'regex', 'file' or 'files'")
        return self


class _DenyItem(_Model):
    text: str = Field(min_length=1)
    entity: str = "PERSON"

    @field_validator("entity")
    @classmethod
    def _entity(cls, v: str) -> str:
        return _check_entity(v)


class PatternSpec(_Model):
    """One pattern of a rule-file recognizer: its name, regex and score."""

    name: str
    regex: str
    score: float = Field(ge=0.0, le=1.0)


class RecognizerSpec(_Model):
    """One entry of a rule file's ``recognizers:``.

    Presidio's recognizer YAML shape, plus ``flags`` / ``case_sensitive``.

    A loaded :class:`~redactkit.policy.Policy` holds these as
    :class:`~redactkit.policy.types.PolicyRecognizer` (the same model, plus where it came from).
    """

    name: str
    supported_entity: str | None = None
    supported_entities: list[str] | None = None
    supported_language: str | None = None
    patterns: list[PatternSpec] | None = None
    context: list[str] | None = None
    deny_list: list[str] | None = None
    deny_list_score: float = Field(default=1.0, ge=0.0, le=1.0)
    type: Literal["custom"] | None = None
    enabled: bool = True
    flags: list[str] | None = None
    case_sensitive: bool = False

    @field_validator("flags")
    @classmethod
    def _flags(cls, v: list[str] | None) -> list[str] | None:
        for name in v or []:
            if name not in _REGEX_FLAG_NAMES:
                raise ValueError(f"unknown regex flag '{name}' (use {', '.join(_REGEX_FLAG_NAMES)})")
        return v

    @model_validator(mode="after")
    def _shape(self) -> RecognizerSpec:
        if (self.supported_entity is None) == (self.supported_entities is None):
            raise ValueError("give exactly one of 'supported_entity' or 'supported_entities'")
        if self.supported_entities is not None and len(self.supported_entities) != 1:
            raise ValueError("a pattern recognizer supports exactly one entity")
        _check_entity(self.entity)
        if not self.patterns and not self.deny_list:
            raise ValueError("a recognizer needs 'patterns' or a 'deny_list'")
        if self.flags is not None and self.case_sensitive:
            raise ValueError("give 'flags' or 'case_sensitive', not both")
        return self

    @property
    def entity(self) -> str:
        """The one entity this recognizer finds (``supported_entity`` or ``supported_entities[0]``)."""
        if self.supported_entity is not None:
            return self.supported_entity
        assert self.supported_entities is not None
        return self.supported_entities[0]

    def regex_flags(self) -> int:
        """The regex flags its patterns run with: ``flags`` if given, else DOTALL|MULTILINE
        plus IGNORECASE unless ``case_sensitive``."""
        if self.flags is not None:
            out = 0
            for name in self.flags:
                out |= _REGEX_FLAG_NAMES[name]
            return out
        base = regex.DOTALL | regex.MULTILINE
        return base if self.case_sensitive else base | regex.IGNORECASE


class _FieldLabelSpec(_Model):
    labels: list[str] = Field(min_length=1)
    entity: str

    @field_validator("entity")
    @classmethod
    def _entity(cls, v: str) -> str:
        return _check_entity(v)

    @field_validator("labels")
    @classmethod
    def _labels(cls, v: list[str]) -> list[str]:
        if any(not s.strip() for s in v):
            raise ValueError("labels must not be empty")
        return v


class RuleFile(_Model):
    name: str = Field(min_length=1)
    description: str = ""
    language: str = "en"
    extends: list[str] = Field(default_factory=list)
    exemption_codes: dict[str, str] | None = None
    redact: dict[EntityName, RedactRule] = Field(default_factory=dict)
    keep: list[EntityName] = Field(default_factory=list)
    allow: list[_AllowItem] = Field(default_factory=list)
    deny: list[_DenyItem] = Field(default_factory=list)
    thresholds: dict[ThresholdKey, Annotated[float, Field(ge=0.0, le=1.0)]] = Field(default_factory=dict)
    recognizers: list[RecognizerSpec] = Field(default_factory=list)
    field_labels: list[_FieldLabelSpec] = Field(default_factory=list)
    #: Findings between this score and their threshold are proposed as ``needs_review``.
    review_floor: Annotated[float, Field(ge=0.0, le=1.0)] | None = None
    #: What unattended runs do with ``needs_review`` proposals.
    uncertain: Literal["redact", "keep"] | None = None


class ExemptionTable(_Model):
    name: str
    description: str = ""
    codes: dict[str, str] = Field(min_length=1)
