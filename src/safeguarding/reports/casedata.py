"""What a report needs from a case, read tolerantly from the case and its items' payloads.

Payload fields read (all optional; detectors fill what they know):
- media items (`media_match`, `live_stream`): `path`, `sha256`, `md5` (top level or under `hashes`),
  `original_name`, `uploaded_at` (ISO 8601), `upload_ip`, `url`;
- any item: `account` = {`id`, `screen_name`, `display_name`, `emails` or `email`, `phones` or `phone`,
  `profile_url`, `ip_events`: [{`ip`, `event` (Login/Registration/Purchase/Upload/Other), `time`, `port`}]};
  `urls` / `url` (web pages), `platform` and `chat_room` (chat incidents), `conversation_id`.
The case's `group_key` "account:<id>" gives the reported account's identifier when no payload does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy.orm import Session

from safeguarding.cases import Case, get_case

INCIDENT_TYPES = {
    "media_match": "Child Pornography (possession, manufacture, and distribution)",
    "live_stream": "Child Pornography (possession, manufacture, and distribution)",
    "grooming_warning": "Online Enticement of Children for Sexual Acts",
    "meeting_arranged": "Online Enticement of Children for Sexual Acts",
    "ad_network": "Child Sex Trafficking",
}
MEDIA_KINDS = frozenset({"media_match", "live_stream"})
REPORTABLE_STATUSES = ("confirmed", "reported")
IP_EVENTS = ("Login", "Registration", "Purchase", "Upload", "Other", "Unknown")


class NotReportable(ValueError):
    """The case cannot be reported (missing, or not confirmed by a reviewer)."""


@dataclass(frozen=True)
class IpEvent:
    ip: str
    event: str = "Unknown"
    time: datetime | None = None
    port: int | None = None


@dataclass
class ReportedAccount:
    identifier: str = ""
    screen_name: str = ""
    display_names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    profile_urls: list[str] = field(default_factory=list)
    ip_events: list[IpEvent] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(
            [
                self.identifier,
                self.screen_name,
                self.display_names,
                self.emails,
                self.phones,
                self.profile_urls,
                self.ip_events,
            ]
        )


@dataclass(frozen=True)
class CaseFile:
    item_id: int
    path: str
    original_name: str
    sha256: str
    md5: str
    uploaded_at: datetime | None = None
    upload_ip: IpEvent | None = None
    url: str = ""


@dataclass
class ReportCase:
    case_id: int
    status: str
    kind: str
    summary: str
    group_key: str
    incident_type: str | None  # None: the case kind has no default; the caller must choose
    incident_time: datetime
    account: ReportedAccount
    files: list[CaseFile]
    urls: list[str]
    chats: list[dict[str, str]]
    decisions: list[dict[str, Any]]
    items: list[dict[str, Any]]


def as_utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return as_utc(value)
    if not isinstance(value, str) or not value:
        return None
    try:
        return as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return None


def _strings(*values: Any) -> list[str]:
    found: list[str] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, str | int) and str(item) and str(item) not in found:
                found.append(str(item))
    return found


def _ip_event(raw: Any) -> IpEvent | None:
    if not isinstance(raw, dict) or not raw.get("ip"):
        return None
    event = str(raw.get("event") or "Unknown").capitalize()
    port = raw.get("port")
    return IpEvent(
        ip=str(raw["ip"]),
        event=event if event in IP_EVENTS else "Other",
        time=parse_time(raw.get("time")),
        port=int(port) if isinstance(port, int) else None,
    )


def _merge_account(account: ReportedAccount, raw: Any) -> None:
    if not isinstance(raw, dict):
        return
    account.identifier = account.identifier or str(raw.get("id") or "")
    account.screen_name = account.screen_name or str(raw.get("screen_name") or "")
    account.display_names = _strings(account.display_names, raw.get("display_name"))
    account.emails = _strings(account.emails, raw.get("emails"), raw.get("email"))
    account.phones = _strings(account.phones, raw.get("phones"), raw.get("phone"))
    account.profile_urls = _strings(account.profile_urls, raw.get("profile_url"))
    for event in raw.get("ip_events") or []:
        parsed = _ip_event(event)
        if parsed is not None and parsed not in account.ip_events:
            account.ip_events.append(parsed)


def _case_file(item_id: int, payload: dict[str, Any]) -> CaseFile | None:
    raw_hashes = payload.get("hashes")
    hashes: dict[str, Any] = raw_hashes if isinstance(raw_hashes, dict) else {}
    path = str(payload.get("path") or hashes.get("path") or "")
    sha256 = str(payload.get("sha256") or hashes.get("sha256") or "").lower()
    md5 = str(payload.get("md5") or hashes.get("md5") or "").lower()
    if not (path or sha256):
        return None
    upload_ip = None
    if payload.get("upload_ip"):
        upload_ip = IpEvent(str(payload["upload_ip"]), "Upload", parse_time(payload.get("uploaded_at")))
    return CaseFile(
        item_id=item_id,
        path=path,
        original_name=str(payload.get("original_name") or PurePath(path).name or sha256),
        sha256=sha256,
        md5=md5,
        uploaded_at=parse_time(payload.get("uploaded_at")),
        upload_ip=upload_ip,
        url=str(payload.get("url") or ""),
    )


def report_case(session: Session, case_id: int) -> ReportCase:
    """The case as a report sees it; NotReportable unless a reviewer confirmed it."""
    case = get_case(session, case_id)
    if case is None:
        raise NotReportable(f"no case with id {case_id}")
    if case.status not in REPORTABLE_STATUSES:
        raise NotReportable(
            f"case {case_id} is {case.status}: only a case a reviewer confirmed can be reported"
        )
    return _from_case(case)


def _from_case(case: Case) -> ReportCase:
    account = ReportedAccount()
    if case.group_key.startswith("account:"):
        account.identifier = case.group_key.split(":", 1)[1]
    files: list[CaseFile] = []
    urls: list[str] = []
    chats: list[dict[str, str]] = []
    times: list[datetime] = []
    items: list[dict[str, Any]] = []
    for item in case.items:
        payload = item.payload if isinstance(item.payload, dict) else {}
        if item.status == "dismissed":
            continue
        _merge_account(account, payload.get("account"))
        moment = as_utc(item.occurred_at) or as_utc(item.created_at)
        if moment is not None:
            times.append(moment)
        if item.kind in MEDIA_KINDS:
            case_file = _case_file(item.id, payload)
            if case_file is not None and all(f.sha256 != case_file.sha256 for f in files):
                files.append(case_file)
        urls = _strings(urls, payload.get("urls"), payload.get("url"))
        if payload.get("platform") or payload.get("chat_room") or payload.get("conversation_id"):
            chats.append(
                {
                    "client": str(payload.get("platform") or ""),
                    "room": str(payload.get("chat_room") or payload.get("conversation_id") or ""),
                }
            )
        items.append(
            {
                "id": item.id,
                "kind": item.kind,
                "status": item.status,
                "summary": item.summary,
                "source_ref": item.source_ref,
                "occurred_at": moment.isoformat() if moment else None,
            }
        )
    decisions = [
        {
            "id": decision.id,
            "item_id": decision.item_id,
            "actor": decision.actor,
            "action": decision.action,
            "reason": decision.reason,
            "at": (as_utc(decision.created_at) or datetime.now(UTC)).isoformat(),
        }
        for decision in case.decisions
    ]
    return ReportCase(
        case_id=case.id,
        status=case.status,
        kind=case.kind,
        summary=case.summary,
        group_key=case.group_key,
        incident_type=INCIDENT_TYPES.get(case.kind),
        incident_time=min(times) if times else (as_utc(case.created_at) or datetime.now(UTC)),
        account=account,
        files=files,
        urls=urls,
        chats=chats,
        decisions=decisions,
        items=items,
    )
