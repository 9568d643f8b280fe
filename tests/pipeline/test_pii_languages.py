"""Cues and formats in more languages (2026 pass on writers other than the dev file's author).

Every case is written for the test (fictional names and numbers): each checks a rule or list, not a
memorised string.
"""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii import detect_pii
from consuldesk.pipeline.pii.langwords import common_word


def found(text: str, lang: str | None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], str(s.type)) for s in detect_pii(text, lang)]


def people(text: str, lang: str | None) -> list[str]:
    return [value for value, kind in found(text, lang) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # lowercase honorifics, with a role between the title and the surname
        ("Quiero agradecer a la señora Paredes del consulado", "es", ["Paredes"]),
        ("Děkujeme paní konzulce Dvořákové za pomoc", "cs", ["Dvořákové"]),
        ("Ευχαριστώ την κυρία Παπαδοπούλου για τη βοήθεια", "el", ["Παπαδοπούλου"]),
        ("Thank you Ma'am Joy for the help", "en", ["Joy"]),
        # kinship words in more languages
        ("A fiam, Szabó Bence eltűnt Rómában", "hu", ["Szabó Bence"]),
        ("Meine Schwiegermutter Galina Petrova kommt im Juni", "de", ["Galina Petrova"]),
        # agglutinative endings and postpositions after the name
        ("Kızım Ayşe Demir Londra'da kayboldu", "tr", ["Ayşe Demir"]),
        ("mera bhai Arjun Dubai mein kaam karta hai", "hi", ["Arjun"]),
        # patronymics, honorifics after the name, native name with transcription
        ("Прошу внести в список: Кузнецов Павел Андреевич, 1980 г.р.", "ru", ["Кузнецов Павел Андреевич"]),
        ("Ödeme için Ayla Hanım ile iletişime geçin", "tr", ["Ayla"]),
        ("My colleague 王丽娜 (Wang Lina) is missing", "en", ["王丽娜", "Wang Lina"]),
        # caseless scripts: Thai titles, Chinese 叫, Japanese さん, Korean role + 님, Arabic/Persian/Hebrew
        ("แฟนฉัน นางสาวมาลี ใจงาม ถูกจับ", "th", ["มาลี ใจงาม"]),
        ("我女儿叫刘晓燕，今天失联了", "zh", ["刘晓燕"]),
        ("特に田中さんには大変お世話になりました。", "ja", ["田中"]),
        ("박서준 영사님 감사합니다", "ko", ["박서준"]),
        ("أخوي سعود سافر أمس", "ar", ["سعود"]),
        ("از آقای رضایی تشکر می‌کنم", "fa", ["رضایی"]),
        ("אחותי מיכל נעלמה אתמול", "he", ["מיכל"]),
    ],
)
def test_name_cues_in_more_languages(text: str, lang: str, names: list[str]) -> None:
    assert people(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hoy me dijeron que no hay citas", "es"),  # "hoy" (today) is also a given name
        ("Ela perdeu o passaporte ontem", "pt"),
        ("Mimi ni raia wa Kenya", "sw"),
        ("Urlaub ist erst im Oktober", "de"),  # "im" is no "I'm" in German, months are no names
        ("paspor saya habis bulan Juli", "id"),
        ("Ich bin Schweizerin, mein Mann Kanadier.", "de"),  # nationalities after weak cues
        ("امروز یه خانم مسن رو دیدم", "fa"),  # "خانم" is also "lady"
        ("मेरे पति सऊदी में हैं", "hi"),  # a place after a kinship word
    ],
)
def test_common_words_are_no_names(text: str, lang: str) -> None:
    assert people(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("ukradli mi pas (číslo 51873920) v hotelu", "cs", "51873920", "PASSPORT_NUMBER"),
        ("Mon pas assez de 51873920 euros", "fr", None, "PASSPORT_NUMBER"),  # "pas" is Czech only
        ("ЈМБГ 0107985711231, хвала", "sr", "0107985711231", "NATIONAL_ID"),
        ("บัตรประชาชนเลขที่ 3-1005-00211-23-3", "th", "3-1005-00211-23-3", "NATIONAL_ID"),
        ("Έχω την ταυτότητα ΑΒ 731902 μαζί μου", "el", "ΑΒ 731902", "NATIONAL_ID"),
        ("A személyim (731902BC) megvan", "hu", "731902BC", "NATIONAL_ID"),
        ("পাসপোর্ট নং B07731902, ধন্যবাদ", "bn", "B07731902", "PASSPORT_NUMBER"),
        ("police letter ref CR 12/03/2025 from the station", "en", "CR 12/03/2025", "CASE_NUMBER"),
        ("Numéro d'affaire 2024/TR/55102.", "fr", "2024/TR/55102", "CASE_NUMBER"),
        ("Our son 05.06.2024 родился в Анкаре", "ru", "05.06.2024", "DATE_OF_BIRTH"),
        ("Моя сестра Ірина Коваль (03.11.1990) не вернулась", "uk", "03.11.1990", "DATE_OF_BIRTH"),
        ("η κόρη μας γεννήθηκε στη Βιέννη στις 9 Απριλίου 2023", "el", "9 Απριλίου 2023", "DATE_OF_BIRTH"),
        ("ابني ولد بـ 14 تشرين الأول، شو لازم نعمل", "ar", "14 تشرين الأول", "DATE_OF_BIRTH"),
        ("کد ملی ندارم، متولد ۱۳۷۰/۰۲/۱۵", "fa", "۱۳۷۰/۰۲/۱۵", "DATE_OF_BIRTH"),
    ],
)
def test_number_cues_and_formats(text: str, lang: str, value: str | None, kind: str) -> None:
    spans = found(text, lang)
    if value is None:
        assert not [v for v, k in spans if k == kind]
    else:
        assert (value, kind) in spans


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        ("Please come: Block 2, Street 5, House 17, Hawally. Thank you", "en", "Block 2, Street 5, House 17, Hawally"),
        ("alamatnya 5-2-11 Kamiuma, Setagaya-ku, tolong bantu", "id", "5-2-11 Kamiuma, Setagaya-ku"),
        ("Sie wohnt in der Lindenallee 18 seit Mai", "de", "Lindenallee 18"),
        ("we stay at 45/2 Moo 4, Chalong now", "en", "45/2 Moo 4, Chalong"),
        ("العنوان: Plateau, Rue K14, villa 8. ساعدونا", "ar", "Plateau, Rue K14, villa 8"),
    ],
)
def test_address_formats_and_labels(text: str, lang: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text, lang)


def test_email_after_a_hebrew_prefix() -> None:
    text = "המיילים שלי מ-yael.cohen@example.org לא נענים"
    assert found(text, "he") == [("yael.cohen@example.org", "EMAIL")]


def test_sentence_words_that_are_names_elsewhere() -> None:
    # Sundanese "Aya …" (there is) and Haitian Creole "Li …" (he, she) open sentences; elsewhere they are names
    assert common_word("Aya", "su") and common_word("Li", "ht")
    assert not common_word("Aya", "ja") and not common_word("Li", "zh")
