"""A stand-in for an operator's chat service: the 'show more' callback, served on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from safeguarding.web.ui.demo import CHAT as DEMO_CHAT

TOKEN = "chat-service-test-token-0123456789"


def synthetic_message(conversation: str, index: int) -> dict[str, object]:
    if conversation == "demo-conv-1":
        author, text, _cue = DEMO_CHAT[index]
        return {"index": index, "author": author, "text": text, "time": None}
    author = "player_a" if index % 2 else "player_b"
    return {"index": index, "author": author, "text": f"message number {index} about the game", "time": None}


def _last_index(conversation: str) -> int:
    if conversation == "demo-conv-1":
        return len(DEMO_CHAT) - 1
    suffix = conversation.rsplit("-", 1)[-1]
    return int(suffix) if suffix.isdigit() else 40


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict[str, object]]

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
        self.server.requests.append({"query": query, "auth": self.headers.get("Authorization")})  # type: ignore[attr-defined]
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self._send(401, b'{"detail": "bad token"}')
            return
        conversation = query.get("conversation_id", "")
        if conversation == "slow":
            time.sleep(3)
        if conversation == "huge":
            self._send(200, json.dumps({"messages": [{"index": 0, "text": "x" * 400_000}]}).encode())
            return
        start, end = int(query["start"]), int(query["end"])
        last = _last_index(conversation)
        messages = [synthetic_message(conversation, i) for i in range(start, min(end, last) + 1)]
        messages.append({"index": end + 100, "author": "x", "text": "outside the range asked for"})
        self._send(200, json.dumps({"messages": messages}).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def chat_service() -> Iterator[tuple[str, list[dict[str, object]]]]:
    """The URL of the callback and the list of requests it received.

    Conversation "slow" answers after 3 s, "huge" with 400 kB; "name-N" has messages 0..N (else 0..40);
    "demo-conv-1" is the demo's chat.
    """
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/context", server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
