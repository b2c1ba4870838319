"""The resolver's working records: one per entity of a document, with its mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Mention kinds. NAME: the entity's name (or a form of it); the others are aliases.
NAME, ACRONYM, SHORT, DEMONYM, CAPITAL, ROLE, GOVERNMENT, PRONOUN = (
    "name",
    "acronym",
    "short",
    "demonym",
    "capital",
    "role",
    "government",
    "pronoun",
)

#: Mention kinds that make the entity act in its sentence (a demonym in "Sri Lankan workers"
#: does not; "the Pakistani envoy" stands for the envoy, a person).
ACTING = frozenset({NAME, ACRONYM, SHORT, CAPITAL, GOVERNMENT, ROLE, PRONOUN})


@dataclass(eq=False, slots=True)
class MentionRec:
    start: int
    end: int
    text: str
    kind: str = NAME


@dataclass(eq=False, slots=True)
class EntityRec:
    """An entity of one document while it is being resolved."""

    key: str
    type: str
    label: str
    iri: str | None = None  # reference IRI
    mentions: list[MentionRec] = field(default_factory=list)
    acronyms: set[str] = field(default_factory=set)
    roles: list[MentionRec] = field(default_factory=list)  # role phrases of a person
    start_year: int | None = None
    end_year: int | None = None
    named_issues: list[str] = field(default_factory=list)  # keys of issues named inside the name
    carries_out: list[str] = field(default_factory=list)  # keys of frameworks a plan's name implements
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False)  # offsets of the mentions

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=1 << 30)

    def add(self, mention: MentionRec) -> None:
        """Add ``mention`` unless one with the same offsets is there."""
        if len(self._seen) != len(self.mentions):  # mentions appended directly
            self._seen = {(m.start, m.end) for m in self.mentions}
        key = (mention.start, mention.end)
        if key not in self._seen:
            self._seen.add(key)
            self.mentions.append(mention)


@dataclass
class DocState:
    """Everything the resolver found in a document, for the relation finder and assembly."""

    entities: dict[str, EntityRec] = field(default_factory=dict)
    self_country: str | None = None  # key of the country the text speaks for, if any
    self_group: tuple[str, ...] = ()  # keys of a joint statement's authors, who "we" are

    def by_position(self) -> list[tuple[MentionRec, EntityRec]]:
        pairs = [(m, e) for e in self.entities.values() for m in e.mentions]
        pairs.sort(key=lambda p: (p[0].start, -p[0].end))
        return pairs


class Taken:
    """Which characters of a text mentions already cover: overlap tests in C, not Python loops."""

    __slots__ = ("mask",)

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    @classmethod
    def of(cls, size: int, spans: list[tuple[int, int]]) -> Taken:
        taken = cls(size)
        mask = taken.mask
        for start, end in spans:
            if end > start:
                mask[start:end] = b"\x01" * (end - start)
        return taken

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        if end > start:
            self.mask[start:end] = b"\x01" * (end - start)
