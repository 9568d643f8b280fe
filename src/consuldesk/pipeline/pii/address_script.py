"""Addresses in scripts without capital letters: chains of keyword parts (Arabic, Persian, Urdu, Hebrew,
Bengali, Amharic, Mongolian).

Without capitals, the end of a street name cannot be seen from its letters, so these addresses are read
as chains of parts that each open with (or close with) an address word: "عمارة ٧ شارع الأمير ماجد شقة ١٢
حي الروضة", "تهران، خیابان پاسداران، گلستان هشتم، پلاک ۲۷، طبقه دوم", "বাড়ি ১২, রোড ৫, ধানমন্ডি",
"ወረዳ 03፣ የቤት ቁጥር 1247", "Баянзүрх дүүрэг, 26-р хороо, 15-р байр, 42 тоот". A part without an address
word ("گلستان هشتم") is kept only between two parts that have one, or at the end when it holds a postcode.
A chain is an address when it has a street, building or unit word and a number, or two keyword parts
(a building and its floor, "عمارة الحاج صالح … الدور التالت"). Parts are matched one at a time from a
keyword; every quantifier is bounded, so the cost is linear.
"""

from __future__ import annotations

import re

# Street, building and unit words written before their value. Arabic (ص.ب is a P.O. box), Persian, Urdu,
# Hebrew, Bengali, Amharic ("የቤት ቁጥር" house number, "ወረዳ" district), and Latin unit words seen in
# mixed-script addresses ("… ، Building 14").
_STRONG_BEFORE = (
    "شارع|طريق|جادة|زقاق|ممر|عمارة|عماره|بناية|بنايه|مبنى|برج|مجمع|شقة|شقه|فيلا|فيلّا|منزل|بيت رقم|قطعة|"
    "ص\\.ب\\.?|ص ب|صندوق بريد|"
    "خیابان|کوچه|بن‌بست|بن بست|بلوار|پلاک|ساختمان|مجتمع|آپارتمان|"
    "مکان نمبر|مکان نمبر|گلی|گلی نمبر|سڑک|روڈ|فلیٹ|فلیٹ نمبر|بلاک|ہاؤس|ہاؤس نمبر|پلاٹ|پلاٹ نمبر|"
    "רחוב|רח'|שדרות|שד'|דירה|בניין|כניסה|ת\\.ד\\.?|"
    "বাড়ি|বাসা|বাড়ি নং|বাসা নং|রোড|রোড নং|সড়ক|লেন|ফ্ল্যাট|ব্লক|হোল্ডিং|"
    "የቤት ቁጥር|ቤት ቁጥር|"
    "শারে|বাড়ি নম্বর|"
    # Gurmukhi and Devanagari house and lane numbers ("ਮਕਾਨ ਨੰ. 112, ਗਲੀ ਨੰ. 4"), post office ("ਡਾਕ. ਮੋਗਾ")
    "ਮਕਾਨ ਨੰ\\.?|ਮਕਾਨ|ਗਲੀ ਨੰ\\.?|ਗਲੀ|ਡਾਕ\\.|ਡਾਕਖਾਨਾ|मकान नं\\.?|मकान|गली नं\\.?|गली|डाक\\.|डाकघर|"
    # Tamil: "இல. 45" (number), "தெரு"/"வீதி"/"சாலை" (street, road) after the name
    "இல\\.|கதவு இல\\.|"
    "гудамж|байр|"
    # Tajik street, house, room and micro-district words before their value ("кӯчаи Бирюзова 12, хонаи 21"), the
    # Russian flat, house and building abbreviations Central Asian writers mix in ("…, кв. 112")
    "кӯчаи|кучаи|хиёбони|хонаи|ҳуҷраи|хуҷраи|микрорайони|кв\\.|д\\.|корп\\.|"
    # Armenian building, flat and house ("շ. 7, բն. 18", "տուն 11"); Georgian flat, block and house ("ბინა 14")
    "շ\\.|բն\\.|կորպ\\.|բնակարան|շենք|տուն|ბინა|კორპუსი|კორპ\\.|სახლი|"
    # Sorani street, lane, house, building and flat ("شەقامی ئاغماشێنەبێلی ٥٤، نهۆمی ٣ شوقەی ٩")
    "شەقامی|شەقام|کۆڵانی|کۆڵان|خانووی|باڵەخانەی|"
    "Building|Bldg|Flat|Apt|Villa|House|Block|Street|Road|Tower"
)
# Area and floor words: part of an address, but an address is not made of them alone.
_WEAK_BEFORE = (
    "حي|منطقة|الحي|الدور|الطابق|طابق|الرمز البريدي|"
    "طبقه|محله|محلهٔ|شهرک|فاز|میدان|کد پستی|کدپستی|"
    "سیکٹر|فیز|محلہ|"
    "קומה|מיקוד|שכונת|"
    "সেক্টর|তলা|"
    "ወረዳ|ቀበሌ|"
    "نهۆمی|نهۆم|گەڕەکی|شوقەی|شوقە|"
    "ਪਿੰਡ|गाँव|गांव|ग्राम|"
    "хороо|"
    # a town or village before its name: Armenian "ք. Աբովյան", "գ. Ազատան", Tajik "ш. Хуҷанд", "н. Рӯдакӣ"
    "ք\\.|գ\\.|ш\\.|н\\.|ноҳияи|шаҳри|деҳаи"
)
# Words written after their value that are never glued to it (a short "үй" ends many words, "байхгүй"): Kyrgyz,
# Kazakh and Uzbek numbered parts written number first ("7-кичирайон, 23-үй, 41-батир", "12-үй, 45-пәтер"),
# their districts and towns ("Бишкек ш.", "Алматы қ.", "Чуст тумани") and streets ("… кўчаси 12"); Armenian
# street, avenue, region, micro-district and quarter; Georgian street and avenue (also abbreviated).
_AFTER_SPACED = (
    "үй|уй|батир|пәтер|кичирайон|шағынаудан|ауданы|району|көчөсү|көшесі|кўчаси|даңғылы|проспекти|вилояти|тумани|"
    "қишлоғи|маҳалласи|мавзеи|ш\\.|қ\\.|"
    "փողոց|պողոտա|մարզ|միկրոշրջան|թաղամաս|նրբանցք|ქუჩა|ქ\\.|გამზირი|გამზ\\.|ჩიხი|შესახვევი"
)
# Words written after their value: Amharic sub-city ("ቦሌ ክ/ከተማ"), Mongolian district, sub-district,
# building, door and floor ("Баянзүрх дүүрэг", "26-р хороо", "15-р байр", "42 тоот", "2 давхар"),
# Persian/Urdu "town", Bengali "floor", Latin street words after a name ("Law College Road").
_AFTER_GLUED = (
    "ክ/ከተማ|ክፍለ ከተማ|ህንፃ|ሕንፃ|ብሎክ|ስትሪት|ጎዳና|ኮንዶሚንየም|"  # Amharic building, block, street, condominium
    "بلڈنگ نمبر|بلڈنگ|வீதி|தெரு|சாலை|"  # Urdu building; Tamil street and road
    "дүүрэг|хороо|хороолол|байр|тоот|давхар|өргөн чөлөө|гудамж|"
    "ٹاؤن|کالونی|"
    "তলা|"
    "Road|Street|Avenue|Ave|Rd|St|Lane|Boulevard|Blvd"
)
_AFTER = f"{_AFTER_GLUED}|{_AFTER_SPACED}"
_AFTER_WORDS = frozenset(w.replace("\\", "") for w in _AFTER.split("|"))  # as matched: "ш\\." is "ш."
# Unit words that are common words too (Arabic "واحد" is "one", Persian "واحد" a flat): only with a number.
_NUMBERED = "واحد|ቤት|ገዛ|বিল্ডিং"
_STRONG = re.compile(rf"(?:{_STRONG_BEFORE}|{_NUMBERED})(?![^\W\d_])")
_KW_BEFORE = rf"(?:{_STRONG_BEFORE}|{_WEAK_BEFORE})(?![^\W\d_])"
_KW_AFTER = rf"(?:{_AFTER})(?![^\W\d_])"
# Landmarks written inside an address: "جنب جامع الصحابة", "near Shiv Mandir", "روبروی پارک".
_LANDMARK = "جنب|بجانب|قرب|مقابل|خلف|وراء|امام|أمام|قدام|نزدیک|روبروی|پشت|کنار|نزد|ליד|מול|near|behind|opposite"
# Words that end a name: prepositions, conjunctions and verbs the sentence goes on with.
_STOP = (
    "في|فى|من|على|عند|الى|إلى|اللي|التي|الذي|و|مع|عن|هو|هي|احنا|نحن|انا|كان|كانت|بس|لكن|او|أو|يا|"
    "در|به|از|با|که|را|تو|هست|است|بود|اما|یا|ما|من|"
    "میں|کے|کی|کا|ہے|ہیں|اور|پر|سے|کو|نے|ہم|"
    "של|עם|אני|אנחנו|זה|גם|"
    "এবং|আমি|আমরা|থেকে|"
    "ነው|እና|ኣብ|አብ|ኢና|በ|"
    "ਹੈ|ਹਾਂ|ਵਿੱਚ|ਤੇ|ਦਾ|ਦੀ|ਦੇ|ਨੂੰ|ਅਤੇ|ਸੀ|है|हैं|में|का|की|के|और|को|हूँ|था|थी|"
    # "thank you", which can close the sentence an address ends: "… דירה 4, תודה"
    "תודה|شكرا|شكراً|ممنون|مرسی|شکریہ|ধন্যবাদ|ਧੰਨਵਾਦ|धन्यवाद|நன்றி|አመሰግናለሁ|"
    # the word "address" itself, which opens the sentence an address is in
    "العنوان|عنوان|عنواني|آدرس|پتہ|ঠিকানা|כתובת|አድራሻ|хаяг|Хаяг"
)
_NOT_NAME = rf"(?!(?:{_STRONG_BEFORE}|{_WEAK_BEFORE}|{_AFTER}|{_LANDMARK}|{_STOP})(?![^\W\d_]))"
# A word of a name: any letter of these scripts, or a capitalised Latin word ("ساختمان Al Nour").
# Letters and vowel signs of the scripts, without their punctuation (، ؛ ؟ ۔ ። ፣) and digits.
_LETTER = (
    "\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0590-\u05ff\u0980-\u09e5\u09f0-\u09ff"
    "\u1200-\u135f\u0400-\u04ff\u0531-\u0587\u10d0-\u10ff"  # … Cyrillic, Armenian, Georgian
    "\u0900-\u0963\u0966-\u097f\u0a00-\u0a63\u0a66-\u0a7f\u0b80-\u0bff"  # Devanagari, Gurmukhi, Tamil
)
# Word characters include the scripts' vowel signs and viramas, which `\w` leaves out ("ধানমন্ডি").
_NAME_WORD = rf"{_NOT_NAME}(?!\d)(?:[{_LETTER}]|[A-Z])(?:[\w\u200c'’\-/{_LETTER}]|\.(?=\w)){{0,24}}"
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_NUMBER = r"\d{1,5}(?:[/\-]\d{1,5}){0,2}(?:-?[A-Za-z\u0621-\u064a](?![^\W\d_]))?"
# Ordinal floor words ("الدور التالت", "طبقه دوم", "ثالث"): a floor can be written without digits.
_ORDINAL = (
    r"(?:ال)?(?:اول|أول|الأول|تاني|ثاني|تالت|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|ارضي|أرضي)[ةه]?"
    r"|(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|همکف)"
)
_VALUE = (
    rf"(?:(?:رقم|نمبر|নং|ਨੰ\.|नं\.|No\.?|#|№)[ ]?)?(?:\d{{6,10}}|{_NUMBER}(?![\w])(?:[ ]{_NAME_WORD}(?=[،,፣]))?"
    rf"|{_ORDINAL}(?![\w])|{_NAME}(?:[ ]{_NUMBER}(?![\w]))?)"
)
# A part without an address word: one or two words, a number only in the last ("ঢাকা-১২০৫", "الدمام 31412").
_BARE_NAME = rf"(?:(?![^\s،,]{{0,25}}\d){_NAME_WORD}[ ])?{_NAME_WORD}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\w])"
_PART = re.compile(
    rf"(?P<kw>(?:{_NUMBER}[ ])?{_KW_BEFORE}[ ]?[:#]?[ ]?{_VALUE}|(?:{_NUMBERED})[ ]{_NUMBER}(?![\w]))"
    rf"|(?P<after>(?:{_NUMBER}(?:-р|-րդ|-)?[ ]?)?(?:{_NAME}[ ])?{_KW_AFTER}(?:[ ]{_NUMBER}(?![\w\-]))?)"
    rf"|(?P<mark>(?:{_LANDMARK})[ ]{_NAME})"
    rf"|(?P<bare>(?:{_NAME_WORD}[ ]){{1,2}}{_UK_POSTCODE}|{_BARE_NAME}(?:[ \-]{_NUMBER}(?![\w]))?"
    rf"|{_UK_POSTCODE}|\d{{4,6}}(?![\w]))"
)
_SEP = re.compile(r"[ ]?[،,፣][ ]?|[ ]")
_TRIGGER = re.compile(
    rf"(?<![\w\u200c])(?:{_STRONG_BEFORE}|{_WEAK_BEFORE}|{_NUMBERED})(?![^\W\d_])"
    rf"|(?<=[\w ])(?:{_AFTER_GLUED})(?![^\W\d_])|(?<![^\W\d_])(?:{_AFTER_SPACED})(?![^\W\d_])"
)
# The scripts, and of Cyrillic only the letters Mongolian, Kazakh, Kyrgyz, Tajik and Uzbek have and Russian lacks
# (ү, ө, ә, қ, ғ, ң, ұ, ҳ, ҷ, ӣ, ӯ, ў): Russian and Ukrainian texts, common and long, are left to the
# Latin-and-Cyrillic street patterns.
_SCRIPT = re.compile(
    "[\u0600-\u06ff\u0590-\u05ff\u0980-\u09ff\u1200-\u137f\u04af\u04e9\u0900-\u097f\u0a00-\u0a7f\u0b80-\u0bff"
    "\u0531-\u0587\u10d0-\u10ff\u0493\u049b\u04a3\u04b1\u04b3\u04b7\u04d9\u04e3\u04ef\u045e]"
)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[ ]?(?:[.!?।۔።]|$)")
_MIXED = re.compile(r"[A-Za-z][^ ]*[ ][^A-Za-z ]|[^A-Za-z ][^ ]*[ ][A-Za-z]")  # "Surrey ਪਾਉਣਾ": two scripts
_MAX_PARTS = 8


def has_script(text: str) -> bool:
    """Whether `text` has letters of the scripts these chains are read in."""
    return not text.isascii() and _SCRIPT.search(text) is not None


def find_keyword_chains(text: str) -> list[tuple[int, int]]:
    """Address spans made of keyword parts, found from each address word not inside an earlier chain."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for hit in _TRIGGER.finditer(text):
        if hit.start() < pos:
            continue
        start = _name_before(text, hit) if hit.group() in _AFTER_WORDS else _number_before(text, hit.start())
        if start < pos:
            continue
        chain = _chain(text, start)
        if chain is not None:
            spans.append(chain)
            pos = chain[1]
    return spans


def _number_before(text: str, start: int) -> int:
    """The start of a house number written right before the street word ("١٥ شارع"), else `start`."""
    m = re.search(r"(?<![\w/\-])\d{1,5}[ ]$", text[max(0, start - 7) : start])
    return start - len(m.group()) if m else start


def _name_before(text: str, hit: re.Match[str]) -> int:
    """The start of the name or number a word written after its value closes ("Баянзүрх дүүрэг")."""
    begin = max(0, hit.start() - 40)
    for w in re.finditer(r"(?<![\w\u200c\-/])\w", text[begin : hit.start()]):
        m = _PART.match(text, begin + w.start())
        if m is not None and m.lastgroup == "after" and m.end() >= hit.end():
            return begin + w.start()
    return hit.start()


def _chain(text: str, start: int) -> tuple[int, int] | None:
    """The chain of parts from `start`, if it reads as an address."""
    end = start
    keywords = strong = 0
    pending = 0  # the end of the chain before trailing parts without a keyword
    pos = start
    for i in range(_MAX_PARTS):
        comma = False
        if i:
            sep = _SEP.match(text, pos)
            if sep is None:
                break
            pos = sep.end()
            comma = sep.group() != " "
        m = _PART.match(text, pos)
        if m is None or m.end() == pos:
            break
        kind = m.lastgroup
        if kind == "bare":
            if not comma and not re.search(r"\d{4}", m.group()):
                break  # without a comma, only a town with its postcode: "ص.ب 4512 الدمام 31412"
            numbered = _DIGIT.search(text, start, pos) is not None
            town = comma and numbered and _SENTENCE_END.match(text, m.end()) and not _MIXED.search(m.group())
            if _DIGIT.search(m.group()) or town:
                # "ঢাকা-১২০৫", "Slough SL1 1DH": a town with its postcode ends an address; so does a town
                # that ends the sentence after a numbered address ("… דירה 5, ירושלים.")
                pending = m.end()
        else:
            if kind == "after" and i and not comma and m.group() in _AFTER_WORDS:
                break  # "ፎክስ ስትሪት 112 ህንፃ እየተቃጠለ": a bare building word after the address is the sentence's
            keywords += kind != "mark"
            strong += (kind == "kw" and _STRONG.search(m.group()) is not None) or kind == "after"
            pending = m.end()
        end = pending
        pos = m.end()
    span = text[start:end]
    if strong and (_DIGIT.search(span) or keywords >= 2) and keywords >= 1 and len(span) >= 8:
        return start, end
    return None
