"""Video items: a contact sheet of the matched times, greyscale and blurred, made on the server.

The browser receives a PNG of a few frames, never the video (the video itself is only sent by the
logged reveal, to roles that may reveal media). The times come from the item's stored match ranges,
never from the request.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from safeguarding.cases import CaseItem
from safeguarding.video.contact_sheet import ContactSheetError, render_contact_sheet, times_for_ranges
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.ui.media_routes import _image, _media_for
from safeguarding.web.ui.pages import principal_dependency
from safeguarding.web.ui.wellbeing import count_shown

router = APIRouter()


def matched_ranges(payload: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The matched time ranges of a media item's video matches (empty for images)."""
    ranges: list[dict[str, Any]] = []
    for match in (payload or {}).get("matches") or []:
        if isinstance(match, dict) and isinstance(match.get("ranges"), list):
            ranges.extend(r for r in match["ranges"] if isinstance(r, dict))
    return ranges


@router.get("/items/{item_id}/media/{index}/contact-sheet")
def contact_sheet(
    item_id: int, index: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    """Frames at the start, middle and end of each matched range, blurred and greyscale."""
    if principal is None:
        raise HTTPException(401, detail="log in first")
    path, case_id = _media_for(request, principal, item_id, index)
    with store_of(request).session() as session:
        item = session.get(CaseItem, item_id)
        times = times_for_ranges(matched_ranges(item.payload if item else None))
    if not times:
        raise HTTPException(404, detail="no matched time ranges for this item")
    try:
        body = render_contact_sheet(path, times)
    except ContactSheetError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    count_shown(
        request, principal, "thumbnail_shown", subjects=[f"item:{item_id}:contact-sheet"], case_id=case_id
    )
    return _image(body)
