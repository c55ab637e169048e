"""`safeguarding report`: build, submit and retract reports on confirmed cases."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from safeguarding.audit import SigningKeyError, load_signing_key, record_event
from safeguarding.config import ConfigError
from safeguarding.console import ConfigOption, DbOption, actor_name, exit_with
from safeguarding.evidence.crypto import EvidenceKeyError
from safeguarding.evidence.settings import EvidenceSettingsError, evidence_settings
from safeguarding.reports.casedata import NotReportable, report_case
from safeguarding.reports.client import NcmecClient
from safeguarding.reports.cybertip import ReportBuildError, build_file_details_xml, build_report_xml
from safeguarding.reports.models import ReportResponse, ReportSubmission
from safeguarding.reports.schema import InvalidDocument
from safeguarding.reports.settings import SettingsError, reporting_settings
from safeguarding.reports.submit import SubmitContext, SubmitError, retract_case, submit_case
from safeguarding.store import Store, open_store

app = typer.Typer(
    help="Reports to the authorities from confirmed cases: NCMEC CyberTipline XML (validated against "
    "NCMEC's XSD), submission through NCMEC's API with safe retries, and a UK (NCA/police) referral.",
    no_args_is_help=True,
)

ActorOption = Annotated[
    str | None,
    typer.Option("--actor", envvar="SAFEGUARDING_ACTOR", help="Who is acting (for the audit log)."),
]
FORMATS = ("cybertip-xml", "uk-referral")
USER_ERRORS = (
    NotReportable,
    ReportBuildError,
    InvalidDocument,
    SettingsError,
    ConfigError,
    EvidenceKeyError,
    EvidenceSettingsError,
    SigningKeyError,
)


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".part")
    temp.write_bytes(data)
    os.replace(temp, path)


@app.command("build")
def build_command(
    case_id: Annotated[int, typer.Argument(help="The confirmed case to report.")],
    out: Annotated[Path, typer.Option(help="Where to write the report.")],
    format: Annotated[
        str, typer.Option(help="cybertip-xml (NCMEC) or uk-referral (JSON + HTML).")
    ] = "cybertip-xml",
    incident_type: Annotated[
        str | None, typer.Option(help="Override the incident type (one of NCMEC's 8 values).")
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Write a report for a confirmed case, validated before anything is written.

    cybertip-xml: a CyberTipline <report> (incident, internet details, reporter from the `reporting`
    configuration, the reported account with identifiers and IP capture events) checked against NCMEC's
    XSD, plus one <fileDetails> per file with its original hashes, written beside it as
    OUT-filedetails-N.xml (their reportId/fileId are placeholders until NCMEC assigns them on submit).

    uk-referral: OUT as JSON and OUT with .html as a human-readable summary (see docs/REPORTING.md).

    Example: safeguarding report build 12 --format cybertip-xml --out case12.xml
    """
    if format not in FORMATS:
        raise exit_with(f"unknown --format {format!r}; choose one of: {', '.join(FORMATS)}")
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                case = report_case(session, case_id)
                settings = reporting_settings(config)
                if format == "uk-referral":
                    from safeguarding.reports.ukreferral import build_referral, render_html

                    referral = build_referral(session, case, settings)
                    document = (json.dumps(referral, indent=2, ensure_ascii=False) + "\n").encode()
                    html_path = out.with_suffix(".html")
                    _write(out, document)
                    _write(html_path, render_html(referral).encode())
                    written = [out, html_path]
                else:
                    document = build_report_xml(case, settings, incident_type=incident_type)
                    details = [
                        build_file_details_xml("0", f"pending-{n}", case_file)
                        for n, case_file in enumerate(case.files, 1)
                    ]
                    _write(out, document)
                    written = [out]
                    for n, detail in enumerate(details, 1):
                        path = out.with_name(f"{out.stem}-filedetails-{n}.xml")
                        _write(path, detail)
                        written.append(path)
            except USER_ERRORS as exc:
                raise exit_with(str(exc)) from None
            record_event(
                session,
                actor_name(actor),
                "report_build",
                f"case:{case_id}",
                {"format": format, "out": str(out), "sha256": hashlib.sha256(document).hexdigest()},
            )
    finally:
        store.close()
    for path in written:
        typer.echo(f"wrote {path}")
    if format == "cybertip-xml":
        typer.echo(f"valid against the CyberTipline XSD: <report> and {len(written) - 1} <fileDetails>")


def _context(store: Store, config: Path | None, actor: str | None) -> SubmitContext:
    try:
        settings = reporting_settings(config)
        evidence = evidence_settings(config)
        return SubmitContext(
            store=store,
            settings=settings,
            evidence=evidence,
            evidence_keys=evidence.keys(),
            actor=actor_name(actor),
            signing_key=load_signing_key(config),
            sleep=time.sleep,
        )
    except USER_ERRORS as exc:
        raise exit_with(str(exc)) from None


@app.command("submit")
def submit_command(
    case_id: Annotated[int, typer.Argument(help="The confirmed case to report.")],
    incident_type: Annotated[str | None, typer.Option(help="Override the incident type.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """File the case with NCMEC's CyberTipline API: status, submit, upload (MD5 checked), fileinfo, finish.

    Endpoint and credentials come from `reporting.ncmec` (NCMEC's test environment by default; the
    credentials from $SAFEGUARDING_NCMEC_USERNAME / $SAFEGUARDING_NCMEC_PASSWORD). Progress is saved after
    every step: after a failure, run the same command again and it resumes without re-sending what
    succeeded. The case's files are preserved (encrypted) first; on finish the case becomes "reported",
    a preservation hold starts and a signed tree head is added to the audit log.

    Example: safeguarding report submit 12
    """
    store = open_store(db)
    try:
        ctx = _context(store, config, actor)
        with NcmecClient(ctx.settings.ncmec) as client:
            try:
                outcome = submit_case(ctx, case_id, client, incident_type=incident_type)
            except USER_ERRORS as exc:
                raise exit_with(str(exc)) from None
            except SubmitError as exc:
                raise exit_with(str(exc), code=1) from None
    finally:
        store.close()
    if outcome.already_done:
        typer.echo(f"case {case_id} was already reported: CyberTipline report {outcome.report_id}")
    else:
        typer.echo(
            f"case {case_id} reported: CyberTipline report {outcome.report_id}, files {outcome.file_ids}"
        )


@app.command("retract")
def retract_command(
    case_id: Annotated[int, typer.Argument(help="The case whose open (unfinished) report to cancel.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")],
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Cancel a case's open CyberTipline report (a finished report cannot be retracted)."""
    store = open_store(db)
    try:
        ctx = _context(store, config, actor)
        with NcmecClient(ctx.settings.ncmec) as client:
            try:
                outcome = retract_case(ctx, case_id, client, reason)
            except SubmitError as exc:
                raise exit_with(str(exc)) from None
    finally:
        store.close()
    typer.echo(f"retracted CyberTipline report {outcome.report_id} of case {case_id}")


@app.command("status")
def status_command(
    case_id: Annotated[int, typer.Argument(help="The case.")],
    db: DbOption = None,
) -> None:
    """Print the case's submissions and every server response as JSON Lines."""
    store = open_store(db)
    try:
        with store.session() as session:
            submissions = session.scalars(
                select(ReportSubmission)
                .where(ReportSubmission.case_id == case_id)
                .order_by(ReportSubmission.id)
            )
            for submission in submissions:
                files = [
                    {
                        "name": f.file_name,
                        "md5": f.md5,
                        "file_id": f.ncmec_file_id,
                        "described": f.described_at is not None,
                    }
                    for f in submission.files
                ]
                typer.echo(
                    json.dumps(
                        {
                            "submission": submission.id,
                            "state": submission.state,
                            "report_id": submission.ncmec_report_id,
                            "endpoint": submission.endpoint,
                            "attempts": submission.attempts,
                            "last_error": submission.last_error,
                            "files": files,
                        }
                    )
                )
                responses = session.scalars(
                    select(ReportResponse)
                    .where(ReportResponse.submission_id == submission.id)
                    .order_by(ReportResponse.id)
                )
                for response in responses:
                    typer.echo(
                        json.dumps(
                            {
                                "step": response.step,
                                "http_status": response.http_status,
                                "request_id": response.request_id,
                                "error": response.error,
                                "body": response.body,
                            }
                        )
                    )
    finally:
        store.close()


@app.command("standin")
def standin_command(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: a free one).")] = 0,
    username: Annotated[str, typer.Option(help="The user name it accepts.")] = "esp-test",
    password: Annotated[str, typer.Option(help="The password it accepts.")] = "secret",
) -> None:
    """Run a local stand-in of NCMEC's API (validates every document against the XSD) for rehearsals.

    Point reporting.ncmec.endpoint at the URL it prints. It is not NCMEC: nothing leaves this machine.
    """
    from safeguarding.reports.standin import start_standin

    server = start_standin(username, password, port)
    typer.echo(f"NCMEC stand-in listening at {server.url} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()
