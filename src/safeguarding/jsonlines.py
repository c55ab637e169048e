"""One line of JSON Lines input, read strictly: what `json.loads` accepts but the rest cannot use is refused.

`json.loads` also raises a plain ValueError (an integer of more digits than Python converts) and
RecursionError (deep nesting), and it returns lone UTF-16 surrogates from escapes such as "\\ud800",
which are not Unicode and cannot be written back as UTF-8. Each becomes a `JsonLineError` with a
one-line reason, so a reader reports the line and goes on.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
LONE_SURROGATE = "text with a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not valid Unicode"


class JsonLineError(ValueError):
    """A line that is not usable JSON; the message says why in a few words."""


def load_json_line(line: str) -> Any:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise JsonLineError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise JsonLineError("not valid JSON (nested too deeply)") from None
    except ValueError:
        limit = sys.get_int_max_str_digits()
        raise JsonLineError(f"not valid JSON (a number of more than {limit} digits)") from None
    # Only escapes make surrogates; the value already read is checked on the few lines that have one.
    if _SURROGATE_ESCAPE.search(line) and not _encodable(value):
        raise JsonLineError(LONE_SURROGATE)
    return value


NON_FINITE = "NaN and Infinity are not JSON numbers (RFC 8259)"


class _NonFinite(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NonFinite(name)


def body_problem(text: str) -> str | None:
    """Why a JSON request body cannot be used, for what Python reads but answers cannot carry; else None.

    Invalid JSON is left to the reader. Both searches are plain substring scans for nearly every body.
    """
    if has_lone_surrogate(text):
        return LONE_SURROGATE
    if "NaN" in text or "Infinity" in text:
        try:
            json.loads(text, parse_constant=_refuse_constant)
        except _NonFinite:
            return NON_FINITE
        except (ValueError, RecursionError):
            return None
    return None


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` is JSON that decodes to a lone surrogate (invalid JSON is left to its reader)."""
    if not _SURROGATE_ESCAPE.search(text):
        return False
    try:
        return not _encodable(json.loads(text))
    except (ValueError, RecursionError):
        return False


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError):
        return False
    return True
