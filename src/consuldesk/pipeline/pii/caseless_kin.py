"""PERSON spans from cues the other caseless modules miss (round 16, second pass):

- Ethiopic: a list of names after a "names:" label ("ኣስማት፦ A B፣ C D፣ E F።", "ስሞች: …"), and a name after a
  title with a preposition glued to it ("ለአቶ ሳሙኤል ግርማ": to Mr Samuel Girma; the title stays out).
- Bengali and Assamese: a known given name before an honorific written after it ("সাজ্জাদ ভাই", "কামরুন আপা",
  "কৰিম চাহাবক").
- Lao: a kinship word, a space, and one word between spaces ("ນ້ອງສາວ ບຸນມີ ຍັງ…"): Lao is written without
  spaces between words, so a word set off by spaces right after a kinship word is a name.
- Khmer: "ខ្ញុំ" (I) before a common Khmer family name and a given name ("ខ្ញុំ សុខ នីតា").
- Georgian: a kinship word with the possessive glued to it and a name in apposition ("მამაჩემი, ზურაბი,"),
  and "we, A and B" with known names.
- Persian, Dari, Urdu and Pashto kinship words the Arabic-script patterns lack ("پسر کاکایم", "میرے بیٹے",
  "زما ورور", "ڈاکٹر"): the name words must be known (in Arabic or Persian spelling) or theophoric compounds.

Each part runs only when its script occurs, and each pattern starts from a literal cue. Doubtful cases give
nothing: a wrong name hides text an officer needs.
"""

from __future__ import annotations

import itertools
import re

from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii.gazetteer import Gazetteer, gazetteer
from consuldesk.pipeline.pii.names import AddPerson

# --- Ethiopic ---------------------------------------------------------------------------------------------
_ET = "\u1200-\u135a"
# "names", "our names", "the names", "list of names": Tigrinya and Amharic.
_ET_LIST = re.compile(
    rf"(?<![{_ET}])(?:ኣስማት|አስማት|ኣስማትና|ኣስማቶም|ስሞች|ስሞቻችን|ስማችን|ስሞቻቸው|ስማቸው|የስም ዝርዝር|ዝርዝር ኣስማት)"
    r"[ \t]*[:፦፥][ \t]*"
)
_ET_ITEM = re.compile(rf"[{_ET}]{{2,12}}(?:[ ][{_ET}]{{2,12}}){{0,2}}")
_ET_ITEM_END = re.compile(r"[ \t]*(?:[፣,،፤።.?፧!\n]|እና[ ]|ን[ ]|$)")
_ET_CLOSED = re.compile(r"[ ]?(?:ነው|ነኝ|ናት|ይባላል|ትባላለች|እዩ|እያ|[።፣፤,.()])")
_ET_SENTENCE_END = frozenset("።.?፧!\n")
# A title with "to", "from", "by", "of" glued to it: the title and its preposition stay out of the span.
_ET_TITLE = re.compile(
    # honorifics only: "የዶክተር ደብዳቤ" is "a doctor's letter"
    rf"(?<![{_ET}])(?:ለ|ከ|በ|የ|ወደ|ስለ)(?:አቶ|ኣቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት)[ ]"
    rf"(?P<n>[{_ET}]{{2,12}}(?:[ ][{_ET}]{{2,12}}){{0,2}})"
)
# Words that start like a glued preposition but are common name parts: "ወልደ…" (son of), "ገብረ…", "ከበደ".
_ET_NAME_START = ("ወልደ", "ገብረ", "ሃይለ", "ኃይለ", "ኪዳነ", "ተክለ", "ተኽለ", "ሀብተ", "ዘርአ", "ተስፋ", "ወ/")
# Words that end a name: prepositions, verbs and nouns that follow a name in a sentence.
_ET_STOP = frozenset(
    (
        *("ነው", "ነኝ", "ናት", "እዩ", "እያ", "ኣሎ", "ኣላ", "አለ", "አለች", "ይባላል", "ትባላለች", "እና", "ን", "ውን", "ግን"),
        *("አዲስ", "አበባ", "ኣብ", "ካብ", "ምስ", "ናብ", "ኢትዮጵያ", "ኤርትራ", "ፓስፖርት", "ቤት", "ቁጥር", "ሁለት", "ሶስት"),
        *("ልጅ", "ልጆች", "ሰዎች", "ሰባት", "ቆልዑ", "ህጻናት", "ህፃናት", "ሰብ", "ሌሎች", "ካልኦት"),
        # postpositions, adverbs and verbs that follow a kinship word ("እህቴ ቤሩት ውስጥ", "ወንድሜ በሰላም ገብቷል")
        *("ውስጥ", "ላይ", "ጋር", "ጋ", "ሁሉ", "በሰላም", "በስህተት", "ምስጋና", "ይድረሰው", "ያለበት", "ያለችበት", "ያለው"),
        *("ያለችው", "ከታሰረ", "ከታሰረች", "ታስሯል", "ገብቷል", "ተወለደ", "ተወለደች", "ሞተ", "ሞተች", "ይዞ", "ይዛ", "ያደረገውን"),
        *("ልጆቼን", "ልጆቼ", "ልጄን"),
        # times after a name: "ወንድሜ ቴዎድሮስ ትናንት ማታ …" (my brother T. last night)
        *("ትናንት", "ትላንት", "ዛሬ", "ነገ", "ማታ", "ጠዋት", "አሁን", "ባለፈው", "ከትናንት", "ከዛሬ", "በቅርቡ", "ደግሞ"),
        *("ሌላ", "አገር", "ሀገር", "እዚህ", "እዚያ", "እዛ", "ብቻ", "ብቻውን", "ብቻዋን", "በጣም"),
        *("ዩኒቨርሲቲ", "መሬት", "አሰሪዋ", "አሰሪው", "አሰሪዬ", "ቤቱ", "ቤቷ", "ቤት", "ሆቴል", "ሆስፒታል", "እስር"),
        # the cities of the Gulf, Lebanon and East Africa that follow "my sister …" in migrant workers' posts
        *("ቤሩት", "ቤይሩት", "ጂዳ", "ሪያድ", "ናይሮቢ", "ዱባይ", "ሻርጃ", "ኩዌት", "ሊባኖስ", "ሳውዲ", "ኳታር", "ዶሃ"),
        *("ጣሊያን", "ኬንያ", "አሜሪካ", "ጀርመን", "እንግሊዝ", "ካናዳ", "ኦማን", "ባህሬን", "ዮርዳኖስ", "ግብፅ", "ሱዳን"),
    )
)
# A nationality adjective ("ጣሊያናዊ" Italian, "ኬንያዊ" Kenyan): "ባለቤቴ ጣሊያናዊ ነው" is no name.
_ET_NATIONALITY = "ዊ"
_ET_PREFIX = "በከለየወ"


def am_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name in text[s:e] after an Ethiopic cue (kinship word, "ስሜ" my name, a title), or None when its
    first word is a copula or another stop word. A second word that opens like a glued preposition, and any
    third word, only count when known, a common name start ("ወልደ…"), or closed by punctuation or a copula
    ("ስሜ ሰላማዊት ደጀኔ ወልደሚካኤል፣")."""
    g = gazetteer()
    words = text[s:e].split(" ")
    if words[0] in _ET_STOP or (words[0].endswith(_ET_NATIONALITY) and len(words[0]) > 3):
        return None  # "ለእህቴ ነው": "(it is) for my sister"; "ባለቤቴ ጣሊያናዊ ነው": my husband is Italian
    end = s + len(words[0])
    for i, word in enumerate(words[1:], start=1):
        after = end + 1 + len(word)
        namey = g.is_name(word) or word.startswith(_ET_NAME_START)
        plain = i == 1 and word[0] not in _ET_PREFIX
        closed = _ET_CLOSED.match(text, after) is not None or (i == 1 and after == len(text))
        if word in _ET_STOP or not (namey or plain or closed):
            break
        end = after
    return s, end


def _ethiopic(text: str, add: AddPerson) -> None:
    for m in _ET_LIST.finditer(text):
        pos = m.end()
        for _ in range(12):
            item = _ET_ITEM.match(text, pos)
            end = _ET_ITEM_END.match(text, item.end()) if item is not None else None
            if item is None or end is None:
                break  # the item runs into a sentence: the list is over
            found = am_name(text, *item.span())
            if found is None or found[1] != item.end():
                break
            add(*found)
            if text[item.end() : end.end()].strip(" \t") in _ET_SENTENCE_END or end.end() == len(text):
                break  # the sentence, and the list, end here
            pos = end.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
    for m in _ET_TITLE.finditer(text):
        found = am_name(text, *m.span("n"))
        if found is not None:
            add(*found)


# --- Bengali and Assamese ---------------------------------------------------------------------------------
_BN = "\u0980-\u09e3\u09f0\u09f1"
# Honorifics written after a name (brother, sister, elder sister, sir, "sahib"), with a case ending glued.
_BN_HONOUR = re.compile(
    rf"(?<![{_BN}])(?P<n>[{_BN}]{{2,15}})[ ](?:ভাই|ভাইয়া|ভাইয়া|আপা|আপু|দিদি|বৌদি|ভাবি|ভাবী|সাহেব|সাহেবা|চাহাব|"
    rf"ছাহাব|বাইদেউ|ককাই|দাদা|স্যার|ম্যাডাম)(?:কে|ক|ৰ|র|এর|কেও|ও|য়ের)?(?![{_BN}])"
)
# Assamese letters and their Bengali twins: the gazetteer spells names the Bengali way.
_AS_TO_BN = str.maketrans({"ৰ": "র", "ৱ": "ব"})


def _bn_known(word: str) -> bool:
    g = gazetteer()
    return g.is_given(word) or g.is_given(word.translate(_AS_TO_BN))


def _bengali(text: str, add: AddPerson) -> None:
    for m in _BN_HONOUR.finditer(text):
        if _bn_known(m.group("n")):
            add(*m.span("n"))


# --- Lao --------------------------------------------------------------------------------------------------
_LO = "\u0e81-\u0ece\u0edc-\u0edf"
_LO_KIN = re.compile(
    rf"(?:ອ້າຍ|ນ້ອງຊາຍ|ເອື້ອຍ|ນ້ອງສາວ|ລູກຊາຍ|ລູກສາວ|ຜົວ|ເມຍ|ພໍ່|ແມ່|ໝູ່|ຫມູ່|ເພື່ອນ|ແຟນ|ນ້ອງ|ລູກ|ປ້າ|ລຸງ|ຕິດຕໍ່|ຂອບໃຈ)"
    # "ນ້ອງສາວຂ້ອຍ ຊື່ ແສງເດືອນ": "named" between the kinship word and the name
    rf"(?:ຂອງ)?(?:ຂ້ອຍ|ຂ້າພະເຈົ້າ|ເຮົາ)?(?:[ ]ຊື່)?(?:[ ](?:ເອື້ອຍ|ອ້າຍ|ນ້ອງ|ທ່ານ|ທ້າວ|ນາງ))?[ ]+"
    rf"(?P<n>[{_LO}]{{2,12}})(?=[ ]|[\d,.!?]|$)"
)
# Never a name: pronouns, verbs, place and time words, and pieces of the kin and cue words.
_LO_INNER = (
    "ຂ້ອຍ", "ແລ້ວ", "ຂອງ", "ຢູ່", "ໄປ", "ບໍ່", "ແມ່ນ", "ໄດ້", "ກັບ", "ທີ່", "ເຮັດ", "ວຽກ", "ປະເທດ", "ແຂວງ", "ມື້", "ຂໍ",
    "ຊ່ວຍ", "ເຈົ້າ", "ເລື່ອງ", "ເອກະສານ", "ສະຖານ", "ໂທ", "ຫາຍ", "ເຈັບ", "ຕາຍ", "ປີ", "ເດືອນ", "ຊົ່ວໂມງ", "ຍັງ", "ກໍ",
    "ເຂົາ", "ລາວ", "ພວກ", "ທຸກ", "ຄົນ", "ເປັນ", "ຫຼາຍ", "ໃຫ້", "ຈາກ", "ເງິນ", "ຕຳຫຼວດ", "ໂຮງ", "ບ້ານ",
    "ຊື່", "ຖືກ", "ກັກ",
)  # fmt: skip
# Short words that end names too ("ບຸນມີ": ມີ "have"): never a name alone, but no bar inside one.
_LO_WORDS = frozenset(("ມີ", "ປີ", "ກໍ", "ຈະ", "ດີ", "ນີ້", "ນັ້ນ", "ໃຜ", "ຫຍັງ", "ບໍ"))
# A word set off by spaces before "phone" and a number: "ສົມພອນ ໂທ 092-…".
_LO_PHONE = re.compile(rf"(?<![{_LO}])(?<![{_LO}][ ])(?P<n>[{_LO}]{{2,12}})[ ]ໂທ[ ]?(?=[+\d])")


def _lao(text: str, add: AddPerson) -> None:
    for pattern in (_LO_KIN, _LO_PHONE):
        for m in pattern.finditer(text):
            word = m.group("n")
            if word not in _LO_WORDS and not any(p in word for p in _LO_INNER):
                add(*m.span("n"))


# --- Khmer ------------------------------------------------------------------------------------------------
_KM = "\u1780-\u17d3\u17dd"
_KM_SURNAMES = (
    "សុខ|ចាន់|ហេង|លី|គឹម|ម៉ៅ|ស៊ុន|ឈឹម|សៀង|ខៀវ|ប៊ុន|ឡុង|នួន|ពៅ|ហ៊ុន|យឹម|ម៉ម|សេង|ទេព|អ៊ុំ|លឹម|កែវ|ឃុន|ស៊ឹម|មាស|"
    "សំ|ជា|ឈួន|ស្រី|អ៊ឹង|ហ៊ាង|សាន|ម៉ែន|ផាន|តាំង|ង៉ែត"
)
_KM_SELF = re.compile(
    rf"(?:ខ្ញុំ|នាងខ្ញុំ|ខ្ញុំបាទ|ឈ្មោះ)[ \u200b]+(?P<n>(?:{_KM_SURNAMES})[ \u200b]+[{_KM}]{{2,12}})(?=[ \u200b។,.!?]|$)"
)
_KM_INNER = ("ខ្ញុំ", "បាន", "ចង់", "នៅ", "ត្រូវ", "ហើយ", "មិន", "ជា", "ធ្វើ", "មាន", "ទៅ", "មក", "សូម", "ការ")


def _khmer(text: str, add: AddPerson) -> None:
    for m in _KM_SELF.finditer(text):
        given = m.group("n").split()[-1]
        if not any(p in given for p in _KM_INNER):
            add(*m.span("n"))


# --- Georgian ---------------------------------------------------------------------------------------------
_KA = "\u10d0-\u10ff"
_KA_KIN = re.compile(
    rf"(?<![{_KA}])(?:მამა|დედა|ძმა|და|ბიძა|ბებია|ბაბუა|დეიდა|მამიდა|შვილი|ცოლი|ქმარი)ჩემ(?:ი|მა|ს|ის)"
    rf"[ ]?,?[ ](?P<n>[{_KA}]{{2,20}})(?=[ ]?[,.]|[ ]და[ ])"
    rf"|(?<![{_KA}])(?:ჩვენ|მე),[ ](?P<a>[{_KA}]{{2,20}})[ ]და[ ](?P<b>[{_KA}]{{2,20}}),"
)


_KA_WORD = re.compile(f"[{_KA}]+")
# Surnames in -ძე and -შვილი are unmistakable ("ბერიძე", "მამულაშვილი"); a dative or ergative ending may be
# glued on ("კონსულ გიორგი ბერიძეს"), and stays out of the span.
_KA_SURNAME_FORM = re.compile(".{2,}(?:ძე|შვილი)")
_KA_CASE_ENDINGS = ("ს", "მ", "მა")


def _ka_surname(g: Gazetteer, word: str) -> int:
    """The length of the surname at the start of `word` (a case ending may follow), or 0."""
    for form in (word, *(word[: -len(e)] for e in _KA_CASE_ENDINGS if word.endswith(e))):
        if form in g.surname or _KA_SURNAME_FORM.fullmatch(form):
            return len(form)
    return 0


def _georgian(text: str, add: AddPerson) -> None:
    g = gazetteer()
    for m in _KA_KIN.finditer(text):
        if m.group("n") is not None:
            word = m.group("n")
            if g.is_name(word) or (word.endswith("ი") and len(word) > 3):
                add(*m.span("n"))
        elif g.is_given(m.group("a")) and g.is_given(m.group("b")):
            add(*m.span("a"))
            add(*m.span("b"))
    # a known given name and a surname, with no cue: "ნინო ბერიძე, 694 817 2253", "დედაჩემი ლეილა მაისურაძე"
    words = list(_KA_WORD.finditer(text))
    for first, second in itertools.pairwise(words):
        if text[first.end() : second.start()] == " " and first.group() in g.given:
            n = _ka_surname(g, second.group())
            if n:
                add(first.start(), second.start() + n)


# --- Persian, Dari, Urdu, Pashto ---------------------------------------------------------------------------
# Arabic-script letters with those of Persian, Urdu and Pashto (and ZWNJ inside compounds: "رحیم‌الله").
_PS = "\u0621-\u064a\u0671-\u06d3\u06d5\u200c"
# Titles: the first word after them counts as it is (Urdu "doctor", "respected"; Pashto "Bibi").
_FA_TITLES = ("ڈاکٹر", "محترم", "محترمہ", "بي بي", "بی بی")
_FA_KIN_WORDS = ("برادر", "خواهر", "پسر", "دختر", "همسر", "شوهر", "مادر", "پدر")


def _glued(words: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, ...]:
    """Each word with each possessive ending glued on ("برادرم" my brother, "دخترمون" our daughter)."""
    return tuple(w + e for w in words for e in endings)


_FA_CUES = (
    *_FA_TITLES,
    # Persian kin with "my"/"his" glued (also in `caseless.py`, which stops at the first unknown spelling)
    *_glued((*_FA_KIN_WORDS, "دوست"), ("م", "ش")),
    # Persian/Dari: cousins, uncles, my wife, "son/daughter of" (a father's name in Afghan documents)
    *(f"{c}{sp}{u}{p}" for c in ("پسر", "دختر") for sp in ("", " ")
      for u in ("کاکا", "ماما", "خاله", "عمه", "عمو", "دایی") for p in ("یم", "م", "ام", "\u200cام")),
    *("کاکایم", "مامایم", "خانمم", "خانم\u200cام", "فرزند", "ولد", "بنت"),
    # colloquial Persian and Dari: my sister, my nephew/niece, my friend, my neighbour, my uncle
    *("آبجیم", "آبجی", "برادرزادم", "برادرزاده\u200cام", "برادرزاده\u200cی", "خواهرزادم", "خواهرزاده\u200cام",
      "رفیقم", "رفیقمان", "همسایه\u200cام", "همسایه\u200cمان", "همسایهٔ ما", "کاکام", "عموم", "داییم", "خاله\u200cام",
      "همکارم", "نامزدم", "هم\u200cاتاقیم"),
    # colloquial Persian: "our" and "your" glued ("دخترمون", "پسرتون"), mum, dad, brother, wife, friends
    *_glued((*_FA_KIN_WORDS, "داداش", "بابا", "مامان"), ("مون", "مان", "تون", "شون")),
    *("داداشم", "داداشش", "بابام", "مامانم", "زنم", "زنش", "دوستام", "دوستانم"),
    # Urdu: the oblique and other forms after "my/our"
    *(f"{p} {k}" for p in ("میرے", "میری", "ہمارے", "ہماری")
      for k in ("بیٹے", "بھائی", "بہن", "شوہر", "بیوی", "والد", "والدہ", "چچا", "ماموں", "بھتیجے", "بھانجے", "بیٹی",
                "دوست", "کزن", "خالہ", "پھوپھو")),
    # Pashto: "my" + brother, sister, son, daughter, husband, wife, father, mother, friend, uncle, nephew
    *(f"زما {k}" for k in ("ورور", "خور", "زوی", "زوئ", "لور", "میړه", "ښځه", "پلار", "مور", "ملګری", "ملګرې", "تره",
                           "ماما", "وراره", "خورزه", "کاکا")),
    # Pashto with the clitic "my" after the noun ("خور مې بسمینه": my sister Basmina)
    *(f"{k} مې" for k in ("ورور", "خور", "زوی", "زوئ", "لور", "میړه", "مېړه", "ښځه", "پلار", "مور", "ملګری", "ملګرې",
                          "تره", "کاکا", "وراره", "خورزه")),
    # Punjabi (Shahmukhi): my sister, my brother, my son, my daughter, "brother ji", our boy
    *("میری بھین", "میرا ویر", "میرا بھرا", "ویر جی", "میرا پتر", "میری دھی", "ساڈا منڈا", "ساڈی کڑی"),
)  # fmt: skip
# Honorifics between a kinship word and the name, outside the span ("پدرم حاج اکبر": my father Haj Akbar);
# "آقای", "خانم" and the professional titles open a name of their own in `caseless.py`.
_FA_SKIP = frozenset(("حاج", "حاجی", "سید", "ملا", "کربلایی", "مشهدی"))
# A trie of literal cues: the engine skips to their first letters (the letter before is checked in `_persian`).
# The name is a look-ahead: its words can hold the next cue ("شوهرم محمد نسیم فرزند عبدالرحیم").
_FA_KIN = re.compile(
    f"({trie_pattern(((c, False) for c in _FA_CUES), None)})"
    rf"(?=[ ](?P<n>[{_PS}]{{2,20}}(?:[ ][{_PS}]{{2,20}}){{0,2}}))"
)
# Pashto and Persian letters in the Arabic spelling the gazetteer uses.
_TO_AR = str.maketrans({"ی": "ي", "ک": "ك", "ګ": "گ", "ې": "ي", "ۍ": "ي", "\u200c": ""})
_STOP = frozenset(
    ("کو", "کی", "کا", "کے", "نے", "سے", "میں", "په", "د", "کې", "له", "سره", "دی", "ده", "در", "از", "با", "به", "را",
     "که", "و", "او", "اور", "است", "هست", "دیروز", "امروز", "حالا", "شماره", "نمبر", "خاص",
     # offices and ranks after "محترم" (respected …): the consulate, the consul, the ambassador
     "سفیر", "سفير", "سفارت", "سفارتخانه", "قونسلګري", "قونسلگری", "کنسولگری", "سرکنسولگری", "قونصل", "قونصلیٹ",
     "کنسول", "سرکنسول", "جنرل", "عالی")
)  # fmt: skip


def ar_known(word: str) -> bool:
    """A known name in Arabic script, also in its Persian/Urdu spelling ("احمد" for "أحمد", "علي"/"علی")."""
    g = gazetteer()
    if g.is_name(word):
        return True
    alt = word.replace("ی", "ي").replace("ک", "ك")
    if alt != word and g.is_name(alt):
        return True
    return word[:1] == "ا" and (g.is_name("أ" + word[1:]) or g.is_name("إ" + word[1:]))


def _fa_known(word: str) -> bool:
    """A known name in any of its spellings, or a theophoric compound ("عبدالرحیم", "رحیم‌الله")."""
    g = gazetteer()
    for w in (word, word.translate(_TO_AR), word.replace("ګ", "گ")):
        if ar_known(w):
            return True
        if w.endswith("ا") and g.is_name(w + "ء"):
            return True  # "ضیا" for "ضياء"
    if word.startswith("عبد") and len(word) > 5:
        return _fa_known(word[5:] if word.startswith("عبدال") else word[3:]) or word.startswith("عبدال")
    for tail in ("\u200cالله", "الله", "\u200cالدین", "الدین", "الدين", "شاه"):
        if word.endswith(tail) and len(word) > len(tail) + 1:
            return _fa_known(word[: -len(tail)])
    return False


_PS_LETTER = re.compile(f"[{_PS}]")


def _persian(text: str, add: AddPerson) -> None:
    for m in _FA_KIN.finditer(text):
        if m.start() and _PS_LETTER.match(text, m.start() - 1):
            continue  # inside a word
        words = m.group("n").split(" ")
        s = m.start("n")
        if len(words) > 1 and words[0] in _FA_SKIP and m.group(1) not in _FA_TITLES:
            s += len(words[0]) + 1
            words = words[1:]
        kept: list[str] = []
        for i, word in enumerate(words):
            if word in _STOP or not (_fa_known(word) or (i == 0 and m.group(1) in _FA_TITLES)):
                break
            kept.append(word)
        if kept:
            add(s, s + len(" ".join(kept)))


_SCRIPTS = (
    (re.compile(f"[{_ET}]"), _ethiopic),
    (re.compile(f"[{_BN}]"), _bengali),
    (re.compile(f"[{_LO}]"), _lao),
    (re.compile(f"[{_KM}]"), _khmer),
    (re.compile(f"[{_KA}]"), _georgian),
)


def find_caseless_kin(text: str, add: AddPerson) -> None:
    """Report PERSON spans of this module's cues in Ethiopic, Bengali, Lao, Khmer and Georgian (see the module
    docstring). Caller: texts with a letter of `caseless_more.MORE_SCRIPTS`."""
    for script, find in _SCRIPTS:
        if script.search(text) is not None:
            find(text, add)


def find_arabic_kin(text: str, add: AddPerson) -> None:
    """Report PERSON spans after the Persian, Urdu and Pashto cues of this module. Caller: texts with Arabic
    letters."""
    _persian(text, add)
