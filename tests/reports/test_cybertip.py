"""Building CyberTipline documents: valid against NCMEC's XSD, refused for unconfirmed cases."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema
from typer.testing import CliRunner

from safeguarding.reports.casedata import NotReportable, report_case
from safeguarding.reports.cli import app
from safeguarding.reports.cybertip import build_file_details_xml, build_report_xml
from safeguarding.reports.schema import SCHEMA_FILE, SCHEMA_SHA256, InvalidDocument, validate
from safeguarding.reports.settings import ReportingSettings, reporting_settings
from safeguarding.store import Store
from tests.conftest import NCMEC_SPECS
from tests.reports.factory import Env, make_case

runner = CliRunner()
SHARED_XSD = NCMEC_SPECS / "cybertipline-report.xsd"


def test_shipped_schema_is_ncmecs() -> None:
    import hashlib

    assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256


@pytest.mark.parametrize("sample", sorted((NCMEC_SPECS / "samples").glob("*.xml")), ids=lambda p: p.name)
def test_ncmec_samples_validate(sample: Path) -> None:
    validate(sample.read_bytes())


def test_report_for_confirmed_case_validates(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media")
    with store.session() as session:
        case = report_case(session, case_id)
    document = build_report_xml(case, reporting_settings())
    xmlschema.XMLSchema(str(SHARED_XSD)).validate(document.decode())  # the shared copy agrees
    text = document.decode()
    assert (
        "<incidentType>Child Pornography (possession, manufacture, and distribution)</incidentType>" in text
    )
    assert "<espIdentifier>u123</espIdentifier>" in text and "<screenName>u123_name</screenName>" in text
    assert "<ipAddress>203.0.113.7</ipAddress>" in text and "<eventName>Login</eventName>" in text
    assert "<email>safety@example.org</email>" in text
    details = build_file_details_xml("4564654", "abc123", case.files[0])
    xmlschema.XMLSchema(str(SHARED_XSD)).validate(details.decode())
    assert f'<originalFileHash hashType="MD5">{case.files[0].md5}</originalFileHash>' in details.decode()


def test_unconfirmed_case_is_refused(store: Store, env: Env) -> None:
    for status in ("open", "dismissed"):
        case_id = make_case(store, env.tmp / status, status=status, account=f"acct-{status}")
        with (
            store.session() as session,
            pytest.raises(NotReportable, match="only a case a reviewer confirmed"),
        ):
            report_case(session, case_id)


def test_invalid_report_names_the_element(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media")
    with store.session() as session:
        case = report_case(session, case_id)
    case.account.ip_events[0] = type(case.account.ip_events[0])(ip="203.0.113.7", event="Nonsense")
    with pytest.raises(InvalidDocument) as caught:
        build_report_xml(case, reporting_settings())
    assert "eventName" in str(caught.value)


def test_reporter_must_be_configured(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media")
    with store.session() as session:
        case = report_case(session, case_id)
    with pytest.raises(ValueError, match=r"reporting\.reporter"):
        build_report_xml(case, ReportingSettings())


def test_cli_build_writes_only_valid_reports(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media")
    out = env.tmp / "out" / "report.xml"
    result = runner.invoke(
        app, ["build", str(case_id), "--db", store.url, "--format", "cybertip-xml", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    validate(out.read_bytes(), "report")
    assert "valid against the CyberTipline XSD" in result.output

    bad = runner.invoke(
        app,
        [
            "build",
            str(case_id),
            "--db",
            store.url,
            "--out",
            str(env.tmp / "bad.xml"),
            "--incident-type",
            "Spam",
        ],
    )
    assert bad.exit_code == 2 and "unknown incident type" in bad.output
    assert not (env.tmp / "bad.xml").exists()

    open_case = make_case(store, env.tmp / "open", status="open", account="other")
    refused = runner.invoke(
        app, ["build", str(open_case), "--db", store.url, "--out", str(env.tmp / "x.xml")]
    )
    assert refused.exit_code == 2 and "only a case a reviewer confirmed" in refused.output
    assert not (env.tmp / "x.xml").exists()


def test_uk_referral_json_and_html(store: Store, env: Env) -> None:
    import json

    case_id = make_case(store, env.tmp / "media")
    out = env.tmp / "referral.json"
    result = runner.invoke(
        app, ["build", str(case_id), "--db", store.url, "--format", "uk-referral", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    referral = json.loads(out.read_text())
    assert referral["media_included"] is False
    assert (
        referral["user"]["identifier"] == "u123" and referral["user"]["ip_events"][0]["ip"] == "203.0.113.7"
    )
    assert (
        len(referral["content"]) == 2
        and referral["content"][0]["hash_list_matches"][0]["bank"] == "test-bank"
    )
    assert referral["incident"]["confirmed_by"] == ["reviewer1"]
    assert any("Identity documents" in u for u in referral["unknown"])
    html = out.with_suffix(".html").read_text()
    assert "Referral to the National Crime Agency" in html and referral["content"][0]["sha256"] in html
    assert "<script" not in html


def test_grooming_case_reports_enticement_with_chat_details(store: Store, env: Env) -> None:
    from safeguarding.cases import Detection, decide, submit_detection

    with store.session() as session:
        case = submit_detection(
            session,
            Detection(
                kind="grooming_warning",
                group_key="conversation:c9",
                summary="age probing, secrecy and a request to move platforms",
                payload={"platform": "Example Chat DM", "conversation_id": "c9", "account": {"id": "u77"}},
                source_ref="c9",
            ),
        )
        decide(session, case.id, "reviewer1", "confirm", "grooming pattern confirmed")
        document = build_report_xml(report_case(session, case.id), reporting_settings()).decode()
    assert "<incidentType>Online Enticement of Children for Sexual Acts</incidentType>" in document
    assert (
        "<chatClient>Example Chat DM</chatClient>" in document
        and "<chatRoomName>c9</chatRoomName>" in document
    )
    assert "<espIdentifier>u77</espIdentifier>" in document


def test_unknown_kind_needs_an_incident_type(store: Store, env: Env) -> None:
    from safeguarding.cases import Detection, decide, submit_detection
    from safeguarding.reports.cybertip import ReportBuildError

    with store.session() as session:
        case = submit_detection(
            session, Detection(kind="other_signal", group_key="account:9", source_ref="x")
        )
        decide(session, case.id, "reviewer1", "confirm", "confirmed")
        reported = report_case(session, case.id)
        with pytest.raises(ReportBuildError, match="--incident-type"):
            build_report_xml(reported, reporting_settings())
        chosen = build_report_xml(reported, reporting_settings(), incident_type="Child Sex Trafficking")
    assert b"<incidentType>Child Sex Trafficking</incidentType>" in chosen
