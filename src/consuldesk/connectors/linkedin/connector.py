"""`LinkedInConnector`: Posts API publishing (replies as comments), reconcile, health.

Every call carries `LinkedIn-Version` and `X-Restli-Protocol-Version: 2.0.0`. The renderer already
escaped the text as Little Text, so it goes out as `commentary` unchanged. A new post's id arrives
only in the `x-restli-id` header of the 201. LinkedIn refuses identical content with a 422 naming the
existing post, which the connector returns as the receipt. URNs in paths and queries are
percent-encoded, as Rest.li 2.0 requires.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import httpx

from consuldesk.connectors.base import Capability
from consuldesk.connectors.linkedin.config import LinkedInConfig
from consuldesk.connectors.models import HealthReport, MediaFile, OutboundPost, PublishError, Receipt
from consuldesk.connectors.rest import RestClient, as_obj, body_message, comparable_text
from consuldesk.core.types import Platform

__all__ = ["LinkedInConnector"]

_DUPLICATE = re.compile(r"duplicate of (urn:li:(?:share|ugcPost):\d+)", re.IGNORECASE)


def _error_message(response: httpx.Response) -> str:
    return body_message(response, "message")


def _enc(urn: str) -> str:
    return quote(urn, safe="")


def _post_url(urn: str) -> str:
    return f"https://www.linkedin.com/feed/update/{urn}/"


class LinkedInConnector:
    Config = LinkedInConfig
    platform: str = Platform.LINKEDIN.value
    capabilities: frozenset[Capability] = frozenset(
        {Capability.PUBLISHES, Capability.RECONCILES, Capability.REPORTS_HEALTH}
    )

    def __init__(self, config: LinkedInConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._host = httpx.URL(config.base_url).host
        self._rest = RestClient(
            self.platform,
            config.base_url,
            transport=transport,
            timeout=config.timeout_seconds,
            error_message=_error_message,
            headers={"LinkedIn-Version": config.api_version, "X-Restli-Protocol-Version": "2.0.0"},
        )

    def __repr__(self) -> str:
        return f"LinkedInConnector(base_url={self.config.base_url!r}, author_urn={self.config.author_urn!r})"

    def close(self) -> None:
        self._rest.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._rest.request(method, path, token=self.config.access_token.get_secret_value(), **kwargs)

    # -- Publishes ----------------------------------------------------------------------------

    def _upload(self, media: MediaFile) -> str:
        """Images API: initializeUpload, then PUT the bytes to the upload URL it names."""
        init = {"initializeUploadRequest": {"owner": self.config.author_urn}}
        response = self._rest.check(self._call("POST", "/rest/images?action=initializeUpload", json=init))
        value = as_obj(self._rest.json(response).get("value"))
        upload_url, image = value.get("uploadUrl"), value.get("image")
        if not isinstance(upload_url, str) or not isinstance(image, str):
            raise PublishError(self.platform, "initializeUpload returned no upload URL", retryable=True)
        host = httpx.URL(upload_url).host
        # The token goes only to LinkedIn's own hosts (or the configured API host), never to a stray URL.
        trusted = host == self._host or host == "linkedin.com" or host.endswith(".linkedin.com")
        headers = {"Content-Type": media.content_type}
        if trusted:
            self._rest.check(self._call("PUT", upload_url, content=media.data, headers=headers))
        else:
            self._rest.check(self._rest.request("PUT", upload_url, content=media.data, headers=headers))
        return image

    def _created_id(self, response: httpx.Response) -> str:
        urn = response.headers.get("x-restli-id")
        if not urn and response.content:
            body = self._rest.json(response, created=True)
            urn = body.get("$URN") or body.get("id")
        if not urn:
            raise PublishError(
                self.platform, "created, but no x-restli-id in the answer", retryable=True, outcome_unknown=True
            )
        return str(urn)

    def _comment(self, post: OutboundPost, parent: str) -> Receipt:
        body = {"actor": self.config.author_urn, "object": parent, "message": {"text": post.text}}
        response = self._rest.check(self._call("POST", f"/rest/socialActions/{_enc(parent)}/comments", json=body))
        urn = self._created_id(response)
        return Receipt(external_id=urn, url=_post_url(parent), raw={"id": urn, "object": parent})

    def publish(self, post: OutboundPost) -> Receipt:
        if post.in_reply_to:
            return self._comment(post, post.in_reply_to)
        body: dict[str, Any] = {
            "author": self.config.author_urn,
            "commentary": post.text,
            "visibility": self.config.visibility,
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if len(post.media) > 1:
            raise PublishError(self.platform, "this connector posts at most one image to LinkedIn")
        if post.media:
            body["content"] = {"media": {"id": self._upload(post.media[0]), "altText": post.media[0].alt_text}}
        response = self._call("POST", "/rest/posts", json=body)
        if response.status_code == 422 and (match := _DUPLICATE.search(_error_message(response))):
            return Receipt(external_id=match[1], url=_post_url(match[1]), raw={"id": match[1], "duplicate": True})
        urn = self._created_id(self._rest.check(response))
        return Receipt(external_id=urn, url=_post_url(urn), raw={"id": urn})

    # -- Reconciles ---------------------------------------------------------------------------

    def find_published(self, post: OutboundPost) -> Receipt | None:
        count, wanted = self.config.reconcile_depth, comparable_text(post.text)
        if post.in_reply_to:
            path = f"/rest/socialActions/{_enc(post.in_reply_to)}/comments?count={count}"
            for comment in self._elements(path):
                text = as_obj(comment.get("message")).get("text")
                if comment.get("actor") == self.config.author_urn and comparable_text(str(text)) == wanted:
                    urn = str(comment.get("$URN") or comment.get("id"))
                    return Receipt(external_id=urn, url=_post_url(post.in_reply_to), raw=comment)
            return None
        path = f"/rest/posts?q=author&author={_enc(self.config.author_urn)}&count={count}&sortBy=LAST_MODIFIED"
        for element in self._elements(path):
            if comparable_text(str(element.get("commentary", ""))) == wanted and "id" in element:
                return Receipt(external_id=str(element["id"]), url=_post_url(str(element["id"])), raw=element)
        return None

    def _elements(self, path: str) -> list[dict[str, Any]]:
        elements = self._rest.json(self._rest.check(self._call("GET", path))).get("elements")
        return [as_obj(e) for e in elements] if isinstance(elements, list) else []

    # -- ReportsHealth ------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        """A page author: GET /rest/organizations/{id}; a member: GET /v2/userinfo (OpenID)."""

        def probe() -> str:
            kind, _, author_id = self.config.author_urn.removeprefix("urn:li:").partition(":")
            if kind == "organization":
                org = self._rest.json(self._rest.check(self._call("GET", f"/rest/organizations/{author_id}")))
                return f"{org.get('localizedName', self.config.author_urn)} reachable"
            member = self._rest.json(self._rest.check(self._call("GET", "/v2/userinfo")))
            return f"{member.get('name', self.config.author_urn)} reachable"

        return self._rest.health(probe, self.config.token_expires_at)
