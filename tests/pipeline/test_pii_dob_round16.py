"""Dates of birth, round 16: birth words of African, South Asian, Central Asian and East European languages,
month names in those languages (and local calendars in Latin letters), dates with a year word, a newborn's
day and month before a birth verb, and dates next to a birth cue that must stay unlabelled."""

from __future__ import annotations

import pytest

from consuldesk.core.types import PiiType
from consuldesk.pipeline.pii.detect import detect_rules

DOB = PiiType.DATE_OF_BIRTH


def _births(text: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, k in detect_rules(text, lang) if k == DOB]


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        # am ti om: relative "who was born", possessive "her birth date", Ethiopian calendar
        ("ወንድሜ የተወለደው መስከረም 14 ቀን 1990 ዓ.ም ነው።", "am", "መስከረም 14 ቀን 1990 ዓ.ም"),
        ("ሓወይ ዕለተ ልደቱ 02/07/1985 እዩ።", "ti", "02/07/1985"),
        ("Obboleessi koo, guyyaan dhalootaa isaa 21/10/1979.", "om", "21/10/1979"),
        # lg rn ig mg wo xh zu yo ht
        ("Mwannyinaze yazaalibwa nga 06/08/2001 e Masaka.", "lg", "06/08/2001"),
        ("Omwana yazaalibwa nga 9 Ogwokutaano 2022.", "lg", "9 Ogwokutaano 2022"),
        ("Umukobwa wanje yavutse ku wa 12 Ruheshi 2019 i Gitega.", "rn", "12 Ruheshi 2019"),
        ("Nwanne m nwanyị mụrụ na 17 Mach 2001 n'Enugu.", "ig", "17 Mach 2001"),
        ("Teraka tamin'ny 5 Jona 1987 i Rabe.", "mg", "5 Jona 1987"),
        ("Sama doom juddu naa 22/01/2015 ci Dakar.", "wo", "22/01/2015"),
        ("Intombi yam yazalwa nge-30 kaMeyi 2020 eKapa.", "xh", "30 kaMeyi 2020"),
        ("Uthando wazalwa ngomhla ka-4 Julayi 2018.", "zu", "4 Julayi 2018"),
        ("Ìyá mi, tí wọ́n bí ní 8 Ògún 1960, wà ní Èkó.", "yo", "8 Ògún 1960"),
        ("Pitit mwen an fèt 7 jiyè 2016 Gonayiv.", "ht", "7 jiyè 2016"),
        # sw: "mwaka" between the month and the year; so: the day with its "-ka"
        ("Baba yangu alizaliwa tarehe 9 Julai mwaka 1948.", "sw", "9 Julai mwaka 1948"),
        ("Gabadhayda waxay dhalatay 3-da Maarso 2012.", "so", "3-da Maarso 2012"),
        # mt ga sq el lt lv sl
        ("Ibni twieled fil-15 ta' Marzu 2021 l-Mosta.", "mt", "15 ta' Marzu 2021"),
        ("Rugadh m'iníon i gCorcaigh ar an 2 Márta 2015.", "ga", "2 Márta 2015"),
        ("Vëllai im ka lindur më 11.11.1993 në Durrës.", "sq", "11.11.1993"),
        ("Νίκος Παππάς, γεν. 03/05/1977, ΑΦΜ στο αρχείο.", "el", "03/05/1977"),
        ("Dukra gim. 2019-04-30, reikia paso.", "lt", "2019-04-30"),
        ("Meita dzimusi 2021. gada 14. jūlijā Rīgā.", "lv", "2021. gada 14. jūlijā"),
        ("Potrdilo za sina, rojenega 9. 10. 2020, prosim.", "sl", "9. 10. 2020"),
        # az uz kk tg: year-first with a year word, Kazakh "ж.т." after the date, Tajik abbreviations
        ("Oğlum 2019-cu il 3 sentyabr təvəllüdlüdür.", "az", "2019-cu il 3 sentyabr"),
        ("Qizim 2018-yil 12-iyulda tug'ilgan.", "uz", "2018-yil 12-iyul"),
        ("Қызымыз Айша 05.02.2020 ж.т., Алматыда туған.", "kk", "05.02.2020"),
        ("Бародарам, т.в. 30.06.1989, шиноснома дорад.", "tg", "30.06.1989"),
        ("Духтарам таваллудаш 11.03.2016 аст.", "tg", "11.03.2016"),
        # ne pa ps he fi no
        ("mero janma miti २०४५/०८/२२ BS ho.", "ne", "२०४५/०८/२२"),
        ("ਮੇਰੀ ਜਨਮ ਮਿਤੀ 07/09/1970 ਹੈ।", "pa", "07/09/1970"),
        ("زما زوی د ۱۴۰۱/۰۲/۱۰ په نېټه په کابل کې زېږېدلی.", "ps", "۱۴۰۱/۰۲/۱۰"),
        ("נולדתי ב-3.2.1988 בחיפה.", "he", "3.2.1988"),
        ("Tyttäreni Aino (s. 14.05.2012) tarvitsee passin.", "fi", "14.05.2012"),
        ("Datteren vår ble født på sykehuset i Bergen 02.02.2022.", "no", "02.02.2022"),
        # st tn tw; romanised South Asian labels and verbs; Uyghur
        ("Morali oa ka o tsoetsoe ka la 21 Phupjane 2004 Leribe.", "st", "21 Phupjane 2004"),
        ("Ngwana o tsetswe ka 9 Diphalane 2016 kwa Francistown.", "tn", "9 Diphalane 2016"),
        ("Me ba no, wɔwoo no 30/01/2010 wɔ Accra.", "tw", "30/01/2010"),
        ("Bhai ki tareekh e paidaish 01/01/1985 hai.", "ur", "01/01/1985"),
        ("Meri beti 14 August 2020 ko paida hui thi.", "hi", "14 August 2020"),
        ("Amar chheler jonmo tarikh 19/09/2017.", "bn", "19/09/2017"),
        ("Mero chhori 2076/01/15 ma janmeki ho.", "ne", "2076/01/15"),
        ("ئوغلۇمنىڭ تۇغۇلغان ۋاقتى 2008-11-03", "ug", "2008-11-03"),
        # a birth label after the date, joined by a copula
        ("11/11/1991 is his date of birth.", "en", "11/11/1991"),
        ("El 07/08/1979 es su fecha de nacimiento.", "es", "07/08/1979"),
        # a newborn's day and month before a birth verb; a long clause before a verb-final birth verb
        ("Ўғлимиз 14 февраль куни Тошкентда туғилди.", "uz", "14 февраль"),
        ("என் மகன் 05.06.2021 அன்று Toronto General Hospital-இல் பிறந்தான்.", "ta", "05.06.2021"),
    ],
)
def test_birth_dates(text: str, lang: str, dob: str) -> None:
    assert _births(text, lang) == [dob]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # travel and expiry dates near birth words stay unlabelled
        ("Paspoti yangu inaisha tarehe 9 Julai mwaka 2027, mtoto alizaliwa hapa.", "sw"),
        ("Ndege yetu ni 12-ka Juun 2025; wiilkayga waa caafimaad qaba.", "so"),
        ("Pasaporta skadon më 11.11.2026, ka lindur djali im në Tiranë.", "sq"),
        # short month words of these languages are ordinary words elsewhere
        ("I had 3 out of 5 answers right, geboren or not.", "en"),
        ("Tenho 2 mas nasceu ontem o problema.", "pt"),
        # "s." and "f." are birth cues only in the Nordic languages
        ("See p. 12, s. 14.05.2012 of the report.", "en"),
        ("Voir f. 02.02.2022 du dossier.", "fr"),
        # a birthplace then a comma and a lowercase clause: the date is the clause's, not the birth's
        ("I was born in Accra, travelling on 03.04.2025 to Rome.", "en"),
        ("Jeg er født i Tromsø, reiser på 03.04.2025 til Roma.", "no"),
        ("Ndege yetu ni 03.04.2025, mtoto alizaliwa Mombasa.", "sw"),
        ("03/04/2025 is my appointment date, birthday later.", "en"),
        # a year word date that is a travel date
        ("Biz 2025-ci il 3 sentyabr uçuruq.", "az"),
    ],
)
def test_not_birth_dates(text: str, lang: str) -> None:
    assert _births(text, lang) == []
