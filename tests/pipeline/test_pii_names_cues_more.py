"""Names the detector used to miss after a cue: a title or cue opened by a quote, a kinship word before a name
that is also a place, an English role title before an unknown surname, Sorani Kurdish kinship words and
titles, Georgian given name + surname pairs, Tamil and Japanese given names after kinship words, Kurmanji "her
name", a known given name with a possessive or glued to Chinese text.
And the look-alikes that must stay unflagged. Fictional people throughout; spans are checked exactly
through `detect_pii` (rules and the name scorer together)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_pii


def names(text: str, lang: str | None) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a quote before the title: the title is still a cue
        ("Got a call from a 'Mr Collins' who said he's from the High Commission", "en", ["Collins"]),
        ("Scam alert: someone calling himself 'Officer Wekesa' asks for money", "en", ["Wekesa"]),
        # after "my <kin>", a given name that is also a place is the name when the sentence goes on
        ("My brother Dexter on board, nobody answers the coast guard", "en", ["Dexter"]),
        ("pls my sister Rowena in Riyadh her employer took her phone", "en", ["Rowena"]),
        # a known given name with a possessive, no cue
        ("Kevin's hospital bill is 180,000 baht and they keep his passport", "en", ["Kevin"]),
        ("hi, Darren Tan's mother here. my son was arrested", "en", ["Darren Tan"]),
        # a Latin name glued to Chinese text, with the surname after it
        ("我個仔Jason尋晚喺烏蘭巴托市中心影相", "zh", ["Jason"]),
        ("佢叫Winnie Lau，有冇人可以去睇下佢？", "zh", ["Winnie Lau"]),
        # Japanese: a given name alone after a kinship word, in kanji or katakana
        ("オーランドのテーマパークで5歳の息子の颯太がいなくなって40分", "ja", ["颯太"]),
        ("ロサンゼルスで生まれた長男・健太の出生届を出したいです", "ja", ["健太"]),
        ("娘のエマは令和6年1月19日生まれです", "ja", ["エマ"]),
        # Russian and Ukrainian: a given name and a patronymic in any case, a surname before them
        ("спасибо консульству в Дубае, особенно Ирине Викторовне за помощь", "ru", ["Ирине Викторовне"]),
        ("Мужу, Волкову Сергею Петровичу, плохо — упал", "ru", ["Волкову Сергею Петровичу"]),
        ("Дякую Олені Іванівні за допомогу", "uk", ["Олені Іванівні"]),
        # other languages' kinship words before a given name that is also a place or a word
        ("buenas mi esposo Byron lo tienen secuestrado en la sierra", "es", ["Byron"]),
        ("O meu irmão Wellington tá preso em Lima faz três dias", "pt", ["Wellington"]),
        # "thanks to" written with a preposition
        ("Gracias a Rocío del consulado en Miami", "es", ["Rocío"]),
        # "me and X are …": X is a person, known to the gazetteer or not
        ("Me and Dan are in Agia Paraskevi, the hotel is ok", "en", ["Dan"]),
        ("just to say me and Rumbi are fine after the blast", "en", ["Rumbi"]),
        # a list in which two names are known: the other items are names too
        ("Będą autobusy do Indii? Zgłaszam: Paweł, Ola, Kuba, Iga i ja, Kasia.", "pl",
         ["Paweł", "Ola", "Kuba", "Iga", "Kasia"]),
        ("Mohon didata ya min: Rizky, Nabila, Fauzan, Intan, Hafiz", "id",
         ["Rizky", "Nabila", "Fauzan", "Intan", "Hafiz"]),
        # ... but not a place heading the list after a preposition
        ("Lawine oberhalb Lyngseidet, Jonas und Marie vermisst", "de", ["Jonas", "Marie"]),
        # Yoruba kinship words typed without tone marks
        ("Ore mi Kemi ni Dubai sese ran voice note", "yo", ["Kemi"]),
        # an English role title before an unknown surname
        ("Congratulations Ambassador Oduya on the new posting", "en", ["Oduya"]),
        ("congrats Amb. Hartley on the new posting!", "en", ["Hartley"]),
        # Sorani: a kinship word with the possessive glued on, and "کاک" (Mr)
        ("کوڕەکەم ڕێبین لە دوێنێ ئێوارەوە لە ئەستەنبوڵ ون بووە", "ckb", ["ڕێبین"]),
        ("زۆر سوپاس بۆ کاک دلێر لە باڵیۆزخانە", "ckb", ["دلێر"]),
        # Sorani: after "his/her name", words up to punctuation, without the copula glued to the last
        ("ناوی ڕێبوار عومەر عەزیز، ژمارەی پاسپۆرت A2741", "ckb", ["ڕێبوار عومەر عەزیز"]),
        ("ناوی ئەحمەد دڵشادە، لە حەوتی ئاداری لەدایک بووە", "ckb", ["ئەحمەد دڵشاد"]),
        # Georgian: a known given name and a surname in -ძე / -შვილი, a case ending outside the span
        ("ნინო ბერიძე, 694 817 2253", "ka", ["ნინო ბერიძე"]),
        ("დიდი მადლობა კონსულ გიორგი ბერიძეს, ღამის 2 საათზე უპასუხა", "ka", ["გიორგი ბერიძე"]),
        # Tamil: a common given name after a kinship word
        ("வணக்கம். என் அப்பா முருகேசன் கடந்த வாரம் துபாயில் இறந்தார்", "ta", ["முருகேசன்"]),
        # Kurmanji: "her name is …"
        ("Keça me li Bielefeldê hat dinê, navê wê Berfîn e.", "ku", ["Berfîn"]),
    ],
)
def test_a_name_after_a_cue_is_found(text: str, lang: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # CJK punctuation opens a street word; Italian and Spanish particles inside a street name
        ("我在马德里一家中餐馆打工（Calle de Leganitos 14 那家），老板扣着我的护照", "zh", ["Calle de Leganitos 14"]),
        ("Aussie living in Rome, Via dei Serpenti 41. Do I book online?", "en", ["Via dei Serpenti 41"]),
    ],
)
def test_an_address_after_cjk_punctuation_or_with_a_particle_is_found(text: str, lang: str,
                                                                     expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "ADDRESS"] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a title before a common noun is a job or a programme, not a name
        ("a Nurse Practitioner saw him this morning", "en"),
        ("the Ambassador Program is great for students", "en"),
        ("Police Officer Training centre is closed", "en"),
        # a Latin place glued to Chinese text, before a place word
        ("布吉Racha島返程隻speedboat入水", "zh"),
        # Japanese: a noun or a place after a kinship word
        ("娘の学校が休みになりました", "ja"),
        ("娘のパスポートが切れています", "ja"),
        ("夫は日本、私と子どもはロンドンにいます", "ja"),
        # a place after a kinship word and a particle
        ("Mo bi omo mi ni London ni osu meji seyin", "yo"),
        ("Gracias a Dios estamos bien", "es"),
        # a shop or a brand with a possessive
        ("Meet us at Wendy's on Main Street", "en"),
        ("We are sheltering in the McDonald's by the station", "en"),
        # Sorani: a parent is the subject of a verb, not before a name; "بەڕێز" (Dear) before an office
        ("دایکم ئینگلیزی نازانێت و ئەو بە کوردی قسە دەکات", "ckb"),
        ("بەڕێز کونسوڵخانەی ئەڵمانیا لە هەولێر،", "ckb"),
        ("سڵاو، هاوسەرەکەم لە ئەڵمانیا دەژی و من لە هەولێرم", "ckb"),
        # Sorani: "my fiancée and I want …": a verb after the kinship word
        ("سڵاو، من و دەزگیرانەکەم دەمانەوێت لە کونسوڵخانە هاوسەرگیری تۆمار بکەین", "ckb"),
        # Georgian: a surname form alone, with no known given name before it
        ("ბერიძე ქუჩაზე ვცხოვრობთ", "ka"),
    ],
)
def test_a_look_alike_is_no_name(text: str, lang: str) -> None:
    assert names(text, lang) == []
