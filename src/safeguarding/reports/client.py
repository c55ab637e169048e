"""A small client for NCMEC's CyberTipline Reporting API (REST over HTTPS, HTTP Basic auth, XML).

Every answer is checked: it must be well-formed XML of the documented root that validates against the
XSD, with responseCode 0. Anything else raises NcmecError carrying what the server sent, so the caller
can store every response.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO
from xml.etree.ElementTree import Element

import httpx

from safeguarding.reports.schema import InvalidDocument, parse_xml, validate
from safeguarding.reports.settings import NcmecSettings

XML_CONTENT_TYPE = "text/xml; charset=utf-8"


@dataclass
class ApiResponse:
    step: str
    http_status: int | None
    request_id: str | None
    body: str
    fields: dict[str, str] = field(default_factory=dict)
    file_ids: list[str] = field(default_factory=list)

    @property
    def report_id(self) -> str | None:
        return self.fields.get("reportId")


class NcmecError(Exception):
    """A call failed. `retryable` is True when repeating the same call may succeed (time-out, network,
    a server error or an answer that is not the documented XML)."""

    def __init__(
        self, step: str, message: str, *, retryable: bool, response: ApiResponse | None = None
    ) -> None:
        super().__init__(f"{step}: {message}")
        self.step = step
        self.retryable = retryable
        self.response = response


def _fields(root: Element) -> dict[str, str]:
    return {child.tag: (child.text or "").strip() for child in root if len(child) == 0}


class NcmecClient:
    def __init__(self, settings: NcmecSettings, *, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        auth = httpx.BasicAuth(settings.username, settings.password) if settings.username else None
        self._http = httpx.Client(
            base_url=settings.endpoint.rstrip("/") + "/",
            auth=auth,
            timeout=httpx.Timeout(settings.timeout_seconds),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> NcmecClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _call(self, step: str, method: str, path: str, expected_root: str, **kwargs: object) -> ApiResponse:
        try:
            reply = self._http.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException:
            raise NcmecError(
                step, f"no answer within {self.settings.timeout_seconds:g} s", retryable=True
            ) from None
        except httpx.HTTPError as exc:
            raise NcmecError(step, f"cannot reach {self.settings.endpoint}: {exc}", retryable=True) from None
        body = reply.content.decode("utf-8", "replace")
        response = ApiResponse(step, reply.status_code, reply.headers.get("Request-ID"), body)
        server_error = reply.status_code >= 500 or reply.status_code == 429
        try:
            root = parse_xml(reply.content)
            validate(root, expected_root)
        except (ValueError, InvalidDocument) as exc:
            snippet = " ".join(body.split())[:120]
            raise NcmecError(
                step,
                f"HTTP {reply.status_code}, not the documented <{expected_root}> XML ({exc}); "
                f"answer began: {snippet!r}",
                retryable=not (400 <= reply.status_code < 500 and reply.status_code != 429),
                response=response,
            ) from None
        response.fields = _fields(root)
        files = root.find("files")
        if files is not None:
            response.file_ids = [(child.text or "").strip() for child in files.findall("fileId")]
        code = response.fields.get("responseCode", "")
        if code != "0":
            description = response.fields.get("responseDescription", "")
            raise NcmecError(
                step,
                f"HTTP {reply.status_code}, responseCode {code}: {description}",
                retryable=server_error,
                response=response,
            )
        return response

    def status(self) -> ApiResponse:
        return self._call("status", "GET", "status", "reportResponse")

    def submit(self, report_xml: bytes) -> ApiResponse:
        response = self._call(
            "submit",
            "POST",
            "submit",
            "reportResponse",
            content=report_xml,
            headers={"Content-Type": XML_CONTENT_TYPE},
        )
        if not response.report_id:
            raise NcmecError("submit", "the answer has no reportId", retryable=False, response=response)
        return response

    def upload(self, report_id: str, file_name: str, content: IO[bytes]) -> ApiResponse:
        response = self._call(
            "upload",
            "POST",
            "upload",
            "reportResponse",
            data={"id": report_id},
            files={"file": (file_name, content, "application/octet-stream")},
        )
        if not response.fields.get("fileId") or not response.fields.get("hash"):
            raise NcmecError("upload", "the answer has no fileId or hash", retryable=True, response=response)
        return response

    def fileinfo(self, file_details_xml: bytes) -> ApiResponse:
        return self._call(
            "fileinfo",
            "POST",
            "fileinfo",
            "reportResponse",
            content=file_details_xml,
            headers={"Content-Type": XML_CONTENT_TYPE},
        )

    def finish(self, report_id: str) -> ApiResponse:
        return self._call("finish", "POST", "finish", "reportDoneResponse", data={"id": report_id})

    def retract(self, report_id: str) -> ApiResponse:
        return self._call("retract", "POST", "retract", "reportResponse", data={"id": report_id})
