"""Armenian, Georgian, Mongolian and Basque names without the case ending or article glued to them (`case_endings`),
and compound names joined by a hyphen."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.case_endings import (
    basque_name_length,
    cut_person_endings,
    mongolian_name_length,
    name_length,
)
from consuldesk.pipeline.pii.detect import detect_pii, detect_rules


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Արմենը", "Արմեն"),  # the article after a consonant
        ("Անահիտին", "Անահիտ"),  # the dative
        ("Սարգսյանից", "Սարգսյան"),  # the ablative of a surname in -յան
        ("Հակոբյանը", "Հակոբյան"),
        ("Արմեն", "Արմեն"),  # a name that ends in "ն" keeps it
        ("Երևանում", "Երևանում"),  # no name inside: unchanged
        ("ნინოს", "ნინო"),  # Georgian dative after a vowel
        ("ბერიძეს", "ბერიძე"),  # a surname in -ძე
        ("გიორგი", "გიორგი"),  # a name ending in "ი" of its own
        ("გიორგის", "გიორგი"),  # its dative: the name and "-ს"
        ("Armen", "Armen"),  # other scripts are never cut
    ],
)
def test_name_length(word: str, name: str) -> None:
    assert word[: name_length(word)] == name


def test_only_person_spans_are_cut() -> None:
    text = "Տիգրան Հակոբյանը, Երևանում"
    spans = [(0, 16, "PERSON"), (18, 26, "ADDRESS")]
    assert cut_person_endings(text, spans, "PERSON") == [(0, 15, "PERSON"), (18, 26, "ADDRESS")]


def test_rules_label_the_name_without_its_ending() -> None:
    text = "Եղբայրս Արմենը չի պատասխանում"
    assert [text[s:e] for s, e, kind in detect_rules(text, "hy") if kind == "PERSON"] == ["Արմեն"]


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Энхжаргалд", "Энхжаргал"),  # dative-locative
        ("Ганзоригийг", "Ганзориг"),  # accusative
        ("Баярсайхантай", "Баярсайхан"),  # comitative
        ("Номингоос", "Номин"),  # ablative after a nasal
        ("Ц.Ганбаатарыг", "Ц.Ганбаатар"),  # an initial before the name
        ("Сараа", "Сараа"),  # a hypocoristic name in "-аа" is not cut
        ("Улаанбаатарт", "Улаанбаатарт"),  # a place: no known name is left
    ],
)
def test_mongolian_name_length(word: str, name: str) -> None:
    assert word[: mongolian_name_length(word)] == name


def names(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нөхөр Ганзоригийг Прагад цагдаа саатуулсан", ["Ганзориг"]),  # a rule name, cut
        ("Консулын ажилтан Энхжаргалд маш их баярлалаа", ["Энхжаргал"]),  # found by its stem
        # an initial before a compound name
        ("Б.Тэмүүлэн, Ариунаа, Н.Мөнх-Очир. Бүртгэж авна уу", ["Б.Тэмүүлэн", "Ариунаа", "Н.Мөнх-Очир"]),
    ],
)
def test_mongolian_names_without_case_endings(text: str, expected: list[str]) -> None:
    assert names(text, "mn") == expected


def test_a_compound_name_known_whole_starts_a_candidate() -> None:
    # "Бат" alone is no known name; "Бат-Эрдэнэ" is
    assert names("Өчигдөр манай Бат-Эрдэнэ болон өөр 2 монгол залуу ухаангүй хэвтэж байна", "mn") == ["Бат-Эрдэнэ"]


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Mikeli", "Mikel"),  # dative
        ("Aitorrek", "Aitor"),  # ergative, the "r" doubled before it
        ("Arrietaren", "Arrieta"),  # genitive of a surname
        ("Leirerekin", "Leire"),  # comitative
        ("Mikel", "Mikel"),
        ("Bilboko", "Bilboko"),  # a place: no known name is left
    ],
)
def test_basque_name_length(word: str, name: str) -> None:
    assert word[: basque_name_length(word)] == name


def test_basque_names_without_case_endings() -> None:
    assert names("Mesedez, lagundu Mikeli, atxilotu dute", "eu") == ["Mikel"]
    assert names("Irati Goikoetxea Arrietaren pasaportea galdu da", "eu") == ["Irati Goikoetxea Arrieta"]
