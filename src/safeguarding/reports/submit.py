"""Run NCMEC's documented flow for a confirmed case, persisting progress after every step.

status → submit → upload each file (check the MD5 the server returns) → fileinfo per file → finish.

Resuming: a submission row keeps the state ("built", "opened", "finished", "retracted"), the report ID,
and per file its NCMEC file ID and whether its fileinfo was sent. A run after a failure skips every step
already done, so nothing that succeeded is sent twice. Each step is tried `attempts` times in a run
(time-outs, network errors, server errors and non-XML answers are retried; a refusal is not). An upload
that fails every attempt (including an MD5 mismatch) is a failure for good: the open report is retracted
and the next run opens a new one. Every server answer, and every failure to get one, is stored in
`report_responses`.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.audit import record_event, sign_tree_head
from safeguarding.cases import CaseError, mark_reported
from safeguarding.evidence.crypto import BlobError, EvidenceKeyError, EvidenceKeys, decrypt_chunks
from safeguarding.evidence.models import EvidenceFile
from safeguarding.evidence.preserve import PreserveProblem, preserve_case, start_hold
from safeguarding.evidence.settings import EvidenceSettings
from safeguarding.reports.casedata import CaseFile, NotReportable, report_case
from safeguarding.reports.client import ApiResponse, NcmecClient, NcmecError
from safeguarding.reports.cybertip import build_file_details_xml, build_report_xml
from safeguarding.reports.models import ReportFile, ReportResponse, ReportSubmission
from safeguarding.reports.settings import ReportingSettings
from safeguarding.store import Store

ACTIVE_STATES = ("built", "opened", "finished")
SPOOL_BYTES = 32 << 20


class SubmitError(Exception):
    """The submission stopped; the message says where and whether running again resumes it."""


@dataclass
class SubmitContext:
    store: Store
    settings: ReportingSettings
    evidence: EvidenceSettings
    evidence_keys: EvidenceKeys  # the current key preserves; any of them reads what it encrypted
    actor: str
    signing_key: Ed25519PrivateKey | None = None
    sleep: Callable[[float], None] = time.sleep


@dataclass
class SubmitOutcome:
    submission_id: int
    state: str
    report_id: str | None
    file_ids: list[str] = field(default_factory=list)
    already_done: bool = False


def current_submission(session: Session, case_id: int) -> ReportSubmission | None:
    query = (
        select(ReportSubmission)
        .where(ReportSubmission.case_id == case_id, ReportSubmission.state.in_(ACTIVE_STATES))
        .order_by(ReportSubmission.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _prepare(
    ctx: SubmitContext, session: Session, case_id: int, incident_type: str | None
) -> tuple[ReportSubmission | None, list[PreserveProblem]]:
    """The submission to resume, or a new one; (None, problems) when files could not be preserved.

    The report is built and validated before anything else, so an invalid report has no side effect;
    files that were preserved stay preserved even when others could not be.
    """
    submission = current_submission(session, case_id)
    if submission is not None:
        if submission.state != "finished":
            submission.attempts += 1
        return submission, []
    case = report_case(session, case_id)
    if case.status != "confirmed":
        raise NotReportable(f"case {case_id} is {case.status}; nothing left to submit")
    report_xml = build_report_xml(case, ctx.settings, incident_type=incident_type)
    evidence_dir = ctx.evidence.evidence_dir(ctx.store)
    files, problems = preserve_case(session, case, evidence_dir, ctx.evidence_keys.current, ctx.actor)
    if problems:
        return None, problems
    now = datetime.now(UTC)
    submission = ReportSubmission(
        case_id=case_id,
        endpoint=ctx.settings.ncmec.endpoint,
        state="built",
        report_xml=report_xml.decode(),
        attempts=1,
        created_by=ctx.actor,
        created_at=now,
        updated_at=now,
    )
    session.add(submission)
    session.flush()
    for record in files:
        session.add(
            ReportFile(
                submission_id=submission.id,
                evidence_file_id=record.id,
                file_name=record.original_name,
                md5=record.md5,
                sha256=record.sha256,
                size=record.size,
            )
        )
    record_event(
        session,
        ctx.actor,
        "report_build",
        f"case:{case_id}",
        {"submission_id": submission.id, "endpoint": submission.endpoint, "files": [f.sha256 for f in files]},
    )
    session.flush()
    return submission, []


class _Run:
    def __init__(self, ctx: SubmitContext, client: NcmecClient, submission_id: int, case_id: int) -> None:
        self.ctx = ctx
        self.client = client
        self.submission_id = submission_id
        self.case_id = case_id
        self.attempts = ctx.settings.ncmec.attempts

    def record(
        self,
        step: str,
        response: ApiResponse | None,
        error: str | None = None,
        apply: Callable[[Session, ReportSubmission], None] | None = None,
    ) -> None:
        """Store the answer (or the failure) and apply the step's state change in one transaction."""
        with self.ctx.store.session() as session:
            session.add(
                ReportResponse(
                    submission_id=self.submission_id,
                    step=step,
                    http_status=response.http_status if response else None,
                    request_id=response.request_id if response else None,
                    body=response.body if response else "",
                    error=error,
                    created_at=datetime.now(UTC),
                )
            )
            submission = session.get(ReportSubmission, self.submission_id)
            assert submission is not None
            submission.updated_at = datetime.now(UTC)
            submission.last_error = error
            if apply is not None:
                apply(session, submission)

    def call(self, step: str, request: Callable[[], ApiResponse]) -> ApiResponse:
        for attempt in range(self.attempts):
            try:
                response = request()
            except NcmecError as exc:
                self.record(step, exc.response, str(exc))
                if not exc.retryable or attempt == self.attempts - 1:
                    raise SubmitError(
                        f"{exc}; the submission is saved, run `report submit` again to resume"
                    ) from None
                self.ctx.sleep(self.ctx.settings.ncmec.backoff_seconds * 2**attempt)
                continue
            return response
        raise AssertionError("unreachable")

    def _decrypted(self, session: Session, report_file: ReportFile) -> IO[bytes]:
        record = session.get(EvidenceFile, report_file.evidence_file_id)
        if record is None or record.purged_at is not None:
            raise SubmitError(
                f"evidence file {report_file.evidence_file_id} ({report_file.file_name}) is gone"
            )
        evidence_dir = self.ctx.evidence.evidence_dir(self.ctx.store)
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+b", dir=str(evidence_dir))  # noqa: SIM115
        try:
            key = self.ctx.evidence_keys.for_id(record.key_id)
            for chunk in decrypt_chunks(evidence_dir / record.blob_name, key, record.blob_name):
                spool.write(chunk)
        except (BlobError, OSError, EvidenceKeyError) as exc:
            spool.close()
            raise SubmitError(f"cannot read preserved file {report_file.file_name}: {exc}") from None
        spool.seek(0)
        return spool

    def upload(self, report_id: str, report_file: ReportFile) -> None:
        """Upload one file until the server's MD5 matches; retract the report if it never does."""
        failure = ""
        for attempt in range(self.attempts):
            with self.ctx.store.session() as session, self._decrypted(session, report_file) as content:
                try:
                    response = self.client.upload(report_id, report_file.file_name, content)
                except NcmecError as exc:
                    self.record("upload", exc.response, str(exc))
                    failure = str(exc)
                    if not exc.retryable:
                        break
                    self.ctx.sleep(self.ctx.settings.ncmec.backoff_seconds * 2**attempt)
                    continue
            server_md5 = response.fields["hash"].lower()
            file_id = response.fields["fileId"]
            if server_md5 != report_file.md5:
                failure = (
                    f"upload: MD5 mismatch for {report_file.file_name}: server has {server_md5}, "
                    f"the file is {report_file.md5} (server file {file_id} left without fileinfo)"
                )
                self.record("upload", response, failure)
                self.ctx.sleep(self.ctx.settings.ncmec.backoff_seconds * 2**attempt)
                continue

            def uploaded(
                session: Session, _: ReportSubmission, file_id: str = file_id, md5: str = server_md5
            ) -> None:
                row = session.get(ReportFile, report_file.id)
                assert row is not None
                row.ncmec_file_id, row.server_md5, row.uploaded_at = file_id, md5, datetime.now(UTC)

            self.record("upload", response, apply=uploaded)
            return
        self.retract(report_id, f"upload of {report_file.file_name} failed for good: {failure}")
        raise SubmitError(
            f"{failure}; gave up after {self.attempts} attempt(s) and retracted report {report_id}; "
            "run `report submit` again to file a new report"
        )

    def retract(self, report_id: str, reason: str) -> None:
        def retracted(session: Session, submission: ReportSubmission) -> None:
            submission.state = "retracted"
            record_event(
                session,
                self.ctx.actor,
                "report_retract",
                f"case:{self.case_id}",
                {"submission_id": submission.id, "report_id": report_id, "reason": reason},
            )

        try:
            response = self.client.retract(report_id)
        except NcmecError as exc:
            # NCMEC deletes an unfinished report by itself (24 h after opening); forget it either way.
            self.record(
                "retract", exc.response, f"{exc} (NCMEC deletes unfinished reports itself)", retracted
            )
            return
        self.record("retract", response, reason, retracted)


def _case_files(session: Session, case_id: int) -> dict[str, CaseFile]:
    try:
        return {f.sha256: f for f in report_case(session, case_id).files}
    except NotReportable:
        return {}


def submit_case(
    ctx: SubmitContext, case_id: int, client: NcmecClient, *, incident_type: str | None = None
) -> SubmitOutcome:
    """File (or resume filing) the CyberTipline report for a confirmed case."""
    with ctx.store.session() as session:
        submission, problems = _prepare(ctx, session, case_id, incident_type)
        if submission is not None:
            submission_id, state = submission.id, submission.state
            done_ids = [f.ncmec_file_id or "" for f in submission.files]
            report_id_done = submission.ncmec_report_id
    if submission is None:
        listed = "; ".join(str(p) for p in problems)
        raise SubmitError(f"cannot preserve the case's files, nothing sent: {listed}")
    if state == "finished":
        return SubmitOutcome(submission_id, state, report_id_done, done_ids, already_done=True)
    run = _Run(ctx, client, submission_id, case_id)

    run.record("status", run.call("status", client.status))

    with ctx.store.session() as session:
        stored = session.get(ReportSubmission, submission_id)
        assert stored is not None
        report_xml, report_id = stored.report_xml.encode(), stored.ncmec_report_id
    if report_id is None:
        response = run.call("submit", lambda: client.submit(report_xml))
        report_id = response.report_id
        assert report_id is not None

        def opened(session: Session, submission: ReportSubmission) -> None:
            submission.state, submission.ncmec_report_id = "opened", report_id
            record_event(
                session,
                ctx.actor,
                "report_open",
                f"case:{case_id}",
                {"submission_id": submission.id, "report_id": report_id},
            )

        run.record("submit", response, apply=opened)

    with ctx.store.session() as session:
        pending = list(
            session.scalars(
                select(ReportFile).where(ReportFile.submission_id == submission_id).order_by(ReportFile.id)
            )
        )
        known = _case_files(session, case_id)
    for waiting in pending:
        if waiting.ncmec_file_id is None:
            run.upload(report_id, waiting)
    with ctx.store.session() as session:
        files = list(session.scalars(select(ReportFile).where(ReportFile.submission_id == submission_id)))
    for report_file in sorted(files, key=lambda row: row.id):
        if report_file.described_at is not None:
            continue
        assert report_file.ncmec_file_id is not None
        case_file = known.get(report_file.sha256) or CaseFile(
            0, "", report_file.file_name, report_file.sha256, report_file.md5
        )
        details = build_file_details_xml(report_id, report_file.ncmec_file_id, case_file)
        response = run.call("fileinfo", lambda details=details: client.fileinfo(details))  # type: ignore[misc]

        def described(
            session: Session, _: ReportSubmission, row_id: int = report_file.id, xml: bytes = details
        ) -> None:
            row = session.get(ReportFile, row_id)
            assert row is not None
            row.described_at, row.file_details_xml = datetime.now(UTC), xml.decode()

        run.record("fileinfo", response, apply=described)

    response = run.call("finish", lambda: client.finish(report_id))
    ours = [f.ncmec_file_id for f in files if f.ncmec_file_id]

    def finished(session: Session, submission: ReportSubmission) -> None:
        submission.state, submission.finished_at = "finished", datetime.now(UTC)
        try:
            with session.begin_nested():
                mark_reported(session, case_id, ctx.actor, f"CyberTipline report {report_id}")
        except CaseError as exc:
            # NCMEC has the report whatever happened to the case meanwhile: keep the record.
            submission.last_error = f"report finished, but the case was not marked reported: {exc}"
        start_hold(
            session,
            case_id,
            ctx.evidence.hold_days,
            f"preservation after CyberTipline report {report_id}",
            ctx.actor,
            submission_id=submission.id,
        )
        record_event(
            session,
            ctx.actor,
            "report",
            f"case:{case_id}",
            {
                "submission_id": submission.id,
                "report_id": report_id,
                "endpoint": submission.endpoint,
                "file_ids": ours,
                "server_file_ids": response.file_ids,
            },
        )
        if ctx.signing_key is not None:
            sign_tree_head(session, ctx.signing_key)

    run.record("finish", response, apply=finished)
    return SubmitOutcome(submission_id, "finished", report_id, ours)


def retract_case(ctx: SubmitContext, case_id: int, client: NcmecClient, reason: str) -> SubmitOutcome:
    """Cancel the case's open (not yet finished) report."""
    with ctx.store.session() as session:
        submission = current_submission(session, case_id)
        if submission is None or submission.state != "opened" or submission.ncmec_report_id is None:
            state = submission.state if submission is not None else "none"
            raise SubmitError(f"case {case_id} has no open report to retract (submission state: {state})")
        submission_id, report_id = submission.id, submission.ncmec_report_id
    _Run(ctx, client, submission_id, case_id).retract(report_id, reason)
    return SubmitOutcome(submission_id, "retracted", report_id)
