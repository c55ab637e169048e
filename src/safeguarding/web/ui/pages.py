"""What every reviewer page shares: who is asking, the page frame, security headers, the audit log.

Authentication, sessions and CSRF come from `safeguarding.web.auth`; what a role may read and decide
from `safeguarding.accounts` and `safeguarding.cases`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from safeguarding.audit import record_event
from safeguarding.web.auth import Principal, current_principal
from safeguarding.web.headers import UI_CONTENT_SECURITY_POLICY
from safeguarding.web.ui import views
from safeguarding.web.ui.wellbeing import current_exposure

PREFIX = "/ui"
HERE = Path(__file__).parent
CONTENT_SECURITY_POLICY = UI_CONTENT_SECURITY_POLICY
MESSAGES = {
    "confirm": ("ok", "Decision recorded: confirmed."),
    "dismiss": ("ok", "Decision recorded: dismissed."),
    "escalate": ("ok", "Decision recorded: escalated."),
    "note": ("ok", "Note added."),
    "queue-empty": ("ok", "Nothing is waiting in the queue for you."),
    "logged-out": ("ok", "You are logged out."),
    "break-taken": ("ok", "Welcome back. Your break counter starts again."),
    "released": ("ok", "The case is back in the queue, undecided."),
    "bulk-undone": ("ok", "Bulk decision undone: the cases are back in the queue."),
    "bulk-confirm": (
        "ok",
        "Bulk decision recorded: confirmed, each case on its own in the history and audit log.",
    ),
    "bulk-dismiss": (
        "ok",
        "Bulk decision recorded: dismissed, each case on its own in the history and audit log.",
    ),
    "bulk-escalate": (
        "ok",
        "Bulk decision recorded: escalated, each case on its own in the history and audit log.",
    ),
    "queue-empty-filtered": ("ok", "No case matches your filters. Clear them to claim from the whole queue."),
    "daily-limit": ("ok", "You have reached today's exposure limit: new cases go to your colleagues."),
}

templates = Jinja2Templates(directory=HERE / "templates")


# --- who is asking -----------------------------------------------------------------------------


async def optional_principal(request: Request) -> Principal | None:
    """The logged-in caller, or None when not logged in or the session is no longer valid.

    A wrong CSRF token on a POST still raises 403 (from `current_principal`).
    """
    try:
        return await current_principal(request)
    except HTTPException as exc:
        if exc.status_code == 401:
            return None
        raise


principal_dependency: Any = Depends(optional_principal)


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path if request.method == "GET" else f"{PREFIX}/"
    return RedirectResponse(f"{PREFIX}/login?next={quote(target)}", status_code=303)


def safe_next(value: str | None) -> str:
    """Only our own pages: no other host, no scheme-relative URL."""
    if value and value.startswith(f"{PREFIX}/") and not value.startswith("//") and "\\" not in value:
        return value
    return f"{PREFIX}/"


def secure_headers(response: Response, *, private: bool = True) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if private:
        response.headers["Cache-Control"] = "no-store"
    return response


def audit(session: Session, actor: str, action: str, subject: str, details: dict[str, Any]) -> None:
    """Append to the tamper-evident audit log in the caller's transaction."""
    record_event(session, actor=actor, action=action, subject=subject, details=details)


def render_page(
    request: Request,
    name: str,
    context: dict[str, Any],
    principal: Principal | None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    flash = None
    message = request.query_params.get("msg")
    if message in MESSAGES:
        kind, text = MESSAGES[message]
        flash = {"kind": kind, "text": text}
    user = None
    if principal is not None:
        user = {
            "name": principal.name,
            "role": principal.role,
            "role_label": views.role_label(principal.role),
        }
    full = {
        "ui_prefix": PREFIX,
        "user": user,
        "csrf_token": principal.csrf_token if principal else context.get("csrf_token", ""),
        "wellbeing": current_exposure(request, principal) if principal is not None else None,
        "flash": flash,
        "shortcuts": views.SHORTCUTS,
        **context,
    }
    response = templates.TemplateResponse(request, name, full, status_code=status_code)
    return secure_headers(response)  # type: ignore[return-value]


def refuse(request: Request, principal: Principal, what: str, status_code: int = 403) -> HTMLResponse:
    return render_page(
        request, "error.html", {"title": "Not allowed", "message": what}, principal, status_code=status_code
    )


def with_message(url: str, message: str) -> str:
    return f"{url.split('?', 1)[0]}?msg={message}"
