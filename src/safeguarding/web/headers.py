"""Security headers on every response, set once for the API and the UI (a route may set stricter ones).

- `Content-Security-Policy`: the UI may load scripts, styles and images only from this origin (no
  inline script or style, no `eval`); the API's JSON may load nothing at all. Both forbid framing.
- `X-Frame-Options: DENY` for browsers that ignore `frame-ancestors`; `X-Content-Type-Options: nosniff`;
  `Referrer-Policy: no-referrer` (case URLs never leak to another site).
- `Cache-Control: no-store` unless the route said otherwise (only the UI's CSS and JavaScript do):
  case pages and API answers with case data are never kept by a browser or a proxy.
- `Strict-Transport-Security` on requests that came over https.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UI_PREFIX = "/ui"
UI_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' blob:; media-src 'self' blob:; script-src 'self'; "
    "style-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)
API_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
HSTS = "max-age=31536000"


class SecurityHeaders:
    """ASGI middleware (pure ASGI, so streamed media responses pass through untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        is_ui = path == UI_PREFIX or path.startswith(UI_PREFIX + "/")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                policy = UI_CONTENT_SECURITY_POLICY if is_ui else API_CONTENT_SECURITY_POLICY
                headers.setdefault("Content-Security-Policy", policy)
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Cache-Control", "no-store")
                if https:
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, send_with_headers)
