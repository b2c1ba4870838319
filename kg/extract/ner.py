"""Statistical NER as one more source of candidates, when a spaCy model is installed.

The model's ``ner`` component sets ``doc.ents``; this component copies the entities of
the labels it knows (PERSON, ORG, GPE, LAW, EVENT, NORP is left out) into
the ``CANDIDATES`` group with source "ner", the least trusted source: where a reference
or pattern candidate covers the same text, the resolver keeps that one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.spans import CANDIDATES, Cand, add_cands, doc_text

#: spaCy NER labels → entity types. GPE names that are not in the gazetteer are mostly
#: cities and regions, which are not Countries, so only PERSON, ORG, LAW and EVENT count.
LABELS = {"PERSON": "Person", "ORG": "Organization", "LAW": "Framework", "EVENT": "Event"}

SOURCE = "ner"


class NerCandidates:
    """Copy ``doc.ents`` into the candidate spans."""

    def __init__(self, *, name: str = "kg_ner_candidates", labels: dict[str, str] | None = None) -> None:
        self.name = name
        self.labels = dict(LABELS if labels is None else labels)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = []
        for ent in doc.ents:
            type_name = self.labels.get(ent.label_)
            if type_name is None:
                continue
            start, end = ent.start, ent.end
            if doc[start].lower_ in ("the", "a", "an") and end - start > 1:
                start += 1
            if end - start == 1 and type_name != "Person" and not doc[start].is_upper:
                continue  # a lone capitalized word: too often wrong
            s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            found.append(Cand(s, e, text[s:e], type_name, "", SOURCE))
        add_cands(doc, CANDIDATES, found)
        return doc
