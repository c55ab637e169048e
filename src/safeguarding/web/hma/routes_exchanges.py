"""HMA's exchange endpoints (/c/exchanges…, /c/exchange/<name>[/status]) over `safeguarding.exchanges`."""

from __future__ import annotations

from fastapi import APIRouter

from safeguarding.web.hma.errors import HMARoute

router = APIRouter(prefix="/c", route_class=HMARoute, tags=["HMA-compatible"])
