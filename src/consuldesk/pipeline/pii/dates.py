"""Dates of birth: the date formats people write, and birth cues before or after the date.

A date counts as a birth date only next to a birth cue (`cues.BIRTH` before it, `cues.BIRTH_AFTER`
after it): "born on 14 February 2019", "Data nașterii: 12.12.1980", "Oğlum 12 Mart 2015 tarihinde
doğdu", "2016年3月12日生まれ", "12/03/2016 کو پیدا ہوا". Formats: numeric day-month-year and
year-month-day with . / - (spaced "12. 3. 2017" too), month names and abbreviations in the listed
languages and scripts (Latin, Greek, Cyrillic, Arabic, Persian, Urdu, Hebrew, Devanagari, Bengali,
Tamil, Telugu, Thai, Ethiopic), Hungarian year-first "2018. május 5", CJK 年月日 and Japanese eras,
Korean 년 월 일, Vietnamese "tháng". `\\d` also matches native digits (Arabic-Indic, Persian,
Devanagari, Bengali, Thai). Dates in number words: `dates_words.py` (after a birth cue) and `dates_east.py`
(Han numerals, the lunar calendar, Korean). Pure data and bounded regexes.
"""

from __future__ import annotations

import bisect
import re

from consuldesk.pipeline.pii import cues_world2 as _world2
from consuldesk.pipeline.pii import dates_local as _local
from consuldesk.pipeline.pii import dates_words as _words

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
    "apr|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    "setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    "septembre|octobre|novembre|décembre|decembre|janeiro|fevereiro|março|marco|maio|junho|julho|"
    "setembro|outubro|novembro|dezembro|januar|februar|märz|maerz|juni|juli|oktober|dezember|gennaio|"
    "febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|"
    "березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|maret|agustus|desember|"
    "enero|pebrero|marso|abril|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|ocak|şubat|mart|"
    "nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|"
    "μαΐου|μαίου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|ledna|února|března|"
    "dubna|května|června|července|srpna|září|října|listopadu|prosince|január|február|március|április|május|"
    "június|július|augusztus|szeptember|október|ianuarie|februarie|martie|aprilie|iunie|iulie|august|"
    "septembrie|octombrie|noiembrie|decembrie|"
    # sv, da, nb; ca; sk; hr; sr (Latin and Cyrillic); sl; bg; ms; sw; ha; abbreviations (es, fr, de, nl, pt)
    "maj|augusti|marts|desember|gener|febrer|març|maig|juny|juliol|agost|setembre|januára|februára|apríla|"
    "mája|júna|júla|augusta|septembra|októbra|novembra|decembra|siječnja|veljače|ožujka|travnja|svibnja|"
    "lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca|januara|februara|marta|aprila|juna|jula|"
    "avgusta|oktobra|јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|"
    "децембра|januarja|februarja|junija|julija|януари|февруари|март|април|май|юни|юли|август|септември|"
    "октомври|ноември|декември|mac|julai|ogos|disember|machi|aprili|agosti|septemba|oktoba|novemba|desemba|"
    "janairu|fabrairu|maris|afrilu|mayu|yuni|yuli|agusta|satumba|nuwamba|disamba|ene|abr|ago|dic|janv|"
    "févr|avr|juil|déc|mrt|okt|dez|fev|set|out|ιανουάριος|φεβρουάριος|μάρτιος|απρίλιος|μάιος|ιούνιος|"
    "ιούλιος|αύγουστος|σεπτέμβριος|οκτώβριος|νοέμβριος|δεκέμβριος"
)
# Month names in scripts without case, in one alternation: Arabic (Egyptian/Gulf and Levantine), Persian
# (solar and Gregorian), Urdu, Hebrew (with "ב", "in"), Hindi, Marathi, Nepali (Bikram Sambat), Bengali,
# Tamil, Telugu, Thai (full and abbreviated), Amharic (Ethiopian calendar).
_OTHER_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين الأول|تشرين الثاني|"
    "كانون الأول|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|آوریل|"
    "مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|"
    "اکتوبر|نومبر|دسمبر|ב?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"
    "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रिल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|"
    "दिसंबर|दिसम्बर|जानेवारी|फेब्रुवारी|एप्रिल|मे|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|बैशाख|"
    "वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|चैत|জানুয়ারি|"
    "জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
    "ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|జనవరి|"
    "ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్|มกราคม|กุมภาพันธ์|"
    "มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|"
    "มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|መስከረም|ጥቅምት|"
    "ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ"
)
# Month names of the 2026-12 coverage pass (`cues_world2.py`).
MONTHS += "|" + _world2.MONTHS
_OTHER_MONTHS += "|" + _world2.OTHER_MONTHS
# ... and of the round-16 pass (`dates_local.py`).
MONTHS += "|" + _local.MONTHS
_OTHER_MONTHS += "|" + _local.OTHER_MONTHS
# Arabic month names may come without a year ("انولدت بـ 2 آذار"): only those.
_AR_MONTHS = _OTHER_MONTHS.split("|فروردین")[0]
_M = rf"(?:(?i:{MONTHS})\.?|{_OTHER_MONTHS})"
# Hijri months (Islamic calendar), in Latin transliterations and in Arabic script: "3 ga Rabi'ul Awwal 1445",
# "١٥ رمضان ١٤٤٥".
_HIJRI = (
    r"muharram|safar|rabi['’ ]?(?:ul|u|al|i)?[ \-]?(?:awwal|awal|thani|akhir|akhar|al-awwal|al-thani)|"
    r"jumad[ae]['’ ]?(?:ul|al)?[ \-]?(?:ula|oola|awwal|akhira|akhirah|thani|al-ula|al-akhira)|rajab|"
    r"sha['’]?ban|ramadan|ramazan|ramadhan|shawwal|dhu?l?[ \-]?(?:qa['’]?dah|qi['’]?dah|hijjah|hijja)|"
    r"zulkaedah|zulhijjah"
)
_AR_HIJRI = (
    "محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|"
    "ذو القعدة|ذو الحجة"
)
# the full stop of an abbreviated month ("Sept. 5", "3 janv. 1990"), not one that ends the sentence ("14-март.")
_M = rf"(?:(?i:{MONTHS}|{_HIJRI})(?:\.(?=[ ]?\d))?|{_OTHER_MONTHS}|{_AR_HIJRI})"
# A year, optionally with its era or unit word: "พ.ศ. 2533", "1990 г." are left out of the span.
_Y = r"(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}"
# Day suffixes: English and French ordinals, Bengali "৩রা", "১লা", "৪ঠা", "৫ই", "২১শে".
_DAY_SUFFIX = rf"(?:st|nd|rd|th|er|º|°|\.|রা|লা|ঠা|ই|শে|{_local.DAY_SUFFIX})"
_MON3 = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# Eras written before the year: Japanese (Shōwa, Heisei, Reiwa, Taishō) and the Minguo calendar (Taiwan).
_ERA = "昭和|平成|令和|大正|民國|民国"
DATE = re.compile(
    r"\d{4}[./\-]\d{1,2}[./\-]\d{1,2}(?!\d)"
    r"|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})(?!\d)"
    rf"|\d{{1,2}}(?P<msep>[\-/ ])(?i:{_MON3})(?P=msep)(?:\d{{4}}|\d{{2}})(?!\d)"  # "12-Mar-88", "03/JUN/1990"
    r"|\d{1,2}\.[ ]\d{1,2}\.[ ]?\d{4}(?!\d)"
    # Korean "2023. 12. 7. 생", Hungarian "2015. 04. 12.,": the closing dot is the date's
    r"|\d{4}\.[ ]\d{1,2}\.[ ]\d{1,2}(?!\d)(?:\.(?=[ ]?[가-힣]|[,;:)]))?"
    rf"|\d{{1,2}}{_DAY_SUFFIX}?(?:\s+|-(?=[^\W\d_]))(?:(?:de|of|ga)\s+|d['’]|{_local.DAY_MONTH_LINK})?{_M}"
    rf"(?:(?:\s+del?|,|{_local.MONTH_YEAR_LINK})?\s+{_Y}|\s+del\s+\d{{2}}(?!\d))"  # Spanish "23 de octubre del 79"
    r"|\d{1,2}[ ]/[ ]\d{1,2}[ ]/[ ]\d{4}(?!\d)"  # spaced slashes: "١٢ / ٤ / ٢٠١٩"
    rf"|(?i:ika-?)\d{{1,2}}\s+ng\s+{_M},?\s+{_Y}"  # Tagalog "ika-5 ng Setyembre 2019"
    rf"|{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+ቀን)?,?\s+{_Y}"
    # Hungarian "1951. április 3.": the day's ordinal dot is the date's
    rf"|\d{{4}}\.\s(?:(?i:{MONTHS})|{_OTHER_MONTHS})\s\d{{1,2}}(?!\d)\.?"
    rf"|\d{{4}}\s(?:(?i:{MONTHS})|{_OTHER_MONTHS})\s\d{{1,2}}(?!\d)"
    rf"|{_local.YEAR_WORD_DATE.format(m=_M)}"
    rf"|(?:\d{{4}}|(?:{_ERA})\s?(?:\d{{1,3}}|元))\s?[年년]\s?\d{{1,2}}\s?[月월]\s?\d{{1,2}}\s?[日일号號]?"
    rf"|\d{{1,2}}\s+tháng\s+(?:\d{{1,2}}|{_local.VI_MONTH_WORDS})(?:,|\s+năm)?\s+\d{{4}}"
    r"|\d{4}\s?оны\s\d{1,2}(?:-р|\s(?:дүгээр|дугаар|дахь))?\s?сарын\s\d{1,2}"  # Mongolian "2019 оны 4 сарын 8"
    r"|\d{4}\s?оны\s(?:арван\s)?(?:нэг|хоёр|гурав|дөрөв|тав|зургаа|долоо|найм|ес|арав)(?:дугаар|дүгээр)\sсарын\s\d{1,2}"
    r"|\d{4}\s?ခုနှစ်\s?[\u1000-\u109f]{1,12}\s?\d{1,2}\s?ရက်"  # Burmese "၁၉၉၄ ခုနှစ် မေလ ၂၁ ရက်"
    r"|\d{1,2}\s?ខែ[\u1780-\u17dd]{1,10}\s?ឆ្នាំ\s?\d{4}"  # Khmer "១៥ ខែមេសា ឆ្នាំ១៩៦២"
    r"|\d{1,2}\s(?i:oṣù|osu)\s[^\W\d_][\w\u0300-\u036f\-]{1,14}\s\d{4}"  # Yoruba "21 Oṣù Kẹjọ 2015"
    rf"|\d{{1,2}}\s(?:{_AR_MONTHS})(?:\s\d{{4}})?(?![\w])"
)
# After a birth cue, a day and month without the year are a birth date too ("born on 2 June", "nato il 5
# gennaio", "lahir tgl 2 Februari", "born July 9"); elsewhere they are any date.
_DAY_MONTH = (
    rf"\d{{1,2}}{_DAY_SUFFIX}?\s+(?:(?:de|of)\s+)?(?:(?i:{MONTHS})|{_OTHER_MONTHS})(?![^\W\d_])"
    rf"|(?i:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:./])"
    rf"|(?i:ika-?)\d{{1,2}}\s+ng\s+(?i:{MONTHS})(?![^\W\d_])"  # Tagalog "ika-2 ng Pebrero"
    # Kyrgyz, Uzbek, Kazakh "5-март", "2-aprel", a locative ending glued after, out of the span ("5-мартта")
    rf"|\d{{1,2}}-(?i:{MONTHS})(?=(?:-?(?i:da|de|ta|te|да|де|та|те))?(?![^\W\d_]))"
)
# The day in words, the year in digits or words ("vingt-deux juin 1971", "третьего июля"); Darija glues "ف" (in)
# to the day: "فالعشرين من دجنبر". A pattern of its own, tried only at birth cues (`spelled_births`): its
# hundreds of day words would slow every other date match.
_SPELLED_DAY_HEAD = rf"(?<![^\W\d_ف])(?:{_words.DAY})\s+{_words.DAY_MONTH_LINK}"
_SPELLED_DATE = (
    rf"{_SPELLED_DAY_HEAD}(?:(?i:{MONTHS})|{_OTHER_MONTHS})"
    rf"(?:{_words.YEAR}|,?\s+\d{{4}}|\s+\d{{2}}(?!\d))?(?![^\W\d_])"
    rf"|{_words.VI_DATE}(?![^\W\d_])"
)
# Era marks written after the year, in the span: Hijri "١٤٢٨/٠٣/١٥هـ", Ethiopian "1982 ዓ.ም.".
_ERA_AFTER = r"(?:هـ|ه(?![\w])|\s?ዓ\.ም\.?|\s?ዓ/ም)?"
# Between a birth cue and its date: fillers ("on", "le", "am", "den", "dne", "tarehe", "noong" …), a
# birthplace ("nato a Bari il 22/10/1979", "born in Lagos on …"), or up to three other words ("ولد ابني
# في …", "ipinanganak ang anak ko noong …", "Data nașterii: …").
_LEAD_WORDS = (
    r"on|the|le|el|am|em|il|op|dia|is|was|de|del|ngày|vào|le|στις|στη|بـ|ب|في|در|den|dne|dňa|dana|la|pe|på|"
    r"tanggal|tgl\.?|pada|noong|sa|tarehe|ranar|a|w|dniu|dnia|в|на|ko|को|mnamo|em|no|dia|ni|at|in|of|"
    + _local.LEAD_WORDS
)
# A comma in the lead ends the birth clause when a lowercase word follows: "born in Lagos, flying on
# 12.05.2025" is a travel date; "born in Macroom, Co. Cork on …" and "TTL Surabaya, 04-12-1991" go on.
_NOT_LOWER = r"(?!\s+[a-zß-öø-ÿа-яёα-ωіїєґ])"
_WORD = r"[^\W\d_][\w\u0300-\u036f\u0900-\u0dff'’\-]{0,14}"  # with combining marks: Yoruba "rẹ̀"
DATE_LEAD = (
    r"[\s:,\-–(：]*(?:(?i:here|there|today|yesterday|aquí|acá|aqui|ici|qui|hier)\s+)?"
    rf"(?:(?i:in|at|à|a|en|em|w|в|во|di|aus|ở|tại|στη|στο|στην|σε|u|v|ve|da|de|{_local.PLACE_WORDS})\s+(?:[^\W\d_][\w'’\-]*(?:,{_NOT_LOWER})?\s+){{1,3}}?"
    r"(?=(?i:on|the|le|el|am|em|il|op|dia|de|ngày|στις|στη)\s+\d|\d))?"
    rf"(?:{_WORD}(?:[:：]|,{_NOT_LOWER})?\s+){{0,3}}?"  # "TTL Surabaya, 04-12-1991"
    rf"(?:(?i:{_LEAD_WORDS})\s*(?<=\s|ـ|-)|ب-?|ف(?=ال)|[בበ]-?){{0,2}}"  # Darija "فالعشرين" (on the 20th)
    r"(?:[是为為は写寫][：:]?)?"  # "出生日期是1987年11月2日", "生年月日は平成3年7月21日"
)
_LONG_MONTHS = "|".join(m for m in MONTHS.split("|") if len(m) > 3 or m in ("may", "mai", "maj", "mei", "май", "мая"))
BIRTH_DATE = re.compile(rf"{DATE_LEAD}((?:{DATE.pattern}){_ERA_AFTER}|{_DAY_MONTH})")
SPELLED_BIRTH = re.compile(rf"{DATE_LEAD}({_SPELLED_DATE})")
# A day in words with a month right after it: the texts worth a cue scan although they hold no digit.
SPELLED_DAY = re.compile(rf"{_SPELLED_DAY_HEAD}(?:(?i:{_LONG_MONTHS})|{_OTHER_MONTHS})|{_words.VI_DATE}")
DAY_MONTH = _DAY_MONTH  # a day and month without the year (the birth-date scorer's candidates, `birth_model.py`)
OTHER_MONTHS = _OTHER_MONTHS  # month names in scripts without case (ditto)
ERA = _ERA  # Japanese and Minguo era names (the Han-numeral dates, `dates_east.py`)

# Birth cues written right after the date: "15.03.2010 г.р.", "05.06.1983 р.н.", "2015 doğumlu", "…生まれ".
BIRTH_RIGHT_AFTER = re.compile(
    r"[ \t,]{0,2}(?:г\.[ ]?р\.|р\.[ ]?н\.|ж\.[ ]?т\.|"  # Kazakh "ж.т.": жылы туған
    r"года рождения|року народження|(?i:doğumlu)|生まれ|出生|년생|생(?![가-힣])|"
    r"родил(?:ся|ась)|народил(?:ся|ася)|(?i:nació|nasceu|naquit|est née?|geboren|urodził(?:a)? się|doğdu)(?![^\W\d_])|"
    r"(?i:r\.[ ]?ur\.)(?![^\W\d_])|"
    rf"{_local.LABEL_AFTER})"
)
_FULL_DATE = re.compile(r"\d{1,2}([./\-])\d{1,2}\1\d{4}|\d{4}([./\-])\d{1,2}\2\d{1,2}")
# What may stand between a date and a birth verb after it: no sentence end, no other number.
_GAP_STOP = re.compile(r"[.,:!?。，：！？;；\n।|\d]")
_GAP = 48
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_]){_M}\s+$")
_ERA_BEFORE = re.compile(rf"(?:{_ERA})\s?$")
_YEAR_OF_BIRTH = re.compile(r"(?:19|20)\d{2}[ ]?(?:г\.[ ]?р\.|р\.[ ]?н\.)")
# Birth marks written right after a date in scripts without spaces: "…日生", "…号生的", "…일생".
_RIGHT_AFTER_DATE = re.compile(r"[ ]?(?:生(?:まれ|的)?(?![\u4e00-\u9fff])|생(?![가-힣])|생(?=이|입))")
# A cue followed by another number is that number's label ("…, জন্ম তারিখ 01/01/1990"), not a verb.
_LABEL_OF_NEXT = re.compile(r"[^\d.!?。！？\n,，、]{0,24}\d")  # a comma ends the cue's clause


def full_date(text: str, start: int, end: int) -> bool:
    return _FULL_DATE.fullmatch(text, start, end) is not None


def _date_at(text: str, start: int) -> re.Match[str] | None:
    """The date whose digits start at `start`; a month name or an era may come first ("March 3, 1994",
    "ሚያዝያ 12 ቀን 2010", "昭和23年5月18日", "民國78年6月3日")."""
    date = DATE.match(text, start)
    if date is not None:
        return date
    lead = _MONTH_BEFORE.search(text, max(0, start - 24), start) or _ERA_BEFORE.search(text, max(0, start - 4), start)
    date = DATE.match(text, lead.start()) if lead is not None else None
    return date if date is not None and date.end() > start else None


def birth_after(text: str, start: int, after: list[int]) -> int:
    """End of a date at `start` followed, within its clause, by a birth cue that starts at one of the
    sorted offsets `after` ("Oğlum 12 Mart 2015 tarihinde doğdu"); 0 when there is none."""
    date = _date_at(text, start) or _CJK_DAY_MONTH.match(text, start) or _DAY_MONTH_ONLY.match(text, start)
    if date is None:
        return 0
    end = date.end()
    i = bisect.bisect_left(after, end)
    if i == len(after) or after[i] - end > _GAP or _GAP_STOP.search(text, end, after[i]):
        return 0
    if _LABEL_OF_NEXT.match(text, after[i]):
        return 0
    return end


# A month and day without the year, before a birth cue: "11月8日在首尔出生的", "3월 5일에 태어났", "3 март куни
# Пусанда туғилди" (a newborn). Month names of one to three letters are left out ("3 out of 4 …"), but "May".
_CJK_DAY_MONTH = re.compile(r"\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일号號](?!\d)")
_DAY_MONTH_ONLY = re.compile(
    rf"\d{{1,2}}{_DAY_SUFFIX}?\s+(?:(?i:{_LONG_MONTHS})|{_OTHER_MONTHS})(?![^\W\d_])"
    rf"|\d{{1,2}}-(?i:{_LONG_MONTHS})(?=(?:-?(?i:da|de|ta|te|да|де|та|те))?(?![^\W\d_]))"  # "5-мартта төрөлдү"
)


def birth_after_start(text: str, start: int) -> int:
    """Start of the date that `birth_after` found for the digits at `start` (a month name may lead)."""
    date = _date_at(text, start)
    return date.start() if date is not None else start


def has_birth_mark(text: str) -> bool:
    """Whether `text` has a birth mark that `birth_right_after` looks for: most texts have none."""
    return "生" in text or "생" in text or "р." in text  # substring tests: far faster than a regex search


def birth_right_after(text: str, start: int) -> tuple[int, int] | None:
    """A date at `start` with a birth mark glued after it ("1978년 2월 11일생", "1993年2月14日生",
    "2023. 12. 7. 생이라"), or a year of birth ("1988 г.р.", which keeps its mark: the year alone says
    nothing); None otherwise."""
    year = _YEAR_OF_BIRTH.match(text, start)
    if year is not None:
        return start, year.end()
    date = _date_at(text, start)
    if date is None or not _RIGHT_AFTER_DATE.match(text, date.end()):
        return None
    return date.start(), date.end()


# A birth date repeated as a correction after it: "DOB 12-Mar-88 on the form but my passport says 12/03/1988",
# "出生日期是1987年11月2日，旧护照上印成了1987年11月20日". The second date is the same person's birth date.
_CORRECTION = re.compile(
    r"(?:(?i:says|said|shows|showed|states|stated|reads|read|has|had|lists|listed|printed|written|wrote|put|puts"
    r"|instead of|rather than|not|dice|pone|indica|indique|marque|affiche|steht|stand|zeigt|statt|anstatt"
    r"|au lieu de|en vez de|en lugar de|em vez de|diz|mostra|tertulis|ditulis|bukan)"
    r"|印成了?|写成了?|写的是|写着|显示|而不是|不是|とある|になって)[\s:：,]{0,3}(?:(?i:as|it|is|was|als)\s+)?$"
)
_CORRECTION_WINDOW = 90


def corrected_birth(text: str, start: int, birth_end: int) -> tuple[int, int] | None:
    """A date at `start`, within a few words after a birth date ending at `birth_end` and written as its
    correction ("… but my passport says 12/03/1988"); None otherwise."""
    if not 0 < start - birth_end <= _CORRECTION_WINDOW:
        return None
    date = _date_at(text, start)
    if date is None or not _CORRECTION.search(text, max(birth_end, date.start() - 24), date.start()):
        return None
    return date.start(), date.end()


# Hebrew calendar dates, written in letters: "כ"ג באדר ב' תשפ"ד" (day, month with "ב", year of the
# thousands era). After a birth cue ("נולד/ה ב…", "תאריך לידה"), usually with the civil date in brackets.
_HEBREW_MONTH = "תשרי|חשוון|חשון|מרחשוון|כסלו|כסליו|טבת|שבט|אדר(?: [אב]'?)?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול"
_HEBREW_DATE = re.compile(
    rf"(?:נולד|נולדה|נולדתי|תאריך לידה:?)\s?ב?-?([א-ת]{{0,2}}[\"״'׳][א-ת]? ?ב?(?:{_HEBREW_MONTH})"
    r"(?: ה?ת[א-ת]{0,2}[\"״][א-ת])?)[ ]?$"
)


def hebrew_birth_before(text: str, start: int) -> tuple[int, int] | None:
    """The Hebrew calendar birth date ending just before `start` (a bracketed civil date), if any."""
    m = _HEBREW_DATE.search(text, max(0, start - 48), start)
    return m.span(1) if m is not None else None


def spelled_births(text: str, cue_ends: list[int]) -> list[tuple[int, int]]:
    """Dates with the day in words right after a birth cue ("née le vingt-deux juin", "родилась третьего
    июля"): the number scan starts from digits and never reaches them."""
    found = []
    for end in cue_ends:
        date = SPELLED_BIRTH.match(text, end)
        if date is not None:
            found.append(date.span(1))
    return found


# The word for "year" after a birth date's year, which writers keep inside the date (18 of 23 in the corpus when
# it is no label): "5 июля 1951 года", "1 січня 1940 р.", "14 ақпан 2023 ж.", "14 fevral 2020-ci il". Not the
# birth labels "г.р.", "р.н.", "ж.т." ("born in the year"), nor "года рождения", nor a locative ("2022-ci ildə").
_YEAR_WORD = re.compile(
    r"(?:[ ]?(?:года|году|року|годзе|рік)(?![\w])(?![ ](?:рождения|нараджэння|народження))"
    r"|[ ]?(?:г|р|ж)\.(?![ ]?[рнт]\.)|-?(?:ci|cı|cu|cü)[ ]il(?![\w]))"
)
_ENDS_IN_YEAR = re.compile(r"(?<!\d)\d{4}$")
# The Khmer "day" before the day's number, which writers keep inside the date (17 of 21 in the corpus; Lao and
# Thai writers leave their "ວັນທີ", "วันที่" out): "កើតថ្ងៃទី ២១ ខែកុម្ភៈ ឆ្នាំ ២០២៣".
_KHMER_DAY_WORD = re.compile("ថ្ងៃទី[ ]?$")


def with_birth_date_words(text: str, spans: list[tuple[int, int, str]], birth: str) -> list[tuple[int, int, str]]:
    """`spans` with each date of birth that ends in a year widened over the year word written after it, and
    one that starts with the day's number over the Khmer word for "day" before it."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if kind == birth and _ENDS_IN_YEAR.search(text, max(start, end - 5), end) is not None:
            m = _YEAR_WORD.match(text, end)
            if m is not None:
                end = m.end()
        if kind == birth and start >= 6 and text[start].isdigit():
            day = _KHMER_DAY_WORD.search(text, start - 7, start)
            if day is not None and (not out or out[-1][1] <= day.start()):
                start = day.start()
        out.append((start, end, kind))
    return out
