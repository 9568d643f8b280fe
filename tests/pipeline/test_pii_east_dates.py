"""Dates of birth in number words of East and Southeast Asian languages (`pipeline/pii/dates_east.py` for Han
numerals, the lunar calendar and Korean; `dates_words.py` for Vietnamese, Indonesian, Malay and Tagalog)."""

from __future__ import annotations

import pytest

from pii_values import births


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        # lunar months and days: 腊月 (the twelfth), 冬月 (the eleventh), 初五 (the fifth)
        ("我奶奶的出生日期是农历一九五一年腊月初五，身份证上不一样", "zh", "农历一九五一年腊月初五"),
        ("外公一九四四年冬月十二生的，现在在温哥华", "zh", "一九四四年冬月十二"),
        # no year: a lunar day, or a day written with 号 before a birth mark
        ("女儿是农历八月十六出生的，想办旅行证", "zh", "农历八月十六"),
        ("宝宝是四月九号生的，出生纸要认证吗", "zh", "四月九号"),
        # a Minguo year without its era, after a birth label
        ("姓名林怡君，出生年月日八十二年六月三日，護照遺失", "zh", "八十二年六月三日"),
        # Korean: Sino-Korean year, month and day before 생
        ("딸 이름은 한소율, 이천이십일년 칠월 십사일생입니다", "ko", "이천이십일년 칠월 십사일"),
        ("동생 85년 시월 삼일생이에요", "ko", "85년 시월 삼일"),
        # native day numbers, a lunar month, a label before
        ("할머니 생일은 음력 섣달 스무이레예요", "ko", "섣달 스무이레"),
        ("신청서에 생년월일을 천구백칠십이년 유월 초사흘로 적었어요", "ko", "천구백칠십이년 유월 초사흘"),
        # Vietnamese: day and month in words, the year in digits, words or the sexagenary cycle
        ("Cháu tên Vũ Minh Anh, sinh ngày mười lăm tháng tám năm 2010, đang học ở Seoul", "vi",
         "mười lăm tháng tám năm 2010"),
        ("bé sinh ngày mồng ba tháng Giêng năm Quý Mão ạ", "vi", "mồng ba tháng Giêng năm Quý Mão"),
        ("Ông sinh ngày hai mươi tư tháng chín năm một nghìn chín trăm năm mươi, giờ ốm nặng", "vi",
         "hai mươi tư tháng chín năm một nghìn chín trăm năm mươi"),
        # all in lower case, no digit: the cue scan still runs
        ("em sinh ngày mười bảy tháng sáu, giờ muốn làm hộ chiếu", "vi", "mười bảy tháng sáu"),
        # Indonesian and Malay cardinals, Malay "haribulan", year words
        ("anak saya lahir tanggal dua puluh tiga Maret di Jeddah", "id", "dua puluh tiga Maret"),
        ("Bapa saya lahir pada lapan haribulan Jun 1949 di Ipoh", "ms", "lapan haribulan Jun 1949"),
        ("lahir pada sebelas Oktober dua ribu lima di Taipei", "id", "sebelas Oktober dua ribu lima"),
        # Tagalog ordinals with "ika-"
        ("Ipinanganak siya noong ika-labing-apat ng Hunyo sa Dubai", "tl", "ika-labing-apat ng Hunyo"),
    ],
)
def test_number_word_birth_dates(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a date in words without any birth mark or label is not a birth date
        ("我们农历八月十六回国，领馆那天开门吗", "zh"),
        ("시월 삼일에 영사관 예약했어요", "ko"),
        ("Ngày mười lăm tháng tám em bay về Hà Nội", "vi"),
        ("Kami berangkat dua puluh tiga Maret dari Jeddah", "id"),
    ],
)
def test_dates_in_words_without_a_birth_cue(text: str, lang: str) -> None:
    assert births(text, lang) == []
