"""What goes on the wire for a variant on a channel: its parts (thread posts) and their media.

Advisories go through the pure renderer (`render.py`); replies and private messages are the officer's
text, split only where the platform threads. Message platforms the renderer does not cover
(Telegram, WhatsApp, Messenger) get their own limits here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from consuldesk.core.types import Platform
from consuldesk.errors import InvalidInput
from consuldesk.inbox.models import Channel
from consuldesk.publishing.models import Publication, Variant
from consuldesk.publishing.render import (
    DEFAULT_LIMITS,
    Advisory,
    Counting,
    Media,
    PlatformLimits,
    RenderError,
    mastodon_limits,
    render,
)
from consuldesk.publishing.text_metrics import SplitError, split_text

__all__ = ["PartSpec", "advisory_of", "check_renders", "limits_for", "parts_for"]

MESSAGE_LIMITS: dict[str, PlatformLimits] = {
    Platform.TELEGRAM: PlatformLimits(4096, Counting.UTF16),
    Platform.WHATSAPP: PlatformLimits(4096, Counting.UTF16),
    Platform.MESSENGER: PlatformLimits(2000, Counting.UTF16),
}


@dataclass(frozen=True)
class PartSpec:
    text: str
    media: tuple[Media, ...] = ()


def limits_for(channel: Channel) -> PlatformLimits:
    if channel.platform == Platform.MASTODON:
        config = channel.config or {}
        return mastodon_limits(int(config.get("max_characters") or 500))
    if channel.platform in MESSAGE_LIMITS:
        return MESSAGE_LIMITS[channel.platform]
    try:
        return DEFAULT_LIMITS[Platform(channel.platform)]
    except (KeyError, ValueError):
        raise RenderError(f"cannot publish to {channel.platform}") from None


def advisory_of(publication: Publication, variant: Variant) -> Advisory:
    return Advisory(
        title=variant.title, body=variant.body, urls=tuple(publication.urls or ()),
        hashtags=tuple(publication.hashtags or ()), language=variant.language, level=publication.level,
        country=publication.country, region=publication.region, image_alt=variant.image_alt,
    )


def _split(text: str, limits: PlatformLimits, platform: str) -> list[str]:
    if limits.fits(text):
        return [text]
    if not limits.threads:
        raise RenderError(f"the text is too long for {platform} ({limits.measure(text)} of {limits.max_length})")
    try:
        return split_text(text, limits.fits)
    except SplitError as exc:
        raise RenderError(str(exc)) from exc


def parts_for(publication: Publication, variant: Variant, channel: Channel) -> list[PartSpec]:
    """The parts to send, in order. Raises RenderError when the platform's rules cannot be met."""
    limits = limits_for(channel)
    if publication.kind != "advisory":
        return [PartSpec(text) for text in _split(variant.body, limits, channel.platform)]
    advisory = advisory_of(publication, variant)
    if channel.platform in MESSAGE_LIMITS:
        lines = [advisory.heading, variant.body, *publication.urls]
        text = "\n\n".join(line for line in lines if line)
        return [PartSpec(text) for text in _split(text, limits, channel.platform)]
    rendition = render(advisory, channel.platform, limits)
    return [PartSpec(part.text, part.media) for part in rendition.parts]


def check_renders(session: Session, publication: Publication, variant: Variant) -> None:
    """Refuse a post that cannot be rendered for one of its channels, naming each problem."""
    problems = []
    try:
        advisory_of(publication, variant) if publication.kind == "advisory" else None
    except RenderError as exc:
        raise InvalidInput(exc.detail) from None
    for channel_id in publication.channel_ids:
        channel = session.get(Channel, channel_id)
        if channel is None:
            continue
        try:
            parts_for(publication, variant, channel)
        except RenderError as exc:
            problems.append(f"{channel.platform} {channel.handle}: {exc.detail}")
    if problems:
        raise InvalidInput("; ".join(problems))
