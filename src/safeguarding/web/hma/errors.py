"""HMA's error shape: `{"message": "..."}` with the status code, never FastAPI's `detail`.

Every HMA route uses `HMARoute`, which turns an HTTPException (also one raised by a dependency, such
as authentication), a request validation error (400, as Flask would) and an unusable PDQ index (503)
into that shape. Other errors reach the service's generic 500 handler.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from safeguarding.banks import IndexOutOfDateError
from safeguarding.banks.index import IndexFormatError


def hma_error(status: int, message: str) -> HTTPException:
    return HTTPException(status, detail=message)


def _validation_message(exc: RequestValidationError) -> str:
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg")))
    return "invalid request: " + "; ".join(problems)


class HMARoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as exc:
                return JSONResponse({"message": str(exc.detail)}, exc.status_code, headers=exc.headers)
            except RequestValidationError as exc:
                return JSONResponse({"message": _validation_message(exc)}, 400)
            except (IndexOutOfDateError, IndexFormatError) as exc:
                return JSONResponse(
                    {"message": f"index not usable: {exc}; run `safeguarding bank reindex`"}, 503
                )

        return route
