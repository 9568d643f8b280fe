"""Dates with the day, and often the year, written in words.

People who write formally or carefully spell the day out: "née le vingt-deux juin 1971", "родилась
третьего июля", "народився двадцять третього квітня", "urodziła się trzeciego maja", "انولدت يوم خمسة وعشرين
سبتمبر", "المولود في الخامس من شباط عام ألفين وعشرة". These patterns are the day words (French, Spanish,
Portuguese, Haitian cardinals; English ordinals; Slavic ordinal genitives, Bulgarian ordinals; Arabic
ordinals and cardinals, Maghreb "الفاتح" and teens; Indonesian and Malay cardinals, Tagalog "ika-" ordinals;
Vietnamese days with "tháng" and the month as a number word) and the year words that may follow the month. `dates.py`
joins them to its month names; like every day-and-month form they count as a birth date only after a birth
cue. Pure data.
"""

from __future__ import annotations


def _alt(*words: str) -> str:
    return "|".join(words)


_FR_UNIT = _alt("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_DAY = (
    rf"premier|1er|(?:vingt|trente)(?:[\- ]et[\- ]un|-(?:{_FR_UNIT}))?|dix-(?:sept|huit|neuf)|"
    rf"onze|douze|treize|quatorze|quinze|seize|dix|{_FR_UNIT}"
)
_ES_PT_DAY = (
    r"primero|primeiro|veinti(?:uno|ún|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|"
    r"vinte(?: e (?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?|treinta(?: y uno)?|trinta(?: e um)?|"
    r"dieci(?:séis|seis|siete|ocho|nueve)|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|"
    r"veinte|once|doce|trece|catorce|quince|onze|doze|treze|catorze|quinze|diez|dez|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|dois|três|quatro|sete|oito|nove"
)
_RU_UNIT = r"первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого"
_RU_DAY = (
    rf"(?:(?:двадцать|тридцать)\s)?(?:{_RU_UNIT})|десятого|одиннадцатого|двенадцатого|тринадцатого|"
    r"четырнадцатого|пятнадцатого|шестнадцатого|семнадцатого|восемнадцатого|девятнадцатого|двадцатого|тридцатого"
)
_UK_UNIT = r"першого|другого|третього|четвертого|п['’ʼ]ятого|шостого|сьомого|восьмого|дев['’ʼ]ятого"
_UK_DAY = (
    rf"(?:(?:двадцять|тридцять)\s)?(?:{_UK_UNIT})|десятого|одинадцятого|дванадцятого|тринадцятого|"
    r"чотирнадцятого|п['’ʼ]ятнадцятого|шістнадцятого|сімнадцятого|вісімнадцятого|дев['’ʼ]ятнадцятого|"
    r"двадцятого|тридцятого"
)
_BE_UNIT = r"першага|другога|трэцяга|чацв[её]ртага|пятага|шостага|с[её]мага|восьмага|дзявятага"
_BE_DAY = (
    rf"(?:(?:дваццаць|трыццаць)\s)?(?:{_BE_UNIT})|дзясятага|адзінаццатага|дванаццатага|трынаццатага|"
    r"чатырнаццатага|пятнаццатага|шаснаццатага|сямнаццатага|васямнаццатага|дзевятнаццатага|дваццатага|трыццатага"
)
_PL_UNIT = r"pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|dziewiątego"
_PL_DAY = (
    rf"(?:(?:dwudziestego|trzydziestego)\s)?(?:{_PL_UNIT})|dziesiątego|jedenastego|dwunastego|trzynastego|"
    r"czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego|dwudziestego|trzydziestego"
)
_EN_UNIT = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_EN_DAY = (
    rf"(?:the\s)?(?:(?:twenty|thirty)[\- ]?(?:{_EN_UNIT})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    rf"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|{_EN_UNIT})"
)
# Haitian Creole cardinals ("m fèt douz desanm 1994", "vennkat jen"), "premye" for the first
_HT_DAY = (
    r"premye|venteyen|vennde|venntwa|vennkat|vennsenk|vennsis|vennsèt|ventuit|ventnèf|trannteyen|trant|ven|"
    r"disèt|dizuit|diznèf|onz|douz|trèz|katòz|kenz|sèz|dis|de|twa|kat|senk|sis|sèt|uit|nèf"
)
_CS_UNIT = r"prvního|druhého|třetího|čtvrtého|pátého|šestého|sedmého|osmého|devátého"
_CS_DAY = (
    rf"(?:(?:dvacátého|třicátého)\s)?(?:{_CS_UNIT})|desátého|jedenáctého|dvanáctého|třináctého|čtrnáctého|"
    r"patnáctého|šestnáctého|sedmnáctého|osmnáctého|devatenáctého|dvacátého|třicátého"
)
# Serbian and Croatian ordinal genitives, Latin and Cyrillic ("rođena je dvadeset drugog oktobra")
_SH_UNIT = (
    r"prvog|drugog|trećeg|četvrtog|petog|šestog|sedmog|osmog|devetog|"
    r"првог|другог|трећег|четвртог|петог|шестог|седмог|осмог|деветог"
)
_SH_DAY = (
    rf"(?:(?:dvadeset|trideset|двадесет|тридесет)\s)?(?:{_SH_UNIT})|desetog|jedanaestog|dvanaestog|trinaestog|"
    r"četrnaestog|petnaestog|šesnaestog|sedamnaestog|osamnaestog|devetnaestog|dvadesetog|tridesetog|десетог|"
    r"једанаестог|дванаестог|тринаестог|четрнаестог|петнаестог|шеснаестог|седамнаестог|осамнаестог|деветнаестог|"
    r"двадесетог|тридесетог"
)
# Bulgarian ordinals ("роден на двадесет и осми февруари")
_BG_UNIT = r"първи|втори|трети|четвърти|пети|шести|седми|осми|девети"
_BG_DAY = (
    rf"(?:(?:двадесет|тридесет)\sи\s)?(?:{_BG_UNIT})|десети|единадесети|дванадесети|тринадесети|четиринадесети|"
    r"петнадесети|шестнадесети|седемнадесети|осемнадесети|деветнадесети|двадесети|тридесети"
)
_AR_ORD = r"الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع"
_AR_CARD = (
    r"واحد|اثنين|اتنين|ثلاثة|ثلاث|تلاتة|تلات|أربعة|اربعة|اربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|تمانية|ثمنية|"
    r"تسعة|تسع"
)
# Maghreb and Levantine teens: "حداش", "ثمنطاش", "خمسطاش"
_AR_TEENS = r"حداش|حضاش|اطناش|طناش|تلطاش|ثلطاش|ربعطاش|اربعطاش|خمسطاش|سطاش|سبعطاش|ثمنطاش|تمنطاش|تسعطاش"
_AR_DAY = (
    rf"(?:الحادي|{_AR_ORD})\s(?:عشر|والعشرين|والثلاثين)|العاشر|العشرين|الثلاثين|الفاتح|{_AR_ORD}|"
    rf"(?:{_AR_CARD}|عشرة|عشر)(?:\s(?:عشر|عشرة)|\sو(?:عشرين|ثلاثين))?|عشرين|ثلاثين|فاتح|{_AR_TEENS}"
)
# Indonesian and Malay cardinals ("dua puluh satu Januari", "empat belas Ogos"), Tagalog ordinals with "ika-"
# ("ika-labing-isa ng Marso", "ika-dalawampu't tatlo ng Agosto").
_ID_UNIT = r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan"
_ID_DAY = rf"(?:dua|tiga)\s(?:puluh|pulu)(?:\s(?:{_ID_UNIT}))?|(?:{_ID_UNIT})\sbelas|sepuluh|sebelas|{_ID_UNIT}"
_TL_UNIT = r"isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam"
_TL_DAY = (
    rf"ika-?(?:labing-?(?:{_TL_UNIT})|(?:dalawampu|tatlumpu)(?:['’]t\s?(?:{_TL_UNIT}))?|sampu|{_TL_UNIT})|una|unang"
)
# Every day word, case-insensitive where the script has case. A space must follow, so a short word ("dos",
# "de") never stands for the start of a longer one ("doce", "desanm").
DAY = (
    rf"(?i:{_EN_DAY}|{_FR_DAY}|{_ES_PT_DAY}|{_HT_DAY}|{_RU_DAY}|{_UK_DAY}|{_BE_DAY}|{_PL_DAY}|{_CS_DAY}|{_SH_DAY}|{_BG_DAY}|"
    rf"{_TL_DAY}|{_ID_DAY})"
    rf"|{_AR_DAY}"
)
# Between the day word and the month: "de", Arabic "من" ("الخامس من أغسطس"), Tagalog "ng", Malay "haribulan".
DAY_MONTH_LINK = r"(?:(?i:de|of|ng|haribulan|hb\.?)\s+|من\s+)?"
# Vietnamese: the day in words, "tháng" and the month as a number word or digits ("mười bảy tháng sáu", "mồng năm
# tháng Ba", "hai mươi hai tháng Chạp năm Nhâm Dần"); the year after "năm" in digits, words or the sexagenary cycle.
_VI_UNIT = r"một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín"
_VI_DAY = (
    rf"(?:mồng|mùng)\s(?:{_VI_UNIT}|mười)|(?:hai|ba)\smươi(?:\s(?:mốt|lăm|{_VI_UNIT}))?|mười(?:\s(?:lăm|{_VI_UNIT}))?|"
    rf"{_VI_UNIT}"
)
_VI_YEAR_WORD = r"không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|linh|lẻ|trăm|nghìn|ngàn"
_VI_YEAR = (
    rf"\s+năm\s+(?:\d{{4}}|(?:{_VI_YEAR_WORD})(?:\s(?:{_VI_YEAR_WORD})){{1,7}}"
    r"|(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))"
)
VI_DATE = rf"(?i:(?:{_VI_DAY})\s+tháng\s+(?:{_VI_UNIT}|mười\s(?:một|hai)|mười|giêng|chạp|\d{{1,2}})(?:{_VI_YEAR})?)"

_FR_NUM = (
    r"et|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|cents"
)
_RU_UK_NUM = (
    r"[а-яёіїєґ'’ʼ]{3,14}(?:ого|его|ього|ять|ать|десят|сто|сот|ок)"
)
_AR_NUM = (
    rf"و?(?:{_AR_CARD}|{_AR_TEENS}|عشرة|عشر|عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تمانين|تسعين|تسعمائة|تسعمية|"
    r"تسعمئة|مائة|مية|مئة|ألف|الف)(?![\u0621-\u064a])"
)
# The year after the month, in words: "deux mille vingt-quatre", "две тысячи двадцать четвёртого года",
# "п'ятдесят другого", "ألفين واثنين وعشرين", or digits after a year word ("عام ١٩٨٠").
YEAR = (
    r"(?:\s+(?i:de\smil|mil\snèf\san)(?:\s(?i:" + _HT_DAY + r"|karant|senkant|swasant|katreven)){0,3}"
    r"|\s+(?:хиляда|две\sхиляди)(?:\s(?:и\s)?[а-я]{3,14}){0,4}?\sгодина"
    r"|\s+(?:(?i:de|del|en)\s+)?(?i:(?:deux\s)?mille|mil|dix-neuf\scent)(?:[\s\-](?:" + _FR_NUM + r")){0,5}"
    r"|\s+(?:две|двух|дві|двох|тысяча|тисяча)\s(?:тысяч[иа]?|тисяч[іа]?|девятьсот|дев['’ʼ]ятсот)"
    rf"(?:\s{_RU_UK_NUM}){{0,3}}(?:\s(?:года|року|г\.|р\.))?"
    r"|\s+(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|двадцять|тридцять|"
    r"п['’ʼ]ятдесят|шістдесят|сімдесят|вісімдесят|дев['’ʼ]яносто)\s[а-яёіїє'’ʼ]{3,14}(?:ого|его|ього)(?:\s(?:года|року))?"
    # a decade alone ("пятидесятого года"); Belarusian ("восемдзесят сёмага", "дзве тысячы трэцяга")
    r"|\s+(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност|двадцят|тридцят|"
    r"п['’ʼ]ятдесят|шістдесят|сімдесят|вісімдесят|дев['’ʼ]яност)(?:ого|ього)(?:\s(?:года|року))?"
    r"|\s+(?:дваццаць|трыццаць|сорак|пяцьдзясят|шэсцьдзясят|семдзесят|восемдзесят|дзевяноста)\s[а-яёіў'’]{3,14}ага"
    r"(?:\s(?:года|г\.))?"
    r"|\s+(?:дзве|тысяча)\s(?:тысячы|дзевяцьсот)(?:\s[а-яёіў'’]{3,14}(?:ага|ць|сот|ста)){0,3}(?:\s(?:года|г\.))?"
    r"|,?\s+(?i:nineteen|twenty)\s(?i:hundred|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?i:one|two|three|four|five|"
    r"six|seven|eight|nine))?"
    r"|\s+(?:(?:عام|سنة)\s)?(?:ألفين|الفين|ألف|الف)(?:\s" + _AR_NUM + r"){0,3}"
    r"|\s+(?:(?:عام|سنة)\s)?" + _AR_NUM + r"(?:\s" + _AR_NUM + r"){0,2}"
    r"|\s+(?:عام|سنة)\s\d{4}"
    # Indonesian and Malay: "dua ribu delapan belas", "seribu sembilan ratus lima puluh satu"
    rf"|\s+(?i:dua\sribu|seribu\ssembilan\sratus)(?:\s(?i:{_ID_UNIT}|puluh|belas|sepuluh|sebelas)){{0,4}})"
)
