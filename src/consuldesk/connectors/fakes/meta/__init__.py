"""A fake Graph API (Facebook Pages, Instagram, Messenger, WhatsApp Cloud) and its webhook sender.

`FakeGraph().app` runs in a `FakeServer`; `gate` holds the crash, failure and quota hooks that the
Telegram fake shares.
"""

from __future__ import annotations

from consuldesk.connectors.fakes.meta.gate import DroppedResponse, PublishGate
from consuldesk.connectors.fakes.meta.graph import LIMITS, FakeGraph
from consuldesk.connectors.fakes.meta.webhooks import graph_time, meta_json

__all__ = ["LIMITS", "DroppedResponse", "FakeGraph", "PublishGate", "graph_time", "meta_json"]
