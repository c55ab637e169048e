"""Accounts: users with roles, argon2 passwords, hashed API tokens, server-side sessions, login throttle."""

from safeguarding.accounts.models import ApiToken, User
from safeguarding.accounts.roles import (
    CASE_READING_ROLES,
    DECIDING_ROLES,
    MEDIA_ROLES,
    ROLES,
    Role,
    may_reveal_media,
)
from safeguarding.accounts.service import (
    AccountError,
    authenticate,
    create_token,
    create_user,
    disable_user,
    end_sessions,
    get_user,
    list_tokens,
    list_users,
    revoke_token,
    set_password,
    set_role,
    user_for_token,
)

__all__ = [
    "CASE_READING_ROLES",
    "DECIDING_ROLES",
    "MEDIA_ROLES",
    "ROLES",
    "AccountError",
    "ApiToken",
    "Role",
    "User",
    "authenticate",
    "create_token",
    "create_user",
    "disable_user",
    "end_sessions",
    "get_user",
    "list_tokens",
    "list_users",
    "may_reveal_media",
    "revoke_token",
    "set_password",
    "set_role",
    "user_for_token",
]
