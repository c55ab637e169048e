"""A local stand-in for NCMEC's CyberTipline Reporting API, for tests and rehearsals.

It implements the documented protocol (status, submit, upload, fileinfo, finish, retract) with HTTP
Basic auth, validates every document it receives against the XSD, and can be told to misbehave
(`faults`) to exercise retries: "html" answers a non-XML error page, "timeout" holds the request past the
client's time-out and drops it unprocessed, "corrupt" stores a damaged copy of an upload (so the MD5 it
returns does not match). It is NOT NCMEC: real endpoints are not reachable from here.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import threading
import time
import uuid
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from safeguarding.reports.schema import InvalidDocument, validate


@dataclass
class StandinReport:
    report_id: str
    xml: bytes
    state: str = "open"  # open -> finished | retracted
    files: dict[str, bytes] = field(default_factory=dict)  # fileId -> content as stored
    file_details: dict[str, bytes] = field(default_factory=dict)


@dataclass
class StandinState:
    username: str
    password: str
    reports: dict[str, StandinReport] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (step, detail) for every request
    faults: dict[str, list[str]] = field(default_factory=dict)  # step -> queued faults
    hold_seconds: float = 2.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(4564654))

    def next_fault(self, step: str) -> str | None:
        with self.lock:
            queue = self.faults.get(step) or []
            return queue.pop(0) if queue else None

    def count(self, step: str) -> int:
        return sum(1 for recorded, _ in self.requests if recorded == step)


def _response(code: int, description: str, **fields: str) -> bytes:
    parts = [
        f"<responseCode>{code}</responseCode>",
        f"<responseDescription>{description}</responseDescription>",
    ]
    parts += [f"<{name}>{value}</{name}>" for name, value in fields.items()]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<reportResponse>'
        + "".join(parts)
        + "</reportResponse>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: StandinServer
    corrupt = False

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return

    @property
    def state(self) -> StandinState:
        return self.server.state

    def _send(self, status: int, body: bytes, content_type: str = "text/xml; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Request-ID", uuid.uuid4().hex)
        self.end_headers()
        self.wfile.write(body)

    def _authorised(self) -> bool:
        expected = base64.b64encode(f"{self.state.username}:{self.state.password}".encode()).decode()
        if self.headers.get("Authorization") == f"Basic {expected}":
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="ispws"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _fault(self, step: str) -> bool:
        """Misbehave if a fault is queued for this step; True when the request was consumed."""
        fault = self.state.next_fault(step)
        if fault == "html":
            self._send(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            return True
        if fault == "timeout":
            time.sleep(self.state.hold_seconds)
            self.close_connection = True
            return True
        if fault == "corrupt":
            self.corrupt = True
        return False

    def do_GET(self) -> None:
        if not self._authorised():
            return
        step = self.path.strip("/").rsplit("/", 1)[-1]
        self.state.requests.append((step, ""))
        if step != "status":
            self._send(404, _response(404, f"no such resource {self.path}"))
            return
        if self._fault(step):
            return
        host = self.client_address[0]
        self._send(200, _response(0, f"Remote User : {self.state.username}, Remote Ip : {host}"))

    def do_POST(self) -> None:
        if not self._authorised():
            return
        step = self.path.strip("/").rsplit("/", 1)[-1]
        body = self._body()
        self.corrupt = False
        if self._fault(step):
            self.state.requests.append((step, "fault"))
            return
        handler = {
            "submit": self._submit,
            "upload": self._upload,
            "fileinfo": self._fileinfo,
            "finish": self._finish,
            "retract": self._retract,
        }.get(step)
        if handler is None:
            self._send(404, _response(404, f"no such resource {self.path}"))
            return
        with self.state.lock:
            handler(body)

    def _open_report(self, report_id: str, step: str) -> StandinReport | None:
        report = self.state.reports.get(report_id)
        if report is None:
            self._send(200, _response(2000, f"unknown report {report_id}"))
            return None
        if report.state != "open":
            self._send(200, _response(2001, f"report {report_id} is {report.state}; {step} refused"))
            return None
        return report

    def _form(self, body: bytes) -> dict[str, str]:
        return {key: values[0] for key, values in parse_qs(body.decode()).items()}

    def _submit(self, body: bytes) -> None:
        self.state.requests.append(("submit", ""))
        try:
            validate(body, "report")
        except (InvalidDocument, ValueError) as exc:
            self._send(200, _response(1000, f"invalid report: {exc}"))
            return
        report_id = str(next(self.state.ids))
        self.state.reports[report_id] = StandinReport(report_id, body)
        self._send(200, _response(0, "Success", reportId=report_id))

    def _upload(self, body: bytes) -> None:
        header = f"Content-Type: {self.headers.get('Content-Type')}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(header + body)
        fields: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = payload if isinstance(payload, bytes) else b""
        report_id = fields.get("id", b"").decode()
        content = fields.get("file")
        self.state.requests.append(("upload", hashlib.sha256(content or b"").hexdigest()))
        report = self._open_report(report_id, "upload")
        if report is None:
            return
        if content is None:
            self._send(200, _response(1001, "no file part"))
            return
        if self.corrupt:
            content = content[:-1] + bytes([content[-1] ^ 0xFF]) if content else b"\x00"
        file_id = uuid.uuid4().hex
        report.files[file_id] = content
        digest = hashlib.md5(content).hexdigest()
        self._send(200, _response(0, "Success", reportId=report_id, fileId=file_id, hash=digest))

    def _fileinfo(self, body: bytes) -> None:
        self.state.requests.append(("fileinfo", ""))
        try:
            root = validate(body, "fileDetails")
        except (InvalidDocument, ValueError) as exc:
            self._send(200, _response(1000, f"invalid fileDetails: {exc}"))
            return
        report_id = (root.findtext("reportId") or "").strip()
        file_id = (root.findtext("fileId") or "").strip()
        report = self._open_report(report_id, "fileinfo")
        if report is None:
            return
        if file_id not in report.files:
            self._send(200, _response(2002, f"unknown file {file_id}"))
            return
        if file_id in report.file_details:
            self._send(200, _response(2003, f"fileinfo already given for {file_id}"))
            return
        report.file_details[file_id] = body
        self._send(200, _response(0, "Success", reportId=report_id))

    def _finish(self, body: bytes) -> None:
        report_id = self._form(body).get("id", "")
        self.state.requests.append(("finish", report_id))
        report = self._open_report(report_id, "finish")
        if report is None:
            return
        report.state = "finished"
        files = "".join(f"<fileId>{file_id}</fileId>" for file_id in report.files)
        answer = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<reportDoneResponse>'
            f"<responseCode>0</responseCode><reportId>{report_id}</reportId><files>{files}</files>"
            "</reportDoneResponse>"
        )
        self._send(200, answer.encode())

    def _retract(self, body: bytes) -> None:
        report_id = self._form(body).get("id", "")
        self.state.requests.append(("retract", report_id))
        report = self._open_report(report_id, "retract")
        if report is None:
            return
        report.state = "retracted"
        self._send(200, _response(0, "Success", reportId=report_id))


class StandinServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: StandinState, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.state = state

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/ispws"


def start_standin(username: str = "esp-test", password: str = "secret", port: int = 0) -> StandinServer:
    """Start the stand-in on 127.0.0.1 (a free port by default) in a background thread."""
    server = StandinServer(StandinState(username, password), port=port)
    threading.Thread(target=server.serve_forever, name="ncmec-standin", daemon=True).start()
    return server
