"""Submission to a local stand-in of NCMEC's API: the documented flow, and retries that never send twice."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.audit import AuditEvent, verify_log
from safeguarding.cases import Case
from safeguarding.evidence.models import EvidenceHold
from safeguarding.reports.cli import app
from safeguarding.reports.models import ReportFile, ReportResponse, ReportSubmission
from safeguarding.reports.standin import StandinServer, start_standin
from safeguarding.store import Store
from tests.reports.factory import Env, make_case

runner = CliRunner()


@pytest.fixture
def standin() -> Iterator[StandinServer]:
    server = start_standin("esp-test", "secret")
    server.state.hold_seconds = 1.5  # longer than the client's 1 s time-out
    yield server
    server.shutdown()
    server.server_close()


def _submit(store: Store, case_id: int) -> tuple[int, str]:
    result = runner.invoke(app, ["submit", str(case_id), "--db", store.url, "--actor", "lead"])
    return result.exit_code, result.output


def _good_uploads(server: StandinServer, report_id: str) -> list[str]:
    """sha256 of every intact file in a report (the stand-in stores what it received)."""
    report = server.state.reports[report_id]
    return sorted(hashlib.sha256(content).hexdigest() for content in report.files.values())


def _case_file_hashes(store: Store, case_id: int) -> list[str]:
    with store.session() as session:
        query = select(ReportSubmission).where(ReportSubmission.case_id == case_id)
        submission = session.scalars(query).first()
        assert submission is not None
        return sorted(f.sha256 for f in submission.files)


def test_full_flow(store: Store, env: Env, standin: StandinServer) -> None:
    env.configure(standin.url)
    case_id = make_case(store, env.tmp / "media", files=2)
    code, output = _submit(store, case_id)
    assert code == 0, output
    steps = [step for step, _ in standin.state.requests]
    assert steps == ["status", "submit", "upload", "upload", "fileinfo", "fileinfo", "finish"]
    (report,) = standin.state.reports.values()
    assert report.state == "finished" and len(report.file_details) == 2
    assert _good_uploads(standin, report.report_id) == _case_file_hashes(store, case_id)
    with store.session() as session:
        submission = session.scalars(select(ReportSubmission)).one()
        assert submission.state == "finished" and submission.ncmec_report_id == report.report_id
        assert all(f.ncmec_file_id in report.files for f in submission.files)
        responses = list(session.scalars(select(ReportResponse.step).order_by(ReportResponse.id)))
        assert responses == steps
        case = session.get(Case, case_id)
        assert case is not None and case.status == "reported"
        assert session.scalars(select(EvidenceHold).where(EvidenceHold.case_id == case_id)).one()
        actions = set(session.scalars(select(AuditEvent.action)))
        assert {"preserve", "report_build", "report_open", "hold", "report"} <= actions
        assert verify_log(session).heads >= 1
    again_code, again = _submit(store, case_id)
    assert again_code == 0 and "already reported" in again
    assert len(standin.state.requests) == len(steps)  # nothing sent again


def test_non_xml_answer_then_retry_resumes(store: Store, env: Env, standin: StandinServer) -> None:
    env.configure(standin.url, attempts=1)
    case_id = make_case(store, env.tmp / "media", files=2)
    standin.state.faults["submit"] = ["html"]
    code, output = _submit(store, case_id)
    assert code == 1 and "not the documented <reportResponse> XML" in output
    assert standin.state.reports == {}
    with store.session() as session:
        failure = session.scalars(select(ReportResponse).where(ReportResponse.step == "submit")).one()
        assert "502 Bad Gateway" in failure.body and failure.http_status == 502
    code, output = _submit(store, case_id)
    assert code == 0, output
    (report,) = standin.state.reports.values()
    assert report.state == "finished"
    assert _good_uploads(standin, report.report_id) == _case_file_hashes(store, case_id)


def test_time_out_then_retry_sends_nothing_twice(store: Store, env: Env, standin: StandinServer) -> None:
    env.configure(standin.url, attempts=1)
    case_id = make_case(store, env.tmp / "media", files=2)
    standin.state.faults["fileinfo"] = [None, "timeout"]  # type: ignore[list-item]
    code, output = _submit(store, case_id)
    assert code == 1 and "no answer within 1 s" in output
    with store.session() as session:
        submission = session.scalars(select(ReportSubmission)).one()
        assert submission.state == "opened"
        rows = session.scalars(select(ReportFile).order_by(ReportFile.id))
        described = [f.described_at is not None for f in rows]
        assert described == [True, False]
    code, output = _submit(store, case_id)
    assert code == 0, output
    assert standin.state.count("submit") == 1
    assert standin.state.count("upload") == 2
    (report,) = standin.state.reports.values()
    assert report.state == "finished" and len(report.files) == 2 and len(report.file_details) == 2


def test_broken_upload_is_uploaded_again_and_checked(store: Store, env: Env, standin: StandinServer) -> None:
    env.configure(standin.url, attempts=2)
    case_id = make_case(store, env.tmp / "media", files=2)
    standin.state.faults["upload"] = ["corrupt"]
    code, output = _submit(store, case_id)
    assert code == 0, output
    (report,) = standin.state.reports.values()
    assert standin.state.count("submit") == 1 and standin.state.count("upload") == 3
    with store.session() as session:
        ours = {f.ncmec_file_id for f in session.scalars(select(ReportFile))}
        query = select(ReportResponse).where(ReportResponse.error.like("%MD5 mismatch%"))
        mismatch = session.scalars(query).one()
        assert mismatch.step == "upload"
    # Each file was described once, with the copy whose MD5 matched; the broken copy got no fileinfo.
    assert set(report.file_details) == ours
    intact = sorted(hashlib.sha256(report.files[file_id]).hexdigest() for file_id in ours)
    assert intact == _case_file_hashes(store, case_id)


def test_upload_failing_for_good_retracts_and_next_run_files_a_new_report(
    store: Store, env: Env, standin: StandinServer
) -> None:
    env.configure(standin.url, attempts=2)
    case_id = make_case(store, env.tmp / "media", files=1)
    standin.state.faults["upload"] = ["corrupt", "corrupt"]
    code, output = _submit(store, case_id)
    assert code == 1 and "retracted report" in output
    (first,) = standin.state.reports.values()
    assert first.state == "retracted"
    code, output = _submit(store, case_id)
    assert code == 0, output
    states = sorted(report.state for report in standin.state.reports.values())
    assert states == ["finished", "retracted"]
    with store.session() as session:
        assert sorted(session.scalars(select(ReportSubmission.state))) == ["finished", "retracted"]


def test_unconfirmed_or_invalid_reports_are_never_sent(
    store: Store, env: Env, standin: StandinServer
) -> None:
    env.configure(standin.url)
    open_case = make_case(store, env.tmp / "open", status="open", account="open1")
    code, output = _submit(store, open_case)
    assert code == 2 and "only a case a reviewer confirmed" in output
    case_id = make_case(store, env.tmp / "media", account="bad1")
    result = runner.invoke(app, ["submit", str(case_id), "--db", store.url, "--incident-type", "nonsense"])
    assert result.exit_code == 2 and "unknown incident type" in result.output
    assert standin.state.requests == []


def test_wrong_credentials_are_a_clear_error(store: Store, env: Env, standin: StandinServer) -> None:
    standin.state.password = "other"
    env.configure(standin.url)
    case_id = make_case(store, env.tmp / "media", files=1)
    code, output = _submit(store, case_id)
    assert code == 1 and "status: HTTP 401" in output


def test_missing_file_stops_before_anything_is_sent(store: Store, env: Env, standin: StandinServer) -> None:
    from safeguarding.evidence.models import EvidenceFile

    env.configure(standin.url)
    case_id = make_case(store, env.tmp / "media", files=2)
    sorted((env.tmp / "media").glob("*.png"))[1].unlink()
    code, output = _submit(store, case_id)
    assert code == 1 and "nothing sent" in output and "file not found" in output
    assert standin.state.requests == []
    with store.session() as session:
        assert len(session.scalars(select(EvidenceFile)).all()) == 1  # the other file stays preserved
        assert session.scalars(select(ReportSubmission)).all() == []
