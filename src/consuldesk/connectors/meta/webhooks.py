"""Meta webhook checks shared by Page, Messenger, Instagram and WhatsApp: signature, handshake, parse.

Meta signs every delivery with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`
and proves a subscription with a GET carrying `hub.mode=subscribe`, `hub.verify_token` and
`hub.challenge`. Signatures are checked over the raw bytes (Meta escapes non-ASCII as `\\uXXXX`, so
re-serialised JSON would not match) with constant-time comparisons. Bodies are parsed by the file
importer's mappers, so a webhook and an imported file of the same payload give the same RawItems.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

import orjson

from consuldesk.connectors.file_import import NothingToImport, RecordError, parse_payload
from consuldesk.connectors.models import DeliveryReport, HandshakeReply, RawItem

__all__ = ["SIGNATURE_HEADER", "answer_handshake", "parse_webhook", "sign", "verify_signature"]

SIGNATURE_HEADER = "X-Hub-Signature-256"
_PREFIX = "sha256="


def sign(app_secret: str, body: bytes) -> str:
    """The `X-Hub-Signature-256` value Meta sends with `body`."""
    return _PREFIX + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def verify_signature(headers: Mapping[str, str], body: bytes, app_secret: str) -> bool:
    """True only for a well-formed `sha256=` signature of exactly these bytes under `app_secret`."""
    given = _header(headers, SIGNATURE_HEADER)
    if not app_secret or given is None:  # an empty key would let anyone compute the MAC
        return False
    given = given.strip()
    if given[: len(_PREFIX)].lower() != _PREFIX:
        return False
    # Compare bytes: compare_digest rejects non-ASCII str, and a forged header may contain anything.
    expected = sign(app_secret, body)[len(_PREFIX) :].encode()
    return hmac.compare_digest(expected, given[len(_PREFIX) :].lower().encode("utf-8", "replace"))


def answer_handshake(params: Mapping[str, str], verify_token: str) -> HandshakeReply:
    """200 with the raw `hub.challenge` when the GET proves our verify token, else 403."""
    mode, token, challenge = (params.get(f"hub.{k}") for k in ("mode", "verify_token", "challenge"))
    proven = (
        mode == "subscribe"
        and bool(verify_token)
        and token is not None
        and challenge is not None
        and hmac.compare_digest(token.encode("utf-8", "replace"), verify_token.encode())
    )
    if proven and challenge is not None:
        return HandshakeReply(status=200, body=challenge.encode())
    return HandshakeReply(status=403, body=b"verification failed")


def parse_webhook(body: bytes, objects: frozenset[str]) -> list[RawItem]:
    """The RawItems of a webhook body whose `object` is one of `objects`.

    Receipts, echoes of our own sends and other message-less deliveries give []. Raises RecordError
    for a body that is not JSON, is for another Meta product, or is malformed.
    """
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise RecordError(f"invalid JSON: {err.msg}") from err
    if not isinstance(payload, dict) or "entry" not in payload or payload.get("object") not in objects:
        got = payload.get("object") if isinstance(payload, dict) else None
        raise RecordError(f"expected a Meta webhook for {' or '.join(sorted(objects))}, got object {got!r}")
    try:
        return parse_payload(payload)
    except NothingToImport:
        return []


def parse_statuses(body: bytes) -> list[DeliveryReport]:
    """WhatsApp's `entry[].changes[].value.statuses[]` of a (verified) webhook body.

    A message the Cloud API accepted can still fail minutes later (131047: the 24-hour window closed;
    131026: not a WhatsApp number); only this webhook says so. Malformed entries are skipped: the
    body's messages, if any, are parsed separately and must not be lost over a bad status.
    """
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return []
    reports: list[DeliveryReport] = []
    entries = payload.get("entry") if isinstance(payload, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes if isinstance(changes, list) else []:
            value = change.get("value") if isinstance(change, dict) else None
            statuses = value.get("statuses") if isinstance(value, dict) else None
            for status in statuses if isinstance(statuses, list) else []:
                report = _status_report(status)
                if report is not None:
                    reports.append(report)
    return reports


def _status_report(status: object) -> DeliveryReport | None:
    if not isinstance(status, dict) or not status.get("id") or not isinstance(status.get("status"), str):
        return None
    errors = status.get("errors")
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    code = first.get("code")
    details = first.get("error_data", {}).get("details") if isinstance(first.get("error_data"), dict) else None
    message = " — ".join(str(x) for x in (first.get("title") or first.get("message"), details) if x) or None
    return DeliveryReport(external_id=str(status["id"]), status=status["status"],
                          error_code=code if isinstance(code, int) else None, error=message)
