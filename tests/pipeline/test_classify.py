"""triage.classify: the lexicon baseline on hand-written messages in several languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from consuldesk.core.types import CrisisCategory, Intent, Sentiment, Urgency
from consuldesk.pipeline.classifier import CUE_NAMES, LexiconClassifier, Signals, decide
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.lexicon import LexiconMatcher, lexicon_languages, load_lexicons
from consuldesk.pipeline.ports import Classifier
from consuldesk.pipeline.stages import ClassifyStage

Triage = Callable[..., TriageItem]


def test_spanish_flood_distress_call_is_critical(triage: Triage) -> None:
    item = triage(
        "¡Socorro! Estamos atrapados en el tejado por la inundación, el agua sigue subiendo y tengo dos niños"
    )
    assert item.language == "es"
    assert item.intent == Intent.EMERGENCY_ASSISTANCE
    assert item.urgency == Urgency.CRITICAL
    assert item.sentiment == Sentiment.NEGATIVE
    assert item.crisis_category == CrisisCategory.REQUESTS_OR_URGENT_NEEDS
    assert item.informative is True
    assert set(item.confidence) == {"intent", "urgency", "sentiment", "crisis_category", "informative", "rumour"}


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much to the consular team, you were amazing and so helpful!",
        "Merci beaucoup à toute l'équipe du consulat, service excellent !",
        "Muchas gracias al consulado por la ayuda, muy amables 🙏",
        "Vielen Dank an die Botschaft, super Service!",
    ],
)
def test_thank_you_is_low_positive_appreciation(triage: Triage, text: str) -> None:
    item = triage(text)
    assert (item.intent, item.urgency, item.sentiment) == (Intent.APPRECIATION, Urgency.LOW, Sentiment.POSITIVE)


@pytest.mark.parametrize(
    ("text", "intent", "urgency"),
    [
        ("My son is missing since the earthquake, we cannot reach him", Intent.EMERGENCY_ASSISTANCE, Urgency.CRITICAL),
        (
            "Mon frère a été arrêté hier à Dubaï, on ne sait pas où il est détenu",
            Intent.EMERGENCY_ASSISTANCE,
            Urgency.HIGH,
        ),
        ("Perdí mi pasaporte en Madrid y mi vuelo sale mañana, ¿qué hago?", Intent.LOST_STOLEN_DOCUMENTS, Urgency.HIGH),
        ("How do I renew my passport? It expires in October.", Intent.PASSPORT_SERVICES, Urgency.NORMAL),
        ("Do I need a Schengen visa to visit my sister in Germany?", Intent.VISA_SERVICES, Urgency.NORMAL),
        ("How do I register the birth of my daughter born abroad?", Intent.CIVIL_REGISTRATION, Urgency.NORMAL),
        (
            "Can you give me a list of lawyers? My employer has not paid my salary",
            Intent.LEGAL_ASSISTANCE,
            Urgency.NORMAL,
        ),
        ("We are safe in our hotel after the earthquake, please count us. 2 adults", Intent.CRISIS_STATUS_REPORT, None),
        (
            "Is it true that the embassy is closing tomorrow? Everyone on WhatsApp is saying it",
            Intent.RUMOUR_MISINFORMATION,
            None,
        ),
        (
            "Nobody answers the phone, waited 3 hours on hold. Useless embassy, disgraceful service",
            Intent.COMPLAINT,
            None,
        ),
        ("Is it safe to travel to Cusco next month? Any areas to avoid?", Intent.TRAVEL_ADVISORY, None),
        ("Earn $500 a day with crypto, link in bio, follow me", Intent.OTHER, Urgency.LOW),
        ("我的护照被偷了，明天的航班怎么办？", Intent.LOST_STOLEN_DOCUMENTS, Urgency.HIGH),
        (
            "Меня зовут Иван, у нас землетрясение, мы под завалами, помогите!",
            Intent.EMERGENCY_ASSISTANCE,
            Urgency.CRITICAL,
        ),
    ],
)
def test_intents_and_urgency(triage: Triage, text: str, intent: Intent, urgency: Urgency | None) -> None:
    item = triage(text)
    assert item.intent == intent
    if urgency is not None:
        assert item.urgency == urgency


def test_negated_danger_is_not_an_emergency(triage: Triage) -> None:
    item = triage("We are safe after the earthquake, no one was injured. Just letting you know.")
    assert item.intent == Intent.CRISIS_STATUS_REPORT
    assert item.urgency != Urgency.CRITICAL


def test_rumour_flag_and_scam(triage: Triage) -> None:
    item = triage("Got an SMS claiming to be the embassy asking me to pay a release fee via Western Union. Scam?")
    assert item.intent == Intent.RUMOUR_MISINFORMATION
    assert item.rumour is True


def test_empty_text_gets_defaults(triage: Triage) -> None:
    item = triage("")
    assert (item.intent, item.urgency, item.sentiment) == (Intent.OTHER, Urgency.LOW, Sentiment.NEUTRAL)
    assert item.crisis_category is None and item.informative is False


def test_every_lexicon_loads_with_known_cues() -> None:
    languages = lexicon_languages()
    assert {"en", "es", "fr", "ar", "pt", "hi", "zh", "ja", "de", "tl", "id", "ru", "ko", "vi", "pl", "nl"} <= set(
        languages
    )
    for lang, cues in load_lexicons().items():
        assert set(cues) <= set(CUE_NAMES), lang
        assert all(term == term.strip() and term for terms in cues.values() for term in terms), lang


def test_matcher_rules_longest_match_stems_substrings_and_accents() -> None:
    matcher = LexiconMatcher(
        {
            "xx": {
                "danger": ["injured", "atrapad*", "被困"],
                "safe": ["no one injured"],
                "medical": ["policía"],
            }
        },
        CUE_NAMES,
    )
    names = matcher.cue_names
    counts = dict(
        zip(names, matcher.count("thank god no one injured, estamos atrapados, 我们被困了, policia"), strict=True)
    )
    assert counts["safe"] == 1 and counts["danger"] == 2 and counts["medical"] == 1
    # Word boundaries for spaced scripts: "injured" does not match inside "uninjuredness".
    assert sum(matcher.count("uninjuredness")) == 0


def test_unknown_cue_name_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown cue"):
        LexiconMatcher({"xx": {"dangr": ["x"]}}, CUE_NAMES)


def test_decide_is_pure_over_signals() -> None:
    labels = decide(Signals(danger=1, crisis=1), "trapped in the flood")
    assert labels.intent == Intent.EMERGENCY_ASSISTANCE and labels.urgency == Urgency.CRITICAL


class _Fixed:
    """A stand-in trained model: the stage only talks to the Classifier port."""

    def predict(self, batch: list[TriageItem]) -> None:
        for item in batch:
            item.intent = Intent.VISA_SERVICES.value
            item.confidence = {"intent": 1.0}


def test_classify_stage_uses_the_port() -> None:
    assert isinstance(LexiconClassifier(), Classifier)
    item = TriageItem(id="1", text="x", normalised="x")
    ClassifyStage(_Fixed())([item])
    assert item.intent == Intent.VISA_SERVICES
