"""Dates of birth in Han numerals, which no digit-driven finder reaches: an era year ("民國八十七年", "平成元年"),
a year digit by digit ("二零一零年"), a lunar date ("农历八月十五"), each taken as a birth only with a birth
mark after it in its clause or a birth label before it; year-first dates with a year word (Georgian "1991 წლის
7 მაისს", Mongolian "2023 оны 11 дүгээр сарын 21", Turkmen "…-nji awgustynda"), Irish "12ú Lúnasa 2023",
Catalan "del 2017", Sundanese and Chichewa month names, Bikram Sambat with "साल … गते", Afghan solar
months; phones in local digits and in languages that had no phone regions; names with initials ("K. R. Menon",
"Md. Rafiqul Islam"). And look-alikes that must stay unflagged. Fictional
people throughout; spans are checked exactly through `detect_pii`."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_pii
from pii_values import births


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("她叫黃筱涵，民國八十八年六月二號生，手機已關機", "zh", "民國八十八年六月二號"),
        ("夫（平成元年六月二十日生）が昨夜警察に連れて行かれました", "ja", "平成元年六月二十日"),
        ("娘は令和五年十一月三日にバンクーバーで生まれました", "ja", "令和五年十一月三日"),
        ("我個仔二零一零年十月三號出世，護照就快到期", "zh", "二零一零年十月三號"),
        ("弟弟是2003年农历八月十五生的，家里急疯了", "zh", "2003年农历八月十五"),
        ("宝宝叫李沐阳，生日二〇二三年六月十八日", "zh", "二〇二三年六月十八日"),
        ("出生日期：一九八八年三月五日", "zh", "一九八八年三月五日"),
    ],
)
def test_han_numeral_births_found(text: str, lang: str, date: str) -> None:
    assert births(text, lang) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "我二零二四年十月三號去咗日本旅行，護照過期點算",  # a trip, no birth mark
        "令和六年十一月三日に大使館へ行きました",  # a visit
        "二零一零年十月三號，地震發生，我哋全家平安",  # a comma ends the clause before any mark
    ],
)
def test_han_numeral_dates_without_a_birth_stay_unflagged(text: str) -> None:
    assert births(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("მეუღლე: მარიამ ბერიძე, დაბადებული 1991 წლის 7 მაისს, აპოსტილი გვაქვს.", "ka", "1991 წლის 7 მაისს"),
        ("Охин маань 2023 оны 11 дүгээр сарын 21-нд Брно хотод төрсөн.", "mn", "2023 оны 11 дүгээр сарын 21"),
        ("Jigim 1999-njy ýylyň 2-nji awgustynda doglan, boýy gysga", "tk", "1999-njy ýylyň 2-nji awgustynda"),
        ("Rugadh mo mhac Oisín i mBoston ar an 12ú Lúnasa 2023.", "ga", "12ú Lúnasa 2023"),
        ("Va néixer el 3 de setembre del 2017, no sé si canvia res", "ca", "3 de setembre del 2017"),
        ("Salaki abdi Ujang, lahir 5 Méi 1990 di Garut", "su", "5 Méi 1990"),
        ("Ndinabadwa pa 12 Epulo 1996, ndipo nambala ya ID yanga", "ny", "12 Epulo 1996"),
        # Bikram Sambat with "साल … गते", Afghan solar months, Assamese and Konkani birth words
        ("छोरीको जन्म मिति २०८० साल भदौ १२ गते, साउदीको अस्पतालमा", "ne", "२०८० साल भदौ १२ गते"),
        ("نامش عمر است، تولدش ۵ حمل ۱۴۰۳ در شفاخانه‌ای در استانبول", "fa", "۵ حمل ۱۴۰۳"),
        ("দেউতাৰ পাছপোৰ্টত জন্মৰ তাৰিখ ১৫/০৪/১৯৫৮ আছে", "as", "১৫/০৪/১৯৫৮"),
        ("ताचो जल्म ३ मार्च १९४८ हो.", "kok", "३ मार्च १९४८"),
    ],
)
def test_year_words_and_local_months_found(text: str, lang: str, date: str) -> None:
    assert births(text, lang) == [date]


def test_an_afghan_month_that_is_a_word_needs_a_full_date() -> None:
    assert births("تولدش در ماه اسد است، سرطان دارد", "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "phone"),
    [
        # a national number in Arabic-Indic or Persian digits: its trunk zero is not an ASCII "0"
        ("ياريت حد من القنصلية يكلمني ٠١٠٢٣٤٥٦٧٨٩", "ar", "٠١٠٢٣٤٥٦٧٨٩"),
        ("الفندق يقول اغراضه بالغرفة. هذا جوالي ٠٥٠٣٣٤٧١٢٨ لو أحد عرف شي", "ar", "٠٥٠٣٣٤٧١٢٨"),
        ("پاسپورتش پیش صاحبخونه مونده. شماره من ۰۹۱۲۳۴۵۶۷۸۹", "fa", "۰۹۱۲۳۴۵۶۷۸۹"),
    ],
)
def test_phones_in_local_digits_found(text: str, lang: str, phone: str) -> None:
    assert [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PHONE"] == [phone]


@pytest.mark.parametrize(
    ("text", "lang", "phone"),
    [
        # languages with no phone regions before: a local number without its country code
        ("Jien ommu, Doris Farrugia, 9941 2273", "mt", "9941 2273"),
        ("Peye $250 frè dosye sou MonCash 3712-4455 bay Madame Lourdes", "ht", "3712-4455"),
        ("Nimewo m se 809-555-0164, yo pa vle mennen l lopital", "ht", "809-555-0164"),
    ],
)
def test_phones_of_languages_with_regions_found(text: str, lang: str, phone: str) -> None:
    assert [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PHONE"] == [phone]


def people(text: str, lang: str | None) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials before a known name, as South Asian and Filipino writers write them
        ("My number +91 94471 28830. — K. R. Menon (father)", "K. R. Menon"),
        ("Update on my father K. Raghunathan (72): he is stable", "K. Raghunathan"),
        ("Name W.A. Kusumawathi, DOB 14/06/1958, old passport lost", "W.A. Kusumawathi"),
        ("My brother Md. Rafiqul Islam fall from scaffolding at Dammam", "Md. Rafiqul Islam"),
        ("Do we need CENOMAR also? Ma. Cristina Reyes-Santos", "Ma. Cristina Reyes-Santos"),
    ],
)
def test_initialled_names_found_whole(text: str, name: str) -> None:
    assert people(text, "en") == [name]


def test_a_title_initial_stays_outside_the_name() -> None:
    assert people("Un grand merci à M. Ndiaye et à toute l'équipe", "fr") == ["Ndiaye"]
    assert people("Um obrigado enorme à D. Fernanda do consulado", "pt") == ["Fernanda"]
