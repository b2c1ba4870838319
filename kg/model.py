"""What flows between the stages: load → extract → map. Frozen, so no stage edits another's output."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A loaded source: normalized text plus what is known about where it came from.

    ``id`` is stable for a location (same path or URL → same id), so adding an edited
    file replaces its earlier version; ``sha256`` is of the normalized text, so an
    unchanged file is recognised and skipped.
    """

    id: str
    location: str
    text: str
    media_type: str
    sha256: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) or None
    url: str | None = None
    publisher: str | None = None
    #: the title is the text's first line, not one the source states of itself (an HTML
    #: <title>, a PDF's metadata): on re-adding an edited file it does not replace a given one
    title_from_text: bool = False
    #: the date is read off the text's dateline, not given nor stated by the source's metadata: on
    #: re-adding an edited file it replaces only a stored date that was the old text's dateline too
    date_from_text: bool = False


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with its character span in the document text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """An entity found in one document.

    ``iri`` is a reference IRI when the entity matched reference data, else a minted one
    (``kg.ontology.mint_iri``). ``aliases`` are the other surface forms this document used.
    """

    iri: str
    type: str  # one of kg.ontology.ENTITY_TYPES
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    reference: bool = False
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class Relation:
    """A link between two entities of one document, with the sentence that states it."""

    subject: str  # entity IRI
    predicate: str  # one of kg.ontology.PREDICATES
    object: str  # entity IRI
    evidence: Evidence
    cue: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor found in one document."""

    document_id: str
    extractor_version: str
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    relations: tuple[Relation, ...] = field(default_factory=tuple)

    def entity(self, iri: str) -> Entity | None:
        for ent in self.entities:
            if ent.iri == iri:
                return ent
        return None


@dataclass
class AddReport:
    """What one `kg add` or `kg load` did: source ids per outcome, and (input, message) per failure."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
