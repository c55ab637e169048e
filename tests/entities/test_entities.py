"""Entities recorded from every detector, linked cases with rarity weights, priority on links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import safeguarding.entities  # noqa: F401  (turns recording on)
from safeguarding.audit.models import AuditEvent
from safeguarding.cases import Detection, decide, get_case, submit_detection
from safeguarding.cases.adapters import ad_record_to_detections, chat_detection
from safeguarding.entities import Entity, EntityValueError, guess, linked_cases, normalise, rarity_weight
from safeguarding.entities.cli import app, cases_app
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry

PHONE = "+12025550143"
PHOTO = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
NEAR_PHOTO = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2d"  # 3 bits away
AD = {
    "id": "ad-1",
    "network": "N7",
    "phones": [PHONE],
    "handles": ["instagram:sunny_rooms"],
    "images": [PHOTO],
    "indicators": [],
    "excerpt": "new rooms, see www.example.org/rooms/ for more",
}
CHAT_EVIDENCE = [
    {"message": 4, "category": "platform_move", "stage": 3, "text": "text me on 202 555 0143, not here"},
    {"message": 6, "category": "secrecy", "stage": 4, "text": "add me on snap: sunny_rooms, our secret"},
]


def _ad_case(store: Store, record: dict[str, object] = AD) -> int:
    with store.session() as session:
        return submit_detection(session, ad_record_to_detections(dict(record))[0]).id


def _chat_case(store: Store, conversation: str = "conv-1", suspect: str = "player_k") -> int:
    detection = chat_detection(conversation, {"risk": 0.9, "suspect": suspect}, CHAT_EVIDENCE)
    with store.session() as session:
        return submit_detection(session, detection).id


def test_phone_links_an_ad_network_and_a_grooming_chat(store: Store) -> None:
    ad_case, chat_case = _ad_case(store), _chat_case(store)
    with store.session() as session:
        entities = {(e.kind, e.value): e.case_count for e in session.scalars(select(Entity))}
        assert entities[("phone", PHONE)] == 2
        assert ("url", "http://example.org/rooms") in entities
        assert ("handle", "snapchat:sunny_rooms") in entities and ("account", "player_k") in entities
        links = linked_cases(session, chat_case)
    assert [link.case for link in links] == [ad_case]
    assert [(s.kind, s.value, s.cases) for s in links[0].shared] == [("phone", PHONE, 2)]
    assert links[0].score == rarity_weight(2, 2) > 0


def test_cli_show_entity_and_case_links(store: Store) -> None:
    ad_case, chat_case = _ad_case(store), _chat_case(store)
    runner = CliRunner()
    shown = runner.invoke(app, ["show", "(202) 555-0143", "--json", "--db", store.url])
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.output)
    assert report["entity"] == {"kind": "phone", "value": PHONE}
    assert report["observations"] == 2 and report["cases"] == [ad_case, chat_case]
    assert report["detectors"] == ["ads_link", "chat_scorer"]
    case = runner.invoke(cases_app, ["show", str(chat_case), "--json", "--db", store.url])
    linked = json.loads(case.output)["linked_cases"]
    assert linked[0]["case"] == ad_case and linked[0]["shared"][0]["value"] == PHONE
    missing = runner.invoke(app, ["show", "+1 202 555 0199", "--db", store.url])
    assert missing.exit_code == 1 and "no phone entity '+12025550199'" in missing.output
    bad = runner.invoke(app, ["show", "12", "--kind", "phone", "--db", store.url])
    assert bad.exit_code == 2 and "is not a phone number" in bad.output


def test_common_entities_weigh_less_and_very_common_ones_not_at_all(store: Store) -> None:
    assert rarity_weight(2, 1_000_000) > rarity_weight(500, 1_000_000) > 0
    assert rarity_weight(5_000, 1_000_000) == 0.0
    common = {"phones": ["+12025550100"], "payment_accounts": ["bank:switchboard"]}
    cases = []
    with store.session() as session:
        for i in range(6):
            payload = {**common, "phones": [*common["phones"], PHONE] if i < 2 else common["phones"]}
            cases.append(submit_detection(session, Detection("report", f"account:u{i}", payload=payload)).id)
        links = {link.case: link for link in linked_cases(session, cases[0])}
    assert links[cases[1]].score > links[cases[5]].score  # shares the rare phone as well


def test_link_to_a_confirmed_case_raises_the_new_case_and_is_audited(store: Store) -> None:
    chat_case = _chat_case(store)
    with store.session() as session:
        decide(session, chat_case, "alice", "confirm")
    ad_case = _ad_case(store)
    with store.session() as session:
        case = get_case(session, ad_case)
        assert case is not None and case.priority == 3  # an ad network (5) raised to the chat's level
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "entity_link")).all()
        assert [e.subject for e in events] == [f"case:{ad_case}"]
        assert json.loads(events[0].entry)["details"]["linked_case"] == chat_case


def test_near_duplicate_photos_are_one_entity_and_bank_matches_are_kept(store: Store) -> None:
    with store.session() as session:
        bank = Bank(name="known")
        session.add(bank)
        session.flush()
        session.add(BankEntry(bank_id=bank.id, signal_type="pdq", value=PHOTO))
    first = _ad_case(store)
    second = _ad_case(
        store,
        {
            **AD,
            "id": "ad-2",
            "network": "N8",
            "phones": [],
            "handles": [],
            "excerpt": "",
            "images": [NEAR_PHOTO],
        },
    )
    with store.session() as session:
        photos = session.scalars(select(Entity).where(Entity.kind == "photo")).all()
        assert [p.value for p in photos] == [PHOTO]
        assert photos[0].case_count == 2 and photos[0].details["banks"][0]["bank"] == "known"
        assert [link.case for link in linked_cases(session, second)] == [first]
    shown = CliRunner().invoke(app, ["show", NEAR_PHOTO, "--db", store.url])
    assert json.loads(shown.output)["banks"][0]["distance"] == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+1 (202) 555-0143", ("phone", PHONE)),
        ("Instagram:@Sunny_Rooms", ("handle", "instagram:sunny_rooms")),
        ("@Sunny_Rooms", ("handle", "@sunny_rooms")),
        ("Someone@Example.ORG", ("email", "someone@example.org")),
        ("https://WWW.Example.org/a/", ("url", "https://example.org/a")),
        (PHOTO.upper(), ("photo", PHOTO)),
        ("account:user 1".replace(" ", "-"), ("account", "user-1")),
        ("u-991", ("account", "u-991")),
    ],
)
def test_guess_normalises_with_the_detectors_code(raw: str, expected: tuple[str, str]) -> None:
    assert guess(raw) == expected


def test_bad_values_name_the_kind() -> None:
    with pytest.raises(EntityValueError, match="unknown entity kind 'fax'"):
        normalise("fax", "1")
    with pytest.raises(EntityValueError, match="not a 64-character hex PDQ hash"):
        normalise("photo", "abc")


BRIDGE = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "pdq" / "bridge-mods" / "aaa-orig.jpg"


def test_a_scan_records_the_uploader_and_the_photo(store: Store, tmp_path: Path) -> None:
    from safeguarding.cli import app as root
    from safeguarding.media import hash_file

    pdq = hash_file(BRIDGE).pdq
    with store.session() as session:
        bank = Bank(name="known")
        session.add(bank)
        session.flush()
        session.add(BankEntry(bank_id=bank.id, signal_type="pdq", value=pdq))
    upload = tmp_path / "upload.jpg"
    upload.write_bytes(BRIDGE.read_bytes())
    result = CliRunner().invoke(root, ["scan", str(upload), "--account", "u-77", "--db", store.url])
    assert result.exit_code == 0, result.output
    account = json.loads(CliRunner().invoke(app, ["show", "account:u-77", "--db", store.url]).output)
    assert account["detectors"] == ["hash_match"] and len(account["cases"]) == 1
    with store.session() as session:
        assert session.scalars(select(Entity.value).where(Entity.kind == "photo")).all() == [pdq]


def test_sextortion_and_payment_cases_record_their_entities(store: Store) -> None:
    from safeguarding.cases.adapters import payment_record_to_detections

    sextortion = chat_detection(
        "conv-9", {"risk": 0.9, "suspect": "lens_k", "typology": "sextortion", "flagged": True}, CHAT_EVIDENCE
    )
    payment = payment_record_to_detections(
        {
            "customer": "C-1001",
            "score": 0.8,
            "flagged": True,
            "indicators": [{"name": "corridor", "weight": 0.5, "txn_ids": ["t1"]}],
            "first_flag_time": "2026-03-01T10:00:00+00:00",
            "beneficiaries": [{"receiver": "R-77", "senders": 4}, {"receiver": "", "senders": 1}],
        }
    )[0]
    with store.session() as session:
        assert sextortion.kind == "sextortion_warning"
        chat_case = submit_detection(session, sextortion).id
        pay_case = submit_detection(session, payment).id
        observed = {(e.kind, e.value): e.case_count for e in session.scalars(select(Entity)) if e.case_count}
    assert observed[("phone", PHONE)] == 1 and ("account", "lens_k") in observed
    assert ("payment", "C-1001") in observed and ("payment", "R-77") in observed
    runner = CliRunner()
    shown = json.loads(runner.invoke(app, ["show", "payment:R-77", "--json", "--db", store.url]).output)
    assert shown["cases"] == [pay_case] and shown["detectors"] == ["payments"]
    chat = json.loads(runner.invoke(app, ["show", "account:lens_k", "--json", "--db", store.url]).output)
    assert chat["cases"] == [chat_case] and chat["detectors"] == ["chat_scorer"]


def test_awkward_text_survives_the_bulk_path(store: Store) -> None:
    from safeguarding.entities import Observation, ObservationRow, record_observations

    awkward = 'a "quoted" \\ back\\slash, a tab\there, a line\nbreak, a {brace}, a comma'
    with store.session() as session:
        case_id = _ad_case(store)
        rows = [
            ObservationRow("handle", awkward, case_id, None, "ads_link", awkward + "\r\x00end"),
            ObservationRow("handle", "plain", case_id, None, "ads_link", "plain"),
        ]
        recorded = record_observations(session, rows, photos=False)
        again = record_observations(session, rows[:1], photos=False)
        assert again.entity_ids == {("handle", awkward): recorded.entity_ids[("handle", awkward)]}
        assert again.new_pairs == [] and recorded.observations == 2
        stored = session.scalars(
            select(Observation.evidence).where(
                Observation.entity_id == recorded.entity_ids[("handle", awkward)]
            )
        ).all()
    kept_nul = not store.url.startswith(
        "postgresql"
    )  # PostgreSQL text cannot hold NUL: the bulk path drops it
    assert stored == [awkward + ("\r\x00end" if kept_nul else "\rend")] * 2


@pytest.mark.postgres
def test_a_writer_waiting_on_another_writers_new_entity_gets_its_id(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writer B meets the entity writer A inserted but has not committed: B waits, then must read it."""
    import threading

    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    from safeguarding.entities import ObservationRow, record_observations
    from safeguarding.store import open_store

    store = open_store(postgres_url)
    first, second = _ad_case(store), _ad_case(store, {**AD, "id": "ad-2", "network": "N8"})
    row = ObservationRow("handle", "telegram:waits_for_a", first, None, "ads_link", "a")
    inserted, ids = threading.Event(), {}

    def writer_b() -> None:
        inserted.wait(10)
        with store.session() as session:
            ids["b"] = record_observations(session, [row.__class__(**{**row.__dict__, "case_id": second})])

    thread = threading.Thread(target=writer_b)
    thread.start()
    with store.session() as session:
        ids["a"] = record_observations(session, [row], photos=False)
        inserted.set()
        thread.join(0.5)  # B is now blocked on A's uncommitted row
        assert thread.is_alive()
    thread.join(10)
    key = ("handle", "telegram:waits_for_a")
    assert ids["b"].entity_ids[key] == ids["a"].entity_ids[key]
    with store.session() as session:
        assert session.scalar(select(Entity.case_count).where(Entity.value == key[1])) == 2
    store.close()
