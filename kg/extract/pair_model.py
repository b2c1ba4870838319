"""The pair model: links between entities of one sentence that no relation rule read.

A multinomial logistic model over the features of :mod:`kg.extract.pair_features`, trained
on hand-annotated gold sets by :mod:`kg.extract.pair_training`. Its classes are "none" and
each predicate with a direction ("adopts>": the first-named entity adopts the second). It
only adds: a pair the rules already linked keeps the rules' relation. A link is added when
its class, among those the two types allow, has at least the model's threshold of
probability; its evidence is the sentence and its cue "pair model".

The weights ship with the package (``kg/extract/data/pair_model.json``, a few hundred
kilobytes), so the default pipeline still needs no download and gives the same output
every run.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from kg.extract.actors import trim
from kg.extract.assemble import SIGNATURES
from kg.extract.cues import ASKED_IF, POSSESSIVE
from kg.extract.envoy_mandates import mandate_country
from kg.extract.found import Found
from kg.extract.met_parties import met_between
from kg.extract.office_words import former_office
from kg.extract.pair_claimed import Claims
from kg.extract.pair_doers import ACTS, DEEDS, no_doer, yet_to_come
from kg.extract.pair_features import PairCandidate, pair_candidates, pair_key
from kg.extract.records import DocState, MentionRec
from kg.extract.relation_agents import others_act
from kg.extract.relation_commitments import topic_before
from kg.extract.relation_excepted import EXCEPT_WORDS, excepted_at, negated
from kg.extract.relation_opening_scope import opening_role
from kg.extract.relation_wording import AT_LAUNCH, MOVE_TO_ACT, negated_before
from kg.extract.spans import ENTITIES, RELATIONS, doc_text, sentence_bounds

MODEL_PATH = Path(__file__).with_name("data") / "pair_model.json"
#: the format of the model file this code reads
FORMAT = 1
NONE = "none"
CUE = "pair model"
#: the predicates whose links the model is not trusted to add. On real documents it had not
#: seen, its partnersWith and addresses links were wrong more often than right (read sets,
#: release 0.28.0: 4 wrong to 2 right, and 1 to 0), while the rules read both well; its
#: participatesIn links were right about half the time on real text (release 0.28.0: 18 wrong,
#: 21 right or optional over 15 real sets), against 6 wrong to 76 right for the rules' own. When
#: one of these is a pair's most probable link, the pair gets none (not its second-best class)
UNTRUSTED = frozenset({"partnersWith", "addresses", "participatesIn"})


def class_name(predicate: str, first_is_subject: bool) -> str:
    """The class of a link: the predicate, then ">" when the first-named entity is its subject."""
    return predicate + (">" if first_is_subject else "<")


def allowed(cls: str, first_type: str, second_type: str) -> bool:
    """Whether the link ``cls`` fits the types of the pair (first, second in text order)."""
    if cls == NONE:
        return True
    predicate, forward = cls[:-1], cls[-1] == ">"
    subj, obj = (first_type, second_type) if forward else (second_type, first_type)
    domain, rng = SIGNATURES[predicate]
    return subj in domain and obj in rng


@dataclass(frozen=True, eq=False)
class PairModel:
    """Classes, weights by feature (class index → weight) and the probability a link needs."""

    classes: tuple[str, ...]
    weights: Mapping[str, Mapping[int, float]]
    threshold: float
    about: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the weights as one matrix (a row per feature): a pair's scores are one sum of rows
        index = {f: i for i, f in enumerate(self.weights)}
        matrix = np.zeros((len(index) + 1, len(self.classes)))  # the last row: unknown features
        for f, row in self.weights.items():
            for ci, w in row.items():
                matrix[index[f], ci] = w
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_matrix", matrix)

    def _mask(self, first_type: str, second_type: str) -> np.ndarray:
        """0 for the classes the two types allow, -inf for the others."""
        cache: dict[tuple[str, str], np.ndarray] = self.__dict__.setdefault("_masks", {})
        got = cache.get((first_type, second_type))
        if got is None:
            got = cache[(first_type, second_type)] = np.array(
                [0.0 if allowed(c, first_type, second_type) else -np.inf for c in self.classes]
            )
        return got

    def probability_rows(self, pairs: Sequence[tuple[Iterable[str], str, str]]) -> np.ndarray:
        """Class probabilities of each (features, first type, second type), one row per pair.

        Classes the types do not allow get 0; the softmax runs over the others. One matrix sum
        for all pairs of a document: a Python loop per pair and class costs ten times more.
        """
        index: dict[str, int] = self.__dict__["_index"]
        unknown = len(index)
        flat: list[int] = []
        starts: list[int] = []
        for features, _a, _b in pairs:
            starts.append(len(flat))
            # a feature counts once per pair, as in training ("pre:^" twice for two capitalized words)
            flat.extend(map(index.get, dict.fromkeys(features), repeat(unknown)))
        if not pairs:
            return np.zeros((0, len(self.classes)))
        scores = np.add.reduceat(self.__dict__["_matrix"][flat], starts, axis=0)
        scores += np.stack([self._mask(a, b) for _f, a, b in pairs])
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs

    def probabilities(self, features: Iterable[str], first_type: str, second_type: str) -> dict[str, float]:
        """The probability of each class the pair's types allow."""
        row = self.probability_rows([(tuple(features), first_type, second_type)])[0]
        mask = self._mask(first_type, second_type)
        return {c: float(p) for c, p, m in zip(self.classes, row, mask, strict=True) if m == 0.0}

    def best_links(self, cands: Sequence[PairCandidate]) -> list[tuple[str, float] | None]:
        """For each candidate, its most probable link class and probability if above the threshold."""
        probs = self.probability_rows([(c.features, c.first.type, c.second.type) for c in cands])
        out: list[tuple[str, float] | None] = []
        for row in probs:
            row = row.copy()
            row[0] = -1.0  # "none" is never a link
            best = int(row.argmax())
            if best and self.classes[best][:-1] in UNTRUSTED:
                best = 0
            out.append(
                (self.classes[best], float(row[best])) if best and row[best] >= self.threshold else None
            )
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PairModel):
            return NotImplemented
        return (self.classes, self.weights, self.threshold, self.about) == (
            other.classes,
            other.weights,
            other.threshold,
            other.about,
        )

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "classes": list(self.classes),
            "threshold": self.threshold,
            "about": dict(self.about),
            "weights": {
                f: {str(ci): w for ci, w in sorted(row.items())} for f, row in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> PairModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"pair model format {data.get('format')!r}, this version reads {FORMAT}")
        raw = data["weights"]
        assert isinstance(raw, dict)
        weights = {f: {int(ci): float(w) for ci, w in row.items()} for f, row in raw.items()}
        classes = data["classes"]
        if not isinstance(classes, list) or not classes or classes[0] != NONE:
            raise ValueError(f"pair model classes must start with {NONE!r}")
        about = data.get("about") or {}
        assert isinstance(about, dict)
        return cls(tuple(str(c) for c in classes), weights, float(str(data["threshold"])), about)


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> PairModel | None:
    """The model at ``path``, or None when there is none (the rules then work alone)."""
    p = Path(path)
    if not p.is_file():
        return None
    with p.open(encoding="utf-8") as fh:
        return PairModel.from_json(json.load(fh))


def rule_links(found: Iterable[Found]) -> dict[tuple[str, str], str]:
    """The predicate the rules found for each pair (the first, when they found several)."""
    out: dict[tuple[str, str], str] = {}
    for f in found:
        out.setdefault(pair_key(f.subject, f.object), f.predicate)
    return out


#: A salutation ("Mr President, Excellencies, Ladies and Gentlemen"): it names whom a speech
#: addresses, and nobody acts in it.
_SALUTATION = re.compile(
    r"\bExcellenc(?:y|ies)\b|\b[Ll]adies and [Gg]entlemen\b|\b[Dd]istinguished [Dd]elegates\b"
)
#: Sentences the model leaves to the rules: negation, refusal, intention, talks and discussion,
#: thanks. The rules read such wording with care (calling for is not adopting, "has not acceded"
#: is nothing, "thanked donors for their support" is the donors' support); the model has seen
#: too few of them to tell. ("May" the month hedges a sentence too: kept, since letting the model
#: read dated sentences added wrong adoptions, a depositary's and a partner's.)
_HEDGED = re.compile(
    r"\b(?:not|never|no longer|yet to|cannot|fail\w*|against|refus\w*|reject\w*|withdr[ae]w\w*|oppos\w*|"
    r"plan(?:s|ned)? to|intend\w* to|aim\w* to|seek\w* to|consider\w*|expected to|would|could|should|"
    r"may|might|negotiat\w*|talks|discuss\w*|draft\w*|urg\w*|call\w* (?:on|for|upon)|thank\w*|grat\w*"
    # undoing an act, naming a text in passing: "Niger repealed Law 2015-36", "Benin referred to the
    # Compact" (not "abolishes": a law abolishes a practice)
    r"|repeal\w*|revok\w*|annul\w*|scrap(?:s|ped|ping)?|mention\w*|referr?(?:ed|ing|s)? to"
    r"|cit(?:e|es|ed|ing)|in passing|den(?:y|ies|ied|ying)|refut\w*"
    # a question: "Chile asked whether Peru had ratified the Protocol", "asks Kenya if it will sign"
    r"|whether|" + ASKED_IF + r")\b"
    # a call on others, named or not: "Norway asked Kenya to ratify", "wants all States to adopt": the
    # caller's call, not a tie between caller and called, nor the act of the called (not "encouraged
    # ongoing support to deliver the plan")
    r"|\b(?:(?:ask|request|exhort|expect|want|appeal)(?:s|ed|ing)?|(?:encourag|invit|pressur)(?:e|es|ed|ing)"
    r"|(?:press|push)(?:es|ed|ing))\s+(?:(?:all|other|the|its|their|fellow|remaining)\s+)*"
    r"(?:(?:member\s+)?(?:states?|countries|governments?|members|parties|nations)\s+)?"
    r"to\s+(?!(?:the|an?|its|their|this|that|these|our)\b)[a-z]"
    # "there is no cooperation between …", "No agreement between …"; not "Convention No. 29", "no doubt"
    r"|n[’']t\b|\black of\b|\bwithout\b|(?-i:\b[Nn]o\b)(?!\.|\s+doubt\b)",
    re.IGNORECASE,
)


#: where each word begins: a place the pair's verb may stand
_WORD_START = re.compile(r"\b\w")


#: a word every negation :func:`~kg.extract.relation_wording.negated_before` reads holds
#: (:data:`~kg.extract.relation_wording.NEGATED` and "neither … nor"): a sentence without one negates nothing
_NEGATION_WORDS = (
    "not", "never", "no longer", "yet to", "neither", "nor", "refused", "failed", "declined", "failure",
    "refusal", "reluctance", "n't", "n’t",
)  # fmt: skip


def _negated(text: str, cand: PairCandidate, lows: dict[int, tuple[str, dict[int, bool] | None]]) -> bool:
    """Whether a negation governs the pair's verb (:func:`~kg.extract.relation_wording.negated_before`):
    the verb stands between the two names ("Kenya neither signed nor ratified the Accord", "the Accord,
    which neither Peru nor Chile signed") or right after the second ("Neither Peru nor Chile signed"),
    so a "nor" of another clause ("Kenya signed the Accord, a step neither easy nor quick") leaves the pair
    to the model. The sentence's lower-cased text is kept in ``lows`` by its start, with the answer at
    each place asked (the pairs of a sentence share their words), or None when it has no negation word."""
    start = cand.sent_start
    got = lows.get(start)
    if got is None:
        low = text[start : cand.sent_end].lower()
        got = lows[start] = (low, {} if any(w in low for w in _NEGATION_WORDS) else None)
    low, seen = got
    if seen is None:
        return False
    lo, hi = cand.first_mention.end - start, cand.second_mention.start - start
    for at in (hi, *(w.start() for w in _WORD_START.finditer(low, lo, hi))):
        known = seen.get(at)
        if known is None:
            known = seen[at] = negated_before(low, at)
        if known:
            return True
    return False


#: blame between the two names, or just before the first: "Kenya criticised the Compact", "HRW accused
#: Thailand of violating the Convention" (not "the accused", a person on trial); so a text left or broken:
#: "Mexico exited the Paris Agreement", "Brazil suspended its participation in the Compact", "left the
#: Compact" (not "to leave no one behind")
_AGAINST_TEXT = re.compile(
    r"\b(?:critici[sz]\w*|critique\w*|condemn\w*|denounc\w*|(?<!the )accus(?:ed|es|ing)|blam\w*"
    r"|decr(?:y|ies|ied)|slam(?:s|med)?|lambast\w*"
    r"|exit(?:s|ed|ing)?|quit(?:s|ting)?|pull(?:s|ed|ing)? out"
    # "left the Compact", not "left the meeting": a place left is no text left
    r"|(?:left|leav(?:e|es|ing))(?=\s+the\b)(?!\s+the\s+(?:meeting|room|hall|country|office|session|stage"
    r"|podium|building|venue|floor|event|conference|summit|talks)\b)"
    r"|walk(?:s|ed|ing)? away"
    r"|suspend\w*|abandon\w*|renounc\w*|reneg(?:e|es|ed|ing)|violat\w*|breach\w*|flout\w*|contraven\w*"
    r"|back(?:s|ed|ing)? out|terminat\w*)\b",
    re.IGNORECASE,
)


#: praise of one actor for a deed: "Kenya praised Uganda for adopting its Strategy", "Ghana was commended
#: by Togo for its Plan": whose deed it is, the rules read ("for its"); the model would give it to both
#: praise of another's move (tried first: a "for" may be in the item's name): "UNICEF praised Peru's
#: initiative to adopt the Plan": Peru's act, not UNICEF's
_PRAISED_FOR = re.compile(
    r"\b(?:prais|commend|laud|applaud|salut|welcom|hail)\w*\s+(?:the\s+)?[^.;]{0,60}?" + POSSESSIVE + r"\s+"
    r"(?:\w+\s+)?" + MOVE_TO_ACT + r"\s+to\b"
    r"|\b(?:prais|commend|congratulat|laud|applaud|salut|credit)\w*\b[^.;]{0,80}?\bfor\b",
    re.IGNORECASE,
)


def _praised_before(text: str, cand: PairCandidate, memo: dict[int, int]) -> bool:
    """Whether praise "… for" ends in the candidate's sentence before its second name; the end of
    the sentence's first such phrase is kept in ``memo`` (-1: none), one search per sentence."""
    end = memo.get(cand.sent_start)
    if end is None:
        found = _PRAISED_FOR.search(text, cand.sent_start, cand.sent_end)
        end = memo[cand.sent_start] = found.end() if found is not None else -1
    return 0 <= end <= cand.second_mention.start


def _against(text: str, cand: PairCandidate) -> bool:
    """Whether a word of blame, or of leaving or breaking a text, stands between the pair's names (or in
    the few words before the first)."""
    start = max(cand.sent_start, cand.first_mention.start - 30)
    return _AGAINST_TEXT.search(text, start, cand.second_mention.start) is not None


def _hedged(
    text: str, cand: PairCandidate, mentions: Sequence[tuple[int, int]], memo: dict[int, bool]
) -> bool:
    """Whether the candidate's sentence, its names blanked out, holds a word of ``_HEDGED`` or is a
    salutation; the answer depends on the sentence only, so it is kept in ``memo`` by its start."""
    start, end = cand.sent_start, cand.sent_end
    known = memo.get(start)
    if known is not None:
        return known
    pieces, pos = [], start
    first = bisect_left(mentions, (start, start))
    while first > 0 and mentions[first - 1][1] > start:
        first -= 1  # a name that runs into the sentence
    for s, e in mentions[first:]:
        if s >= end:
            break
        pieces.append(text[pos : max(pos, s)])
        pos = max(pos, e)
    pieces.append(text[pos:end])
    words = " ".join(pieces)
    memo[start] = hedged = _HEDGED.search(words) is not None or _SALUTATION.search(words) is not None
    return hedged


def _excepted(text: str, cand: PairCandidate) -> bool:
    """Whether the sentence names one of the two only as one left out ("all except Peru")."""
    sentence = text[cand.sent_start : cand.sent_end]
    if not any(w in sentence.lower() for w in EXCEPT_WORDS) or negated(sentence):
        return False
    return any(excepted_at(text, m.start, cand.sent_start) for m in (cand.first_mention, cand.second_mention))


def _former_in(text: str, roles: Iterable[MentionRec], start: int, end: int) -> bool:
    """Whether one of a person's role phrases in the sentence ``start``–``end`` names an office held
    before ("Former UN Secretary-General")."""
    return any(start <= r.start < end and former_office(text, r.start, r.end) for r in roles)


def _not_opening_subject(text: str, start: int, end: int, cand: PairCandidate, cls: str) -> bool:
    """Whether the sentence opens with an act in a participle clause ("Adopting X, the Council …") and
    the would-be adopter is not its subject (:func:`~kg.extract.relation_opening_scope.opening_role`):
    the model cannot tell the clause's act from a later one, so only the subject may adopt."""
    subj = cand.first_mention if cls.endswith(">") else cand.second_mention
    return opening_role(text, start, end, subj.start) not in (None, "subject")


def _office_of_another(found: list[Found], subj: str, obj: str, cand: PairCandidate) -> bool:
    """Whether the rules read ``obj`` as another person's body by a role in the pair's sentence."""
    return any(
        f.predicate == "represents"
        and f.object == obj
        and f.subject != subj
        and f.cue == "role"
        and f.start < cand.sent_end
        and cand.sent_start < f.end
        for f in found
    )


#: a nominal act right before the object: "the implementation of the ", "ratification of "
_NOMINAL_ACT = re.compile(
    r"(?:implementation|ratification|adoption|signing|launch|development|enforcement|review)\s+of\s+(?:the\s+)?$"
)


def _topic(text: str, at: int) -> bool:
    """Whether the object at ``at`` is a topic of what comes before (a window, lowered once)."""
    low = text[max(0, at - 140) : at].lower()
    act = _NOMINAL_ACT.search(low)  # "… on the implementation of the ": the topic words before the act
    return topic_before(low, act.start() if act is not None else len(low))


def obj_start(cand: PairCandidate, cls: str) -> int:
    """Where the object of the pair's class is mentioned."""
    return cand.second_mention.start if cls.endswith(">") else cand.first_mention.start


def model_links(
    text: str, state: DocState, bounds: list[tuple[int, int]], found: list[Found], model: PairModel
) -> list[Found]:
    """The links the model adds to ``found``: the best sentence for each pair the rules left alone."""
    ruled = rule_links(found)
    best: dict[tuple[str, str], tuple[float, str, PairCandidate]] = {}
    mentions = state.by_position()
    spans = sorted((m.start, m.end) for m, _e in mentions)
    praise: dict[int, int] = {}
    hedges: dict[int, bool] = {}
    lows: dict[int, tuple[str, dict[int, bool] | None]] = {}
    cands = [
        c
        for c in pair_candidates(text, mentions, bounds, ruled, unruled_only=True)
        if not (
            _hedged(text, c, spans, hedges)
            or _negated(text, c, lows)
            or _excepted(text, c)
            or _against(text, c)
            or _praised_before(text, c, praise)
        )
    ]
    for cand, got in zip(cands, model.best_links(cands), strict=True):
        key = pair_key(cand.first.key, cand.second.key)
        if got is not None and (key not in best or got[1] > best[key][0]):
            best[key] = (got[1], got[0], cand)
    out = []
    # whom a person speaks for: a minister speaks for a ministry and a country, a UN coordinator
    # for two bodies, but an official of a body the rules named is no envoy of the country the body
    # works in; the model adds one body and one country at most (its likeliest)
    speaks_for = {(f.subject, state.entities[f.object].type) for f in found if f.predicate == "represents"}
    added: set[tuple[str, str]] = set()
    claims = Claims(found)
    for _p, cls, cand in sorted(best.values(), key=lambda b: -b[0]):
        if cls[:-1] == "adopts" and AT_LAUNCH.search(text, cand.first_mention.end, cand.second_mention.start):
            continue  # "Ghana's minister attended the launch of the Plan by Nigeria": there, not launching
        start, end = trim(text, cand.sent_start, cand.sent_end)  # as the rules cut evidence
        if cls[:-1] == "adopts" and _not_opening_subject(text, start, end, cand, cls):
            continue  # "Adopting resolution 2312, the Council … off Libya": the clause's subject adopts
        if cls[:-1] in ACTS and no_doer(text, cand, cls.endswith(">")):
            continue  # "… to Be Adopted at the Conference in Marrakech, Morocco": where, and no adopter yet
        if cls[:-1] in DEEDS and yet_to_come(text, cand):
            continue  # "Somalia will launch the Plan in January": not launched yet
        subj, obj = (cand.first, cand.second) if cls.endswith(">") else (cand.second, cand.first)
        if (
            cls[:-1] in ACTS
            and cls.endswith(">")
            and others_act(text, cand.first_mention.end, cand.second_mention.start)
        ):
            continue  # "Ryder said most member states had ratified the Protocol": theirs, not his
        if cls[:-1] in DEEDS and _topic(text, obj_start(cand, cls)):
            continue  # "a workshop for Member States on the implementation of the Compact": a topic
        if cls[:-1] in ACTS and claims.claimed_by_another(cls[:-1], subj.key, obj.key, start, end):
            continue  # "Ghana adopted the Policy, and Togo enacted the Act": each clause read
        if cls[:-1] == "represents":
            kinds = {kind for who, kind in speaks_for if who == subj.key}
            if (subj.key, obj.type) in added or (obj.type == "Country" and kinds):
                continue
            if "Organization" in kinds and _office_of_another(found, subj.key, obj.key, cand):
                continue  # "Secretary-General A, President of the Assembly B": the Assembly is B's
            held = cand.second_mention if cls.endswith(">") else cand.first_mention
            if obj.type == "Country" and mandate_country(text, subj.roles, held):
                continue  # "the Special Envoy for Syria Ana Ruiz": where her mandate runs
            if met_between(text, cand.first_mention.end, cand.second_mention.start):
                continue  # "IOM staff met with the Minister, Ana Ruiz": the body met is not hers
            if _former_in(text, subj.roles, cand.sent_start, cand.sent_end):
                continue  # "Ex-President of Nigeria Olusegun Obasanjo": speaks for Nigeria no more
            added.add((subj.key, obj.type))
        out.append(Found(subj.key, cls[:-1], obj.key, start, end, CUE))
    out.sort(key=lambda f: (f.start, f.subject, f.object))
    return out


class PairLinker:
    """spaCy component: add the pair model's links to the relations the rules wrote."""

    def __init__(
        self, *, name: str = "kg_pair_links", model_path: str = "", threshold: float | None = None
    ) -> None:
        self.name = name
        model = load_model(model_path or str(MODEL_PATH))
        if model is not None and threshold is not None:
            model = PairModel(model.classes, model.weights, threshold, model.about)
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        state: DocState | None = doc.user_data.get(ENTITIES)
        if self.model is None or state is None:
            return doc
        found: list[Found] = doc.user_data.setdefault(RELATIONS, [])
        found += model_links(doc_text(doc), state, sentence_bounds(doc), found, self.model)
        return doc
