"""The worker loop behind `consuldesk worker` and the console's in-process worker thread."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from consuldesk.bootstrap import Runtime
from consuldesk.channels.listen import listen_due
from consuldesk.channels.service import check_due_health
from consuldesk.ingest.service import process_pending
from consuldesk.publishing.send import send_due
from consuldesk.workers.streams import StreamSupervisor

log = logging.getLogger("consuldesk.worker")


def run_worker(runtime: Runtime, stop: threading.Event, *, once: bool = False) -> int:
    """Poll channels, triage pending items and send due posts until `stop` is set (or, once=True, idle)."""
    total = 0
    streams = None if once else StreamSupervisor(runtime)
    try:
        while not stop.is_set():
            if streams is not None:
                streams.refresh()
            done = _pass(runtime, once=once, streaming=streams.active() if streams else set())
            total += done
            if done == 0:
                if once:
                    break
                stop.wait(runtime.settings.worker_poll_seconds)
    finally:
        if streams is not None:
            streams.stop_all()
    return total


def _pass(runtime: Runtime, *, once: bool, streaming: set[int]) -> int:
    """One round: poll channels, triage what is pending, send what is due. Returns the work done."""
    try:
        done = listen_due(runtime, interval_seconds=runtime.settings.listen_interval_seconds, skip=streaming)
    except Exception:  # one bad poll must not stop triage or sending
        log.exception("listen pass failed; will retry")
        done = 0
        if once:
            raise
    try:
        done += process_pending(runtime, limit=runtime.settings.import_batch_size)
    except Exception:  # keep the desk running; the batch stays RECEIVED and is retried
        log.exception("triage batch failed; will retry")
        if once:
            raise
    try:
        done += send_due(runtime)
    except Exception:  # a part in `sending` is reconciled on the next pass, never resent blindly
        log.exception("send pass failed; will retry")
        if once:
            raise
    _check_channel_health(runtime)
    return done


def _check_channel_health(runtime: Runtime) -> None:
    """Token expiry and reachability, so the health panel warns before a send fails."""
    try:
        with runtime.sessions() as session:
            every = timedelta(minutes=runtime.settings.health_check_minutes)
            if check_due_health(session, runtime.clock, runtime.credentials, every=every):
                session.commit()
    except Exception:  # a health check must never stop triage or sending
        log.exception("channel health check failed")


def start_background_worker(runtime: Runtime) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=run_worker, args=(runtime, stop), name="consuldesk-worker", daemon=True)
    thread.start()
    return thread, stop
