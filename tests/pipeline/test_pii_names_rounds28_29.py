"""Names the detector used to miss or invent in rounds 28 and 29 of the written corpus: Japanese given names
after more kinship words and before から/って, kinship labels before a whole name ("父：小林 誠（"), katakana and
known given names before an honorific; Korean names after 성함, before 씨 with a particle and in signatures
(드림, 올림), two-syllable surnames; Chinese pet names and signatures; Persian, Pashto and Punjabi kinship words
with an honorific between them and the name; a name again in another script in brackets; Azerbaijani and
Kazakh places in the locative after a kinship word. And the look-alikes that must stay unflagged. Fictional
people throughout; spans are checked exactly through `detect_pii` (rules and the name scorer together)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_pii
from consuldesk.pipeline.pii.names_japanese import find_japanese_given


def names(text: str, lang: str | None) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


def japanese_rule(text: str) -> list[str]:
    found: list[str] = []
    find_japanese_given(text, lambda s, e: found.append(text[s:e]), kana=True)
    return found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("姉の由紀からのLINEを転送します", "ja", ["由紀"]),
        ("叔母のシズエの家が屋根まで泥です", "ja", ["シズエ"]),
        ("兄の純一が2階に住んでいました", "ja", ["純一"]),
        ("父：小林 誠（1958年9月30日生）", "ja", ["小林 誠"]),
        ("夫：石川 浩一、家族が現地へ向かいます", "ja", ["石川 浩一"]),
        ("子：上原 ルーカス 湊（令和6年3月14日生まれ）", "ja", ["上原 ルーカス 湊"]),
        ("息子：渡辺 悠真　旅券番号 TK5103927", "ja", ["渡辺 悠真"]),
        ("会員の宮城 ロサさんのご家族は無事です", "ja", ["宮城 ロサ"]),
        ("어머니 성함 황보순자입니다.", "ko", ["황보순자"]),
        ("아버지 성함 문종길, 빨간 점퍼 입으셨어요", "ko", ["문종길"]),
        ("저희 직원 최다솜 씨가 연기를 마셨어요", "ko", ["최다솜"]),
        ("도와주실 수 있을까요? - 오다은 드림", "ko", ["오다은"]),
        ("رفیقم کامران رو پلیس گرفته", "fa", ["کامران"]),
        ("پدرم حاج اکبر از گرما افتاده", "fa", ["اکبر"]),
        ("زما کاکا عبدالله په رياض کې دی", "ps", ["عبدالله"]),
        ("میری بھین ثمینہ نوں فون نئیں لگدا", "pa", ["ثمینہ"]),
    ],
)
def test_names_are_found(text: str, lang: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("息子の翔太から今LINEが来ました", ["翔太"]),
        ("夫の正樹がヘビに咬まれた", ["正樹"]),  # a given name by its last character, not from the list
        ("娘 アンナ 2020年12月24日生です", ["アンナ"]),
        ("ケリー様と大野様には大変お世話になりました", ["ケリー"]),
        ("真央ちゃんの携帯にかけています", ["真央"]),
    ],
)
def test_japanese_rule_finds(text: str, expected: list[str]) -> None:
    assert japanese_rule(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "息子の様子がおかしいです",  # 様子 ends as names end, and is "the state"
        "母の紹介で伺いました",
        "出発5日後なんですが大丈夫かな",  # 夫 inside 大丈夫
        "ガイドさんが迎えに来ません",
        "父：日本人、母：ブラジル人",
        "メンバーのリストを送ります",
    ],
)
def test_japanese_look_alikes(text: str) -> None:
    assert japanese_rule(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("夫：石川 浩一（ISHIKAWA KOICHI） 家族が現地へ向かいます", "ja", ["石川 浩一", "ISHIKAWA KOICHI"]),
        ("중국인 친구 왕리(王丽)가 한국 관광비자를 신청해요", "ko", ["왕리", "王丽"]),
        ("Thank you! Jenny Park (박지은)", "ko", ["Jenny Park", "박지은"]),
    ],
)
def test_bracketed_alias_in_another_script(text: str, lang: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My colleague Jan Peeters (Belg) was arrested in Lille", "en"),  # same script: a nationality
        ("李伟 (father) 在医院", "zh"),  # lowercase: a relation
        ("我同事陈伟（七十八歳）在医院", "zh"),
    ],
)
def test_bracket_that_is_no_alias(text: str, lang: str) -> None:
    found = names(text, lang)
    assert "Belg" not in found and "father" not in found and "七十八歳" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我男友阿哲跟兩個朋友去二世谷後山", ["阿哲"]),  # a pet name after a kinship word
        ("她手機被拿走了 她叫小安 @TaipeiOfficeTokyo", ["小安"]),
        ("敬請協助查詢進度。 陳大文 敬上", ["陳大文"]),  # a signature
    ],
)
def test_chinese_pet_names_and_signatures(text: str, expected: list[str]) -> None:
    assert names(text, "zh") == expected


@pytest.mark.parametrize("text", ["我女朋友小时候住在这里", "我朋友小心点", "我朋友阿姨说的"])
def test_chinese_look_alikes(text: str) -> None:
    assert names(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Atam Kiyevdə xəstəxanadadır, insult keçirib", "az"),  # "in Kyiv": a place in the locative
        ("Әкем Екатеринбургте қайтыс болды.", "kk"),
    ],
)
def test_turkic_locative_after_a_kinship_word_is_no_name(text: str, lang: str) -> None:
    assert names(text, lang) == []


def test_turkic_name_after_a_kinship_word() -> None:
    assert names("Qardaşım Elvin xəstəxanadadır", "az") == ["Elvin"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("6 Pinay caregivers kami. Kelan po yung bus papuntang airport?", "tl"),  # "when"
        ("Tuan/Puan, saya ingin bertanya tentang pasport.", "ms"),  # "Sir/Madam"
        ("Hiç kimse yok. Sahil güvenlik yok ortada!", "tr"),  # "coast"
        ("Hech kim yordam chaqirmayapti. Kim biladi nima qilish kerak?", "uz"),  # "who"
    ],
)
def test_common_words_opening_a_sentence_are_no_names(text: str, lang: str) -> None:
    assert names(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("محترم قونسلګري! زما پلار ناروغ دی", "ps"),  # "respected consulate"
        ("به ریاست محترم سرکنسولگری در پیشاور با عرض سلام", "fa"),
        ("محترم قونصل جنرل صاحب، السلام علیکم", "ur"),
    ],
)
def test_an_office_after_respected_is_no_name(text: str, lang: str) -> None:
    assert names(text, lang) == []


def test_arabic_name_stops_before_born() -> None:
    assert names("ابني اسمه مصطفى مواليد 12/2/2017، وش الأوراق المطلوبة؟", "ar") == ["مصطفى"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Хүү маань Мөнх-Эрдэнэ Токиод мотоциклтой осолдсон", ["Мөнх-Эрдэнэ"]),  # "in Tokyo": the place goes
        ("Ахын хүү Тэмүүлэн Инчоны үйлдвэрт ажилладаг", ["Тэмүүлэн"]),  # "of Incheon"
    ],
)
def test_mongolian_place_in_a_case_after_a_name(text: str, expected: list[str]) -> None:
    assert names(text, "mn") == expected
