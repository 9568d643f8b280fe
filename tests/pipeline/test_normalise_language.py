"""triage.normalise and triage.language on hand-written texts."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.language_id import Py3LangidDetector
from consuldesk.pipeline.stages import LanguageStage, NormaliseStage
from consuldesk.pipeline.stages.language import normalise_hint
from consuldesk.pipeline.text import normalise_text, strip_placeholders


def test_normalise_placeholders_case_and_whitespace() -> None:
    text = "RT @Bob_1:  HELP!!\n\nSee https://t.co/AbC and WWW.Example.org — mail me at ana@example.com"
    assert normalise_text(text) == ("rt @user : help!! see <url> and <url> — mail me at ana@example.com")


def test_normalise_folds_fullwidth_and_styled_letters() -> None:
    assert normalise_text("ＨＥＬＰ 𝐮𝐬 ’now’") == "help us 'now'"


def test_normalise_stage_writes_normalised_only() -> None:
    item = TriageItem(id="1", text="  Hola   Mundo ")
    NormaliseStage()([item])
    assert item.normalised == "hola mundo"
    assert item.text == "  Hola   Mundo "


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Please help, we are trapped on the roof of our hotel and the water keeps rising", "en"),
        ("Socorro, estamos atrapados en el techo por la inundación y el agua sigue subiendo", "es"),
        ("Bonjour, j'ai perdu mon passeport à Lyon, que dois-je faire pour en obtenir un nouveau ?", "fr"),
        ("Olá, perdi o meu passaporte em Lisboa e preciso de um documento para voltar", "pt"),
        ("Hallo, mein Reisepass wurde gestohlen, was muss ich jetzt machen?", "de"),
        ("Dzień dobry, zgubiłem paszport w Atenach, co mam teraz zrobić?", "pl"),
        ("Здравствуйте, я потерял паспорт в Стамбуле, что мне делать?", "ru"),
        ("مرحبا، فقدت جواز سفري في القاهرة، ماذا أفعل؟", "ar"),
        ("我的护照在巴厘岛丢了，请问怎么办理旅行证？", "zh"),
        ("パスポートをなくしました。どうすればいいですか？", "ja"),
        ("여권을 잃어버렸어요. 어떻게 해야 하나요?", "ko"),
        ("मेरा पासपोर्ट खो गया है, कृपया मदद करें", "hi"),
        ("Mera passport kho gaya hai, kya karna chahiye? Bahut pareshan hoon", "hi"),
        ("Nawala po ang passport ko sa airport, ano po ang dapat kong gawin?", "tl"),
        ("Paspor saya hilang di bandara, bagaimana cara mengurus yang baru?", "id"),
        ("Tôi bị mất hộ chiếu ở Đà Nẵng, tôi phải làm gì?", "vi"),
        ("আমার পাসপোর্ট হারিয়ে গেছে, এখন কী করব?", "bn"),
        ("মোৰ পাছপোৰ্ট হেৰাল, এতিয়া কি কৰিম?", "as"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    [(detected, confidence)] = Py3LangidDetector().detect([strip_placeholders(normalise_text(text))])
    assert detected == lang
    assert 0.0 < confidence <= 1.0


def _language(text: str, hint: str | None = None) -> TriageItem:
    item = TriageItem(id="1", text=text, lang_hint=hint)
    NormaliseStage()([item])
    LanguageStage()([item])
    return item


def test_empty_text_is_undetermined_even_with_a_hint() -> None:
    assert _language("", "fr").language == "und"
    assert _language("   ", None).language == "und"


def test_too_short_text_uses_the_hint() -> None:
    assert _language("ok", "es-MX").language == "es"
    assert _language("ok", None).language == "und"
    assert _language("🙏🙏", "fil").language == "tl"


def test_confident_detection_beats_a_wrong_hint() -> None:
    item = _language("Bonjour, j'ai perdu mon passeport et je pars demain, aidez-moi", "en")
    assert item.language == "fr"
    assert item.language_confidence > 0.5


@pytest.mark.parametrize(
    ("hint", "code"),
    [("en-US", "en"), ("ZH_hant", "zh"), ("fil", "tl"), ("iw", "he"), ("spa", "es"), ("", None), ("x", None)],
)
def test_hint_normalisation(hint: str, code: str | None) -> None:
    assert normalise_hint(hint) == code
