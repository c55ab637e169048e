"""The small, JSON-serialisable state the online scorer keeps per conversation and per author."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class AuthorState:
    """What one author has shown so far. Sizes are bounded: categories are a fixed set, evidence is capped."""

    messages: int = 0
    mass: dict[str, float] = field(
        default_factory=dict
    )  # category -> weighted count (quoted cues count less)
    context: dict[str, int] = field(default_factory=dict)  # context cue -> count
    first_seen: dict[str, int] = field(default_factory=dict)  # category -> first message index
    evidence: list[list[Any]] = field(default_factory=list)  # [weight, message, category, text]
    declared_age: int | None = None
    stated_age: int | None = None
    risk: float = 0.0
    ngram_count: int = 0  # model only: word 1- and 2-grams read
    ngram_sum: float = 0.0  # model only: sum of their weights
    settings: dict[str, int] = field(default_factory=dict)  # benign setting (semantic) -> lines near it
    childhood: int = 0  # lines showing a child's life of their own ("my mum", "at school"), capped
    similar: dict[str, float] = field(default_factory=dict)  # model only: category -> best similarity
    addressed: int = 0  # model only: lines addressed to someone that the semantic layer read
    similar_sum: dict[str, float] = field(default_factory=dict)  # model only: category -> sum of cosines
    near: dict[str, int] = field(default_factory=dict)  # model only: category -> addressed lines near it
    lead_sum: float = 0.0  # model only: sum over addressed lines of (best move - best benign setting)
    lead_max: float = -1.0  # model only: the largest such lead
    questions: int = 0  # model only: lines asking something ("?", any language)
    second_person: int = 0  # model only: lines speaking to someone (you, tu, du, vous...)
    english: int = 0  # model only: lines with English function words (the semantic layer reads English)
    first_index: int = -1  # model only: the author's first message in the conversation

    @property
    def age(self) -> int | None:
        return self.stated_age if self.stated_age is not None else self.declared_age


@dataclass
class ConversationState:
    conversation_id: str
    authors: dict[str, AuthorState] = field(default_factory=dict)
    recent: list[float] = field(default_factory=list)  # the policy window of conversation risk values
    messages: int = 0
    flagged: bool = False
    first_warning: int | None = None
    suspect: str | None = None
    top_author: str | None = None
    risk: float = 0.0
    family: int = 0  # family-address cues seen in the conversation
    last_age_probe: str | None = None  # author of the most recent age question, for bare-number replies
    relation: dict[str, str] = field(default_factory=dict)  # author -> "family" | "school", when evident
    topics: list[str] = field(default_factory=list)  # distinct school/sport logistics words (at most 8)
    child: int = 0  # lines asking about someone's parents or school ("your mum"), capped
    last_author: str | None = None  # who wrote the previous message: the one a role address is aimed at

    def author(self, name: str) -> AuthorState:
        found = self.authors.get(name)
        if found is None:
            found = self.authors[name] = AuthorState()
        return found

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ConversationState:
        data = json.loads(text)
        authors = {name: AuthorState(**value) for name, value in data.pop("authors").items()}
        return cls(authors=authors, **data)


State = ConversationState
