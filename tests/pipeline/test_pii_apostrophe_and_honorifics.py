"""Turkish names with their case ending after an apostrophe, and Japanese names beside honorifics, particles
and introductions (`names_single`, `names`, `suffixed`, `caseless`)."""

from __future__ import annotations

import pytest

from pii_values import found_by_rules


def _persons(text: str, lang: str) -> list[str]:
    return found_by_rules(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the accusative and genitive follow persons: the name without its ending
        ("Oğlum Emre'yi balon düştükten sonra bulamıyoruz", ["Emre"]),
        ("Kuzenim Kerem'in arabası dün gece suya düştü", ["Kerem"]),
        ("muavinim Cengiz'i araçtan indirip götürdüler", ["Cengiz"]),  # a co-driver, as a kinship word
        ("İyi günler, oğlum Emir'in pasaportu için randevu almak istiyorum.", ["Emir"]),  # also a word: kin only
        # the locative follows places: nothing
        ("Kızım Berlin'de okuyor", []),
        # an honorific after the name stays outside it, also with its own ending
        ("Konsolosluk adına biri aradı, adı Hakan Bey'miş.", ["Hakan"]),
        # a word with a case ending closes the proper noun before the name
        ("Londra Başkonsolosluğu'ndaki Ayşe Hanım'a çok teşekkürler", ["Ayşe"]),
        ("Lahey Büyükelçiliği'nden Zeynep Arslan Hanım'a teşekkür ederim", ["Zeynep Arslan"]),
        ("Kızımız Elif Nisa 5 Mart 2023'te Köln'de doğdu", ["Elif Nisa"]),
    ],
)
def test_turkish_names_without_their_case_endings(text: str, names: list[str]) -> None:
    assert _persons(text, "tr") == names


def test_a_consulate_is_no_person() -> None:
    assert "Berlin Başkonsolosluğu" not in _persons("Berlin Başkonsolosluğu'ndaki Murat Bey sayesinde", "tr")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("日本人の友達の佐藤くんが中にいるって電話のあと連絡つかない", ["佐藤"]),  # the honorific stays out
        ("台湾出身の陳と申します。", ["陳"]),  # a surname alone introduced
        ("大野と申します。パスポートのローマ字を変えたい", ["大野"]),
        ("名前はそら、日本語しか話せません", ["そら"]),  # a name in hiragana, closed by a comma
        ("名前はゆうき。", ["ゆうき"]),  # a known hiragana name
        ("名前はまだない。", []),  # "no name yet"
        ("私は佐藤花子です", ["佐藤花子"]),
        ("ケアンズ、全員ホテルで無事です。添乗員 小林", ["小林"]),  # 小林 is a surname, not the pet name 小+林
        # a known given name alone, after a particle or punctuation
        ("同じ部屋の彩花が起きない", ["彩花"]),
        ("ブロモ山、私と美咲の2人だけ。", ["美咲"]),
        ("結衣が沈んでた。いま引き上げた。", ["結衣"]),
        ("大地が揺れた。", []),  # "the earth shook": a given name that is a word
    ],
)
def test_japanese_names(text: str, names: list[str]) -> None:
    assert _persons(text, "ja") == names


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        ("Ünvan: Tbilisi, Marjanishvili küç. 17, otaq 5. Kömək edin", "az", "Tbilisi, Marjanishvili küç. 17, otaq 5"),
        ("Yekaterinburq, Uralmaş, Kosmonavtov prospekti 52, 7-ci mərtəbə", "az",
         "Yekaterinburq, Uralmaş, Kosmonavtov prospekti 52, 7-ci mərtəbə"),
        # the Uzbek house word glued to the number, the entrance written number first
        ("Balashixa, Sovetskaya ko'chasi 48-uy, 3-podyezd, 7-qavat, 112-xonadon. Tez yordam", "uz",
         "Balashixa, Sovetskaya ko'chasi 48-uy, 3-podyezd, 7-qavat, 112-xonadon"),
        # Albanian room, Italian staircase and floor written word first
        ("Jam në rruga Egnatia 88, dhoma 304. Fluturimi", "sq", "rruga Egnatia 88, dhoma 304"),
        ("Banojmë në Via Mazzini 14, scala A, piano 2, pallati ka", "sq", "Via Mazzini 14, scala A, piano 2"),
        # a door letter after a hyphen belongs to the house number
        ("Mieszkamy na Kruisstraat 41-B, 5612 CE Eindhoven, dzieci", "pl", "Kruisstraat 41-B, 5612 CE Eindhoven"),
        # Sorani street, floor and flat words; a floor after a street written in Latin letters
        ("تبلیسی، شەقامی ئاغماشێنەبێلی ٥٤، نهۆمی ٣ شوقەی ٩. منداڵەکان", "ku",
         "شەقامی ئاغماشێنەبێلی ٥٤، نهۆمی ٣ شوقەی ٩"),
        ("ژنێکی کورد، Odos Acharnon 214، نهۆمی ٤، مێردەکەی", "ku", "Odos Acharnon 214، نهۆمی ٤"),
    ],
)
def test_floors_and_rooms_written_the_turkic_way_end_the_address(text: str, lang: str, address: str) -> None:
    assert found_by_rules(text, "ADDRESS", lang) == [address]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("adım Deniz Koral, 14 Kasım 1989 doğumluyum. Mossos'a ihbar yaptım", "14 Kasım 1989"),  # "I am born …"
        ("Viyana'da 3 Ocak'ta dogdu, adi Asya Nur.", "3 Ocak"),  # typed without ğ
    ],
)
def test_turkish_birth_verbs_with_endings_and_without_diacritics(text: str, birth: str) -> None:
    assert found_by_rules(text, "DATE_OF_BIRTH", "tr") == [birth]


def test_a_sorani_verb_after_a_title_is_no_name() -> None:
    # "the doctor says their state is stable": "دەڵێ" (says) is a present-tense verb, not a name
    assert found_by_rules("ئێستا لە نەخۆشخانەن و دکتۆر دەڵێ حاڵیان جێگیرە", "PERSON", "ckb") == []
    assert found_by_rules("دکتۆر ئاراس ئەحمەد دەڵێ باشە", "PERSON", "ckb") == ["ئاراس ئەحمەد"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("여권 분실했어요ㅠㅠ JANG SEOYEON 1998.07.14", "ko", ["JANG SEOYEON"]),  # the passport's capitals
        ("지금 JEONG MINJI인데 JUNG MINJI로 바꾸고 싶어요", "ko", ["JEONG MINJI", "JUNG MINJI"]),
        ("詳しくはLINE ID fx_kachi888 まで", "ja", []),  # an advert's capitals
        ("JANG SEOYEON lost her passport", "en", []),  # Latin-script texts are never tried
    ],
)
def test_names_in_passport_capitals_inside_another_script(text: str, lang: str, names: list[str]) -> None:
    assert found_by_rules(text, "PERSON", lang) == names
