"""The online rule scorer: reads messages one at a time, keeps a small state, raises a warning.

Per message the cost does not depend on how long the conversation is: one normalisation, one scan of the
recognisers, an update of the writer's counters, and, only when something was found, a recomputation of
that writer's risk from a fixed set of categories.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from safeguarding.chats import relationship
from safeguarding.chats.config import ScoringConfig, load_scoring
from safeguarding.chats.meaning import MULTILINGUAL_DEFAULT, MeaningRecogniser
from safeguarding.chats.normalise import normalise
from safeguarding.chats.recognisers import AgeRecogniser, PatternRecogniser, default_recognisers
from safeguarding.chats.state import AuthorState, ConversationState

ADULT = 18
MAX_DECLARED_AGE = 120
_DIGIT = re.compile(r"\d")
# Context cues that discount the manipulation cues of their own message: a safety lesson quoting a
# warning phrase, a harmless secret (a surprise party, a crush), or a place inside a game.
_DISCOUNTING = frozenset({"ctx_education", "ctx_benign_secret", "ctx_in_game"})
_QUOTES = re.compile(r'"[^"]{3,300}"|“[^”]{3,300}”|„[^“”]{3,300}[“”]|«[^»]{3,300}»')
MAX_TOPICS = 8
MAX_CHILD = 3
RESCORE_ALL = 8  # authors up to which a change rescores everyone


class RuleScorer:
    """Explainable rule engine: weighted categories per author, ages, context, and a warning policy."""

    def __init__(
        self,
        config: ScoringConfig | None = None,
        recognisers: tuple[PatternRecogniser, AgeRecogniser] | None = None,
        policy: Mapping[str, float] | None = None,
        semantic: bool = True,
        cascade: bool = False,
        multilingual: bool | None = None,
    ) -> None:
        self.config = config or load_scoring()
        self.patterns, self.ages = recognisers or _shared_recognisers()
        if multilingual is None:
            multilingual = MULTILINGUAL_DEFAULT
        self.meaning = _shared_meaning(cascade, multilingual) if semantic else None
        self.policy = {**self.config.policy, **(policy or {})}
        self.threshold = float(self.policy["threshold"])
        self.window = max(1, int(self.policy["window"]))
        self.required = max(1, min(self.window, int(self.policy["required"])))
        self.instant = float(self.policy.get("instant", 2.0))

    # -- public API -----------------------------------------------------------------------------------
    def new_state(
        self, conversation_id: str, participants: Mapping[str, Mapping[str, Any] | None] | None = None
    ) -> ConversationState:
        state = ConversationState(conversation_id=str(conversation_id))
        for name, info in (participants or {}).items():
            age = (info or {}).get("declared_age")
            valid = isinstance(age, int) and not isinstance(age, bool) and 0 <= age <= MAX_DECLARED_AGE
            state.author(str(name)).declared_age = age if valid else None  # never guess a child's age
            kind = relationship.declared_by_name(str(name))
            if kind is not None:
                state.relation[str(name)] = kind
        return state

    def update(
        self, state: ConversationState, message_index: int, author: str, text: str, time: object = None
    ) -> ScoreResult:
        """Read one message (``message_index`` is its input position) and return the current view.

        ``time`` is accepted for the record but not used: messages may arrive out of time order.
        """
        if not isinstance(text, str) or not isinstance(author, str) or not author:
            raise ValueError("a message needs a non-empty author and a text string")
        writer = state.author(author)
        writer.messages += 1
        state.messages += 1
        norm = normalise(text)
        found: set[str] = set()
        changed, everyone = self._read_cues(state, writer, author, message_index, text, norm, found)
        if self.meaning is not None:
            changed = self._read_meaning(writer, message_index, text, norm, found) or changed
        everyone = self._read_relationship(state, author, norm) or everyone
        if _DIGIT.search(norm):
            everyone = self._read_ages(state, writer, author, message_index, text, norm) or everyone
        changed = self.observe(state, writer, norm, message_index, text) or changed
        # Another author's moves change the writer's "who drives" factor: in small conversations every
        # author is rescored; in large groups only the writer (the cost stays bounded per message).
        if everyone or (changed and len(state.authors) <= RESCORE_ALL):
            for name, other in state.authors.items():
                self._set_risk(state, name, other)
        elif changed:
            self._set_risk(state, author, writer)
        return self._apply_policy(state, message_index)

    def result(self, state: ConversationState) -> ScoreResult:
        """The current view of a conversation without reading a new message."""
        return ScoreResult(self, state)

    def evidence(self, state: ConversationState, author: str | None) -> list[dict[str, Any]]:
        if author is None or author not in state.authors:
            return []
        stages = self.config.stages
        items = sorted(state.authors[author].evidence, key=lambda item: item[1])
        return [
            {"message": msg, "category": cat, "stage": stages.get(cat, 0), "text": text}
            for _weight, msg, cat, text in items
        ]

    # -- hooks for the trainable model ----------------------------------------------------------------
    def observe(
        self, state: ConversationState, writer: AuthorState, norm: str, index: int, text: str
    ) -> bool:
        """Extra per-message bookkeeping; True when the writer's risk must be recomputed."""
        return False

    def author_risk(self, state: ConversationState, writer: AuthorState) -> float:
        return 1.0 / (
            1.0
            + math.exp(
                -self.config.score["slope"] * (self.author_sum(state, writer) - self.config.score["midpoint"])
            )
        )

    # -- scoring --------------------------------------------------------------------------------------
    def author_sum(self, state: ConversationState, writer: AuthorState) -> float:
        cfg = self.config
        weights, score, ctx = cfg.weights, cfg.score, cfg.context
        total = 0.0
        distinct = 0
        stages: set[int] = set()
        specific = False
        for category, mass in writer.mass.items():
            weight = weights.get(category, 0.0)
            total += weight * min(mass, 1.0) + weight * score["repeat_bonus"] * min(
                max(mass - 1.0, 0.0), score["max_repeats"]
            )
            if mass >= 0.5:
                distinct += 1
                stages.add(cfg.stages.get(category, 0))
                specific = specific or category in cfg.specific
        if distinct <= 1:
            total *= score["single_category_cap"]
        if not specific:
            total *= (
                score["no_specific_factor"] if distinct < score["broad_distinct"] else score["broad_factor"]
            )
        if len(stages) >= score["progression_stages"]:
            total += score["progression_bonus"]
        if (
            writer.messages <= score["pace_messages"]
            and (distinct >= score["broad_distinct"] or (specific and distinct >= 3))
            and self.writes_to_minor(state, writer)
        ):  # many kinds of move in the author's first few lines to a child: the fast approach
            total += score["pace_bonus"]
        total *= self._drive_factor(state, writer)
        relation = self.relation_of(state, writer)
        if relation is None:
            total = self._age_adjusted(state, writer, total)
        else:  # a parent or a coach is an adult talking to a child by definition: no adult-to-minor boost
            total *= ctx[f"{relation}_relation_factor"]
        if writer.context.get("education", 0) >= 2:
            total *= ctx["educator_factor"]
        total -= ctx["involvement_penalty"] * min(writer.context.get("parental_involvement", 0), 2)
        if state.family:
            total *= ctx["family_factor"]
        return total

    def relation_of(self, state: ConversationState, writer: AuthorState) -> str | None:
        """'family', 'school', 'setting' (talk that keeps landing on family or school logistics) or None."""
        for name, other in state.authors.items():
            if other is writer:
                declared = state.relation.get(name)
                if declared is not None:
                    return declared
                break
        settings = writer.settings
        caring = settings.get("family_care", 0) + settings.get("school_sport", 0)
        if caring >= self.config.context["setting_lines"] or len(state.topics) >= 3:
            return "setting"
        return None

    def writes_to_minor(self, state: ConversationState, writer: AuthorState) -> bool:
        own = writer.age
        if (own is not None and own < ADULT) or (own is None and writer.childhood):
            return False
        return any(a.age is not None and a.age < ADULT for a in state.authors.values() if a is not writer)

    def _drive_factor(self, state: ConversationState, writer: AuthorState) -> float:
        """Grooming is driven by one side; when the others make as many such moves, it is mutual talk."""
        own = sum(writer.mass.values())
        if own <= 0:
            return 1.0
        others = max((sum(a.mass.values()) for a in state.authors.values() if a is not writer), default=0.0)
        return 1.0 - self.config.score["mutual_discount"] * min(1.0, others / own)

    def _age_adjusted(self, state: ConversationState, writer: AuthorState, total: float) -> float:
        ages = self.config.ages
        own = writer.age
        others = [a.age for a in state.authors.values() if a is not writer and a.age is not None]
        if own is None or not others:
            if any(age < ADULT for age in others):  # writing to a minor, own age unknown
                if writer.childhood:  # ...and showing a child's life of their own: read as peers
                    return total * ages["peers_talk_factor"]
                return total * ages["to_minor_factor"] + ages["to_minor_bonus"]
            if own is None and not others:  # no age known: who in the talk shows a child's life?
                child_others = max(
                    (a.childhood for a in state.authors.values() if a is not writer), default=0
                )
                if writer.childhood and child_others:
                    return total * ages["peers_talk_factor"]
                if not writer.childhood and (child_others or state.child >= 2):
                    return total + ages["child_talk_bonus"]
                if not writer.childhood and not state.child:
                    return total * ages["no_child_factor"]
            return total
        if own >= ADULT and any(age < ADULT for age in others):
            return total * ages["adult_to_minor_factor"] + ages["adult_to_minor_bonus"]
        if own < ADULT and all(age < ADULT and abs(age - own) < ages["peers_gap"] for age in others):
            return total * ages["peers_factor"]
        if own >= ADULT and all(age >= ADULT for age in others):
            return total * ages["adults_factor"]
        return total

    # -- reading one message --------------------------------------------------------------------------
    def _read_cues(
        self,
        state: ConversationState,
        writer: AuthorState,
        author: str,
        index: int,
        text: str,
        norm: str,
        found: set[str],
    ) -> tuple[bool, bool]:
        findings = self.patterns.find(norm)
        if not findings:
            return False, False
        # A cue inside quotation marks is reported speech (a lesson, a child telling what someone said).
        quoted = any(f.category in _DISCOUNTING for f in findings) or _QUOTES.search(text) is not None
        factor = self.config.context["quoted_factor"] if quoted else 1.0
        everyone = False
        for finding in findings:
            category = finding.category
            if category.startswith("ctx_"):
                name = category[4:]
                writer.context[name] = writer.context.get(name, 0) + 1
                if name == "family_address":
                    state.family += 1
                    everyone = True
                continue
            found.add(category)
            self._add_move(writer, category, factor, index, text)
            if category == "age_probe":
                state.last_age_probe = author
        return True, everyone

    def _read_meaning(self, writer: AuthorState, index: int, text: str, norm: str, found: set[str]) -> bool:
        """Moves recognised by meaning; a category the patterns already found in this line is not doubled."""
        assert self.meaning is not None
        hits = self.meaning.find(norm)
        changed = False
        quoted = _QUOTES.search(text) is not None
        for hit in hits:
            category = hit.category
            if category.startswith("setting:"):
                name = category[8:]
                writer.settings[name] = writer.settings.get(name, 0) + 1
                if name == "safety_lesson":
                    writer.context["education"] = writer.context.get("education", 0) + 1
                changed = True
                continue
            if category in found:
                continue
            mass = hit.mass * (self.config.context["quoted_factor"] if quoted else 1.0)
            self._add_move(writer, category, mass, index, text)
            changed = True
        return changed

    def _add_move(self, writer: AuthorState, category: str, mass: float, index: int, text: str) -> None:
        """One manipulation move by the writer: its mass, when first seen, and the evidence line."""
        writer.mass[category] = writer.mass.get(category, 0.0) + mass
        writer.first_seen.setdefault(category, index)
        self._add_evidence(writer, self.config.weights.get(category, 0.0) * mass, index, category, text)

    def _read_relationship(self, state: ConversationState, author: str, norm: str) -> bool:
        """Record roles the talk makes evident; True when some author's relation changed."""
        previous, state.last_author = state.last_author, author
        changed = False
        kind = relationship.addressed(norm)
        if kind is not None:
            others = [name for name in state.authors if name != author]
            target = previous if previous not in (None, author) else (others[0] if len(others) == 1 else None)
            if target is not None and state.relation.get(target) != kind:
                state.relation[target] = kind
                changed = True
        kind = relationship.self_declared(norm)
        if kind is not None and state.relation.get(author) != kind:
            state.relation[author] = kind
            changed = True
        if state.child < MAX_CHILD and relationship.about_child(norm):
            state.child += 1
            changed = True
        writer = state.authors[author]
        if writer.childhood < MAX_CHILD and relationship.own_childhood(norm):
            writer.childhood += 1
            changed = True
        if len(state.topics) < MAX_TOPICS:
            for word in relationship.topics(norm):
                if word not in state.topics and len(state.topics) < MAX_TOPICS:
                    state.topics.append(word)
                    changed = changed or len(state.topics) == 2
        return changed

    def _read_ages(
        self, state: ConversationState, writer: AuthorState, author: str, index: int, text: str, norm: str
    ) -> bool:
        found = self.ages.find(norm)
        if not found and state.last_age_probe not in (None, author):
            reply = self.ages.find_reply(norm)
            found = [reply] if reply else []
        if not found or found[0].value is None:
            return False
        writer.stated_age = found[0].value
        declared = writer.declared_age
        stated = writer.stated_age
        if (
            declared is not None
            and stated < ADULT <= declared
            and declared - stated >= self.config.ages["lie_gap"]
        ):
            writer.mass["identity_deception"] = writer.mass.get("identity_deception", 0.0) + 1.0
            writer.first_seen.setdefault("identity_deception", index)
            self._add_evidence(
                writer, self.config.weights["identity_deception"], index, "identity_deception", text
            )
        if state.last_age_probe == author:
            state.last_age_probe = None
        return True

    def _add_evidence(self, writer: AuthorState, weight: float, index: int, category: str, text: str) -> None:
        limits = self.config.evidence
        items = writer.evidence
        same = [item for item in items if item[2] == category]
        if any(item[1] == index for item in same):
            return
        line = text if len(text) <= limits["max_text"] else text[: limits["max_text"]] + "…"
        entry = [round(weight, 3), index, category, line]
        if len(same) >= limits["per_category"]:
            weakest = min(same, key=lambda item: item[0])
            if weakest[0] < weight:
                items[items.index(weakest)] = entry
            return
        if len(items) < limits["max_items"]:
            items.append(entry)
            return
        weakest = min(items, key=lambda item: item[0])
        if weakest[0] < weight:
            items[items.index(weakest)] = entry

    # -- conversation risk and the warning policy -----------------------------------------------------
    def _set_risk(self, state: ConversationState, name: str, writer: AuthorState) -> None:
        writer.risk = self.author_risk(state, writer)
        if writer.risk >= state.risk or state.top_author in (None, name):
            top = max(state.authors.items(), key=lambda item: item[1].risk)
            state.top_author, state.risk = top[0], top[1].risk

    def _apply_policy(self, state: ConversationState, index: int) -> ScoreResult:
        recent = state.recent
        recent.append(state.risk)
        if len(recent) > self.window:
            del recent[0]
        if not state.flagged and (
            state.risk >= self.instant or sum(1 for r in recent if r >= self.threshold) >= self.required
        ):
            state.flagged = True
            state.first_warning = index
        if state.flagged and state.risk >= self.threshold:
            state.suspect = state.top_author
        return ScoreResult(self, state)


class ScoreResult:
    """The scorer's view after a message: risk 0..1, flagged, first_warning, suspect and evidence.

    ``evidence`` (the lines a reviewer should read first, with category and stage) is only built when
    read, because most per-message callers only look at the risk and the flag.
    """

    __slots__ = ("_scorer", "_state", "first_warning", "flagged", "risk", "suspect")

    def __init__(self, scorer: RuleScorer, state: ConversationState) -> None:
        self._scorer, self._state = scorer, state
        self.risk = round(state.risk, 4)
        self.flagged = state.flagged
        self.first_warning = state.first_warning
        self.suspect = state.suspect if state.flagged else None

    @property
    def evidence(self) -> list[dict[str, Any]]:
        state = self._state
        return self._scorer.evidence(state, state.suspect if state.flagged else state.top_author)

    def to_dict(self) -> dict[str, Any]:
        return {
            "risk": self.risk,
            "flagged": self.flagged,
            "first_warning": self.first_warning,
            "suspect": self.suspect,
            "evidence": self.evidence,
        }


_RECOGNISERS: tuple[PatternRecogniser, AgeRecogniser] | None = None
_MEANING: dict[tuple[bool, bool], MeaningRecogniser] = {}


def _shared_meaning(cascade: bool, multilingual: bool) -> MeaningRecogniser:
    found = _MEANING.get((cascade, multilingual))
    if found is None:
        found = MeaningRecogniser(cascade=cascade, multilingual=multilingual)
        _MEANING[cascade, multilingual] = found
    return found


def _shared_recognisers() -> tuple[PatternRecogniser, AgeRecogniser]:
    global _RECOGNISERS
    if _RECOGNISERS is None:
        _RECOGNISERS = default_recognisers()
    return _RECOGNISERS


def score_messages(
    scorer: RuleScorer,
    conversation_id: str,
    participants: Mapping[str, Mapping[str, Any] | None],
    messages: list[tuple[str, str, str | None]],
) -> dict[str, Any]:
    """Score a whole conversation in input order, as the online API would, and return the output record."""
    state = scorer.new_state(conversation_id, participants)
    for index, (author, text, time) in enumerate(messages):
        scorer.update(state, index, author, text, time)
    return {"id": conversation_id, **scorer.result(state).to_dict()}
