"""LexiconClassifier: the rule/lexicon BASELINE behind the `Classifier` port.

Counts multilingual cues (see `lexicon.py` and `lexicons/*.json`) in each item's normalised text and
applies the taxonomy's tie-breaks in order, most urgent need first:

1. life or safety at risk now (danger, a missing person, no water/food or a cry for rescue in a
   disaster, detention with a health risk) → emergency_assistance, critical;
2. detention, hospital, a death just now, stranded without means, victim of a crime →
   emergency_assistance, high;
3. "we are safe" → crisis_status_report;  4. rumour or scam cues → rumour_misinformation;
5. lost/stolen documents → lost_stolen_documents;  6. criticism → complaint, unless it is a concrete
   service question; 7. thanks without a request → appreciation; 8. the strongest service cue
   (visa, civil registration, legal, passport, travel advice); 9. other.

Critical is tuned for recall: a false alarm costs an officer a minute, a missed one costs far more.
Confidences are rule strengths in [0, 1], not calibrated probabilities; a trained model plugged into
the same port (a later issue) replaces them. Must not import stages or storage.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import NamedTuple

from consuldesk.core.types import CrisisCategory, Intent, Sentiment, Urgency
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.lexicon import LexiconMatcher, lexicon_languages, load_lexicons


class Signals(NamedTuple):
    """Cue counts for one text; the field names are the cue names used in the lexicon files."""

    danger: int = 0
    event: int = 0
    missing: int = 0
    family: int = 0
    detained: int = 0
    medical: int = 0
    death: int = 0
    casualty: int = 0
    needs: int = 0
    sos: int = 0
    plea: int = 0
    crime: int = 0
    stranded: int = 0
    doc_loss: int = 0
    passport: int = 0
    id_doc: int = 0
    emergency_doc: int = 0
    passport_svc: int = 0
    visa: int = 0
    civil: int = 0
    legal: int = 0
    advisory: int = 0
    crisis: int = 0
    evacuation: int = 0
    damage: int = 0
    safe: int = 0
    info_request: int = 0
    rumour: int = 0
    scam: int = 0
    complaint: int = 0
    thanks: int = 0
    neg: int = 0
    pos: int = 0
    time: int = 0
    question: int = 0
    spam: int = 0
    calm: int = 0
    sympathy: int = 0
    donation: int = 0
    caution: int = 0


CUE_NAMES: tuple[str, ...] = Signals._fields


class Labels(NamedTuple):
    intent: Intent
    urgency: Urgency
    sentiment: Sentiment
    crisis_category: CrisisCategory | None
    informative: bool
    rumour: bool
    confidence: dict[str, float]


_E = Intent


def decide(s: Signals, text: str) -> Labels:
    """The baseline's rules, from cue counts and the normalised text."""
    # Locals, not attribute lookups: this runs for every item and reads each count several times.
    (
        danger,
        event,
        missing,
        family,
        detained,
        medical,
        death,
        _casualty,
        needs,
        sos,
        plea,
        crime,
        stranded,
        doc_loss,
        passport,
        id_doc,
        emergency_doc,
        _passport_svc,
        _visa,
        civil,
        legal,
        advisory,
        crisis_n,
        evacuation,
        damage,
        safe,
        info_request,
        rumour_n,
        scam,
        complaint,
        thanks,
        neg,
        pos,
        time_n,
        question,
        spam,
        calm,
        sympathy,
        _donation,
        _caution,
    ) = s
    qmark = "?" in text or "？" in text or "؟" in text
    asks = qmark or question > 0
    n_words = text.count(" ") + 1 if text else 0
    crisis = crisis_n + evacuation + damage + event > 0
    docs = passport + id_doc > 0
    missing_person = missing > 0 and (family > 0 or crisis or danger > 0) and not (docs and not family)
    service_intent, service = _strongest_service(s, crisis)
    # A plea ("help us") is a cry for rescue only next to danger, disaster, detention or illness;
    # "please help me renew my passport" is a service request.
    rescue = sos > 0 or (plea > 0 and (crisis or medical or detained or danger or needs) > 0)
    if rescue and service >= 2 and not (crisis or danger or medical):
        rescue = False
    # Gunfire or explosions are an emergency for someone who is there, not for a traveller asking
    # whether a country is safe after last week's attack; a safety report outranks them too.
    present = (info_request or plea or sos or stranded or family) > 0
    complaint_led = complaint >= 2 or (complaint >= 1 and not asks)
    event_alarm = event > 0 and not (asks and advisory > 0 and not present) and not (safe and not present)
    # Thanks for help that has been given: the story may mention a death or a hospital, but the
    # message needs no action ("thank you for helping when my mother died").
    grateful = (
        thanks > 0
        and (thanks >= 2 or pos > 0 or n_words < 12)
        and not qmark
        and complaint == 0
        and (danger + event + sos + plea + needs + time_n) == 0
        and (missing == 0 or safe > 0)
    )
    # "We are safe; there was a shooting at the mall" is a safety report, not a call for help.
    danger_alarm = danger > 0 and not (safe > 0 and not present and danger < 2)
    rescue_alarm = rescue and not complaint_led
    critical = (
        not grateful
        and not calm
        and (
            danger_alarm
            or event_alarm
            or (missing_person and not detained)  # "we don't know where he is held" is a detention
            or (needs > 0 and crisis)
            or (rescue_alarm and (crisis or medical > 0))
            or (detained > 0 and medical > 0)
            or (crisis and medical > 0 and (family or plea or asks))
            or (stranded > 0 and crisis and (plea or needs))
        )
    )
    high_emergency = not grateful and (
        (calm > 0 and (danger > 0 or missing_person))
        or (detained > 0 and not (complaint_led and complaint >= 2) and legal <= detained)
        or (medical > 0 and (plea or sos or family or neg or stranded) > 0 and not (asks and advisory))
        or (death > 0 and civil == 0 and (family or plea or sos) > 0)
        or (stranded > 0 and (family or time_n or plea or needs or crime or neg) > 0 and complaint < 2)
        or (crime > 0 and not docs and (plea or neg or sos) > 0)
        or rescue
    )
    lost_docs = (doc_loss > 0 and docs) or emergency_doc > 0
    strength = 0.5
    if critical:
        intent, urgency = _E.EMERGENCY_ASSISTANCE, Urgency.CRITICAL
        strength = 0.6 + 0.1 * min(3, danger + sos + needs + missing)
    elif high_emergency:
        intent, urgency = _E.EMERGENCY_ASSISTANCE, Urgency.HIGH
        strength = 0.65
    elif safe > 0 and not (asks and advisory > safe and not crisis):
        intent = _E.CRISIS_STATUS_REPORT
        if info_request > 0 or (asks and (evacuation > 0 or crisis)):
            urgency = Urgency.HIGH
        else:
            urgency = Urgency.NORMAL if asks else Urgency.LOW
        strength = 0.7
    elif rumour_n + scam > 0 and not (spam >= 2 and rumour_n == 0 and scam <= 1):
        intent = _E.RUMOUR_MISINFORMATION
        urgency = Urgency.HIGH if crisis else Urgency.NORMAL
        strength = 0.55 + 0.1 * min(3, rumour_n + scam)
    elif lost_docs and complaint < 3:
        intent = _E.LOST_STOLEN_DOCUMENTS
        soon = time_n or crisis or stranded or emergency_doc
        urgency = Urgency.HIGH if soon else Urgency.NORMAL
        strength = 0.75
    elif complaint > 0 and (complaint_led or service < 2) and not (asks and service >= 2 and complaint == 1):
        intent = _E.COMPLAINT
        if detained or crisis or stranded or danger:
            urgency = Urgency.HIGH
        elif n_words < 8 and not asks:
            urgency = Urgency.LOW
        else:
            urgency = Urgency.NORMAL
        strength = 0.55 + 0.1 * min(3, complaint)
    elif grateful or (thanks > 0 and (not asks or (thanks >= 2 and pos > 0))):
        intent, urgency, strength = _E.APPRECIATION, Urgency.LOW, 0.7
    elif service > 0:
        intent = service_intent
        pressing = time_n > 0 or (crisis and asks) or (detained > 0)
        urgency = Urgency.HIGH if pressing else Urgency.NORMAL
        strength = min(0.9, 0.45 + 0.1 * service)
    elif (crisis or safe) and asks:
        intent, strength = _E.TRAVEL_ADVISORY, 0.5
        urgency = Urgency.HIGH if crisis else Urgency.NORMAL
    else:
        intent, urgency = _E.OTHER, Urgency.LOW
        strength = 0.5 if spam or pos or sympathy else 0.3

    sentiment = _sentiment(intent, s, bool(critical or high_emergency))
    category = _crisis_category(s, intent, crisis, missing_person, bool(critical))
    informative = category is not None and category not in (
        CrisisCategory.NOT_HUMANITARIAN,
        CrisisCategory.SYMPATHY_AND_SUPPORT,
    )
    is_rumour = intent is _E.RUMOUR_MISINFORMATION or rumour_n > 0
    confidence = {
        "intent": strength,
        "urgency": 0.8 if critical and danger else 0.6,
        "sentiment": min(0.9, 0.5 + 0.1 * abs(neg + complaint - pos - thanks)),
        "crisis_category": 0.6 if category is not None else 0.7,
        "informative": 0.6,
        "rumour": 0.7 if rumour_n + scam > 0 else 0.6,
    }
    return Labels(intent, urgency, sentiment, category, informative, is_rumour, confidence)


def _strongest_service(s: Signals, crisis: bool) -> tuple[Intent, float]:
    """The service intent with the most evidence; ties go to the more specific service."""
    best, score = _E.VISA_SERVICES, 2.0 * s.visa
    value = 2.0 * s.civil
    if value > score:
        best, score = _E.CIVIL_REGISTRATION, value
    value = 1.5 * s.legal
    if value > score:
        best, score = _E.LEGAL_ASSISTANCE, value
    if s.passport:
        value = float(s.passport + s.passport_svc)
        if value > score:
            best, score = _E.PASSPORT_SERVICES, value
    value = 1.5 * s.advisory + (s.info_request if crisis else 0)
    if value > score:
        best, score = _E.TRAVEL_ADVISORY, value
    return best, score


def _sentiment(intent: Intent, s: Signals, emergency: bool) -> Sentiment:
    if emergency or intent in (_E.EMERGENCY_ASSISTANCE, _E.COMPLAINT):
        return Sentiment.NEGATIVE
    if intent is _E.APPRECIATION:
        return Sentiment.POSITIVE
    negative = s.neg + s.complaint + s.danger + s.crime
    positive = s.pos + s.thanks
    if intent is _E.LOST_STOLEN_DOCUMENTS and not (positive > 0 and negative == 0):
        return Sentiment.NEGATIVE  # losing one's papers abroad reads as distress, even when phrased flatly
    if negative > positive:
        return Sentiment.NEGATIVE
    if positive > negative:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def _crisis_category(
    s: Signals, intent: Intent, crisis: bool, missing_person: bool, critical: bool
) -> CrisisCategory | None:
    if not (crisis or s.safe or (missing_person and critical)):
        return None
    c = CrisisCategory
    if intent is _E.OTHER and (s.spam or not crisis):
        return c.NOT_HUMANITARIAN
    if missing_person:
        return c.MISSING_OR_FOUND_PEOPLE
    if s.casualty or s.death:
        return c.INJURED_OR_DEAD_PEOPLE
    if s.needs or s.sos or critical:
        return c.REQUESTS_OR_URGENT_NEEDS
    if s.evacuation:
        return c.DISPLACED_PEOPLE_AND_EVACUATIONS
    if s.damage:
        return c.INFRASTRUCTURE_AND_UTILITY_DAMAGE
    if s.donation:
        return c.RESCUE_VOLUNTEERING_OR_DONATION_EFFORT
    if s.sympathy:
        return c.SYMPATHY_AND_SUPPORT
    if s.caution or s.advisory or s.rumour:
        return c.CAUTION_AND_ADVICE
    return c.OTHER_RELEVANT_INFORMATION


_matchers: dict[tuple[str, ...], LexiconMatcher] = {}
_matchers_lock = threading.Lock()
_FALLBACK = "en"  # code-switching with English is common in every language of the desk


def _matcher(languages: tuple[str, ...]) -> LexiconMatcher:
    # Compiling the tries takes a fraction of a second: once per process and language set.
    with _matchers_lock:
        if languages not in _matchers:
            _matchers[languages] = LexiconMatcher(load_lexicons(languages), CUE_NAMES)
        return _matchers[languages]


class LexiconClassifier:
    """Classifier port implementation: multilingual lexicons + ordered rules (the baseline).

    A text is matched against the lexicon of its language plus English; a text in a language
    without a lexicon (or 'und') against all of them. Keeping languages apart avoids false friends:
    Portuguese "bom" (good) is not Dutch "bom" (bomb), Polish "nie" is not the Spanish NIE.
    """

    def __init__(self, languages: Iterable[str] | None = None) -> None:
        available = {entry for entry in lexicon_languages()}
        self._languages = tuple(sorted(available if languages is None else available & set(languages)))
        self._by_language: dict[str, LexiconMatcher] = {}

    def matcher(self, language: str | None = None) -> LexiconMatcher:
        key = language or "und"
        found = self._by_language.get(key)
        if found is None:
            if key in self._languages:
                langs = tuple(sorted({key, _FALLBACK} & set(self._languages)))
            else:
                langs = self._languages
            found = self._by_language[key] = _matcher(langs)
        return found

    def signals(self, normalised: str, language: str | None = None) -> Signals:
        return Signals._make(self.matcher(language).count(normalised, language))

    def predict(self, batch: list[TriageItem]) -> None:
        make = Signals._make
        for item in batch:
            text = item.normalised
            labels = decide(make(self.matcher(item.language).count(text, item.language)), text)
            item.intent = labels.intent.value
            item.urgency = labels.urgency.value
            item.sentiment = labels.sentiment.value
            item.crisis_category = labels.crisis_category.value if labels.crisis_category else None
            item.informative = labels.informative
            item.rumour = labels.rumour
            item.confidence = labels.confidence


def warm_up() -> None:
    """Compile every language's lexicon matcher now rather than on first use (≈1–2 s per process)."""
    classifier = LexiconClassifier()
    for language in [*lexicon_languages(), "und"]:
        classifier.matcher(language)
