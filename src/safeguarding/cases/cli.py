"""`safeguarding cases`: turn detector output into cases, and work the queue from the terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from safeguarding.cases.adapters import (
    AdapterError,
    ad_record_to_detections,
    chat_record_to_detections,
    payment_record_to_detections,
    scan_record_to_detections,
)
from safeguarding.cases.context import ContextError, ContextWindow, evidence_indices, keep_context
from safeguarding.cases.conversations import ConversationFile, ConversationFileError
from safeguarding.cases.models import ACTIONS, CASE_STATUSES
from safeguarding.cases.service import (
    DEFAULT_LEASE_SECONDS,
    CaseError,
    Detection,
    as_utc,
    case_counts,
    claim_next,
    decide,
    get_case,
    list_cases,
    release,
    submit,
)
from safeguarding.cases.severity import SEVERITY_ORDER
from safeguarding.console import DbOption, fail, print_json, warn
from safeguarding.store import open_store

app = typer.Typer(
    help="Cases and the review queue: detections grouped into cases, most urgent and oldest first.\n\n"
    "Severity order (reviewed first to last): " + ", ".join(SEVERITY_ORDER) + ".",
    no_args_is_help=True,
)

BATCH_LINES = 500
#: Extra parts of `cases show` from packages built on cases (safeguarding.entities adds linked_cases).
SHOW_SECTIONS: list[Callable[[Session, Any], dict[str, Any]]] = []
Adapter = Callable[[Session, dict[str, Any]], list[Detection]]
ADAPTERS: dict[str, Adapter] = {
    "scan": scan_record_to_detections,
    "chats": lambda _session, record: chat_record_to_detections(record),
    "ads": lambda _session, record: ad_record_to_detections(record),
    "payments": lambda _session, record: payment_record_to_detections(record),
}


@app.command("ingest")
def ingest(
    file: Annotated[
        Path, typer.Argument(help="JSON Lines output of the detector; '-' reads standard input.")
    ],
    source: Annotated[
        str, typer.Option("--from", help="Which detector wrote FILE: scan, chats, ads or payments.")
    ],
    conversations: Annotated[
        Path | None,
        typer.Option(
            help="With --from chats: the conversations FILE was scored from; each chat case then keeps "
            "the messages around its evidence lines (the context window), nothing else."
        ),
    ] = None,
    context_before: Annotated[
        int, typer.Option(help="Context window: messages kept before each evidence line.")
    ] = 5,
    context_after: Annotated[
        int, typer.Option(help="Context window: messages kept after each evidence line.")
    ] = 5,
    db: DbOption = None,
) -> None:
    """Turn a detector's JSON Lines output into cases (idempotent: ingesting twice adds nothing).

    \b
    --from scan   lines of `safeguarding scan --json` with matches -> media_match cases, one per file hash
    --from chats  lines of `safeguarding chats score` with flagged: true -> grooming_warning cases, one
                  per conversation (meeting_arranged when the evidence includes a meeting request)
    --from ads    lines of `safeguarding ads link` with a network -> ad_network cases, one per network
    Example: safeguarding scan up/ --json > scan.jsonl; safeguarding cases ingest --from scan scan.jsonl
    Chat context: safeguarding cases ingest --from chats scored.jsonl --conversations chats.jsonl
    """
    adapter = ADAPTERS.get(source)
    if adapter is None:
        fail(f"--from must be one of: {', '.join(ADAPTERS)} (got {source!r})")
    if conversations is not None and source != "chats":
        fail("--conversations goes with --from chats only")
    try:
        window = ContextWindow(context_before, context_after)
        chats = ConversationFile(conversations) if conversations is not None else None
    except (ContextError, ConversationFileError) as exc:
        fail(str(exc))
    if str(file) != "-" and not file.is_file():
        fail(f"{file}: no such file")
    store = open_store(db)
    name = "<stdin>" if str(file) == "-" else str(file)
    counts = {"lines": 0, "detections": 0, "new_items": 0, "errors": 0, "context": 0}
    context = _ContextKeeper(chats, window) if chats is not None else None
    cases: set[int] = set()
    handle = sys.stdin if str(file) == "-" else open(file, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        pending: list[tuple[int, dict[str, Any]]] = []
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            counts["lines"] += 1
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                warn(f"{name}:{number}: not JSON ({exc.msg})")
                counts["errors"] += 1
                continue
            if not isinstance(record, dict):
                warn(f"{name}:{number}: expected a JSON object")
                counts["errors"] += 1
                continue
            pending.append((number, record))
            if len(pending) >= BATCH_LINES:
                _ingest_batch(store, adapter, name, pending, counts, cases, context)
        _ingest_batch(store, adapter, name, pending, counts, cases, context)
    finally:
        if handle is not sys.stdin:
            handle.close()
        if chats is not None:
            chats.close()
    typer.echo(
        f"{counts['lines']} lines: {counts['detections']} detections, {counts['new_items']} new items "
        f"in {len(cases)} cases, {counts['errors']} errors"
        + (f", {counts['context']} context messages kept" if context is not None else "")
    )
    if counts["errors"]:
        raise typer.Exit(1)


def _ingest_batch(
    store: Any,
    adapter: Adapter,
    name: str,
    pending: list[tuple[int, dict[str, Any]]],
    counts: dict[str, int],
    cases: set[int],
    context: _ContextKeeper | None = None,
) -> None:
    with store.session() as session:
        for number, record in pending:
            try:
                detections = adapter(session, record)
                for detection in detections:
                    if context is not None:  # first, so the new item's observers (entities) read it
                        counts["context"] += context.keep(session, detection)
                    case, added = submit(session, detection)
                    counts["detections"] += 1
                    counts["new_items"] += int(added)
                    cases.add(case.id)
            except (AdapterError, CaseError) as exc:
                warn(f"{name}:{number}: {exc}")
                counts["errors"] += 1
    pending.clear()


class _ContextKeeper:
    """Keeps the context window of each chat detection from the conversations file."""

    def __init__(self, chats: ConversationFile, window: ContextWindow) -> None:
        self.chats, self.window = chats, window

    def keep(self, session: Session, detection: Detection) -> int:
        conversation = str(detection.payload.get("conversation_id", ""))
        messages = self.chats.messages(conversation)
        if messages is None:
            raise AdapterError(f"conversation {conversation!r} is not in {self.chats.path}")
        anchors = evidence_indices(detection.payload.get("evidence") or [])
        return keep_context(session, conversation, messages, anchors, self.window)


def _case_line(case: Any) -> str:
    lease = f" leased to {case.lease_holder}" if case.lease_holder else ""
    return (
        f"#{case.id} p{case.priority} {case.status:<9} {case.kind:<16} items={case.item_count} "
        f"{case.group_key}{lease}  {case.summary}"
    )


@app.command("list")
def list_command(
    status: Annotated[str | None, typer.Option(help=f"One of: {', '.join(CASE_STATUSES)}.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only cases of this kind, e.g. media_match.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object per case.")] = False,
    db: DbOption = None,
) -> None:
    """Cases in queue order: priority (see the severity order), then oldest first."""
    store = open_store(db)
    try:
        with store.session() as session:
            for case in list_cases(session, status=status, kind=kind, limit=limit):
                if json_output:
                    print_json(_case_json(case))
                else:
                    typer.echo(_case_line(case))
    except CaseError as exc:
        fail(str(exc))


def _iso(moment: Any) -> str:
    aware = as_utc(moment)
    return aware.isoformat(timespec="seconds") if aware else ""


def _case_json(case: Any, items: bool = False) -> dict[str, Any]:
    record = {
        "id": case.id,
        "group_key": case.group_key,
        "kind": case.kind,
        "severity": case.severity,
        "priority": case.priority,
        "status": case.status,
        "summary": case.summary,
        "item_count": case.item_count,
        "created_at": _iso(case.created_at),
        "lease_holder": case.lease_holder,
    }
    if items:
        record["items"] = [
            {"id": i.id, "kind": i.kind, "status": i.status, "summary": i.summary, "source_ref": i.source_ref}
            for i in case.items
        ]
        record["decisions"] = [
            {
                "actor": d.actor,
                "action": d.action,
                "reason": d.reason,
                "item_id": d.item_id,
                "at": _iso(d.created_at),
            }
            for d in case.decisions
        ]
    return record


@app.command("show")
def show(
    case_id: Annotated[int, typer.Argument(help="Case id.")],
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON (the only format).")] = True,
    db: DbOption = None,
) -> None:
    """A case with its items, decisions and linked cases, as JSON (payloads are left out: open the
    case in the UI)."""
    store = open_store(db)
    with store.session() as session:
        case = get_case(session, case_id)
        if case is None:
            fail(f"no case with id {case_id}")
        record = _case_json(case, items=True)
        for section in SHOW_SECTIONS:
            record.update(section(session, case))
        print_json(record)


@app.command("stats")
def stats(db: DbOption = None) -> None:
    """Number of cases by status and by kind."""
    store = open_store(db)
    with store.session() as session:
        print_json(case_counts(session))


@app.command("claim")
def claim(
    reviewer: Annotated[str, typer.Option("--as", help="The reviewer's user name.")],
    lease_seconds: Annotated[int, typer.Option(min=1, max=4 * 3600)] = DEFAULT_LEASE_SECONDS,
    db: DbOption = None,
) -> None:
    """Lease the next case to a reviewer (most urgent, then oldest; never one case to two reviewers)."""
    store = open_store(db)
    with store.session() as session:
        case = claim_next(session, reviewer, lease_seconds)
        if case is None:
            typer.echo("the queue is empty")
            return
        typer.echo(_case_line(case))


@app.command("release")
def release_command(
    case_id: Annotated[int, typer.Argument()],
    reviewer: Annotated[str, typer.Option("--as", help="The reviewer holding the lease.")],
    db: DbOption = None,
) -> None:
    """Give a leased case back to the queue."""
    store = open_store(db)
    try:
        with store.session() as session:
            release(session, case_id, reviewer)
    except CaseError as exc:
        fail(str(exc))
    typer.echo(f"case {case_id} released")


@app.command("decide")
def decide_command(
    case_id: Annotated[int, typer.Argument()],
    action: Annotated[str, typer.Argument(help=f"One of: {', '.join(ACTIONS)}.")],
    reviewer: Annotated[str, typer.Option("--as", help="Who decides (kept with the decision).")],
    reason: Annotated[str, typer.Option(help="Why (required to dismiss and for notes).")] = "",
    item: Annotated[
        list[int] | None, typer.Option("--item", help="Decide only these items (repeat).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Confirm (goes on to reporting), dismiss with a reason, escalate, or note a case or some of its items.

    Example: safeguarding cases decide 12 dismiss --as alice --reason "benign duplicate"
    """
    store = open_store(db)
    try:
        with store.session() as session:
            decisions = decide(session, case_id, reviewer, action, reason, item)
            case = get_case(session, case_id)
            status = case.status if case else "?"
    except CaseError as exc:
        fail(str(exc))
    typer.echo(f"case {case_id}: {len(decisions)} decision(s) recorded, status {status}")
