"""Lemmas for Presidio's context words, looked up per (word, tag) instead of matched per token.

Presidio reads spaCy's lemmas only to find context words ("phone", "DOB") near a pattern match.
In ``en_core_web_sm`` they come from the ``attribute_ruler`` (a Matcher of ~180 patterns run over
every token: a seventh of the pipeline's time a page) and the rule ``lemmatizer``. With no
dependency parser loaded, every ruler pattern of one token reads only that token's text, tag and
whether it is a space, and the lemmatizer reads only what the ruler set; so a token's lemma is a
function of (word, tag). :class:`CachedLemmas` computes it once per pair, with the pipeline's own
two components on a one-token Doc, and reuses it. Where one of the ruler's few patterns of more
than one token matches ("gon na", "let 's"), the Doc goes through the two components as it is.
The same lemmas either way (``tests/test_lemmas.py`` compares them on every sample page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["FACTORY", "MAX_CACHED", "CachedLemmas", "install"]

#: The component's name in the pipeline (a spaCy factory registered by :func:`install`).
FACTORY = "redactkit_cached_lemmas"
#: Pairs kept before the table starts again (~100 bytes each; a long batch of documents
#: keeps meeting new words).
MAX_CACHED = 200_000


class CachedLemmas:
    """A pipeline component: ``attribute_ruler`` + ``lemmatizer``'s lemmas from a (word, tag) table."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, ORTH, TAG  # lazy: heavy: loaded with the pipeline
        from spacy.matcher import Matcher  # lazy: heavy: loaded with the pipeline

        self.ruler, self.lemmatizer = ruler, lemmatizer
        self._attrs = (ORTH, TAG, LEMMA)
        self._vocab = ruler.vocab
        self._multi = Matcher(ruler.vocab)
        for i, entry in enumerate(ruler.patterns):
            longer = [p for p in entry["patterns"] if len(p) > 1]
            if longer:
                self._multi.add(f"multi{i}", longer)
        self._lemma: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if self._multi(doc, allow_missing=True):
            return self.lemmatizer(self.ruler(doc))
        orth_id, tag_id, lemma_id = self._attrs
        table = self._lemma
        if len(table) > MAX_CACHED:
            table.clear()
        lemmas = []
        for orth, tag in doc.to_array([orth_id, tag_id]).tolist():
            lemma = table.get((orth, tag))
            if lemma is None:
                lemma = table[(orth, tag)] = self._one(orth, tag)
            lemmas.append(lemma)
        doc.from_array([lemma_id], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def _one(self, orth: int, tag: int) -> int:
        """The lemma the two components give the word ``orth`` tagged ``tag``, alone in a Doc."""
        from spacy.tokens import Doc  # lazy: heavy: loaded with the pipeline

        one = Doc(self._vocab, words=[self._vocab.strings[orth]], spaces=[False])
        one[0].tag = tag
        self.lemmatizer(self.ruler(one))
        return int(one[0].lemma)


def _make(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> None:
    """Put :class:`CachedLemmas` in ``nlp`` in place of its ``attribute_ruler`` and ``lemmatizer``
    (kept, disabled, for the component to call). A pipeline without both is left as it is."""
    from spacy.language import Language  # lazy: heavy: loaded with the pipeline

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names or "tagger" not in names:
        return
    after = set(names[names.index("lemmatizer") + 1 :])
    if names.index("attribute_ruler") > names.index("lemmatizer") or "parser" in names or after - {"ner"}:
        return  # not the layout this was proven for (nothing after it reads POS): leave it as trained
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make)
    nlp.add_pipe(FACTORY, after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
