"""Media behind case items: the blurred greyscale thumbnail, and the logged reveal for media roles."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from safeguarding.accounts import may_reveal_media
from safeguarding.cases import CaseItem, may_view
from safeguarding.media import ImageLimits
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.ui import views
from safeguarding.web.ui.pages import audit, principal_dependency
from safeguarding.web.ui.thumbnails import ThumbnailError, read_video, render_thumbnail, render_video_poster
from safeguarding.web.ui.wellbeing import count_shown

LIMITS = ImageLimits()
VIDEO_TYPES = {".mp4": "video/mp4", ".m4v": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm"}

router = APIRouter()


# --- media -------------------------------------------------------------------------------------


def _media_for(request: Request, principal: Principal, item_id: int, index: int) -> tuple[str, int]:
    """The scanned file behind item `item_id`'s media number `index`, if this caller may see it."""
    if not may_reveal_media(principal.role):
        raise HTTPException(403, detail="your role may not see media")
    with store_of(request).session() as session:
        item = session.get(CaseItem, item_id)
        if item is None or not may_view(principal.role, item.case):
            raise HTTPException(404, detail="no such item")
        paths = views.media_paths(item)
        path = paths[index] if 0 <= index < len(paths) else None
        if path is None:
            raise HTTPException(404, detail="no such media")
        return path, item.case_id


def _image(body: bytes) -> Response:
    response = Response(body, media_type="image/png")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/items/{item_id}/media/{index}/thumbnail")
def media_thumbnail(
    item_id: int, index: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    """The blurred, greyscale thumbnail: the only form media takes before a deliberate reveal."""
    if principal is None:
        raise HTTPException(401, detail="log in first")
    path, case_id = _media_for(request, principal, item_id, index)
    try:
        if views.media_kind(path) == "video":
            body = render_video_poster(path, limits=LIMITS)
        else:
            body = render_thumbnail(path, revealed=False, limits=LIMITS)
    except ThumbnailError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    # The browser asked for it to display it (lazily, so only near the screen): counted once a session.
    count_shown(
        request, principal, "thumbnail_shown", subjects=[f"item:{item_id}:media:{index}"], case_id=case_id
    )
    return _image(body)


@router.post("/items/{item_id}/media/{index}/reveal")
def media_reveal(
    item_id: int, index: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    """The media in colour and unblurred, for media roles only; every reveal (and refusal) is logged."""
    if principal is None:
        raise HTTPException(401, detail="log in first")
    subject = f"case_item:{item_id}"
    if not may_reveal_media(principal.role):
        with store_of(request).session() as session:
            audit(
                session, principal.name, "reveal_refused", subject, {"media": index, "role": principal.role}
            )
        raise HTTPException(403, detail="your role may not reveal media")
    path, case_id = _media_for(request, principal, item_id, index)
    try:
        if views.media_kind(path) == "video":
            body = read_video(path, limits=LIMITS)
            media_type = VIDEO_TYPES.get(Path(path).suffix.lower(), "application/octet-stream")
        else:
            body = render_thumbnail(path, revealed=True, limits=LIMITS)
            media_type = "image/png"
    except ThumbnailError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    with store_of(request).session() as session:
        audit(session, principal.name, "reveal", subject, {"case_id": case_id, "media": index})
    count_shown(request, principal, "media_revealed", case_id=case_id)  # every reveal counts
    response = Response(body, media_type=media_type)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
