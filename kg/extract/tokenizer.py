"""A fast tokenizer for the default pipeline: words, numbers and single punctuation marks.

spaCy's English tokenizer spends most of its time in large prefix, suffix and infix
expressions and exception rules that matter for parsing and statistical models, not for our
rule components, which work on the text's characters. This one splits a whitespace-separated
chunk into runs of letters and digits and single other characters: "Pakistan’s" → "Pakistan",
"’", "s"; "U.S." → "U", ".", "S", "."; "2021-2025" → "2021", "-", "2025"; a point or comma
between digits stays inside the number ("Alliance 8.7", "5,000"), as in spaCy's English rules. The gazetteer's
terms are tokenized by the same tokenizer, so phrase matching is unaffected. It is a real
:class:`spacy.tokenizer.Tokenizer` (cached, serializable), about 15 times faster than
``spacy.blank("en")``'s.

It is used only without a statistical model: a model's NER needs the tokens it was trained on.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> nlp.tokenizer = make_tokenizer(nlp.vocab)
>>> [t.text for t in nlp("Pakistan’s NAP (2021-2025).")]
['Pakistan', '’', 's', 'NAP', '(', '2021', '-', '2025', ')', '.']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import spacy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

_PREFIX = re.compile(r"^[^\w\s]")
_SUFFIX = re.compile(r"[^\w\s]$")
_INFIX = re.compile(r"[^\w\s.,]|_|(?<!\d)[.,]|[.,](?!\d)")  # "8.7", "5,000" stay whole


def make_tokenizer(vocab: Vocab) -> Tokenizer:
    """The tokenizer described above, on ``vocab``."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(
        vocab,
        rules={},
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )


@spacy.registry.tokenizers("kg_tokenizer_v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The tokenizer as a spaCy config entry: ``[nlp.tokenizer] @tokenizers = "kg_tokenizer_v1"``."""

    def create(nlp: Language) -> Tokenizer:
        return make_tokenizer(nlp.vocab)

    return create
