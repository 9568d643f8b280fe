"""X filtered-stream rules: keep the rules a channel asks for, and only those, on the app.

Rules are app-wide, so each channel's rules carry the tag `consuldesk:<account id>`: a sync adds the
wanted rules that are missing, deletes this channel's rules that are no longer wanted, and leaves every
other rule (another channel's, or one made outside ConsulDesk) alone. An invalid rule is refused by X;
its reason is raised as a PublishError so the channel's health panel shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from consuldesk.connectors.models import PublishError
from consuldesk.connectors.rest import RestClient, as_obj

__all__ = ["RULES_PATH", "RulesSync", "rules_tag", "sync_rules"]

log = logging.getLogger("consuldesk.connectors.x.rules")

RULES_PATH = "/2/tweets/search/stream/rules"
MAX_RULE_CHARS = 1024  # pay-per-use and Basic; Enterprise allows 2,048
TAG_PREFIX = "consuldesk:"


@dataclass(frozen=True, slots=True)
class RulesSync:
    added: tuple[str, ...]
    deleted: tuple[str, ...]


def rules_tag(account_id: str) -> str:
    return f"{TAG_PREFIX}{account_id}"


def sync_rules(rest: RestClient, bearer: str, wanted: Sequence[str], tag: str) -> RulesSync:
    """Make this channel's tagged rules equal `wanted` (order and duplicates ignored)."""
    headers = {"Authorization": f"Bearer {bearer}"}
    listed = rest.json(rest.check(rest.request("GET", RULES_PATH, headers=headers)))
    ours = [as_obj(r) for r in listed.get("data") or [] if as_obj(r).get("tag") == tag]
    have = {str(r.get("value")) for r in ours}
    stale = [str(r["id"]) for r in ours if r.get("value") not in wanted and r.get("id")]
    missing = list(dict.fromkeys(v for v in wanted if v not in have))
    if stale:
        _post(rest, headers, {"delete": {"ids": stale}})
    if missing:
        _post(rest, headers, {"add": [{"value": value, "tag": tag} for value in missing]})
    if stale or missing:
        log.info("X stream rules for %s: %d added, %d deleted", tag, len(missing), len(stale))
    deleted = tuple(str(r.get("value")) for r in ours if str(r.get("id")) in stale)
    return RulesSync(added=tuple(missing), deleted=deleted)


def _post(rest: RestClient, headers: dict[str, str], body: dict[str, Any]) -> None:
    answer = rest.json(rest.check(rest.request("POST", RULES_PATH, headers=headers, json=body)))
    summary = as_obj(as_obj(answer.get("meta")).get("summary"))
    # A value another channel (or another tool) already added comes back as DuplicateRule: the posts
    # still arrive on the app's stream, so it is not an error for this channel.
    refused = [as_obj(e) for e in answer.get("errors") or [] if as_obj(e).get("title") != "DuplicateRule"]
    if refused or int(summary.get("invalid", 0) or 0) > 0:
        reasons = "; ".join(f"{e.get('value', '')!r}: {e.get('title') or e.get('detail') or 'refused'}"
                            for e in refused) or "a rule was refused"
        raise PublishError(rest.platform, f"X refused stream rules: {reasons}")
