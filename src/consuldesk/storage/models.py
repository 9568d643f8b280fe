"""Imports every table module so Base.metadata is complete (Alembic and tests use this)."""

from consuldesk.audit.models import AuditEvent
from consuldesk.auth.models import AuthSession, Membership, Mission, User
from consuldesk.inbox.models import Case, Channel, Contact, Item, Note, ReplyDraft
from consuldesk.storage.base import Base

__all__ = [
    "AuditEvent", "AuthSession", "Base", "Case", "Channel", "Contact", "Item", "Membership", "Mission",
    "Note", "ReplyDraft", "User",
]
