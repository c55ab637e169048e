"""The reviewer UI's router: every page and action under /ui.

Server-rendered (Jinja2) with a little plain JavaScript (static/ui.js).
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from safeguarding.web.ui import (
    dashboard_routes,
    exposure_routes,
    graph_routes,
    media_routes,
    queue_list,
    queue_routes,
    session_routes,
    video_routes,
)
from safeguarding.web.ui.pages import PREFIX

router = APIRouter(prefix=PREFIX, include_in_schema=False)
for module in (
    session_routes,
    queue_list,
    queue_routes,
    media_routes,
    video_routes,
    graph_routes,
    exposure_routes,
    dashboard_routes,
):
    router.include_router(module.router)


@router.get("")
def queue_no_slash() -> Response:
    return RedirectResponse(f"{PREFIX}/", status_code=307)
