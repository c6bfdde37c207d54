"""Which recognizers a policy gets: the police recognizers, the policy's own, and plug-ins.

Plug-ins: an installed package adds recognizers through the entry-point group
:data:`ENTRY_POINT_GROUP` (``redactkit.recognizers``). Each entry point names a callable that
takes the :class:`~redactkit.policy.Policy` and returns one Presidio recognizer or a list of
them (a recognizer class itself qualifies: it is called with ``supported_language``)::

    [project.entry-points."redactkit.recognizers"]
    zebra = "zebra_plugin:ZebraRecognizer"

A plug-in's findings are redacted like any other once the policy names its entity under
``redact``. A plug-in that fails to load is an error, never skipped.
"""

from __future__ import annotations

import bisect
import importlib.metadata
import inspect
from typing import TYPE_CHECKING, Any

from presidio_analyzer import (
    EntityRecognizer,
    Pattern,
    RecognizerRegistry,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from ..errors import ProcessingError

if TYPE_CHECKING:

    from ..policy import Policy
from .recognizers._base import ValuePatternRecognizer
from .recognizers.addresses import AddressRecognizer, ParsedAddressRecognizer
from .recognizers.fields import FieldLabelRecognizer
from .recognizers.identifiers import (
    AgeRecognizer,
    BadgeNumberRecognizer,
    CaseNumberRecognizer,
    DateOfBirthRecognizer,
    IdNumberRecognizer,
    SafeEmailRecognizer,
    SsnRecognizer,
    UsPhoneRecognizer,
)
from .recognizers.lastfirst import WrappedLastFirstRecognizer
from .recognizers.person_signals import PersonSignalRecognizer
from .recognizers.persons import LastFirstNameRecognizer, OfficerRecognizer, RoleNameRecognizer
from .recognizers.places import AgencyRecognizer, PublicPlaceRecognizer
from .recognizers.rulefile import DenyListRecognizer, RuleFilePatternRecognizer
from .recognizers.vehicles import DriverLicenseRecognizer, LicensePlateRecognizer, VinRecognizer

__all__ = [
    "ENTRY_POINT_GROUP",
    "IndexedContextEnhancer",
    "OrderedRecognizerRegistry",
    "plugin_recognizers",
    "POLICE_RECOGNIZERS",
    "build_recognizers",
]


#: The declarative police recognizers (no policy input needed).
POLICE_RECOGNIZERS: tuple[type[ValuePatternRecognizer], ...] = (
    AddressRecognizer,
    LicensePlateRecognizer,
    VinRecognizer,
    DriverLicenseRecognizer,
    DateOfBirthRecognizer,
    AgeRecognizer,
    CaseNumberRecognizer,
    BadgeNumberRecognizer,
    IdNumberRecognizer,
    UsPhoneRecognizer,
    SsnRecognizer,
    LastFirstNameRecognizer,
    WrappedLastFirstRecognizer,
    RoleNameRecognizer,
    AgencyRecognizer,
)


def build_recognizers(policy: Policy) -> list[EntityRecognizer]:
    """All redactkit recognizers for ``policy``, ready for a Presidio ``RecognizerRegistry``.

    Args:
        policy: the loaded policy (field labels, roster, rule-file recognizers, deny-list).

    Returns:
        Police pattern recognizers, the offline email recognizer, the officer
        recognizer (with the policy's roster), the field-label recognizer,
        the rule file's recognizers and one deny-list recognizer per entity.
    """
    lang = policy.language or "en"
    recs: list[EntityRecognizer] = [cls(supported_language=lang) for cls in POLICE_RECOGNIZERS]
    recs.append(SafeEmailRecognizer(supported_language=lang))
    recs.append(ParsedAddressRecognizer(supported_language=lang))
    recs.append(PersonSignalRecognizer(supported_language=lang))
    recs.append(PublicPlaceRecognizer(supported_language=lang))
    recs.append(OfficerRecognizer(roster=policy.roster("OFFICER"), supported_language=lang))
    if policy.field_labels:
        recs.append(FieldLabelRecognizer(policy.field_labels, supported_language=lang))
    for spec in policy.recognizers:
        if not spec.enabled:
            continue
        patterns = [Pattern(p.name, p.regex, p.score) for p in spec.patterns or []]
        recs.append(
            RuleFilePatternRecognizer(
                source=spec.source,
                supported_entity=spec.entity,
                name=spec.name,
                supported_language=spec.supported_language,
                patterns=patterns or None,
                deny_list=list(spec.deny_list or []) or None,
                context=list(spec.context or []) or None,
                deny_list_score=spec.deny_list_score,
                global_regex_flags=spec.regex_flags(),
            )
        )
    by_entity: dict[str, list[str]] = {}
    for d in policy.deny:
        by_entity.setdefault(d.entity, []).append(d.text)
    for entity, texts in sorted(by_entity.items()):
        recs.append(DenyListRecognizer(entity, texts, supported_language=lang))
    recs.extend(plugin_recognizers(policy))
    return recs


#: Entry-point group of recognizer plug-ins.
ENTRY_POINT_GROUP = "redactkit.recognizers"


def plugin_recognizers(policy: Policy) -> list[EntityRecognizer]:
    """The recognizers installed packages add through :data:`ENTRY_POINT_GROUP`, by entry-point name.

    Raises:
        ProcessingError: a plug-in cannot be loaded or returns something that is not a recognizer.
    """
    lang = policy.language or "en"
    out: list[EntityRecognizer] = []
    for ep in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            factory: Any = ep.load()
            is_class = inspect.isclass(factory)  # (not narrowed: a class is called like a factory)
            made = factory(supported_language=lang) if is_class else factory(policy)
        except Exception as exc:
            raise ProcessingError(
                f"recognizer plug-in '{ep.name}' ({ep.value}) could not be loaded: {exc}. "
                "Fix or uninstall the package that provides it."
            ) from exc
        for rec in made if isinstance(made, list | tuple) else [made]:
            if not isinstance(rec, EntityRecognizer):
                raise ProcessingError(
                    f"recognizer plug-in '{ep.name}' ({ep.value}) gave {type(rec).__name__}, "
                    "not a Presidio recognizer."
                )
            out.append(rec)
    return out


class OrderedRecognizerRegistry(RecognizerRegistry):
    """Presidio's registry, but the recognizers for a request come in registration order.

    Presidio collects them in a ``set`` when entities are named, so their order follows object
    addresses and changes from process to process. When two recognizers score the same span
    equally (the stock and the US phone recognizer, say), the one credited in the log then
    changed between runs of the same document; the spans and scores did not.
    """

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        chosen = super().get_recognizers(*args, **kwargs)
        order = {id(rec): i for i, rec in enumerate(self.recognizers)}
        return sorted(chosen, key=lambda rec: order.get(id(rec), len(order)))


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer (default settings), with the token under a result
    found by bisection over the page's token ends instead of a walk over the spaCy tokens
    per result (that walk made a Python object per token: a fifth of the enhancer's time).

    Same answer as :meth:`LemmaContextAwareEnhancer._find_index_of_match_token`: the first
    token that starts at ``start`` or ends after it (token ends increase strictly, since
    spaCy tokens are non-empty and disjoint; otherwise the stock walk is used).
    """

    def __init__(self) -> None:
        super().__init__()
        self._tokens: Any = None  # the Doc the ends below belong to (held: identity stays valid)
        self._starts: list[int] = []
        self._ends: list[int] | None = None

    def _find_index_of_match_token(self, word: str, start: int, tokens: Any,  # type: ignore[override]
                                   tokens_indices: list[int]) -> int:
        if tokens is not self._tokens:
            starts = list(tokens_indices)
            ends = [s + len(t) for s, t in zip(starts, tokens, strict=True)]
            ordered = all(a < b for a, b in zip(ends, ends[1:], strict=False)) and all(
                s < e for s, e in zip(starts, ends, strict=True))
            self._tokens, self._starts, self._ends = tokens, starts, ends if ordered else None
        if self._ends is None:
            stock = LemmaContextAwareEnhancer._find_index_of_match_token
            return int(stock(word, start, tokens, tokens_indices))
        i = bisect.bisect_right(self._ends, start)
        if i == len(self._ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens "
                             "although it is expected to be found")
        return i
