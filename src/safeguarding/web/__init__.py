"""The review service: JSON API, authentication, and (in web.ui) the reviewer pages."""

from safeguarding.web.app import create_app
from safeguarding.web.auth import Principal, csrf_token_for, end_session, require_roles, start_session

__all__ = ["Principal", "create_app", "csrf_token_for", "end_session", "require_roles", "start_session"]
