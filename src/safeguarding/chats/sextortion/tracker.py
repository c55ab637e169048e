"""The online sextortion tracker: per conversation and per author, O(1) work and bounded state a message.

For each author it keeps which sextortion categories they have shown (threat, audience, possession,
demand, deadline, stakes, repeat, payment channel, speed), the first demand, the channels named and at
most 12 evidence lines. A warning needs *leverage* (a threat to share, or a claim of holding the material
or of having hacked the account) and a *money demand* (a demand, or a payment channel asked for) from the
same author, both outside reported speech (safety lessons, news) and outside an ordinary debt or trade.
Despair or self-harm words from anyone else set ``crisis`` and never add to a score.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from safeguarding.chats.normalise import normalise
from safeguarding.chats.sextortion.meaning import SextortionMeaning
from safeguarding.chats.sextortion.recognisers import Cues, read_message

# Weights from the design notes (docs/SEXTORTION.md gives each one's source); untuned starting points.
WEIGHTS: dict[str, float] = {
    "threat": 0.30,
    "demand": 0.25,
    "audience": 0.20,
    "channel": 0.15,
    "deadline": 0.15,
    "speed": 0.15,
    "possession": 0.20,
    "stakes": 0.10,
    "repeat": 0.10,
    "photo_request": 0.05,
    "platform_move": 0.05,
    "reference": 0.05,
}
STAGES: dict[str, int] = {  # contact -> leverage -> demand -> escalation (NCA 2024 stages)
    "photo_request": 1,
    "platform_move": 1,
    "reference": 2,
    "possession": 2,
    "threat": 2,
    "audience": 2,
    "stakes": 2,
    "demand": 3,
    "channel": 3,
    "deadline": 3,
    "speed": 3,
    "repeat": 4,
}
STAGE_NAMES = {0: None, 1: "contact", 2: "leverage", 3: "demand", 4: "repeat_demand"}
LEVERAGE = frozenset({"threat", "possession"})
MONEY = frozenset({"demand", "channel"})
FAST_MINUTES = 60.0  # NCA: under an hour from contact to blackmail; FBI: "as little as 5 minutes"
MAX_EVIDENCE = 12
THRESHOLD = 0.45  # leverage and a demand are required anyway; this keeps weak pairs out


@dataclass
class WriterState:
    seen: dict[str, int] = field(default_factory=dict)  # category -> first message index
    evidence: list[list[Any]] = field(default_factory=list)  # [message, category, text]
    channels: list[str] = field(default_factory=list)
    first_demand: int | None = None
    demand_time: str | None = None
    demands: int = 0
    reported: int = 0  # lines of reported speech (lessons, news)
    debt: int = 0  # money lines that read as a debt or a trade
    score: float = 0.0


@dataclass
class SextortionState:
    conversation_id: str
    writers: dict[str, WriterState] = field(default_factory=dict)
    first_time: str | None = None
    messages: int = 0
    reported: int = 0  # lines of reported speech in the conversation (a lesson, a news story)
    extortion: bool = False  # someone has shown leverage or a demand
    flagged: bool = False
    first_warning: int | None = None
    suspect: str | None = None
    crisis_by: dict[str, int] = field(default_factory=dict)  # author -> first message of despair

    @property
    def crisis(self) -> int | None:
        """The first message of despair from anyone but the suspect (never part of a score)."""
        found = [i for a, i in self.crisis_by.items() if a != self.suspect]
        return min(found) if found else None

    def writer(self, name: str) -> WriterState:
        found = self.writers.get(name)
        if found is None:
            found = self.writers[name] = WriterState()
        return found

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def minutes_between(start: str | None, end: str | None) -> float | None:
    """Minutes from ``start`` to ``end`` (ISO 8601); None when either is missing or unreadable."""
    if not start or not end:
        return None
    try:
        a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
        if (a.tzinfo is None) != (b.tzinfo is None):
            a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
        return (b - a).total_seconds() / 60.0
    except (ValueError, TypeError):
        return None


class SextortionTracker:
    """Reads a conversation message by message, never looking ahead (the same order as the chats engine)."""

    def __init__(self, semantic: bool = True, threshold: float = THRESHOLD) -> None:
        self.meaning = SextortionMeaning() if semantic else None
        self.threshold = threshold

    def new_state(self, conversation_id: str) -> SextortionState:
        return SextortionState(conversation_id)

    def update(self, state: SextortionState, index: int, author: str, text: str, time: str | None) -> None:
        state.messages += 1
        if state.first_time is None and time:
            state.first_time = time
        norm = normalise(text)
        cues = read_message(text, norm)
        if (
            cues.crisis
            and not cues.laughter
            and author not in state.crisis_by
            and len(state.crisis_by) < 8
            and not cues.reported
        ):
            state.crisis_by[author] = index  # a flag for a person; never adds to a score
        writer = state.writer(author)
        categories = set(cues.categories)
        if self.meaning is not None and not categories & (LEVERAGE | MONEY) and not cues.reported:
            categories |= self.meaning.categories(norm)
        if cues.reported and not state.extortion:
            writer.reported += 1
            state.reported += 1  # before any extortion cue: a lesson or a news story, not "ur a scammer"
        if cues.reference:
            categories.add("reference")
        if not categories and not cues.photo_request and not cues.platform_move:
            return
        self._record(state, writer, index, text, time, cues, categories)
        self._rescore(state, author, writer, index)

    def _record(
        self,
        state: SextortionState,
        writer: WriterState,
        index: int,
        text: str,
        time: str | None,
        cues: Cues,
        categories: set[str],
    ) -> None:
        if cues.reported or state.reported:
            return  # a lesson or a news story quotes threats: reported speech, not anyone's own
        if cues.laughter and categories & (LEVERAGE | MONEY | {"audience"}):
            return  # "im sending this to the group chat lol": banter
        money_line = "demand" in categories or (
            cues.channels
            and (
                cues.amount
                or (cues.digit and bool(cues.channels - {"crypto"}))  # crypto talk is full of numbers
                or bool(categories & {"deadline", "repeat"})
            )
        )
        if money_line and cues.debt and not categories & LEVERAGE:
            writer.debt += 1
            return  # "pay me back the 20 by friday": a debt, not a ransom
        if money_line:
            categories.add("demand")
            if cues.channels:
                categories.add("channel")
                for channel in sorted(cues.channels):
                    if channel not in writer.channels:
                        writer.channels.append(channel)
            if writer.first_demand is None:
                writer.first_demand, writer.demand_time = index, time
                speed = minutes_between(state.first_time, time)
                if speed is not None and 0 <= speed <= FAST_MINUTES:
                    categories.add("speed")
            writer.demands += 1
        elif "repeat" in categories and writer.demands == 0:
            categories.discard("repeat")  # "again" means nothing before a first demand
        if cues.photo_request:
            categories.add("photo_request")
        if cues.platform_move:
            categories.add("platform_move")
        if categories & (LEVERAGE | MONEY):
            state.extortion = True
        for category in sorted(categories):
            writer.seen.setdefault(category, index)
            if len(writer.evidence) < MAX_EVIDENCE and not any(
                e[0] == index and e[1] == category for e in writer.evidence
            ):
                writer.evidence.append([index, category, text[:300]])

    def _rescore(self, state: SextortionState, author: str, writer: WriterState, index: int) -> None:
        seen = writer.seen
        writer.score = min(1.0, sum(WEIGHTS.get(c, 0.0) for c in seen))
        implied = "audience" in seen and bool({"reference", "photo_request"} & seen.keys())
        leverage = bool(LEVERAGE & seen.keys()) or implied
        money = bool(MONEY & seen.keys())
        if not state.flagged and leverage and money and writer.score >= self.threshold:
            state.flagged, state.first_warning, state.suspect = True, index, author

    def result(self, state: SextortionState) -> dict[str, Any]:
        """Output fields of the sextortion typology (the suspect's, or the highest-scoring author's)."""
        name = state.suspect or max(state.writers, key=lambda a: state.writers[a].score, default=None)
        writer = state.writers.get(name) if name is not None else None
        if writer is None:
            return {"sextortion_risk": 0.0, "flagged": False, "crisis": state.crisis is not None,
                    "crisis_message": state.crisis}  # fmt: skip
        stage = max((STAGES.get(c, 0) for c in writer.seen), default=0)
        if writer.demands >= 2 and stage >= 3:
            stage = 4
        minutes = None
        if writer.first_demand is not None:
            minutes = minutes_between(state.first_time, writer.demand_time)
        return {
            "sextortion_risk": round(writer.score, 4),
            "flagged": state.flagged,
            "first_warning": state.first_warning,
            "suspect": name if state.flagged else None,
            "stage": STAGE_NAMES[stage],
            "first_demand": writer.first_demand,
            "minutes_to_demand": None if minutes is None else round(minutes, 1),
            "payment_channels": list(writer.channels),
            "evidence": [
                {"message": m, "category": c, "stage": STAGES.get(c, 0), "text": t}
                for m, c, t in writer.evidence
            ],
            "crisis": state.crisis is not None,
            "crisis_message": state.crisis,
        }
