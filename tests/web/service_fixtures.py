"""Helpers for the API tests: an app over the store, users of every role with tokens."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.testclient import TestClient

from safeguarding.accounts import ROLES, create_token, create_user
from safeguarding.config import Config
from safeguarding.store import Store
from safeguarding.web import create_app

PASSWORD = "correct horse battery"


@dataclass
class Service:
    store: Store
    app: FastAPI
    tokens: dict[str, str]

    def client(self, role: str | None = None) -> TestClient:
        """A client authenticated with the token of the user of `role` (None: no credentials)."""
        client = TestClient(self.app)
        if role is not None:
            client.headers["Authorization"] = f"Bearer {self.tokens[role]}"
        return client


def service_config(web: dict[str, object] | None = None, sessions: dict[str, object] | None = None) -> Config:
    web_section = {"secret_key": "test-secret-key-0123456789", **(web or {})}
    return Config(None, {"web": web_section, "sessions": sessions or {}})


def make_service(
    store: Store, web: dict[str, object] | None = None, sessions: dict[str, object] | None = None
) -> Service:
    tokens = {}
    with store.session() as session:
        for role in ROLES:
            create_user(session, role, role, PASSWORD)
            _, tokens[role] = create_token(session, role)
    return Service(store, create_app(store, service_config(web, sessions)), tokens)
