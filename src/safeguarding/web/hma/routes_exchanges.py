"""HMA's exchange endpoints (/c/exchanges…, /c/exchange/<name>[/status]) over `safeguarding.exchanges`
(python-threatexchange collaborations feeding banks). As in HMA, an exchange is named after the bank it
fills (`POST /c/exchanges {"bank", "api", "api_json"}` creates both). Credentials set here go to the
exchanges package's credentials file (mode 0600), never to the database."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from safeguarding import exchanges
from safeguarding.accounts.audit import audit
from safeguarding.exchanges.apis import credentials_path
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.hma.auth import require
from safeguarding.web.hma.errors import HMARoute, hma_error
from safeguarding.web.hma.inputs import flag, json_object

router = APIRouter(prefix="/c", route_class=HMARoute, tags=["HMA-compatible"])
curators = require("curator")
readers = require("curator_read")
EXCHANGE_NAME = re.compile(r"[A-Z0-9_]+")
HMA_FIELD_TYPES = {"integer": "number", "number": "number", "string": "string", "boolean": "boolean"}


def _api_or_400(api: str) -> str:
    if api not in exchanges.api_names():
        raise hma_error(400, f"no such Exchange API '{api}'")
    return api


def _auth_state(api: str) -> dict[str, bool]:
    description = exchanges.describe_api(api)
    return {
        "has_set_authentification": description.has_credentials,  # sic: HMA's spelling
        "supports_authentification": description.credential_fields is not None,
    }


def _fields(fields: list[exchanges.ConfigField]) -> list[dict[str, Any]]:
    return [
        {
            "name": f.name,
            "type": HMA_FIELD_TYPES.get(f.type, f.type),
            "required": f.required,
            "default": f.default,
            "help": f.help,
            "choices": f.choices,
        }
        for f in fields
    ]


def _exchange_json(info: exchanges.ExchangeInfo) -> dict[str, Any]:
    return {"name": info.name, "api": info.api, "enabled": info.enabled, **info.config}


@router.get("/exchanges/apis", summary="Exchange APIs (python-threatexchange) that can be configured")
async def exchange_apis(_principal: Principal = Depends(readers)) -> list[str]:
    return exchanges.api_names()


@router.get("/exchanges/api/{api_name}", summary="Whether an exchange API takes credentials, and has them")
async def exchange_api(api_name: str, _principal: Principal = Depends(readers)) -> dict[str, bool]:
    return await run_in_threadpool(_auth_state, _api_or_400(api_name))


@router.post("/exchanges/api/{api_name}", summary="Set (or with {} clear) an exchange API's credentials")
async def exchange_api_credentials(
    request: Request, api_name: str, principal: Principal = Depends(curators)
) -> dict[str, bool]:
    api = _api_or_400(api_name)
    data = await json_object(request)
    credentials = data.get("credential_json")

    def write() -> dict[str, bool]:
        if credentials is not None:
            if not credentials:
                credentials_path(api).unlink(missing_ok=True)
            else:
                if not isinstance(credentials, dict | str):
                    raise hma_error(400, "credential_json must be an object")
                try:
                    exchanges.set_credentials(api, credentials)
                except exchanges.ExchangeError as exc:
                    raise hma_error(400, str(exc)) from None
            with store_of(request).session() as session:
                audit(session, principal.name, "exchange_credentials", f"exchange_api:{api}", {"via": "hma"})
        return _auth_state(api)

    return await run_in_threadpool(write)


@router.get("/exchanges/api/{api_name}/schema", summary="Fields of an exchange API's config and credentials")
async def exchange_api_schema(api_name: str, _principal: Principal = Depends(readers)) -> dict[str, Any]:
    if api_name not in exchanges.api_names():
        raise hma_error(404, f"Exchange API '{api_name}' not found")
    description = exchanges.describe_api(api_name)
    credentials = description.credential_fields
    return {
        "config_schema": {"fields": _fields(description.config_fields)},
        "credentials_schema": {"fields": _fields(credentials)} if credentials is not None else None,
    }


@router.post("/exchanges", status_code=201, summary="Create an exchange and the bank it fills")
async def exchange_create(request: Request, principal: Principal = Depends(curators)) -> dict[str, str]:
    data = await json_object(request)
    bank = data.get("bank")
    if bank is None:
        raise hma_error(400, "bank is required")
    if not isinstance(bank, str) or not EXCHANGE_NAME.fullmatch(bank):
        raise hma_error(400, "Field `bank` must match /^[A-Z0-9_]+$/")
    api_json = data.get("api_json", {})
    if not isinstance(api_json, dict):
        raise hma_error(400, "Field `api_json` must be object")
    api = data.get("api")
    if api is None:
        raise hma_error(400, "Field `api_type` is required")
    if api not in exchanges.api_names():
        raise hma_error(400, f"No such exchange type '{api}'")
    config = {k: v for k, v in api_json.items() if k not in ("name", "api", "enabled")}
    enabled = flag(api_json.get("enabled"), "enabled", default=True)

    def write() -> None:
        store = store_of(request)
        try:
            exchanges.add_exchange(store, bank, api, bank, config, enabled=enabled)
        except exchanges.ExchangeError as exc:
            raise hma_error(400, f"Failed to parse `api_json` - {exc}") from None
        with store.session() as session:
            audit(session, principal.name, "exchange_add", f"exchange:{bank}", {"api": api, "via": "hma"})

    await run_in_threadpool(write)
    return {"message": "Created successfully"}


@router.get("/exchanges", summary="Names of the configured exchanges")
async def exchange_list(request: Request, _principal: Principal = Depends(readers)) -> list[str]:
    found = await run_in_threadpool(exchanges.list_exchanges, store_of(request))
    return [info.name for info in found]


def _get(request: Request, name: str) -> exchanges.ExchangeInfo:
    try:
        return exchanges.get_exchange(store_of(request), name)
    except exchanges.ExchangeError:
        raise hma_error(404, f"Exchange '{name}' not found") from None


@router.get("/exchange/{exchange_name}", summary="One exchange: name, api, enabled and its settings")
async def exchange_show(
    request: Request, exchange_name: str, _principal: Principal = Depends(readers)
) -> dict[str, Any]:
    return _exchange_json(await run_in_threadpool(_get, request, exchange_name))


@router.get("/exchange/{exchange_name}/status", summary="Where the exchange's fetch stands")
async def exchange_status(
    request: Request, exchange_name: str, _principal: Principal = Depends(readers)
) -> dict[str, Any]:
    def read() -> dict[str, Any]:
        try:
            status = exchanges.exchange_status(store_of(request), exchange_name)
        except exchanges.ExchangeError:
            raise hma_error(404, f"Exchange '{exchange_name}' not found") from None
        return {
            "checkpoint_ts": status.checkpoint_ts,
            "fetched_items": status.fetched_items,
            "last_fetch_complete_ts": status.last_fetch_complete_ts,
            "last_fetch_succeeded": status.last_fetch_succeeded,
            "running_fetch_start_ts": status.running_fetch_start_ts,
            "up_to_date": status.up_to_date,
        }

    return await run_in_threadpool(read)


@router.put("/exchange/{exchange_name}", summary="Turn an exchange's fetching on or off")
async def exchange_update(
    request: Request, exchange_name: str, principal: Principal = Depends(curators)
) -> dict[str, Any]:
    data = await json_object(request, required=False)

    def write() -> dict[str, Any]:
        info = _get(request, exchange_name)
        if data.get("enabled") is not None:
            info = exchanges.set_exchange_enabled(
                store_of(request), exchange_name, flag(data["enabled"], "enabled")
            )
            with store_of(request).session() as session:
                audit(session, principal.name, "exchange_update", f"exchange:{exchange_name}", {"via": "hma"})
        return _exchange_json(info)

    return await run_in_threadpool(write)


@router.delete("/exchange/{exchange_name}", summary="Forget an exchange (idempotent; its bank stays)")
async def exchange_delete(
    request: Request, exchange_name: str, principal: Principal = Depends(curators)
) -> dict[str, str]:
    def write() -> None:
        store = store_of(request)
        exchanges.delete_exchange(store, exchange_name)
        with store.session() as session:
            audit(session, principal.name, "exchange_delete", f"exchange:{exchange_name}", {"via": "hma"})

    await run_in_threadpool(write)
    return {"message": "Exchange deleted"}
