"""The python-threatexchange exchange APIs we drive, their settings and their credentials.

Credentials are read, in order, from our credentials file for the API
(`$SAFEGUARDING_EXCHANGE_CREDENTIALS_DIR/<api>.json`, default `~/.config/safeguarding/exchanges/`,
written mode 0600 by `set_credentials`), then as python-threatexchange reads them (its environment
variable, e.g. `TX_NCMEC_CREDENTIALS`, then its file, e.g. `~/.tx_ncmec_credentials`). They are never
written to the database.

`endpoint` is our one setting beyond pytx's: the base URL of the service (a stand-in, a proxy, a
private deployment). It must be https, or http on a loopback host.
"""

from __future__ import annotations

import contextlib
import dataclasses
import ipaddress
import json
import os
import typing
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from threatexchange.exchanges.auth import CredentialHelper, SignalExchangeWithAuth
from threatexchange.exchanges.clients.fb_threatexchange.api import ThreatExchangeAPI
from threatexchange.exchanges.clients.ncmec import hash_api
from threatexchange.exchanges.collab_config import CollaborationConfigBase
from threatexchange.exchanges.impl.fb_threatexchange_api import (
    FBThreatExchangeCollabConfig,
    FBThreatExchangeCredentials,
    FBThreatExchangeSignalExchangeAPI,
)
from threatexchange.exchanges.impl.file_api import LocalFileSignalExchangeAPI
from threatexchange.exchanges.impl.ncmec_api import NCMECSignalExchangeAPI
from threatexchange.exchanges.impl.static_sample import StaticSampleSignalExchangeAPI
from threatexchange.exchanges.impl.stop_ncii_api import StopNCIICredentials, StopNCIISignalExchangeAPI
from threatexchange.exchanges.signal_exchange_api import AnySignalExchangeAPI
from threatexchange.utils.dataclass_json import dataclass_load_dict

from safeguarding.exchanges.types import ApiDescription, ConfigField, ExchangeError

API_NAMES = ("sample", "ncmec", "stop_ncii", "fb_threatexchange", "local_file")
BASE_FIELDS = ("name", "api", "enabled")
ENDPOINT = "endpoint"
CREDENTIALS_DIR_ENV = "SAFEGUARDING_EXCHANGE_CREDENTIALS_DIR"


class _NCMECWithEndpoint(NCMECSignalExchangeAPI):
    """pytx's NCMEC API, its client pointed at `endpoint` when one is set (pytx only knows NCMEC's hosts)."""

    endpoint: str | None = None

    def get_client(self, environment: hash_api.NCMECEnvironment) -> hash_api.NCMECHashAPI:
        client = super().get_client(environment)
        if self.endpoint:
            client._base_url = self.endpoint.rstrip("/")
        return client


class _FBThreatExchangeWithEndpoint(FBThreatExchangeSignalExchangeAPI):
    """pytx's ThreatExchange API; `for_collab` does not pass pytx's own `endpoint_override`, this does."""

    endpoint: str | None = None

    @classmethod
    def for_collab(
        cls,
        collab: FBThreatExchangeCollabConfig,
        credentials: FBThreatExchangeCredentials | None = None,
    ) -> _FBThreatExchangeWithEndpoint:
        credentials = credentials or FBThreatExchangeCredentials.get(cls)
        return cls(ThreatExchangeAPI(credentials.api_token, endpoint_override=cls.endpoint), collab)


API_CLASSES: dict[str, type[AnySignalExchangeAPI]] = {
    "sample": StaticSampleSignalExchangeAPI,
    "ncmec": _NCMECWithEndpoint,
    "stop_ncii": StopNCIISignalExchangeAPI,
    "fb_threatexchange": _FBThreatExchangeWithEndpoint,
    "local_file": LocalFileSignalExchangeAPI,
}
# These yield the whole list on every fetch: what a fetch does not see again is gone upstream.
FULL_SNAPSHOT_APIS = frozenset({"sample", "local_file"})


def api_names() -> list[str]:
    """The exchange APIs `add_exchange` accepts (HMA's `GET /c/exchanges/apis`)."""
    return list(API_NAMES)


def api_class(api: str) -> type[AnySignalExchangeAPI]:
    try:
        return API_CLASSES[api]
    except KeyError:
        raise ExchangeError(f"unknown exchange API {api!r} (known: {', '.join(API_NAMES)})") from None


def credential_class(api: str) -> type[CredentialHelper] | None:
    cls = api_class(api)
    if issubclass(cls, SignalExchangeWithAuth):
        return typing.cast(type[CredentialHelper], cls.get_credential_cls())
    return None


def _type_name(annotation: Any) -> tuple[str, list[str] | None]:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "enum", [member.name for member in annotation]
    text = getattr(annotation, "__name__", None) or str(annotation)
    names = {"str": "string", "int": "integer", "bool": "boolean", "float": "number"}
    origin = typing.get_origin(annotation)
    if origin in (set, list, frozenset):
        (inner,) = typing.get_args(annotation)
        return f"set_of_{names.get(inner.__name__, inner.__name__)}", None
    if origin is typing.Union:
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _type_name(inner[0]) if inner else ("string", None)
    return names.get(text, text), None


def _fields(cls: type, skip: tuple[str, ...] = ()) -> list[ConfigField]:
    hints = typing.get_type_hints(cls)
    result = []
    for spec in dataclasses.fields(cls):
        if spec.name in skip or not spec.init:
            continue
        kind, choices = _type_name(hints[spec.name])
        required = spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
        default = None
        if spec.default is not dataclasses.MISSING:
            default = spec.default.name if isinstance(spec.default, Enum) else spec.default
        elif spec.default_factory is not dataclasses.MISSING:
            made = spec.default_factory()
            default = sorted(made) if isinstance(made, set) else made
        result.append(ConfigField(spec.name, kind, required, default, spec.metadata.get("help", ""), choices))
    return result


_ENDPOINT_FIELD = ConfigField(
    ENDPOINT,
    "string",
    False,
    None,
    "Base URL of the service, instead of the public one (https, or loopback http)",
)


def describe_api(api: str) -> ApiDescription:
    """An API's settings and credential fields (HMA's `GET /c/exchanges/api/<api>[/schema]`)."""
    cls = api_class(api)
    config_fields = _fields(cls.get_config_cls(), BASE_FIELDS)
    if api in ("ncmec", "stop_ncii", "fb_threatexchange"):
        config_fields.append(_ENDPOINT_FIELD)
    creds = credential_class(api)
    if creds is None:
        return ApiDescription(api, config_fields, None, None, None, False)
    return ApiDescription(
        api,
        config_fields,
        _fields(creds, ("base_url_override",)),
        creds.ENV_VARIABLE,
        str(credentials_path(api)),
        load_credentials(api) is not None,
    )


def check_endpoint(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ExchangeError(f"endpoint must be a URL, not {value!r}")
    parts = urlsplit(value.strip())
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return value.strip()
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):
        loopback = loopback or ipaddress.ip_address(host).is_loopback
    if parts.scheme == "http" and loopback:
        return value.strip()
    raise ExchangeError(f"endpoint {value!r} must be https (plain http only on a loopback address)")


def build_collab(api: str, name: str, enabled: bool, config: Mapping[str, Any]) -> CollaborationConfigBase:
    """The pytx collaboration config for our settings; ExchangeError naming what is wrong."""
    cls = api_class(api)
    config_cls = cls.get_config_cls()
    data = {k: v for k, v in config.items() if k != ENDPOINT}
    known = {f.name for f in dataclasses.fields(config_cls)} - set(BASE_FIELDS)
    unknown = sorted(set(data) - known)
    if unknown:
        allowed = ", ".join(
            sorted(known | ({ENDPOINT} if api in ("ncmec", "stop_ncii", "fb_threatexchange") else set()))
        )
        raise ExchangeError(f"{api}: unknown setting(s) {', '.join(unknown)} (settings: {allowed or 'none'})")
    if api == "ncmec" and isinstance(data.get("environment"), str):
        by_name = {e.name.lower(): e.value for e in hash_api.NCMECEnvironment}
        data["environment"] = by_name.get(data["environment"].lower(), data["environment"])
    try:
        return dataclass_load_dict({**data, "name": name, "api": api, "enabled": enabled}, config_cls)
    except Exception as exc:  # dacite's errors name the field and the type it wanted
        raise ExchangeError(f"{api}: bad settings for exchange {name!r}: {exc}") from None


def credentials_path(api: str) -> Path:
    base = os.environ.get(CREDENTIALS_DIR_ENV) or "~/.config/safeguarding/exchanges"
    return Path(base).expanduser() / f"{api}.json"


def load_credentials(api: str) -> CredentialHelper | None:
    """The API's credentials from our file, its environment variable or pytx's file; None if absent.
    ExchangeError if present but unreadable."""
    cls = credential_class(api)
    if cls is None:
        return None
    path = credentials_path(api)
    if path.is_file():
        try:
            return typing.cast(CredentialHelper, cls(**json.loads(path.read_text())))
        except (ValueError, TypeError) as exc:
            raise ExchangeError(f"{path}: not valid {api} credentials: {exc}") from None
    for source in (cls._from_env, cls._from_file):
        try:
            found = source()
        except Exception as exc:
            raise ExchangeError(
                f"{api}: credentials in {cls.ENV_VARIABLE} or {cls.FILE_NAME} unreadable: {exc}"
            ) from None
        if found is not None:
            return found
    return None


def set_credentials(api: str, credentials: Mapping[str, Any] | str) -> Path:
    """Write an API's credentials to its credentials file (mode 0600, outside the database) and return
    the file's path (HMA's `POST /c/exchanges/api/<api> {"credential_json": ...}`).

    `credentials` is a mapping of the credential fields or pytx's one-line form (`user:password` for
    ncmec, `fetch_key,subscription_key` for stop_ncii, the token for fb_threatexchange).
    """
    cls = credential_class(api)
    if cls is None:
        raise ExchangeError(f"{api} takes no credentials")
    try:
        parsed = cls._from_str(credentials) if isinstance(credentials, str) else cls(**credentials)
    except (ValueError, TypeError) as exc:
        raise ExchangeError(f"{api}: bad credentials: {exc}") from None
    if parsed is None or not parsed._are_valid():
        raise ExchangeError(f"{api}: credentials incomplete or malformed")
    path = credentials_path(api)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fields = {k: v for k, v in dataclasses.asdict(parsed).items() if v is not None}  # type: ignore[call-overload]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        json.dump(fields, handle)
    os.chmod(path, 0o600)
    return path


def instantiate(api: str, collab: CollaborationConfigBase, endpoint: str | None) -> AnySignalExchangeAPI:
    """A working pytx API for the collaboration: credentials found, endpoint applied."""
    cls = api_class(api)
    if endpoint and api in ("ncmec", "fb_threatexchange"):
        cls = type(cls.__name__, (cls,), {"endpoint": endpoint})
    creds = load_credentials(api)
    if credential_class(api) is None:
        return cls.for_collab(collab)
    if creds is None:
        helper = credential_class(api)
        assert helper is not None
        raise ExchangeError(
            f"{api}: no credentials; set them with `safeguarding exchanges credentials {api}`, "
            f"or in the environment variable {helper.ENV_VARIABLE}, or in {helper.FILE_NAME}"
        )
    if endpoint and isinstance(creds, StopNCIICredentials):
        creds = dataclasses.replace(creds, base_url_override=endpoint.rstrip("/"))
    return typing.cast(Any, cls).for_collab(collab, creds)
