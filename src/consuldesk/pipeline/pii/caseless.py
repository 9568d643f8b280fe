"""PERSON spans in scripts without letter case: Chinese, Japanese, Korean, Arabic, Devanagari.

No capital letter marks a name there, so each script has its own cues: introductions and labels
(我叫, 名前は, 제 이름은, اسمي, मेरा नाम), kinship words followed by a name (娘の高橋美咲, أختي خديجة العلوي,
मेरे पिताजी रमेश कुमार यादव), and a name written right before a phone or other PII (山本健太 +90 …,
김민수 +977 …). Han and Hangul names must start with a common surname; Arabic and Devanagari names
must start with a given name from the gazetteer. Only run when such characters occur.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.caseless_kin import am_name, ar_known, find_arabic_kin
from consuldesk.pipeline.pii.cjk_names import (
    HAN,
    JA_NAME,
    JA_SURNAMES,
    KANA,
    KIN_JA,
    KIN_KO,
    KIN_ZH_TRIE,
    KO_FULL_NAME,
    KO_SURNAMES,
    ZH_NAME,
    ZH_NAME_AFTER_KIN,
    ZH_PET_NAME,
    ZH_SURNAMES,
)
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson
from consuldesk.pipeline.pii.names_japanese import JA_GIVEN
from consuldesk.pipeline.pii.names_lists import find_lists

_KIN_AR = (
    "أخي|اخي|أختي|اختي|ابني|إبني|ابنتي|بنتي|زوجي|زوجتي|مراتي|أبي|ابي|أمي|امي|والدي|والدتي|ابن عمي|بنت عمي|"
    "ابن خالي|بنت خالي|صديقي|صديقتي|خالي|عمي|خالتي|عمتي|جدي|جدتي|جوزي|ولدي|بنت أختي|ابن أخي|أخويا|اختي|"
    "أخوي|اخوي|ابننا|بنتنا|ولدنا|ابنها|ابنه|بنته|زوجها|زوجته|أخوها|أخته|والده|والدته|"
    # formal "my brother/sister", Maghrebi and Levantine kin, fiancé(e), friends and neighbours
    "شقيقي|شقيقتي|خويا|ختي|وليدي|راجلي|مرتي|حرمتي|خطيبي|خطيبتي|ابن عمتي|ابن خالتي|بنت خالتي|بنت عمتي|"
    "صاحبي|صاحبتي|رفيقي|رفيقتي|جاري|جارتي|"
    # titles: Mr/Mrs, teacher/professor, doctor, sheikh, engineer, brother/sister (address)
    "الأستاذ|الاستاذ|أستاذ|استاذ|الأستاذة|السيد|السيدة|الدكتور|الدكتورة|الشيخ|المهندس|المهندسة|الأخ|الأخت|"
    # "the mother", "the father" as labels ("والأم زينب حسين", "الأب: …")
    "الأم|الام|الأب|الاب|الوالد|الوالدة"
)
_KIN_HI = "भाई|बहन|पिता|पिताजी|माँ|मां|बेटा|बेटी|पति|पत्नी|दोस्त|चाचा|मामा|दादा|दादी|नाना|नानी|भतीजा|भांजा"

# One pattern per script, each run only when its script occurs: one big alternation would be tried
# at every character of every text.
_CJK = re.compile(
    rf"(?:我叫|我的名字是|名字是|名字叫|姓名[：:]?\s?|联系人[：:]?\s?|聯絡人[：:]?\s?|申请人[：:]?\s?|申請人[：:]?\s?)"
    rf"(?P<zh>[{HAN}]{{2,3}}?)(?=[，。,.\s、；;：:（(！!？?+\d]|$)"
    # a pet name: "阿哲", "小晴", "阿Ken"
    rf"|(?:{KIN_ZH_TRIE})叫?(?P<zh2>{ZH_NAME_AFTER_KIN}|{ZH_PET_NAME}|阿[A-Z][a-z]{{1,8}})"
    rf"(?=[在是的了于被和从去今昨已还也说现不没要因出到向给跟对把失住正刚一个這这，。,\s（("
    # and the first characters of time words and adverbs ("凌晨", "下午", "突然", "一直", "又", "都")
    rf"喺尋琴俾同話嘅而凌下中晚早明前目突又都就才半]|$)"
    rf"|(?:说|說|名|我|他|她|就|人|字|子|宝|寶|孩|儿|兒|女|妹|弟|哥|姐|友|公|婆|娃|仔)叫(?P<zh4>{ZH_NAME_AFTER_KIN}|{ZH_PET_NAME})"
    r"(?=[，。,.\s、；;！!（(@]|$)"
    # a signature: "謝宗翰 敬上"
    rf"|(?<![{HAN}])(?P<zh8>{ZH_NAME})[ ]?(?=敬上|謹上|谨上|敬啟|敬启)"
    # a bare "name" label before a name of the usual form: "名字曹一鸣", "中文名邱梓涵。"
    rf"|(?:名字|中文名|中文名字|真名)[：:]?\s?(?P<zh7>{ZH_NAME}?)(?=[，。,.\s、；;！!（(]|$)"
    # a surname after 小/老 ("小陈"): the surname is the name (before a title: `_zh_titled`)
    # 小/老 comes first (the engine skips to the characters every branch can start with), then what precedes it
    rf"|[小老](?:(?<=^[小老])|(?<=[^{HAN}][小老])|(?<=[的叫是找和跟谢謝][小老]))(?P<zh6>[{ZH_SURNAMES}])(?![{HAN}])"
    rf"|(?:私は|名前は|氏名[は：:]?\s?|旧姓[：:]\s?)(?P<ja>[{HAN}{KANA}]{{1,4}}[ 　]?[{HAN}{KANA}]{{1,4}}?)"
    r"(?=です|と申します|と言います|[、。,\s（(]|$)"
    # the Latin spelling after a name label: "英文名 Jiaying Tsai", "名字是ZHANG XIAOLING", "名義：HAYASHI MEGUMI"
    r"|(?:英文名字?|英文名叫|名字是|名字叫|拼音|名[義义][：:]|姓名[：:]|氏名[：:]|[他她佢]叫)[ 　]?"
    r"(?P<zh10>[A-Z][A-Za-z'’\-]+(?:[ ][A-Z][A-Za-z'’\-]+){0,3})(?![A-Za-z0-9])"
    rf"|(?:{KIN_JA})[のは 　]?(?P<ja2>{JA_NAME})(?=さん|ちゃん|君|くん|[（(、。,\s]|が|は|を|に|と|も|で|です|$)"
)
# A surname before an honorific ("佐藤さん", "田中様"): an alternation of surnames tried at every Han
# character is costly, so it runs only when one of the honorifics occurs.
_JA_HONORIFICS = ("さん", "様", "さま", "氏", "先生")
_JA_HONORIFIC = re.compile(rf"(?<![{HAN}])(?P<ja4>(?:{JA_SURNAMES})[{HAN}]{{0,2}}?)(?=さん|様|さま|氏|先生)")
# Self-introductions without a cue before the name: "山田太郎です", "佐藤花子と申します", "我是王芳"; only
# tried when "です", "申します", "言います" or "我是" occur (the pattern has no literal to skip to).
_SELF_INTRO = re.compile(
    rf"(?<![^、。，,\s！!：:])(?P<ja3>(?:{JA_SURNAMES})[{HAN}]{{1,2}})(?=です|と申します|と言います|といいます)"
    # a surname alone, Japanese or Chinese, before "と申します" (only a name is introduced so): "陳と申します"
    rf"|(?<![^、。，,\s！!：:の])(?P<ja6>(?:{JA_SURNAMES})|[{ZH_SURNAMES}])(?=と申します|と言います|といいます)"
    rf"|(?:我是|本人)(?P<zh3>{ZH_NAME})(?=[，。,.\s、；;！!]|$)"
    r"|(?<![\u30a0-\u30ff])(?P<ja5>[\u30a1-\u30fa\u30fc]{2,10}(?:[・＝][\u30a1-\u30fa\u30fc]{2,10}){1,2})"
    r"(?=です|と申します|と言います|といいます)"
)
_HANGUL = re.compile(
    r"(?:제 이름은|이름은|이름[：:]\s?|성명[：:]\s?|(?<![가-힣])이름\s(?=[가-힣]{2,4}\s?[,/(])"
    r"|성함(?:은|은요)?[：:]?)\s?"
    r"(?P<ko>[가-힣]{2,4}?)(?=입니다|이에요|예요|이고|이며|씨|[,.\s]|$)"
    # the shortest name a particle can follow: "동생 민준이가" → 민준, "아들 지호가" → 지호
    rf"|(?:{KIN_KO})(?:인|이)?\s(?:(?:이름|성함)(?:은|이)?\s)?(?!성함|이름)(?P<ko2>{KO_FULL_NAME}?)(?=씨|님|가|이|는|은|를|을|와|과|[,.\s]|[(（]\d|$)"
    rf"|(?:저는|전|나는|제가)\s?(?P<ko3>{KO_FULL_NAME})(?=입니다|이에요|예요|이고|라고|이라고|\s?[(（])"
    rf"|(?<![가-힣])(?P<ko4>{KO_FULL_NAME})\s?(?=(?:영사|대사|총영사|서기관|주무관|실장|과장|팀장|선생|교수|변호사)님"
    r"|씨(?:가|는|를|와|의|도|한테|에게|께서|랑|하고)?(?![가-힣]))"
    # a signature: "정태식 올림", "오다은 드림"
    rf"|(?<![가-힣])(?P<ko6>{KO_FULL_NAME})\s(?=(?:드림|올림|배상)(?![가-힣]))"
    # a surname alone before an official's title: "김 주무관님"
    rf"|(?<![가-힣])(?P<ko5>[{KO_SURNAMES}])\s(?=(?:영사|대사|총영사|서기관|주무관|실장|과장|팀장|변호사)님)"
)
# An Arabic name word; a word never ends before a diacritic: "مرتي حبّت" (my wife wanted) is no name "حب".
_AR_WORD = r"[\u0621-\u064a]{2,15}(?![\u064b-\u0652])"
# Arabic letters plus the Persian and Urdu ones (پ چ ژ ک گ ی ہ ھ ے ں).
_AR_L = "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c1\u06be\u06d2\u06ba"
_ARABIC = re.compile(
    # "اسمه", "باسم" (in the name of), Maghrebi "سميتو" (his name): up to four name parts ("عبد الحميد فتحي سالم")
    r"(?:و?اسم(?:ي|ه|ها)|الاسم[:：]?|باسم|بإسم|سميت(?:و|ه|ها|ي))\s"
    r"(?P<ar>[\u0621-\u064a]{2,15}(?:[ ][\u0621-\u064a]{2,15}){0,3})"

    # kin and titles also with "and"/"to" glued before them: "وأختي رهف", "لأستاذ وائل"
    rf"|(?<![\u0621-\u064a])(?:و|ل|ول)?(?:{_KIN_AR})[:：]?\s(?:ال[\u0621-\u064a]{{2,12}}\s)?"
    rf"(?P<ar2>{_AR_WORD}(?:[ ]{_AR_WORD}){{0,3}})"
    r"|(?:^|\s)[\-–—]\s?(?P<ar3>[\u0621-\u064a]{2,15}(?:\s[\u0621-\u064a]{2,15}){1,2})\s*$"
)
_DEVANAGARI = re.compile(
    r"(?:(?:मेरा|मेरो|उनका|उनको|उहाँको|उसका|इनका|इनको|जिसका) नाम|(?:माझे|माझं|माझा) नाव|नाम[:：]|नाव[:：])\s"
    r"(?P<hi>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}?)\s?(?=है|हैं|हो(?![\u0900-\u097f])|छ|आहे|,|।|\.|$)"
    r"|नाम\s(?P<hi5>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}?)\s?(?=है|हैं|,|।|$)"
    # "श्री. विनायक …": Marathi writes the title with a dot
    r"|(?:श्री|श्रीमती|सुश्री|डॉ)\.?\s(?P<hi3>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2})"
    r"|(?<![\u0900-\u097f])(?P<hi4>[\u0900-\u097f]{2,15})\s?(?=दिदी|दाइ|दाजु|जी(?![\u0900-\u097f])|बहिनी|भैया|सर(?![\u0900-\u097f]))"
    # a kinship word as a label: "पति: विकास मल्होत्रा, पत्नी: नेहा …"
    rf"|(?<![\u0900-\u097f])(?:{_KIN_HI}|पिता का नाम|माता का नाम|पति का नाम|पत्नी)[:：]\s?"
    r"(?P<hi6>[\u0900-\u097f]{2,20}(?:\s[\u0900-\u097f]{2,20}){0,2})"
    rf"|(?:मेरे|मेरी|मेरा)\s(?:{_KIN_HI})(?:जी)?\s(?P<hi2>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){{0,4}})"
)
# Persian and Urdu introductions and the Arabic "أنا …" (I am …): only tried when "نام", "أنا"/"انا" or
# "هستم"/"ہوں" occur, so that Arabic texts do not pay for them.
_AR_INTRO = re.compile(
    rf"(?:نام من|اسم من|میرا نام|مرا نام|نام[:：]|به نام|بنام)\s?"
    rf"(?P<ar4>[{_AR_L}]{{2,15}}(?:\s[{_AR_L}]{{2,15}}){{0,2}})"
    r"|(?<![\u0621-\u064a])(?:أنا|انا)\s(?P<ar6>[\u0621-\u064a]{2,15}(?:\s[\u0621-\u064a]{2,15}){0,2})"
    rf"|(?<![{_AR_L}])نام\s(?P<ar9>[{_AR_L}\u0679\u0688\u0691\u06d3\u0622]{{2,15}}(?:\s[{_AR_L}\u0679\u0688\u0691\u06d3\u0622]{{2,15}}){{0,2}})"
    r"\s(?:رکھا|رکھی|رکھے|رکھ)"
    rf"|(?<![{_AR_L}])من\s(?P<ar5>[{_AR_L}]{{2,15}}\s[{_AR_L}]{{2,15}}(?:\s[{_AR_L}]{{2,15}})?)\s(?:هستم|ہوں)"
)
# Persian and Urdu letters beyond the Arabic block: ٹ ڈ ڑ ۓ آ.
_UR_L = _AR_L + "\u0679\u0688\u0691\u06d3\u0622"
_AR_MORE = re.compile(
    # Persian titles (Mr, Mrs, Dr): the next word is a name, known or not
    rf"(?<![{_UR_L}])(?:آقای|خانم|جناب|دکتر|استاد|مهندس)\s(?P<ar7>[{_UR_L}]{{2,15}}(?:\s[{_UR_L}]{{2,15}})?)"
    # Persian kin with the possessive ending (برادرم "my brother"), Urdu kin after میرا/میری/میرے
    # "my" (-م) or "his/her" (-ش) brother, sister, …, roommate, colleague
    rf"|(?<![{_UR_L}])(?:(?:برادر|خواهر|پسر|دختر|همسر|شوهر|مادر|پدر|دوست|پسرعمو|دخترخاله|هم\u200cاتاقی|همکار|نامزد)[مش]"
    rf"|(?:میرا|میری|میرے|ہمارا|ہماری|ہمارے)\s(?:بیٹا|بیٹی|بھائی|بہن|شوہر|بیوی|والد|والدہ|دوست|چچا|ماموں|کزن))"
    rf"\s(?P<ar8>[{_UR_L}]{{2,15}}(?:\s[{_UR_L}]{{2,15}}){{0,2}})"
)
_HE_L = "\u05d0-\u05ea\u05f3\u05f4"
_HEBREW = re.compile(
    r"(?:(?<![\u05d0-\u05ea])(?:אחי|אחותי|בני|בתי|בעלי|אשתי|אמי|אבי|חברי|חברתי|שלי|שמי|השם שלי|קוראים לי|שמו|שמה|"
    r"מר|גברת|הגברת|ד\"ר|שם:|שם מלא:?)\s)"
    rf"(?P<he>[{_HE_L}]{{2,12}}(?:\s[{_HE_L}]{{2,12}}(?:-[{_HE_L}]{{2,12}})?)?)"
    # "thanks (a lot) to Shira": "to" is glued to the name
    rf"|(?<![{_HE_L}])תודה(?:\s(?:רבה|ענקית|מיוחדת|גדולה))?\sל(?P<he2>[{_HE_L}]{{2,12}})"
)
_BN_L = "\u0980-\u09ff"
_BN_MD = "(?:মোঃ|মো\\.|মোছাঃ|মোসাঃ|মোসাম্মৎ)"
_BENGALI = re.compile(
    rf"(?:আমার নাম|নাম[:：])\s?(?P<bn>[{_BN_L}]{{2,15}}(?:\s[{_BN_L}]{{2,15}}){{0,2}})(?=[,।.!?\s]|$)"
    # "Md.", "Mst." before a name: part of the legal name on Bangladeshi passports, so inside the span (as most
    # writers label it: 22 of 29 in the written corpus)
    rf"|(?<![{_BN_L}])(?P<bn3>{_BN_MD}[ ]?[{_BN_L}]{{2,15}}(?:[ ][{_BN_L}]{{2,15}}){{0,2}})"
    rf"|(?:আমার|আমাদের)\s(?:ভাই|বোন|ছেলে|মেয়ে|স্বামী|স্ত্রী|বাবা|মা|বন্ধু|ভাইয়া|আপু|ভাবি|চাচা|মামা)\s(?!{_BN_MD})"
    rf"(?P<bn2>[{_BN_L}]{{2,15}})"
)
_TA_L = "\u0b80-\u0bff"
_TAMIL = re.compile(
    rf"(?<![{_TA_L}])(?:பெயர்[:：]?|என் பெயர்|திரு\.?|திருமதி|செல்வி)\s(?P<ta>[{_TA_L}]{{2,20}})(?=[,.।!?\s]|$)"
)
_ETHIOPIC = re.compile(
    r"(?:እህቴ|ወንድሜ|ልጄ|ባለቤቴ|ባሌ|ሚስቴ|እናቴ|አባቴ|ጓደኛዬ|ስሜ"
    # his / her father, mother, brother, sister, child, spouse, friend
    r"|አባቱ|እናቱ|ወንድሙ|እህቱ|ልጁ|ባለቤቱ|ሚስቱ|ጓደኛው|አባቷ|እናቷ|ወንድሟ|እህቷ|ልጇ|ባለቤቷ|ባሏ|ጓደኛዋ)\s"
    # not a title with a glued preposition ("ወንድሜ ለአቶ ሳሙኤል": `caseless_kin.py` takes the name after it)
    r"(?![ለከበየ]?(?:አቶ|ኣቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ዶክተር|ዶ/ር)\s)"
    r"(?P<am>[\u1200-\u135a]{2,12}(?:\s[\u1200-\u135a]{2,12}){0,2})"
)
_TE_L = "\u0c00-\u0c7f"
_TELUGU = re.compile(
    rf"(?<![{_TE_L}])(?:నా పేరు|పేరు[:：])\s(?P<te>[{_TE_L}]{{2,20}}(?:\s[{_TE_L}]{{2,20}}){{0,2}}?)"
    rf"(?=\s?(?:[,.।!?]|$|అని|గారు|నేను))"
)
_ET_MONTHS = frozenset(
    ("መስከረም", "ጥቅምት", "ኅዳር", "ህዳር", "ታኅሣሥ", "ታህሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ")
)
_SCRIPTS = (
    (re.compile(f"[{HAN}{KANA}]"), _CJK),
    (re.compile("[\uac00-\ud7af]"), _HANGUL),
    (re.compile("[\u0621-\u064a]"), _ARABIC),
    (re.compile("[\u0900-\u097f]"), _DEVANAGARI),
    (re.compile("[\u0600-\u06ff]"), _AR_MORE),
    (re.compile("[\u05d0-\u05ea]"), _HEBREW),
    (re.compile("[\u0980-\u09ff]"), _BENGALI),
    (re.compile("[\u0b80-\u0bff]"), _TAMIL),
    (re.compile("[\u1200-\u137f]"), _ETHIOPIC),
    (re.compile("[\u0c00-\u0c7f]"), _TELUGU),
)
# Every script whose names the caseless finders or the name scorer read: Hebrew, Arabic, Thaana, all the
# Indic scripts through Sinhala (Gurmukhi, Gujarati, Odia, Kannada and Malayalam too: left out, their
# texts got no caseless name candidates at all), Thai, Georgian, Ethiopic, kana, Han, Hangul.
_CASELESS = re.compile(
    "[\u05d0-\u05ea\u0600-\u06ff\u0780-\u07bf\u0900-\u0dff\u0e00-\u0e7f\u10d0-\u10ff\u1200-\u137f"
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_AR_STOP = frozenset(
    [
        *("من", "في", "انا", "أنا", "وانا", "عمري", "رقم", "هو", "هي", "كان", "كانت", "محبوس", "محبوسة"),
        *("است", "هستم", "هست", "و", "ہے", "ہوں", "اور", "کا", "کی", "کے", "میں", "ہیں", "شماره", "نمبر"),
        *("على", "عن", "إلى", "الى", "مع", "در", "از", "با", "به", "را", "که", "برای", "تا", "هم", "دو", "سه"),
        *("مواليد", "مواليد:", "تولد", "عمره", "عمرها"),  # "ابني اسمه مصطفى مواليد 2017": born in
    ]
)
# Words after "اسمه"/"باسم" that show no name follows: the name's spelling, the speaker's verdict, a label.
_AR_NOT_NAMED = _AR_STOP | frozenset(
    [
        *("مكتوب", "مكتوبة", "بالجواز", "الجواز", "بالإنجليزي", "بالانجليزي", "بالعربي", "غلط", "خطأ", "ايه", "إيه"),
        *("ايش", "إيش", "شو", "السفارة", "القنصلية", "إهمال", "اهمال", "استهبال", "الشخصي", "العائلي", "الكامل"),
        *("الثلاثي", "الرباعي", "جدا", "جداً", "النهاردة", "الجاي", "الجديد", "القديم"),
    ]
)
# Words before a phone or ID that look like a Korean name (surname syllable first) but are labels.
_KO_LABELS = frozenset(
    ["연락처", "전화", "전화번호", "휴대폰", "핸드폰", "번호", "주소", "여권", "이메일", "성명", "이름"]
)
# Last syllables of a word before a number that is no name: particles and place endings ("주소는", "마포구").
_KO_NOT_LAST = frozenset("는은을를고구시로길군읍면층에서께도")
# Titles glued to a surname before a phone ("김실장", "박사장"): the surname is the name.
_KO_ROLES = frozenset(("실장", "과장", "팀장", "사장", "부장", "대리", "차장", "이사", "소장", "원장"))
# Characters that end place names, not given names ("東京駅です", "大阪市です").
_JA_PLACE_END = frozenset("駅都府県市区町村港")
# A name in hiragana after "名前は" ("名前はそら、"), closed by punctuation or the copula.
_HIRAGANA_NAME = re.compile("[\u3041-\u3093]{2,4}")
_JA_NAME_CLOSE = re.compile("[、,]|です|と申します")
_JA_HONORIFIC_END = re.compile("(?:くん|さん|ちゃん|さま|様|君)$")
_KANA_CHAR = re.compile("[\u3041-\u30fa]")
_HI_POSTPOSITIONS = frozenset(["का", "की", "के", "को", "ने", "से", "में", "मे", "पर", "है", "हैं", "भी", "तो"])
_BEFORE = re.compile(
    rf"(?:(?<![{HAN}{KANA}])(?P<han>{ZH_NAME}|(?:{JA_SURNAMES})[{HAN}{KANA}]{{1,3}})"
    rf"|(?<![가-힣])(?P<ko>{KO_FULL_NAME})"
    r"|(?<![\u0621-\u064a])(?P<ar>[\u0621-\u064a]{2,15}(?:\s[\u0621-\u064a]{2,15}){1,3})"
    # Hebrew, Devanagari, Bengali: known names only ("संपर्क: तन्वी 01712-…")
    r"|(?<![\u05d0-\u05ea\u0900-\u0963\u0966-\u09ff])(?P<sp>[\u05d0-\u05ea\u0900-\u0963\u0966-\u09ff]{2,15}"
    r"(?:\s[\u05d0-\u05ea\u0900-\u0963\u0966-\u09ff]{2,15}){0,2}))[ \t]*[,，、:：（(]?[ \t]*$"
)


def has_caseless(text: str) -> bool:
    return not text.isascii() and _CASELESS.search(text) is not None


def _ar_name(text: str, s: int, e: int, need_given: bool) -> tuple[int, int] | None:
    """An Arabic name: a given name, then at most two name parts (ال…, عبد …, بن …, or names)."""
    g = gazetteer()
    words = text[s:e].split(" ")
    if need_given and not g.is_name(words[0]):
        return None
    if words[0] in _AR_NOT_NAMED:
        return None  # "اسمي في الجواز مكتوب …" (my name in the passport is written …), "ده اسمه إهمال"
    kept = [words[0]]
    for i, word in enumerate(words[1:], start=1):
        prev = words[i - 1]
        if word in _AR_STOP or (word.startswith("و") and not g.is_name(word)):
            break
        if not need_given and i == 1 and not (word.startswith(_DARIJA_VERB) and not g.is_name(word)):
            kept.append(word)  # after "اسمها": the next word is the family name ("ريم حداد")
            continue
        if prev in ("عبد", "أبو", "ابو", "بن", "ابن", "بنت") or word.startswith(("ال", "بن", "آل")) or g.is_name(word):
            kept.append(word)
            continue
        break
    return s, s + len(" ".join(kept))


# Maghrebi present-tense verbs open with "كي"/"كا"/"تي"/"تا" ("سميتو يونس كيبيع …": Younes sells …)
_KIN_AR_WORDS = frozenset((*_KIN_AR.split("|"), "أبوي", "ابوي", "أمي", "امي", "أمّي"))
_DARIJA_VERB = ("كي", "كا", "تي", "تا")
_AR_PREPOSITIONS = frozenset(("على", "في", "عن", "حسب", "بحسب"))
# Bengali case endings and particles glued to a name: রফিকও "Rafiq too", রফিককে "to Rafiq".
_BN_SUFFIXES = ("কেও", "কে", "ের", "এর", "ও", "র")
# Words right after "my brother" that are no name: conjunctions, pronouns, time words, verbs.
_BN_NOT_NAMES = frozenset(
    ("আর", "ও", "এবং", "কিন্তু", "এখন", "আজ", "কাল", "গতকাল", "সে", "তিনি", "আছে", "আছেন", "নেই", "কে", "কি", "কী",
     "এই", "ওই", "সেই", "দুজনেই", "একটা", "একজন", "সহ", "থাকে", "থাকেন", "গত", "বিদেশে", "এখনো")
)  # fmt: skip


_BN_MD_PREFIX = re.compile(_BN_MD + "[ ]?")
_BN_CLOSED = re.compile(r"[ ]?[,।.!?()]|$")


def _bn_md_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """"মোঃ আব্দুর রহিম": the prefix, the word after it, then words the gazetteer knows or that punctuation
    closes ("মোঃ আবুল কালাম,")."""
    g = gazetteer()
    head = _BN_MD_PREFIX.match(text, s)
    if head is None:
        return None
    words = text[head.end() : e].split(" ")
    if not words[0] or words[0] in _BN_NOT_NAMES:
        return None
    end = head.end() + len(words[0])
    for word in words[1:]:
        after = end + 1 + len(word)
        if word in _BN_NOT_NAMES or not (g.is_name(word) or _BN_CLOSED.match(text, after)):
            break
        end = after
    return s, end


def _known_after(text: str, s: int, e: int, group: str) -> tuple[int, int] | None:
    """Name words after a title or kinship word: after a title (ar7, hi3) the first word counts as it is,
    elsewhere it must be a known name; following words only while the gazetteer knows them."""
    g = gazetteer()
    words = text[s:e].split(" ")
    lady = group == "ar7" and text[max(0, s - 5) : s].strip() in ("خانم", "دکتر")  # also "lady", "doctor"
    if (lady or group not in ("ar7", "hi3")) and not (g.is_name(words[0]) or ar_known(words[0])):
        return None
    kept = [words[0]]
    for i, word in enumerate(words[1:], start=1):
        double = group == "he" and "-" in word  # a double-barrelled surname: "כהן-מאייר"
        # Marathi names put the father's name between given name and surname ("श्री. विनायक गोपाळ कुलकर्णी"):
        # after a Devanagari title an unknown middle word counts before a known surname
        middle = group == "hi3" and i + 1 < len(words) and words[i + 1] in g.surname
        known = double or middle or g.is_name(word) or ar_known(word)
        if word in _AR_STOP or word in _HI_POSTPOSITIONS or not known:
            break
        kept.append(word)
    return s, s + len(" ".join(kept))


def _hi_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Devanagari name words after a kinship word, as long as the gazetteer knows them."""
    g = gazetteer()
    words = text[s:e].split(" ")
    for i, word in enumerate(words):
        if word in _HI_POSTPOSITIONS:  # "मेरे भाई राजू वर्मा का …": the name ends at the postposition
            name = words[:i]
            if not any(g.is_name(w) for w in name):
                return None  # "मेरे पति सऊदी में": a place before the postposition
            while len(name) > 1 and not g.is_name(name[-1]) and any(g.is_name(w) for w in name[:-1]):
                name.pop()  # "… रमेश कुमार यादव गोरखा में": a place before the postposition
            return (s, s + len(" ".join(name))) if name else None
    kept: list[str] = []
    for word in words:
        if not g.is_name(word):
            break
        kept.append(word)
    return (s, s + len(" ".join(kept))) if kept else None


def find_caseless(text: str, add: AddPerson) -> None:
    """Report PERSON spans in scripts without letter case (see module docstring)."""
    for script, pattern in _SCRIPTS:
        if script.search(text) is not None:
            _find_in_script(text, pattern, add)
            if pattern is _AR_MORE:
                find_arabic_kin(text, add)  # Persian, Urdu and Pashto kinship words and titles
    if "نام" in text or "أنا " in text or "انا " in text or "هستم" in text or "ہوں" in text or "اسم من" in text:
        _find_in_script(text, _AR_INTRO, add)
    if "です" in text or "します" in text or "います" in text or "我是" in text or "本人" in text:
        _find_in_script(text, _SELF_INTRO, add)
    if any(h in text for h in _JA_HONORIFICS):
        _find_in_script(text, _JA_HONORIFIC, add)
    if _ZH_TITLE.search(text) is not None:
        _zh_titled(text, add)
    find_lists(text, add)  # checks for its scripts itself


# A surname right before a title ("李经理", "张大使"): found from the title, so the common surname
# characters are not tried at every position of every Chinese text.
_ZH_TITLE = re.compile(
    "先生|女士|小姐|经理|經理|大使(?![馆館])|领事(?![馆館])|領事(?![馆館])|老师|老師|医生|醫生|律师|律師|警官|"
    # officials and bosses: "刘主任", "孔参赞", "王处长", "陈老板"
    "主任|参赞|參贊|秘书|秘書|处长|處長|科长|科長|局长|局長|教授|老板|老闆|领队|領隊|警官|同志|"
    # how staff are addressed and thanked: "驻米兰总领馆的周姐", "陳姑娘", "陳sir", "陳顧問", "王阿姨"
    "姐(?![姐妹夫])|姑娘|顾问|顧問|阿姨|[Ss]ir(?![a-z])"
)
# minus surnames that are also common function words before a title ("向大使反映": report to the ambassador)
_ZH_SURNAME_CHARS = frozenset(ZH_SURNAMES) - frozenset("向于上任方万")


def _zh_titled(text: str, add: AddPerson) -> None:
    for m in _ZH_TITLE.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] in _ZH_SURNAME_CHARS:
            add(s - 1, s)


def _find_in_script(text: str, pattern: re.Pattern[str], add: AddPerson) -> None:
    if pattern is _ARABIC:
        return _find_resuming(text, pattern, add)
    for m in pattern.finditer(text):
        found = _found(text, m)
        if found is not None and found[1] > found[0]:
            add(*found)


def _find_resuming(text: str, pattern: re.Pattern[str], add: AddPerson) -> None:
    """As `_find_in_script`, but the search goes on after the name, not after the words the pattern took:
    those can hold the next cue ("وأمي وأختي رهف", "لأستاذ كريم وأستاذ وائل"). A cue always comes before
    its name, so each search starts further on."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        found = _found(text, m)
        if found is not None and found[1] > found[0]:
            add(*found)
        end = m.end()
        if found is None or found[1] < end:
            end = found[1] if found is not None and found[1] > m.start(m.lastgroup or 0) else m.start(m.lastgroup or 0)
        pos = max(end, m.start() + 1)


def _found(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The name of a cue pattern's match (see `_find_in_script`), or None."""
    group = m.lastgroup or ""
    s, e = m.span(group)
    found: tuple[int, int] | None = (s, e)
    if group == "ar":
        words = text[s:e].split(" ")
        if len(words) == 3 and words[0] in _AR_PREPOSITIONS:
            s += len(words[0]) + len(words[1]) + 2  # "اسمه على البطاقة خالد": "on the card" goes
        elif len(words) > 1 and (words[0].startswith("عال") or words[0] in _KIN_AR_WORDS):
            s += len(words[0]) + 1  # "اسمه عالبادج سامي" (on the badge), "باسم أبوي كريم" (my father): it goes
    if group in ("ar", "ar2", "ar3", "ar4", "ar5", "ar6"):
        found = _ar_name(text, s, e, need_given=group in ("ar2", "ar3", "ar6"))
        if group == "ar6" and found is not None and " " not in text[found[0] : found[1]]:
            found = None  # "أنا طالب": one word after "I am" is a noun as often as a name
    elif group == "ja" and "\u3040" <= text[e - 1] <= "\u309f" and "\u3040" <= text[e - 2] <= "\u309f":
        if _HIRAGANA_NAME.fullmatch(text, s, e) and (text[s:e] in JA_GIVEN or _JA_NAME_CLOSE.match(text, e)):
            return s, e  # "名前はそら、": a name in hiragana, known or closed by a comma or the copula
        while e > s + 1 and "\u3040" <= text[e - 1] <= "\u309f":
            e -= 1  # "私は佐藤花子です": the copula is no part of the name
        found = None if "\u3040" <= text[s] <= "\u309f" and e - s == 1 else (s, e)  # "名前はまだない": none
    elif group == "ja2":
        found = (s, e - len(m.group(group)) + len(_JA_HONORIFIC_END.sub("", m.group(group))))  # "佐藤くん": 佐藤
    elif group == "zh6" and _KANA_CHAR.search(text) is not None:
        found = (s - 1, e)  # Japanese "小林", "小野": the whole surname, not a Chinese pet name "小陈"
    elif group == "ja3" and text[e - 1] in _JA_PLACE_END:
        found = None
    elif group == "hi5":  # a bare "नाम" (name) is also "the name of …": a known name must follow
        found = (s, e) if gazetteer().is_name(text[s:e].split(" ")[0]) else None
    elif group in ("ar7", "ar8", "he", "he2", "hi3", "hi4", "hi6"):
        found = _known_after(text, s, e, group)
    elif group == "am":
        # "ልጄ ሚያዝያ 12 …": a month, not a name
        found = None if text[s:e].split(" ")[0] in _ET_MONTHS else am_name(text, s, e)
    elif group == "bn3":
        found = _bn_md_name(text, s, e)
    elif group == "bn2":
        word = text[s:e]
        if word in _BN_NOT_NAMES:
            return None  # "আমার ভাই আর …": "my brother and …"
        for suffix in _BN_SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                word = word[: -len(suffix)]
                break
        found = (s, s + len(word))
    elif group == "hi2":
        found = _hi_name(text, s, e)
    elif group.startswith("zh"):
        found = _zh_surname_before_title(text, s, e)
    return found


# Titles written after a Chinese surname: "刘先生", "李经理", "张大使" name only the surname.
_ZH_TITLES = ("先生", "女士", "小姐", "太太", "老师", "老師", "经理", "經理", "医生", "醫生", "大使", "领事", "領事")


def _zh_surname_before_title(text: str, s: int, e: int) -> tuple[int, int]:
    for k in (1, 2):
        if text.startswith(_ZH_TITLES, s + k):
            return s, s + k
    return s, e


def name_before_caseless(text: str, position: int, add: AddPerson) -> None:
    """A Han, Hangul or Arabic name written right before a phone or other PII."""
    m = _BEFORE.search(text, max(0, position - 40), position)
    if m is None:
        return
    group = m.lastgroup or ""
    s, e = m.span(group)
    if group == "ko":
        word = text[s:e]
        if word in _KO_LABELS or word[-1] in _KO_NOT_LAST:
            return
        if word[1:] in _KO_ROLES:
            e = s + 1  # "김실장 010-…": the surname, not the title
    if group == "ar":
        # the longest run of words that starts with a given name: "المواطن سامر عادل النجار (…"
        found = None
        while found is None and " " in text[s:e]:
            found = _ar_name(text, s, e, need_given=True)
            if found is None or " " not in text[found[0] : found[1]]:
                found = None
                s = text.index(" ", s, e) + 1
        if found is None:
            return
        s, e = found
    if group == "han":
        s, e = _zh_surname_before_title(text, s, e)
    if group == "sp":
        known = _known_tail(text, s, e)
        if known is None:
            return
        s = known
    add(s, e)


def _known_tail(text: str, s: int, e: int) -> int | None:
    """The start of the last words of text[s:e] that are all name parts, the first an unambiguous given name."""
    g = gazetteer()
    words = text[s:e].split(" ")
    start = None
    pos = e
    for word in reversed(words):
        if not g.is_name(word):
            break
        pos -= len(word)
        if g.is_given(word):
            start = pos
        pos -= 1
    return start
