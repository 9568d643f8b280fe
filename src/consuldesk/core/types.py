"""Enumerations that are wire values: the API, the `triage` output and the database all use them.

The label values come from TAXONOMY.md and must not be renamed.
"""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    MESSENGER = "messenger"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    LINKEDIN = "linkedin"
    OTHER = "other"  # generic file imports that name no platform


class ItemKind(StrEnum):
    POST = "post"
    COMMENT = "comment"
    REPLY = "reply"
    DM = "dm"


class Intent(StrEnum):
    EMERGENCY_ASSISTANCE = "emergency_assistance"
    LOST_STOLEN_DOCUMENTS = "lost_stolen_documents"
    PASSPORT_SERVICES = "passport_services"
    VISA_SERVICES = "visa_services"
    CIVIL_REGISTRATION = "civil_registration"
    LEGAL_ASSISTANCE = "legal_assistance"
    TRAVEL_ADVISORY = "travel_advisory"
    CRISIS_STATUS_REPORT = "crisis_status_report"
    RUMOUR_MISINFORMATION = "rumour_misinformation"
    COMPLAINT = "complaint"
    APPRECIATION = "appreciation"
    OTHER = "other"


class Urgency(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical … 3 for low: sorts most urgent first."""
        return _URGENCY_RANK[self]


_URGENCY_RANK = {Urgency.CRITICAL: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2, Urgency.LOW: 3}


class Sentiment(StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


class CrisisCategory(StrEnum):
    REQUESTS_OR_URGENT_NEEDS = "requests_or_urgent_needs"
    MISSING_OR_FOUND_PEOPLE = "missing_or_found_people"
    INJURED_OR_DEAD_PEOPLE = "injured_or_dead_people"
    DISPLACED_PEOPLE_AND_EVACUATIONS = "displaced_people_and_evacuations"
    INFRASTRUCTURE_AND_UTILITY_DAMAGE = "infrastructure_and_utility_damage"
    CAUTION_AND_ADVICE = "caution_and_advice"
    RESCUE_VOLUNTEERING_OR_DONATION_EFFORT = "rescue_volunteering_or_donation_effort"
    SYMPATHY_AND_SUPPORT = "sympathy_and_support"
    OTHER_RELEVANT_INFORMATION = "other_relevant_information"
    NOT_HUMANITARIAN = "not_humanitarian"


class PiiType(StrEnum):
    PERSON = "PERSON"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    PASSPORT_NUMBER = "PASSPORT_NUMBER"
    NATIONAL_ID = "NATIONAL_ID"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    ADDRESS = "ADDRESS"
    CASE_NUMBER = "CASE_NUMBER"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"


class CaseState(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"
    CLOSED = "closed"


class Role(StrEnum):
    OFFICER = "officer"
    APPROVER = "approver"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    HEADQUARTERS = "headquarters"  # sees and acts in every mission


class ItemStatus(StrEnum):
    """Where an item is in ingest: raw payloads are stored as RECEIVED before any processing."""

    RECEIVED = "received"
    TRIAGED = "triaged"
    FAILED = "failed"
