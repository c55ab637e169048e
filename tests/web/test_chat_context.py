"""Chat context: the window kept around evidence lines, over the API; 'show more' from the chat service."""

from __future__ import annotations

import pytest
from chat_service import TOKEN, chat_service
from service_fixtures import Service, make_service
from sqlalchemy import select

from safeguarding.audit import AuditEvent
from safeguarding.cases.context import ChatMessage, ContextError, ContextWindow, record_message
from safeguarding.cases.models import ChatContextMessage
from safeguarding.cases.remote_context import ContextCallback, ContextUnavailable, fetch_messages
from safeguarding.config import Config
from safeguarding.store import Store
from safeguarding.web.settings import SettingsError, load_web_settings

#: Benign chatter, then the lines the rule scorer takes as evidence, then more chatter.
LEAD_IN = [("kid", f"round {n} was fun") if n % 2 else ("adult", f"nice move in round {n}") for n in range(8)]
GROOMING = [
    ("adult", "hey how old are you?"),
    ("kid", "13"),
    ("adult", "you seem really mature for your age"),
    ("adult", "don't tell your parents about our chats, this is our secret"),
    ("adult", "let's talk on another app, add me there"),
]
AFTER = [("kid", f"ok see you in round {n}") for n in range(9)]
PARTICIPANTS = {"kid": {"declared_age": 13}, "adult": {"declared_age": 35}}


def _kept(store: Store, conversation: str) -> list[int]:
    with store.session() as session:
        return list(
            session.scalars(
                select(ChatContextMessage.message_index)
                .where(ChatContextMessage.conversation_id == conversation)
                .order_by(ChatContextMessage.message_index)
            )
        )


def test_online_messages_keep_only_the_windows_and_the_last_few(store: Store) -> None:
    window = ContextWindow(2, 3)
    with store.session() as session:
        for index in range(30):
            evidence = [12] if index >= 12 else []
            record_message(session, "c1", ChatMessage(index, "a", f"line {index}"), evidence, window)
    # 10..15 around the evidence line 12, and the last two (before=2) for a future evidence line.
    assert _kept(store, "c1") == [10, 11, 12, 13, 14, 15, 28, 29]
    with store.session() as session:  # a retried message is not kept twice
        record_message(session, "c1", ChatMessage(29, "a", "line 29"), [12], window)
    assert _kept(store, "c1") == [10, 11, 12, 13, 14, 15, 28, 29]


def test_bad_window_is_a_clear_error() -> None:
    with pytest.raises(ContextError, match="before must be a whole number 0-50"):
        ContextWindow(-1, 5)


def _chat_case(service: Service, conversation: str) -> int:
    client = service.client("api_client")
    last: dict[str, object] = {}
    for author, text in LEAD_IN + GROOMING + AFTER:
        body = {"author": author, "text": text, "participants": PARTICIPANTS}
        response = client.post(f"/v1/chats/{conversation}/messages", json=body)
        assert response.status_code == 200, response.text
        last = response.json()
    assert last["flagged"] is True
    case_id = last["case_id"]
    assert isinstance(case_id, int)
    return case_id


def test_api_gives_the_window_around_every_evidence_line(service: Service) -> None:
    case_id = _chat_case(service, "conv-ctx")
    context = service.client("reviewer").get(f"/v1/cases/{case_id}/context")
    assert context.status_code == 200, context.text
    body = context.json()
    assert body["window"] == {"before": 5, "after": 5} and body["more_available"] is False
    item = body["items"][0]
    evidence = [m["index"] for m in item["messages"] if m["evidence"]]
    assert evidence, "the grooming lines are marked as evidence"
    indices = [m["index"] for m in item["messages"]]
    # Every kept message is within five of an evidence line, and every such message is kept.
    expected = sorted({i for e in evidence for i in range(max(0, e - 5), e + 6) if i < 22})
    assert indices == expected
    assert {m["author"] for m in item["messages"] if not m["evidence"]} == {"kid", "adult"}
    first = min(evidence)
    assert item["messages"][0]["index"] == max(0, first - 5) and first - 5 > 0  # the lead-in is cut
    # Data minimisation: the store holds nothing beyond the windows and the last five messages.
    kept = set(_kept(service.store, "conv-ctx"))
    assert kept <= set(expected) | set(range(17, 22))
    assert 0 not in kept
    assert service.client("analyst").get(f"/v1/cases/{case_id}/context").status_code == 403
    assert service.client("reviewer").get("/v1/cases/999999/context").status_code == 404


def test_show_more_asks_the_chat_service_with_its_token(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFEGUARDING_CHAT_CONTEXT_TOKEN", TOKEN)
    with chat_service() as (url, requests):
        service = make_service(store)
        service.app.state.web_settings = load_web_settings(
            _config({"callback_url": url, "timeout_seconds": 1}), store.index_dir
        )
        case_id = _chat_case(service, "conv-more-21")
        reviewer = service.client("reviewer")
        assert reviewer.get(f"/v1/cases/{case_id}/context").json()["more_available"] is True
        more = reviewer.get(
            f"/v1/cases/{case_id}/context/more",
            params={"conversation_id": "conv-more-21", "start": 0, "end": 2},
        )
        assert more.status_code == 200, more.text
        # Only what was asked for: the service's extra message outside 0..2 is dropped.
        assert [m["index"] for m in more.json()["messages"]] == [0, 1, 2]
        assert requests[-1]["auth"] == f"Bearer {TOKEN}"
        assert requests[-1]["query"] == {"conversation_id": "conv-more-21", "start": "0", "end": "2"}
        # Shown, never stored: message 0 is still not in the store.
        assert 0 not in _kept(store, "conv-more-21")
        other = reviewer.get(
            f"/v1/cases/{case_id}/context/more",
            params={"conversation_id": "someone-else", "start": 0, "end": 2},
        )
        assert other.status_code == 404 and "not part of case" in other.json()["detail"]
        too_many = reviewer.get(
            f"/v1/cases/{case_id}/context/more",
            params={"conversation_id": "conv-more-21", "start": 0, "end": 80},
        )
        assert too_many.status_code == 422
        with store.session() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "chat_context_more")).all()
            assert [e.subject for e in events] == [f"case:{case_id}"]


def test_the_callback_is_bounded_and_authenticated() -> None:
    with chat_service() as (url, requests):
        good = ContextCallback(url=url, token=TOKEN, timeout_seconds=1, max_bytes=64 * 1024)
        assert [m.index for m in fetch_messages(good, "c-40", 5, 7)] == [5, 6, 7]
        assert len(fetch_messages(good, "c-90", 0, 500)) == 50  # at most max_messages a request
        assert requests[-1]["query"] == {"conversation_id": "c-90", "start": "0", "end": "49"}
        with pytest.raises(ContextUnavailable, match="HTTP 401"):
            fetch_messages(ContextCallback(url=url, token="wrong"), "c-40", 0, 2)
        with pytest.raises(ContextUnavailable, match="did not answer within 1 s"):
            fetch_messages(good, "slow", 0, 2)
        with pytest.raises(ContextUnavailable, match="larger than 65536 bytes"):
            fetch_messages(good, "huge", 0, 2)
    with pytest.raises(ContextUnavailable, match="cannot reach the chat service"):
        fetch_messages(good, "c-40", 0, 2)


def _config(section: dict[str, object]) -> Config:
    return Config(None, {"web": {"secret_key": "test-secret-key-0123456789"}, "chat_context": section})


def test_settings_refuse_a_callback_without_its_token(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFEGUARDING_CHAT_CONTEXT_TOKEN", raising=False)
    with pytest.raises(SettingsError, match=r"\$SAFEGUARDING_CHAT_CONTEXT_TOKEN .* is empty"):
        load_web_settings(_config({"callback_url": "https://chat.example/context"}), store.index_dir)
    with pytest.raises(SettingsError, match="callback_url must be an http"):
        load_web_settings(_config({"callback_url": "ftp://x"}), store.index_dir)
    with pytest.raises(SettingsError, match="chat_context: context window after"):
        load_web_settings(_config({"after": 99}), store.index_dir)
