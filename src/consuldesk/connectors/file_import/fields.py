"""Typed, path-aware field access shared by the payload mappers.

Payloads are untyped JSON; these helpers turn "wrong shape" into a `RecordError` whose reason names
the exact field (`entry[0].changes[1].value.message`), so a reject tells the user what to fix.
Also owns the shared value conventions: timestamps (ISO 8601 or unix seconds/milliseconds, always
returned timezone-aware in UTC), language hints, and attachment placeholders.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from consuldesk.connectors.file_import.errors import NothingToImport, RecordError

JsonObj = dict[str, Any]

# X marks posts whose language it could not or would not decide with these codes (undetermined,
# media-only, hashtags-only, …). Passing them on as a hint would mislead the language stage.
_NOT_A_LANGUAGE = frozenset({"und", "zxx", "qam", "qct", "qht", "qme", "qst", "mul"})

# Epoch values above this are milliseconds: as seconds they would be past the year 5000, while
# Meta and X send milliseconds in several places (messaging timestamps, DM created_timestamp).
_MS_THRESHOLD = 100_000_000_000


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages read by people who wrote JSON, not Python."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _wrong_type(where: str, key: str, expected: str, value: Any) -> RecordError:
    return RecordError(f"field '{_path(where, key)}' must be {expected}, got {json_type(value)}")


def missing(where: str, key: str) -> RecordError:
    return RecordError(f"missing required field '{_path(where, key)}'")


def req_str(obj: JsonObj, key: str, where: str = "") -> str:
    value = obj.get(key)
    if value is None:
        raise missing(where, key)
    if not isinstance(value, str):
        raise _wrong_type(where, key, "a string", value)
    return value


def opt_str(obj: JsonObj, key: str, where: str = "") -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _wrong_type(where, key, "a string", value)


def opt_id(obj: JsonObj, key: str, where: str = "") -> str | None:
    """An identifier sent as a string (X, Meta, Mastodon) or a number (Telegram); '' counts as absent."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _wrong_type(where, key, "a string or integer id", value)


def req_id(obj: JsonObj, key: str, where: str = "") -> str:
    value = opt_id(obj, key, where)
    if value is None:
        raise missing(where, key)
    return value


def opt_obj(obj: JsonObj, key: str, where: str = "") -> JsonObj | None:
    value = obj.get(key)
    if value is None or isinstance(value, dict):
        return value
    raise _wrong_type(where, key, "an object", value)


def req_obj(obj: JsonObj, key: str, where: str = "") -> JsonObj:
    value = opt_obj(obj, key, where)
    if value is None:
        raise missing(where, key)
    return value


def opt_list(obj: JsonObj, key: str, where: str = "") -> list[Any]:
    """A list field; absent or null reads as empty because platforms omit empty arrays."""
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise _wrong_type(where, key, "an array", value)


def objects(obj: JsonObj, key: str, where: str = "") -> list[tuple[str, JsonObj]]:
    """The objects of a list field with their paths (`entry[2]`); a non-object element is an error."""
    out: list[tuple[str, JsonObj]] = []
    for i, element in enumerate(opt_list(obj, key, where)):
        path = f"{_path(where, key)}[{i}]"
        if not isinstance(element, dict):
            raise RecordError(f"field '{path}' must be an object, got {json_type(element)}")
        out.append((path, element))
    return out


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def parse_time(obj: JsonObj, key: str, where: str = "") -> datetime | None:
    """ISO 8601 text, or unix seconds/milliseconds as a number or digit string, as an aware UTC datetime.

    A naive ISO value is taken to be UTC: exports that drop the offset almost always mean UTC, and a
    naive datetime would otherwise be read in the server's local zone somewhere downstream.
    """
    value = obj.get(key)
    if value is None or value == "":
        return None
    try:
        if isinstance(value, str) and not _is_number(value):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=UTC)
            return parsed.astimezone(UTC)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            seconds = float(value)
            if abs(seconds) > _MS_THRESHOLD:
                seconds /= 1000
            return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        pass
    raise RecordError(
        f"field '{_path(where, key)}' is not an ISO 8601 date-time or unix timestamp: {str(value)[:40]!r}"
    )


def lang_hint(value: str | None) -> str | None:
    """A language tag worth passing on, or None for empty and 'no linguistic content' codes."""
    if not value:
        return None
    tag = value.strip()
    return None if tag.lower() in _NOT_A_LANGUAGE else tag or None


def placeholder(kind: str) -> str:
    """Stand-in text for a message that is only an attachment, so the inbox shows what arrived."""
    return f"[{kind}]"


def nothing_to_import(skipped: list[str], default: str) -> NothingToImport:
    """The error for a payload whose every part was skipped, naming each distinct reason once."""
    reasons = list(dict.fromkeys(skipped)) or [default]
    return NothingToImport("nothing to import: " + "; ".join(reasons))
