"""Loopback stand-ins for the NCMEC hash-sharing API, StopNCII's FetchHashes and ThreatExchange's
threat_updates, serving the fixtures in data/ (see data/SOURCE.md) to the real pytx clients.

Both page their answers (two records a page) so paging, checkpoints and resumption are exercised.
"""

from __future__ import annotations

import base64
import calendar
import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

DATA = Path(__file__).parent / "data"
NS = "https://hashsharing.ncmec.org/hashsharing/v2"
DATE = "%Y-%m-%dT%H:%M:%SZ"
PAGE = 2


def _utc(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime(DATE)


def _parse(text: str) -> int:
    return calendar.timegm(datetime.strptime(text, DATE).timetuple())


@dataclass
class NcmecState:
    user: str = "testington"
    password: str = "s3cret"
    entries: list[tuple[str, int, str]] = field(default_factory=list)  # (images|videos, ts, element xml)
    requests: int = 0

    def add(self, path: Path, ts: int) -> None:
        """Serve the fixture's entries, each stamped with time `ts`."""
        ET.register_namespace("", NS)
        root = ET.parse(path).getroot()
        for group in root:
            kind = group.tag.split("}")[1]
            for element in group:
                for stamp in element.iter(f"{{{NS}}}timestamp"):
                    stamp.text = _utc(ts)
                self.entries.append((kind, ts, ET.tostring(element, encoding="unicode")))

    def page(self, start_ts: int, end_ts: int, start: int) -> str:
        chosen = [e for e in self.entries if start_ts <= e[1] < end_ts]
        part = chosen[start : start + PAGE]
        groups = []
        for kind in ("images", "videos"):
            items = [e for e in part if e[0] == kind]
            if items:
                top = max(e[1] for e in items)
                body = "".join(e[2] for e in items)
                groups.append(f'<{kind} count="{len(items)}" maxTimestamp="{_utc(top)}">{body}</{kind}>')
        paging = ""
        if start + PAGE < len(chosen):
            query = urlencode(
                {
                    "from": _utc(start_ts),
                    "to": _utc(end_ts),
                    "start": start + PAGE,
                    "size": PAGE,
                    "max": len(chosen),
                }
            )
            paging = f"<paging><next>/v2/entries?{query.replace('&', '&amp;')}</next></paging>"
        head = '<?xml version="1.0" encoding="UTF-8"?>'
        return f'{head}<queryResult xmlns="{NS}">{"".join(groups)}{paging}</queryResult>'


@dataclass
class StopNciiState:
    fetch_key: str = "fkey"
    subscription_key: str = "skey"
    records: list[dict[str, object]] = field(default_factory=list)
    requests: int = 0

    def add(self, path: Path) -> None:
        self.records.extend(json.loads(path.read_text()))

    def page(self, start_ts: int, token: str) -> dict[str, object]:
        chosen = sorted(
            (r for r in self.records if int(str(r["lastModtimestamp"])) >= start_ts),
            key=lambda r: int(str(r["lastModtimestamp"])),
        )
        start = int(token or 0)
        part = chosen[start : start + PAGE]
        more = start + PAGE < len(chosen)
        newest = max((int(str(r["lastModtimestamp"])) for r in chosen), default=start_ts)
        return {
            "count": len(part),
            "nextSetTimestamp": newest + 1 if not more else start_ts,
            "nextPageToken": str(start + PAGE) if more else None,
            "hasMoreRecords": more,
            "hashRecords": part,
        }


@dataclass
class ThreatExchangeState:
    token: str = "1234567890|abcdefghijklmnopqrstuvwxyz"
    privacy_group: int = 303
    updates: list[dict[str, object]] = field(default_factory=list)
    base: str = ""
    requests: int = 0

    def add(self, path: Path) -> None:
        self.updates.extend(json.loads(path.read_text()))

    def page(self, start_time: int, cursor: int) -> dict[str, object]:
        chosen = [u for u in self.updates if int(str(u["last_updated"])) >= start_time]
        part = chosen[cursor : cursor + PAGE]
        body: dict[str, object] = {"data": part}
        if cursor + PAGE < len(chosen):
            query = urlencode({"access_token": self.token, "start_time": start_time, "after": cursor + PAGE})
            body["paging"] = {"next": f"{self.base}/{self.privacy_group}/threat_updates/?{query}"}
        return body


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *_args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: str, kind: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        state = self.server.state
        state.requests += 1
        if isinstance(state, NcmecState) and url.path == "/v2/entries":
            expected = base64.b64encode(f"{state.user}:{state.password}".encode()).decode()
            if self.headers.get("Authorization") != f"Basic {expected}":
                self._send(401, "unauthorised", "text/plain")
                return
            body = state.page(_parse(query["from"]), _parse(query["to"]), int(query.get("start", 0)))
            self._send(200, body, "application/xml")
            return
        if isinstance(state, StopNciiState) and url.path == "/v1/FetchHashes":
            if (
                self.headers.get("x-functions-key") != state.fetch_key
                or self.headers.get("Ocp-Apim-Subscription-Key") != state.subscription_key
            ):
                self._send(401, json.dumps({"message": "bad keys"}), "application/json")
                return
            body = json.dumps(state.page(int(query.get("startTimestamp", 0)), query.get("nextPageToken", "")))
            self._send(200, body, "application/json")
            return
        if isinstance(state, ThreatExchangeState) and url.path == f"/{state.privacy_group}/threat_updates/":
            if query.get("access_token") != state.token:
                self._send(
                    400, json.dumps({"error": {"message": "Invalid OAuth access token"}}), "application/json"
                )
                return
            start = int(query.get("start_time") or 0)
            self._send(200, json.dumps(state.page(start, int(query.get("after", 0)))), "application/json")
            return
        self._send(404, "not found", "text/plain")


class _Server(ThreadingHTTPServer):
    state: NcmecState | StopNciiState | ThreatExchangeState


@contextmanager
def serve(state: NcmecState | StopNciiState | ThreatExchangeState) -> Iterator[str]:
    """Run a stand-in on 127.0.0.1 (a free port); yields its base URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = state
    if isinstance(state, ThreatExchangeState):
        state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
