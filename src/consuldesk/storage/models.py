"""Imports every table module so Base.metadata is complete (Alembic and tests use this)."""

from consuldesk.audit.models import AuditEvent
from consuldesk.auth.models import AuthSession, Membership, Mission, User
from consuldesk.inbox.models import Case, Channel, Contact, Item, LabelCorrection, Note, ReplyDraft
from consuldesk.publishing.models import (
    Approval,
    Delivery,
    DeliveryPart,
    EmergencyPause,
    Publication,
    TravelLevelEntry,
    Variant,
)
from consuldesk.storage.base import Base

__all__ = [
    "Approval",
    "AuditEvent",
    "AuthSession",
    "Base",
    "Case",
    "Channel",
    "Contact",
    "Delivery",
    "DeliveryPart",
    "EmergencyPause",
    "Item",
    "LabelCorrection",
    "Membership",
    "Mission",
    "Note",
    "Publication",
    "ReplyDraft",
    "TravelLevelEntry",
    "User",
    "Variant",
]
