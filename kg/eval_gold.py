"""Reading a gold set: docs/ID.txt, docs/ID.meta.json and gold/ID.json (see ANNOTATION.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.model import Document
from kg.ontology import ENTITY_TYPES, PREDICATES

#: entity groups scored apart, and the types in each
GROUPS: dict[str, tuple[str, ...]] = {
    "core": ("Country", "Organization", "Person", "Plan", "Framework"),
    "issue": ("Issue",),
    "event": ("Event",),
}
GROUP_OF = {t: g for g, types in GROUPS.items() for t in types}

_ENTITY_KEYS = {"type", "name", "aliases", "required"}
_RELATION_KEYS = {"subject", "predicate", "object", "evidence", "required"}


class GoldSetError(KgError):
    """A gold set folder is missing, incomplete, or holds a file that breaks the format."""


# --------------------------------------------------------------------------- gold set


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: tuple[str, ...]
    required: bool

    @property
    def group(self) -> str | None:
        return GROUP_OF.get(self.type)


@dataclass(frozen=True)
class GoldRelation:
    subject: int  # index into GoldDocument.entities
    predicate: str
    object: int
    evidence: str
    required: bool


@dataclass(frozen=True)
class GoldDocument:
    document: Document
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


def load_gold_set(gold_dir: Path) -> list[GoldDocument]:
    """Read a gold set folder; every problem is a :class:`GoldSetError` naming the file."""
    gold_dir = Path(gold_dir)
    docs_dir, ann_dir = gold_dir / "docs", gold_dir / "gold"
    if gold_dir.exists() and not gold_dir.is_dir():  # a file is there: "no such folder" would mislead
        raise GoldSetError(f"{gold_dir}: not a folder; give a gold set folder with docs/ and gold/")
    if not gold_dir.is_dir():
        raise GoldSetError(f"{gold_dir}: no such folder; give a gold set folder with docs/ and gold/")
    if not docs_dir.is_dir() or not ann_dir.is_dir():
        raise GoldSetError(f"{gold_dir}: not a gold set: it needs the subfolders docs/ and gold/")
    ids = sorted(p.name[: -len(".txt")] for p in docs_dir.glob("*.txt"))
    if not ids:
        raise GoldSetError(f"{docs_dir}: no documents (*.txt) in the gold set")
    orphans = sorted({p.stem for p in ann_dir.glob("*.json")} - set(ids))
    if orphans:
        raise GoldSetError(f"{ann_dir / (orphans[0] + '.json')}: gold file without a document in docs/")
    return [_load_one(docs_dir, ann_dir, doc_id) for doc_id in ids]


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise GoldSetError(f"{path}: missing; every docs/ID.txt needs docs/ID.meta.json and gold/ID.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldSetError(f"{path}: not valid JSON: {err}") from err


def _load_one(docs_dir: Path, ann_dir: Path, doc_id: str) -> GoldDocument:
    txt_path = docs_dir / f"{doc_id}.txt"
    try:
        text = txt_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise GoldSetError(f"{txt_path}: not UTF-8 text: {err}") from err
    meta_path = docs_dir / f"{doc_id}.meta.json"
    meta = _read_json(meta_path)
    if not isinstance(meta, dict):
        raise GoldSetError(f"{meta_path}: expected a JSON object with id, title, source, date, publisher")
    source = meta.get("source")
    document = Document(
        id=doc_id,
        location=str(txt_path),
        text=text,
        media_type="text/plain",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.get("title"),
        date=meta.get("date"),
        url=source if isinstance(source, str) and source.startswith(("http://", "https://")) else None,
        publisher=meta.get("publisher"),
    )
    gold_path = ann_dir / f"{doc_id}.json"
    gold = _read_json(gold_path)
    if not isinstance(gold, dict) or not {"entities", "relations"} <= set(gold):
        raise GoldSetError(f"{gold_path}: expected a JSON object with 'entities' and 'relations'")
    entities: list[GoldEntity] = []
    index: dict[str, int] = {}
    for i, raw in enumerate(gold["entities"] or []):
        where = f"{gold_path}: entities[{i}]"
        if not isinstance(raw, dict) or not set(raw) >= _ENTITY_KEYS:
            raise GoldSetError(f"{where}: needs the keys {', '.join(sorted(_ENTITY_KEYS))}")
        name, aliases = raw["name"], raw["aliases"]
        if raw["type"] not in ENTITY_TYPES:
            raise GoldSetError(
                f"{where}: unknown type {raw['type']!r}; expected one of {', '.join(ENTITY_TYPES)}"
            )
        if not isinstance(name, str) or not name.strip():
            raise GoldSetError(f"{where}: name must be a non-empty string")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GoldSetError(f"{where} {name!r}: aliases must be a list of strings")
        if not isinstance(raw["required"], bool):
            raise GoldSetError(f"{where} {name!r}: required must be true or false")
        if name in index:
            raise GoldSetError(f"{where}: duplicate entity name {name!r}")
        index[name] = len(entities)
        entities.append(GoldEntity(raw["type"], name, tuple(aliases), raw["required"]))
    relations: list[GoldRelation] = []
    for i, raw in enumerate(gold["relations"] or []):
        where = f"{gold_path}: relations[{i}]"
        if not isinstance(raw, dict) or not set(raw) >= _RELATION_KEYS:
            raise GoldSetError(f"{where}: needs the keys {', '.join(sorted(_RELATION_KEYS))}")
        if raw["predicate"] not in PREDICATES:
            raise GoldSetError(
                f"{where}: unknown predicate {raw['predicate']!r}; expected one of {', '.join(PREDICATES)}"
            )
        for end in ("subject", "object"):
            if raw[end] not in index:
                raise GoldSetError(f"{where}: {end} {raw[end]!r} is not the name of an entity in the file")
        if not isinstance(raw["required"], bool):
            raise GoldSetError(f"{where}: required must be true or false")
        relations.append(
            GoldRelation(
                index[raw["subject"]],
                raw["predicate"],
                index[raw["object"]],
                str(raw["evidence"]),
                raw["required"],
            )
        )
    return GoldDocument(document, tuple(entities), tuple(relations))
