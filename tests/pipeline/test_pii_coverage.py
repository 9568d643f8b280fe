"""Systematic cue coverage across the 41 corpus languages (the 2026 "blind" pass).

Every sentence was written for this test from knowledge of the language (fictional people and
numbers), not taken from any corpus: each checks one cue list, date format or pattern added by the
pass — birth cues before and after the date, native digits and month names, passport/ID/case words
per language, kinship, role and introduction cues.
"""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii import detect_pii


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], str(s.type)) for s in detect_pii(text, lang)}


DOB, PP, NID, CASE = "DATE_OF_BIRTH", "PASSPORT_NUMBER", "NATIONAL_ID", "CASE_NUMBER"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # birth labels and verbs before the date, local formats and month names
        ("My birthday is 12 March 1990 and my passport expired.", "en", "12 March 1990"),
        ("Applicant b. 05/07/1979, lost her documents.", "en", "05/07/1979"),
        ("Data nașterii: 12.12.1980", "ro", "12.12.1980"),
        ("Fiul meu s-a născut pe 5 martie 2015.", "ro", "5 martie 2015"),
        ("Min son är född den 4 maj 2016.", "sv", "4 maj 2016"),
        ("Min datter er født den 3. april 2020.", "da", "3. april 2020"),
        ("El meu fill va néixer el 5 d'agost de 2019.", "ca", "5 d'agost de 2019"),
        ("Můj syn se narodil 12. 3. 2017 v Brně.", "cs", "12. 3. 2017"),
        ("Moja dcéra sa narodila 4. júna 2019.", "sk", "4. júna 2019"),
        ("Kći mi je rođena 9. srpnja 2019.", "hr", "9. srpnja 2019"),
        ("Синът ми е роден на 3 март 2015 г.", "bg", "3 март 2015 г."),  # the year word is inside
        ("Мој син је рођен 5. маја 2014.", "sr", "5. маја 2014"),
        ("Anak saya dilahirkan pada 12 Mac 2016.", "ms", "12 Mac 2016"),
        ("Mwanangu alizaliwa tarehe 12 Machi 2016.", "sw", "12 Machi 2016"),
        ("Ipinanganak ang anak ko noong Marso 12, 2016.", "tl", "Marso 12, 2016"),
        ("ลูกชายเกิดวันที่ 12 มีนาคม 2559", "th", "12 มีนาคม 2559"),
        ("生年月日：平成2年5月1日", "ja", "平成2年5月1日"),
        ("ولد ابني في ١٥/٠٣/٢٠١٨ في عمان.", "ar", "١٥/٠٣/٢٠١٨"),
        ("जन्म तिथि: १२/०३/१९८५", "hi", "१२/०३/१९८५"),
        ("Ranar haihuwa: 05/06/1990", "ha", "05/06/1990"),
        ("የትውልድ ቀን: 05/06/1990", "am", "05/06/1990"),
        # the birth cue written after the date (verb-final languages, "… geboren")
        ("Meine Tochter wurde am 3. Mai 2017 in Graz geboren.", "de", "3. Mai 2017"),
        ("Oğlum 12 Mart 2015 tarihinde doğdu.", "tr", "12 Mart 2015"),
        ("A lányom 2018. május 5-én született.", "hu", "2018. május 5"),
        ("我儿子2016年3月12日出生。", "zh", "2016年3月12日"),
        ("息子は2016年3月12日生まれです。", "ja", "2016年3月12日"),
        ("아들은 2016년 3월 12일에 태어났습니다.", "ko", "2016년 3월 12일"),
        ("میرا بیٹا 12/03/2016 کو پیدا ہوا۔", "ur", "12/03/2016"),
        ("मेरो छोरा २०७५/०३/१२ मा जन्मेको हो।", "ne", "२०७५/०३/१२"),
        ("پسرم در ۱۴۰۲/۰۵/۱۲ متولد شد.", "fa", "۱۴۰۲/۰۵/۱۲"),
    ],
)
def test_birth_dates(text: str, lang: str, value: str) -> None:
    assert (value, DOB) in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a date before a birth-date label belongs to the label's neighbour, not to the label
        ("Паспорт действителен до 12.03.2030, дата рождения 01.01.1990", "ru"),
        ("Paspor berlaku 12/03/2030, tanggal lahir 01/01/1990", "id"),
        # a trailing birth verb in another clause does not make a date a birth date
        ("Termin am 12.03.2026. Mein Sohn wurde in Wien geboren.", "de"),
    ],
)
def test_other_dates_stay_out(text: str, lang: str) -> None:
    births = [v for v, kind in found(text, lang) if kind == DOB]
    assert all(not v.startswith("12") for v in births), births


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("Az útlevélszámom BE1234567.", "hu", "BE1234567", PP),
        ("Številka potnega lista PB1234567.", "sl", "PB1234567", PP),
        ("राहदानी नम्बर 09123456", "ne", "09123456", PP),
        ("పాస్‌పోర్ట్ నంబర్ M1234567", "te", "M1234567", PP),
        ("Lambar fasfo A01234567", "ha", "A01234567", PP),
        ("Nọ́mbà ìwé ìrìnnà A01234567", "yo", "A01234567", PP),
        ("नागरिकता नम्बर 27-01-71-01234", "ne", "27-01-71-01234", NID),
        ("El número de trámite es 00451239871.", "es", "00451239871", CASE),
        ("Numărul de înregistrare al cererii este 44812/2025.", "ro", "44812/2025", CASE),
        ("Sagsnummer 2025-11873 står på brevet.", "da", "2025-11873", CASE),
        ("Saksnummer 25/04412 fra UDI.", "nb", "25/04412", CASE),
        ("El número d'expedient és 2025/33108.", "ca", "2025/33108", CASE),
        ("Numer sprawy: WSO-II.6151.12.2025", "pl", "WSO-II.6151.12.2025", CASE),
        ("Broj predmeta je UP/I-217-02/25-01/112.", "hr", "UP/I-217-02/25-01/112", CASE),
        ("شماره پرونده ۴۴۸۱۲", "fa", "۴۴۸۱۲", CASE),
        ("מספר תיק 4471/25", "he", "4471/25", CASE),
        ("आवेदन संख्या 2025-44812", "hi", "2025-44812", CASE),
        ("আমার আবেদন নম্বর 2025-44812", "bn", "2025-44812", CASE),
        ("விண்ணப்ப எண் 2025-44812", "ta", "2025-44812", CASE),
        ("अर्ज क्रमांक 2025-44812", "mr", "2025-44812", CASE),
        ("เลขที่คำร้อง 2568/4481", "th", "2568/4481", CASE),
        ("Nombor permohonan 2025-44812", "ms", "2025-44812", CASE),
        ("Booking reference QX7TLM, flight cancelled.", "en", "QX7TLM", CASE),
    ],
)
def test_number_cues(text: str, lang: str, value: str, kind: str) -> None:
    assert (value, kind) in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Ma belle-sœur Aminata Diallo est bloquée à Bamako.", "fr", "Aminata Diallo"),
        ("Vielen Dank an Frau Konsulin Petra Lindner.", "de", "Petra Lindner"),
        ("Unsere Nachbarin Helga Sommer hat den Brand gemeldet.", "de", "Helga Sommer"),
        ("A minha sogra Graça Monteiro está no hospital.", "pt", "Graça Monteiro"),
        ("Брат ми Петър Димитров е изчезнал.", "bg", "Петър Димитров"),
        ("Спасибо консулу Игорю Лебедеву.", "ru", "Игорю Лебедеву"),
        ("Sunana Musa Abdullahi.", "ha", "Musa Abdullahi"),
        ("اسم من مریم رضایی است", "fa", "مریم رضایی"),
        ("میرے بھائی احمد علی لاپتہ ہیں", "ur", "احمد علی"),
        ("मेरो नाम सीता थापा हो", "ne", "सीता थापा"),
        ("माझे नाव सुनील जाधव आहे", "mr", "सुनील जाधव"),
        ("నా పేరు రవి కుమార్.", "te", "రవి కుమార్"),
        ("私は佐藤花子です。", "ja", "佐藤花子"),
        ("ስሜ አበበ በቀለ ነው", "am", "አበበ በቀለ"),
    ],
)
def test_person_cues(text: str, lang: str, name: str) -> None:
    assert (name, "PERSON") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mimi ni Mkenya na ninaishi Nairobi.", "sw"),  # "I am Kenyan": a weak introduction
        ("Sehr geehrte Damen und Herren, ich brauche einen Termin.", "de"),
        ("Consular Assistant – private visa company, Makati", "en"),
    ],
)
def test_no_person_from_weak_cues(text: str, lang: str) -> None:
    assert [v for v, kind in found(text, lang) if kind == "PERSON"] == []
