"""Listening: bring every connected channel's new messages into the inbox.

Two ways in. `listen_due` polls, once per worker pass, the channels whose connector Fetches and whose
`listen_next_at` has come; `run_stream` holds one channel's streaming connection (one thread per
streamed channel) and stores what arrives in small batches. Both store through the ingest service
(idempotent on platform + external id; process=False, so the worker's triage pass picks the items
up) and save `listen_cursor` only after the items it covers are committed. A crash in between means
those items are read again on restart and dropped by the store as duplicates: nothing is skipped and
nothing is stored twice.

A rate limit (RetryAfter) only postpones the channel. Any other failure is recorded on the channel,
as publishing failures are, so the health panel shows a channel that has stopped listening, and the
channel is retried after a back-off.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from consuldesk.auth.models import Mission
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import connector_for, do_record_failure, do_record_success
from consuldesk.connectors.base import Connector, Fetches
from consuldesk.connectors.models import Cursor, PublishError, RawItem, RetryAfter
from consuldesk.connectors.streaming import Streams
from consuldesk.errors import ConsulDeskError, InvalidInput, NotFound
from consuldesk.inbox.models import Channel
from consuldesk.ingest.service import import_records

__all__ = ["ListenError", "listen_due", "run_stream"]

log = logging.getLogger("consuldesk.listen")

_LEASE_SECONDS = 120.0  # a claimed channel is not polled by another worker for this long, even if we crash
_CATCH_UP_POLLS = 5  # polls before a stream (re)connects, to close the gap SSE cannot replay


class ListenError(PublishError):
    """A listening failure that is not the platform's answer: a channel that is not fully configured,
    a connector that cannot listen, a bug in a mapper. Recorded on the channel like a PublishError."""

    def __init__(self, platform: str, message: str) -> None:
        super().__init__(platform, message, retryable=True)


@dataclass(frozen=True, slots=True)
class _Target:
    channel_id: int
    platform: str
    handle: str
    mission_code: str
    cursor: Cursor | None


def _build(runtime: Runtime, channel: Channel) -> Connector:
    factory = runtime.connector_factory
    return factory(channel) if factory is not None else connector_for(channel, runtime.credentials)


def _close(connector: object) -> None:
    close = getattr(connector, "close", None)
    if callable(close):
        close()


def _as_failure(platform: str, exc: Exception) -> PublishError:
    if isinstance(exc, PublishError):
        return exc
    if isinstance(exc, ConsulDeskError):
        return ListenError(platform, exc.detail)
    return ListenError(platform, f"listening failed: {type(exc).__name__}: {exc}")


def _store(runtime: Runtime, target: _Target, items: list[RawItem]) -> int:
    """Store `items` as received on the channel; returns how many were new."""
    if not items:
        return 0
    for item in items:
        item.channel_ref = target.handle
    summary = import_records(runtime, items, source=None, mission=target.mission_code, process=False)
    return summary.accepted


def _update(
    runtime: Runtime,
    channel_id: int,
    *,
    cursor: Cursor | None = None,
    next_at: datetime | None = None,
    success: bool = False,
    failure: PublishError | None = None,
) -> None:
    """One short transaction on the channel row: cursor, next poll, and what the platform said."""
    with runtime.sessions() as session:
        channel = session.get(Channel, channel_id)
        if channel is None:
            return  # disconnected meanwhile
        now = runtime.clock.now()
        if cursor is not None:
            channel.listen_cursor = cursor.value
        if next_at is not None:
            channel.listen_next_at = next_at
        if success:
            do_record_success(channel, now)
        if failure is not None:
            do_record_failure(channel, now, failure)
        session.commit()


def _in(runtime: Runtime, seconds: float) -> datetime:
    return runtime.clock.now() + timedelta(seconds=seconds)


# -- polling ---------------------------------------------------------------------------------------


def _claim_due(runtime: Runtime, limit: int, lease: float, skip: Collection[int]) -> list[tuple[_Target, Channel]]:
    """Due channels, each claimed by moving its `listen_next_at` to the end of a lease.

    The claim is a compare-and-set on `listen_next_at`, so two workers never poll one channel at once.
    """
    now = runtime.clock.now()
    claimed: list[tuple[_Target, Channel]] = []
    with runtime.sessions() as session:
        due = or_(Channel.listen_next_at.is_(None), Channel.listen_next_at <= now)
        query = select(Channel, Mission.code).join(Mission, Mission.id == Channel.mission_id).where(due)
        if runtime.connector_factory is None:
            query = query.where(Channel.secret_box.is_not(None))  # only connected channels can listen
        if skip:
            query = query.where(Channel.id.not_in(list(skip)))
        rows = session.execute(query.order_by(Channel.listen_next_at.asc().nulls_first(), Channel.id).limit(limit))
        for channel, code in rows.all():
            won = session.execute(
                update(Channel)
                .where(Channel.id == channel.id, due)
                .values(listen_next_at=now + timedelta(seconds=lease))
                .execution_options(synchronize_session=False)
            )
            if getattr(won, "rowcount", 0) == 1:
                cursor = Cursor(channel.listen_cursor) if channel.listen_cursor else None
                claimed.append((_Target(channel.id, channel.platform, channel.handle, code, cursor), channel))
        session.commit()
    return claimed


def listen_due(
    runtime: Runtime,
    *,
    limit: int = 20,
    interval_seconds: float = 60.0,
    error_backoff_seconds: float = 300.0,
    skip: Collection[int] = (),
) -> int:
    """Poll up to `limit` due channels once each; returns how many new items were stored.

    A channel is polled again `interval_seconds` after a success, after the platform's delay on a
    rate limit, and `error_backoff_seconds` after a failure. Channels whose connector does not
    fetch (webhook-only or streamed platforms) are looked at again after `interval_seconds`.
    `skip` names channels held by `run_stream`, whose cursor must not be moved by a poll.
    """
    stored = 0
    for target, channel in _claim_due(runtime, limit, max(interval_seconds, _LEASE_SECONDS), skip):
        stored += _poll(runtime, target, channel, interval_seconds, error_backoff_seconds)
    return stored


def _poll(runtime: Runtime, target: _Target, channel: Channel, interval: float, backoff: float) -> int:
    try:
        connector = _build(runtime, channel)
    except Exception as exc:  # a channel that cannot be built fails alone, visibly
        _update(runtime, target.channel_id, next_at=_in(runtime, backoff), failure=_as_failure(target.platform, exc))
        return 0
    try:
        if not isinstance(connector, Fetches):
            _update(runtime, target.channel_id, next_at=_in(runtime, interval))
            return 0
        items, cursor = connector.fetch(target.cursor)
        stored = _store(runtime, target, items)
    except RetryAfter as exc:
        log.info("channel %s rate limited; next poll in %.0fs", target.channel_id, exc.seconds)
        _update(runtime, target.channel_id, next_at=_in(runtime, exc.seconds))
        return 0
    except Exception as exc:
        if not isinstance(exc, PublishError):
            log.exception("listening on channel %s failed", target.channel_id)
        _update(runtime, target.channel_id, next_at=_in(runtime, backoff), failure=_as_failure(target.platform, exc))
        return 0
    finally:
        _close(connector)
    _update(runtime, target.channel_id, cursor=cursor, next_at=_in(runtime, interval), success=True)
    return stored


# -- streaming -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _End:
    error: BaseException | None = None


class _StreamRun:
    """State of one `run_stream` call: the channel, its connector, and the count of stored items."""

    def __init__(self, runtime: Runtime, channel_id: int, batch_size: int, flush_seconds: float) -> None:
        self.runtime = runtime
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.stored = 0
        self.failing = False  # a failure is on the channel: clear it once a connection proves healthy
        with runtime.sessions() as session:
            row = session.execute(
                select(Channel, Mission.code).join(Mission, Mission.id == Channel.mission_id).where(
                    Channel.id == channel_id)
            ).first()
            if row is None:
                raise NotFound(f"no channel {channel_id}")
            channel, code = row
            connector = _build(runtime, channel)
        if not isinstance(connector, Streams):
            _close(connector)
            raise InvalidInput(f"{channel.platform} channels cannot stream")
        self.connector: Streams = connector
        self.target = _Target(channel.id, channel.platform, channel.handle, code, None)

    def cursor(self) -> Cursor | None:
        with self.runtime.sessions() as session:
            value = session.scalar(select(Channel.listen_cursor).where(Channel.id == self.target.channel_id))
        return Cursor(value) if value else None

    def save(self, items: list[RawItem], cursor: Cursor | None) -> None:
        """Store a batch, then move the cursor past it (and mark the channel healthy)."""
        self.stored += _store(self.runtime, self.target, items)
        _update(self.runtime, self.target.channel_id, cursor=cursor, success=True)
        self.failing = False

    def fail(self, exc: Exception) -> None:
        try:
            _update(self.runtime, self.target.channel_id, failure=_as_failure(self.target.platform, exc))
            self.failing = True
        except Exception:  # the database is down too: keep retrying the stream rather than dying
            log.exception("channel %s: could not record a stream failure", self.target.channel_id)

    def catch_up(self, cursor: Cursor | None) -> Cursor | None:
        """Poll what was said while disconnected, when the connector can (Mastodon, X mentions)."""
        if cursor is None or not isinstance(self.connector, Fetches):
            return cursor
        try:
            for _ in range(_CATCH_UP_POLLS):
                items, newer = self.connector.fetch(cursor)
                self.save(items, newer)
                if not items or newer is None or newer == cursor:
                    break
                cursor = newer
        except (RetryAfter, PublishError) as exc:  # the stream still runs; the gap stays open
            log.warning("channel %s: catch-up poll failed: %s", self.target.channel_id, exc)
        return cursor

    def pump(self, cursor: Cursor | None, stop: threading.Event, healthy_seconds: float) -> bool:
        """Run one connection until it ends; returns whether it stayed up `healthy_seconds` or delivered.

        A reader thread drains the connector into a queue so that a lone item is stored within
        `flush_seconds` even when nothing follows it. Items the connector has yielded are always
        stored before this returns (on stop too); the reader gives up only if this side has failed.
        """
        inner, gone = threading.Event(), threading.Event()
        inbox: queue.Queue[tuple[RawItem, Cursor] | _End] = queue.Queue(maxsize=self.batch_size * 4)

        def offer(message: tuple[RawItem, Cursor] | _End) -> None:
            while not gone.is_set():
                try:
                    inbox.put(message, timeout=0.1)
                    return
                except queue.Full:
                    continue

        def read() -> None:
            end = _End()
            try:
                for pair in self.connector.stream(cursor, inner):
                    offer(pair)
            except BaseException as exc:
                end = _End(exc)
            offer(end)

        reader = threading.Thread(target=read, name=f"listen-{self.target.channel_id}", daemon=True)
        started = time.monotonic()
        healthy = False
        batch: list[RawItem] = []
        last: Cursor | None = None
        first_at = 0.0
        reader.start()
        try:
            while True:
                if stop.is_set():
                    inner.set()
                wait = max(0.0, first_at + self.flush_seconds - time.monotonic()) if batch else 0.1
                try:
                    message = inbox.get(timeout=wait)
                except queue.Empty:
                    if batch:
                        self.save(batch, last)
                        batch = []
                    if not healthy and time.monotonic() - started >= healthy_seconds:
                        healthy = True
                        if self.failing:
                            _update(self.runtime, self.target.channel_id, success=True)
                            self.failing = False
                    continue
                if isinstance(message, _End):
                    if batch:
                        self.save(batch, last)
                    if message.error is not None:
                        raise message.error
                    return healthy or last is not None
                if not batch:
                    first_at = time.monotonic()
                batch.append(message[0])
                last = message[1]
                if len(batch) >= self.batch_size:
                    self.save(batch, last)
                    batch = []
        finally:
            inner.set()
            gone.set()
            reader.join(timeout=5.0)


def run_stream(
    runtime: Runtime,
    channel_id: int,
    stop: threading.Event,
    *,
    batch_size: int = 20,
    flush_seconds: float = 0.5,
    reconnect_seconds: float = 1.0,
    backoff_seconds: float = 5.0,
    max_backoff_seconds: float = 320.0,
    healthy_seconds: float = 30.0,
    catch_up: bool = True,
) -> int:
    """Listen on one channel's stream until `stop` is set; returns how many new items were stored.

    Items are stored in batches of at most `batch_size`, or after `flush_seconds` at the latest, and
    the cursor is saved after each stored batch. A connection that ends after being healthy (up for
    `healthy_seconds` or having delivered items) is reopened after `reconnect_seconds`; failures and
    connections that die at once back off exponentially from `backoff_seconds` up to
    `max_backoff_seconds`; a rate limit waits as long as the platform says. Before each connection a
    connector that also fetches is polled from the cursor (`catch_up`), because a reconnected SSE
    stream does not replay what was said meanwhile. Raises NotFound / InvalidInput when the channel
    does not exist or cannot stream.
    """
    run = _StreamRun(runtime, channel_id, batch_size, flush_seconds)
    delay = backoff_seconds
    try:
        while not stop.is_set():
            try:
                cursor = run.cursor()
                if catch_up:
                    cursor = run.catch_up(cursor)
                if run.pump(cursor, stop, healthy_seconds):
                    wait, delay = reconnect_seconds, backoff_seconds
                else:
                    wait, delay = delay, min(delay * 2, max_backoff_seconds)
            except RetryAfter as exc:
                log.info("channel %s stream rate limited; reconnecting in %.0fs", channel_id, exc.seconds)
                wait = exc.seconds
            except Exception as exc:
                if not isinstance(exc, PublishError):
                    log.exception("stream of channel %s failed", channel_id)
                run.fail(exc)
                wait, delay = delay, min(delay * 2, max_backoff_seconds)
            stop.wait(wait)
    finally:
        _close(run.connector)
    return run.stored
