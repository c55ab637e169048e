"""Build CyberTipline `<report>` and `<fileDetails>` documents; both are validated before use."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from safeguarding.reports.casedata import CaseFile, IpEvent, ReportCase
from safeguarding.reports.schema import validate
from safeguarding.reports.settings import ReportingSettings

INCIDENT_TYPE_VALUES = (
    "Child Pornography (possession, manufacture, and distribution)",
    "Child Sex Trafficking",
    "Child Sex Tourism",
    "Child Sexual Molestation",
    "Misleading Domain Name",
    "Misleading Words or Digital Images on the Internet",
    "Online Enticement of Children for Sexual Acts",
    "Unsolicited Obscene Material Sent to a Child",
)


class ReportBuildError(ValueError):
    """The report cannot be built from what is known; the message says what is missing."""


def xml_time(moment: datetime) -> str:
    """ISO 8601 with an explicit offset, as NCMEC requires."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attributes)
    if text is not None:
        child.text = text
    return child


def _ip_event(parent: ET.Element, event: IpEvent) -> None:
    element = _add(parent, "ipCaptureEvent")
    _add(element, "ipAddress", event.ip)
    _add(element, "eventName", event.event)
    if event.time is not None:
        _add(element, "dateTime", xml_time(event.time))
    if event.port is not None:
        _add(element, "port", str(event.port))


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def build_report_xml(
    case: ReportCase, settings: ReportingSettings, *, incident_type: str | None = None
) -> bytes:
    """The `<report>` for a case: incident, internet details, reporter, reported account; validated."""
    chosen = incident_type or case.incident_type
    if chosen is None:
        raise ReportBuildError(
            f"case {case.case_id} is of kind {case.kind!r}, which has no default incident type; "
            f"choose one with --incident-type: {'; '.join(INCIDENT_TYPE_VALUES)}"
        )
    if chosen not in INCIDENT_TYPE_VALUES:
        raise ReportBuildError(
            f"unknown incident type {chosen!r}; choose one of: {'; '.join(INCIDENT_TYPE_VALUES)}"
        )
    reporter = settings.require_reporter()

    report = ET.Element("report")
    summary = _add(report, "incidentSummary")
    _add(summary, "incidentType", chosen)
    if settings.esp_service:
        _add(summary, "platform", settings.esp_service)
    _add(summary, "incidentDateTime", xml_time(case.incident_time))
    _add(summary, "incidentDateTimeDescription", "Earliest time of the material or activity in the case")

    for url in case.urls:
        web = _add(_add(report, "internetDetails"), "webPageIncident")
        _add(web, "url", url)
    for chat in case.chats:
        element = _add(_add(report, "internetDetails"), "chatImIncident")
        if chat["client"]:
            _add(element, "chatClient", chat["client"])
        if chat["room"]:
            _add(element, "chatRoomName", chat["room"])

    person = _add(_add(report, "reporter"), "reportingPerson")
    if reporter.first_name:
        _add(person, "firstName", reporter.first_name)
    if reporter.last_name:
        _add(person, "lastName", reporter.last_name)
    if reporter.phone:
        _add(person, "phone", reporter.phone)
    if reporter.email:
        _add(person, "email", reporter.email)
    parent = report.find("reporter")
    assert parent is not None
    if settings.terms_of_service:
        _add(parent, "termsOfService", settings.terms_of_service)
    if settings.legal_url:
        _add(parent, "legalURL", settings.legal_url)

    account = case.account
    if not account.is_empty():
        reported = _add(report, "personOrUserReported")
        if account.emails or account.phones:
            details = _add(reported, "personOrUserReportedPerson")
            for phone in account.phones:
                _add(details, "phone", phone)
            for email in account.emails:
                _add(details, "email", email)
        if account.identifier:
            _add(reported, "espIdentifier", account.identifier)
        if settings.esp_service:
            _add(reported, "espService", settings.esp_service)
        if account.screen_name:
            _add(reported, "screenName", account.screen_name)
        for name in account.display_names:
            _add(reported, "displayName", name)
        for url in account.profile_urls:
            _add(reported, "profileUrl", url)
        for event in account.ip_events:
            _ip_event(reported, event)

    note = f"Case {case.case_id} confirmed by a human reviewer; {len(case.files)} file(s) attached."
    _add(report, "additionalInfo", f"{note} {case.summary}".strip())
    document = _serialise(report)
    validate(document, "report")
    return document


def build_file_details_xml(report_id: str, file_id: str, case_file: CaseFile) -> bytes:
    """The `<fileDetails>` for one uploaded file, with its original hashes; validated."""
    details = ET.Element("fileDetails")
    _add(details, "reportId", report_id)
    _add(details, "fileId", file_id)
    _add(details, "originalFileName", case_file.original_name)
    if case_file.uploaded_at is not None:
        _add(details, "uploadedToEspTimestamp", xml_time(case_file.uploaded_at))
    if case_file.url:
        _add(details, "locationOfFile", case_file.url)
    _add(details, "fileViewedByEsp", "true")
    _add(details, "fileRelevance", "Reported")
    if case_file.md5:
        _add(details, "originalFileHash", case_file.md5, hashType="MD5")
    if case_file.sha256:
        _add(details, "originalFileHash", case_file.sha256, hashType="SHA256")
    if case_file.upload_ip is not None:
        _ip_event(details, case_file.upload_ip)
    document = _serialise(details)
    validate(document, "fileDetails")
    return document
