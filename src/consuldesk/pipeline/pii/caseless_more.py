"""PERSON spans after cue words in Gujarati, Gurmukhi, Odia, Telugu, Kannada, Malayalam, Sinhala, Georgian,
Armenian, Khmer, Lao, Burmese and Tigrinya, and the kinship phrases of Hindi, Marathi, Nepali, Bengali,
Assamese and Tamil that `caseless.py` misses ("मेरा छोटा भाई …", "माझा भाऊ …", "என் தம்பி …").

Why: without letter case (Armenian has it, but the Latin/Cyrillic name patterns do not read it) a name is
only found from a literal cue: an introduction, a "name:" label, a title (ශ්‍රී, ბატონი, պարոն, លោក, ဦး)
or a kinship word with its possessive. The first word after the cue is taken unless it is a common word,
a verb or a case-marked place; a second or third word only with evidence that it is a name part (the
gazetteer, common surnames, Georgian/Armenian surname suffixes, or, after an introduction, punctuation
or a copula right after it). A wrong name costs more than a missed one: doubtful cases give nothing.
Each script's pattern runs only when the script occurs, and every pattern starts from a literal cue.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from consuldesk.pipeline.pii.caseless_kin import find_caseless_kin
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson
from consuldesk.pipeline.pii.names_counted import find_counted
from consuldesk.pipeline.pii.names_sea import SEA_LETTERS, find_sea

MORE_SCRIPTS = re.compile(
    "[\u0531-\u058f\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u1c90-\u1cbf]"
)
# MORE_SCRIPTS and the Thai and Burmese letters of `find_sea`: most texts that reach this module (not
# ASCII) are Latin with an accent, a curly quote or an emoji, and one scan tells them apart where
# three would.
_ANY_SCRIPT = re.compile(
    "[\u0531-\u058f\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u1c90-\u1cbf"
    f"{SEA_LETTERS}]"
)
# Letters with a nukta have a precomposed and a decomposed spelling: both are matched.
_NUKTA = {c: unicodedata.normalize("NFD", c) for c in "\u0929\u0931\u0934\u0958\u0959\u095a\u095b\u095c\u095d\u095e"
          "\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d"}  # fmt: skip
_NORM = str.maketrans({**_NUKTA, "\u200d": None})


def _norm(word: str) -> str:
    return word.translate(_NORM)


def _w(*parts: str) -> frozenset[str]:
    """A word set from space- or "|"-separated strings, normalised like the words looked up."""
    return frozenset(_norm(w) for part in parts for w in part.replace("|", " ").split())


def _alt(words: str) -> str:
    """A regex group of "|"-separated literals, longest first."""
    parts = sorted({p for p in words.split("|") if p}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in parts) + ")"


def _spellings(pattern: str) -> re.Pattern[str]:
    """The pattern with letters with a nukta in both spellings, Sinhala conjuncts with or without ZWJ."""
    pattern = _norm(pattern)
    for one, two in _NUKTA.items():
        pattern = pattern.replace(two, f"(?:{two}|{one})")
    return re.compile(pattern.replace("\u0dca", "\u0dca\u200d?"))  # ශ්‍රී and ශ්රී


def _kin(poss: str, kin: str, adj: str = "", honour: str = "", *, least: int = 0) -> str:
    """A possessive, up to two adjectives or honorifics, a kinship word, an optional honorific after it."""
    between = f"(?:(?:{_alt(adj)})[ ]){{{least},2}}" if adj else ""
    after = f"(?:[ ]?(?:{_alt(honour)}))?" if honour else ""
    return f"(?:{_alt(poss)})[ ]{between}(?:{_alt(kin)}){after}"


class _Script(NamedTuple):
    chars: re.Pattern[str]  # a letter of the script: the pattern runs only then
    cue: re.Pattern[str]  # cue branches i (intro), l (label), t (title), k (kin); n: the words after it
    stop: frozenset[str]  # never a name word: function words, verbs, time, places, common nouns, cue words
    ends: tuple[str, ...] = ()  # glued case and verb endings: stripped from a known name, else no name
    soft: tuple[str, ...] = ()  # endings that names also have: stripped from a known name, else kept
    names: frozenset[str] = frozenset()  # common surnames the gazetteer lacks
    pred: frozenset[str] = frozenset()  # after a lone unknown word (kin, title): a copula or a postposition
    close: frozenset[str] = frozenset()  # copulas and quotatives that close an introduced name
    strip: re.Pattern[str] | None = None  # particles glued after a name (Georgian cases, Burmese)
    namey: re.Pattern[str] | None = None  # surname forms (Georgian -შვილი, Armenian -յան)
    weak: re.Pattern[str] | None = None  # surname forms that end other words too: only mid-sentence
    bad: re.Pattern[str] | None = None  # word starts that are never names (Tigrinya relative verbs)
    inner: tuple[str, ...] = ()  # never inside a name word (scripts written without spaces)
    known_first: bool = False  # after kin, the first word must be in the gazetteer or precede a surname
    two: bool = False  # after kin or a title, two words are needed (one is as often a pronoun and a verb)
    lone_end: bool = True  # a lone unknown word closing the sentence after kin is a predicate ("… is ill.")
    maxlen: int = 30
    virama: str = ""


_SEP = r"(?:[ \t]*[,՝][ \t]*|[ \t]+)"
_GLUE = "[ \t\u200b]*[:៖]?[ \t\u200b]*"
_SPACE = "[ \t]+"  # after a title: no comma ("ბატონო, გთხოვთ …" is an address)


def _script(
    letters: str, stop: str, *, intro: str = "", label: str = "", title: str = "", kin: tuple[str, ...] = (),
    title_re: str = "", kin_re: str = "", words: str = "", lead: str | None = None, word: str = "",
    gap: str = "[ ]", glued: bool = False, title_gap: str = "", **kw: Any,
) -> _Script:  # fmt: skip
    """Intro and label are regexes, title and kin (possessives, kinship words, adjectives, honorifics)
    literals, which are no names either. The whole match is a look-ahead, so that cues that overlap
    are all tried ("ჩემს ძმას ჰქვია …", "మా అన్నయ్య పేరు …")."""
    sep = _GLUE if glued else _SEP
    title_re = title_re or (_alt(title) if title else "")
    kin_re = kin_re or (_kin(*kin) if kin else "")
    branches = [
        f"(?P<i>{intro}){sep}" if intro else "",
        f"(?P<l>{label})[ \t]*[:：፦៖][ \t]*" if label else "",
        f"(?P<t>{title_re}){title_gap or (_GLUE if glued else _SPACE)}" if title_re else "",
        f"(?P<k>{kin_re}){sep}" if kin_re else "",
    ]
    lead = f"(?<![{letters}])" if lead is None else lead
    word = word or f"[{letters}]{{1,40}}"
    cue = f"{lead}(?=(?:{'|'.join(b for b in branches if b)})(?P<n>{word}(?:{gap}{word}){{0,2}}))"
    chars = re.compile(f"[{letters.replace(chr(0x200C), '').replace(chr(0x200D), '')}]")  # joiners are shared
    return _Script(chars, _spellings(cue), _w(stop, title, words, *kin[1:]), **kw)


# Devanagari: kinship words after an adjective or honorific (Hindi), and after Marathi/Nepali possessives.
_DE_ADJ = (
    "छोटा|छोटी|छोटे|बड़ा|बड़ी|बड़े|प्यारा|प्यारी|प्यारे|प्रिय|आदरणीय|पूज्य|स्वर्गीय|इकलौता|इकलौती|धाकटा|धाकटी|धाकटे|मोठा|मोठी|मोठे|"
    "लहान|सानो|सानी|जेठो|जेठी|जेठा|कान्छो|कान्छी|माइलो|माइली"
)
_DE_DONE = "भाई|बहन|पिता|पिताजी|माँ|मां|बेटा|बेटी|पति|पत्नी|दोस्त|चाचा|मामा|दादा|दादी|नाना|नानी|भतीजा|भांजा"  # caseless.py
_DE_KIN = (
    "बेटे|भैया|दीदी|मम्मी|पापा|माता|माताजी|सहेली|सहकर्मी|साथी|मित्र|चाची|मामी|भतीजी|भांजी|जीजा|जीजाजी|भाभी|ननद|देवर|पोता|पोती|"
    "दामाद|बहू|पुत्र|पुत्री|भाऊ|बहीण|मुलगा|मुलगी|नवरा|बायको|पती|वडील|बाबा|आई|मैत्रीण|सहकारी|काका|काकू|मावशी|आत्या|आजी|आजोबा|ताई|"
    "पुतण्या|पुतणी|भाचा|भाची|नातू|जावई|सून|भाइ|बहिनी|दाइ|दाजु|दिदी|छोरा|छोरी|श्रीमान्|श्रीमान|श्रीमती|बुबा|बुवा|आमा|भान्जा|भान्जी|"
    "भतिजा|भतिजी|ज्वाइँ|बुहारी|हजुरबुबा|हजुरआमा"
)
_DE_POSS = "हमारा|हमारी|हमारे|माझा|माझी|माझे|माझं|आमचा|आमची|आमचे|मेरो|हाम्रो|हाम्री"
_DE_HON = "जी|साहब|साहेब|ज्यू"
_DEVANAGARI = _script(
    "\u0900-\u0963\u0971-\u097f\u200c\u200d",
    "का की के को ने से में मे पर तक लिए साथ है हैं था थी थे हो भी तो ही और या लेकिन कल आज अभी अब परसों पिछले पिछली इस उस यह वह जो "
    "जिसका जिसकी जिसके जिसे कौन क्या नहीं ना न बहुत कोई एक दो तीन साल महीने दिन गया गई गए गयी आया आई आए रहता रहती रहते करता "
    "करती करते काम पासपोर्ट वीजा वीज़ा दूतावास अस्पताल पुलिस जेल नौकरी घर फोन फ़ोन नंबर नम्बर विदेश सऊदी दुबई कतर क़तर ओमान कुवैत "
    "मलेशिया जापान कोरिया अमेरिका लंदन भारत नेपाल दिल्ली मुंबई काठमाडौं बीमार लापता गायब घायल गिरफ्तार फंसा फँसा डॉक्टर इंजीनियर "
    "ड्राइवर छात्र नाम आहे आहेत होता होती होते नाही आणि पण काल उद्या आता मध्ये गेला गेली गेले छ छन् थियो र पनि हिजो भोलि अहिले मा ले "
    "लाई बाट गयो गएको बस्छ उनका उनकी उनके अपना अपनी बदल चुकीचे चुकीचा गलत सही परिवर्तन नाव माहित माहीत पता मालूम थाहा",
    # "भावाचे नाव …", "भाइको नाम …": brother's name
    intro=_alt("भावाचे|भावाचं|बहिणीचे|बहिणीचं|मुलाचे|मुलाचं|मुलीचे|मुलीचं|नवऱ्याचे|बायकोचे|वडिलांचे|आईचे|मित्राचे|त्याचे|तिचे|"
               "त्यांचे|त्याचं|तिचं") + " नाव|" + _alt("भाइको|बहिनीको|छोराको|छोरीको|श्रीमानको|श्रीमतीको|बुबाको|आमाको|साथीको|"
                                                   "दाइको|दिदीको|उसको") + " नाम",
    kin_re=_kin("मेरा|मेरी|मेरे", f"{_DE_DONE}|{_DE_KIN}", _DE_ADJ, _DE_HON, least=1)
    + f"|{_kin('मेरा|मेरी|मेरे', _DE_KIN, '', _DE_HON)}|{_kin(_DE_POSS, f'{_DE_DONE}|{_DE_KIN}', _DE_ADJ, _DE_HON)}",
    # titles after a kinship word are no name ("माझे वडील श्री. विनायक …": caseless.py takes the name after it)
    words=f"{_DE_ADJ}|{_DE_DONE}|{_DE_KIN}|{_DE_HON}|श्री|सुश्री|डॉ",
    ends=("ला", "ने", "चा", "ची", "चे", "ईत", "ात", "मध्ये", "कडे", "ले", "लाई", "को", "मा", "बाट", "सँग", "संग"),
    names=_w("सिंह शर्मा वर्मा कुमार पाटील पाटिल जाधव पवार शिंदे कुलकर्णी देशमुख गुरुङ तामाङ मगर राई लिम्बू श्रेष्ठ थापा"),
    known_first=True,
)
# Bengali and Assamese: more kinship words, adjectives and titles, and a second name word.
_BN_KIN = (
    "ভাই|বোন|ছেলে|মেয়ে|স্বামী|স্ত্রী|বউ|বৌ|বাবা|মা|আব্বা|আব্বু|আম্মা|আম্মু|বন্ধু|বান্ধবী|সহকর্মী|ভাইয়া|আপু|ভাবি|চাচা|মামা|খালা|ফুপু|"
    "দাদা|দিদি|দাদু|নানা|নানু|ভাগ্নে|ভাতিজা|জামাই|পুত্র|কন্যা|শ্বশুর|শাশুড়ি|ভনী|ককাই|বাইদেউ|পুত্ৰ|ল'ৰা|লʼৰা|ছোৱালী|জীয়েক|পত্নী|"
    "ঘৈণী|দেউতা|আই|বান্ধৱী|সহকৰ্মী|খুড়া|পেহী|মাহী"
)
_BENGALI = _script(
    "\u0980-\u09e3\u09f0\u09f1\u200c\u200d",
    "গতকাল কাল আজ আজকে এখন এবং ও আর কিন্তু আছে আছেন ছিল ছিলেন নেই না গেছে গিয়েছে এসেছে থাকে থাকেন কাজ করে করেন যে যিনি "
    "কে কি কী কোথায় এই ওই সেই একটা একটি এক দুই বছর মাস দিন গত পাসপোর্ট ভিসা দূতাবাস হাসপাতাল হাসপাতালে পুলিশ জেল দুবাই "
    "সৌদি কাতার মালয়েশিয়া সিঙ্গাপুর ইতালি বিদেশে দেশে বাড়ি বাসা ফোন নম্বর নিখোঁজ অসুস্থ মারা লঙ্কা ঢাকা কলকাতা সাথে সঙ্গে জন্য "
    "নাম তার তাঁর ওর আমি আমরা সে তিনি উনি অনেক খুব এখনো এখনও হলো হল হচ্ছে এখানে ওখানে সেখানে একা আবার সবসময় শুধু শীঘ্রই "
    "থেকে সব ছাত্র ড্রাইভার ডাক্তার নার্স শ্রমিক ইঞ্জিনিয়ার শিক্ষক কালি আজি এতিয়া আৰু নাই গৈছে আহিছে কাম কৰে যি কোন ক'ত এটা "
    "বছৰ মাহ পাছপোৰ্ট ভিছা হাস্পতাল আৰক্ষী গুৱাহাটী মই তেওঁ সি তাই হৈছে ইয়াত তাত অকলে গর্ভবতী বয়স পরিবর্তন ভুল সংশোধন ঠিক এক "
    "দুই তিন চার পাঁচ ছয় সাত আট নয় দশ বলল বলেছে জানি জানা জানেন জানিনা মনে "
    "মোঃ মোছাঃ মোসাঃ",  # "Md.", "Mst.": titles, left to caseless.py
    # "আমার নাম …", and "ভাইয়ের নাম …" (brother's name)
    intro=f"(?:আমার|মোৰ|মোর|আমাৰ|তার|তাঁর|ওর|ওনার|উনার|ওঁর|{_alt(_BN_KIN)}(?:য়ের|ের|এর|র)) নাম(?: (?:হলো|হল|হচ্ছে|হৈছে))?",
    title="জনাব|জনাবা|শ্রী|শ্রীমতী|শ্রীমান|ডাঃ|ডা.|ডক্টর|মিস্টার|মিসেস|শ্ৰী|শ্ৰীমতী|শ্ৰীযুত",
    kin=("আমার|আমাদের|মোৰ|মোর|আমাৰ", _BN_KIN, "ছোট|ছোটো|বড়|মেজো|সেজো|আদরের|প্রিয়|সৰু|ডাঙৰ"),
    ends=("কে", "কেও", "এর", "ের", "তে", "ও", "দের", "টা", "টি", "ছে", "ছেন", "ছিল", "ছিলেন", "লেন", "বেন", "লো", "ত"),
    soft=("র", "য়"), pred=_w("আছে আছেন ছিল ছিলেন গেছে গিয়েছে গেল হয় আছিল থেকে থাকে থাকেন এসেছে"),
    names=_w(
        "রহমান হোসেন হোসাইন ইসলাম আহমেদ আহমদ খান চৌধুরী দাস দত্ত সেন বসু ঘোষ মুখার্জি চ্যাটার্জি ব্যানার্জি রায় সরকার মিয়া "
        "উদ্দিন আলী বেগম খাতুন আক্তার আখতার হক শেখ সাহা পাল মন্ডল মণ্ডল বিশ্বাস ভট্টাচার্য চক্রবর্তী দে নাথ বড়ুয়া তালুকদার মজুমদার "
        "ভূঁইয়া সিদ্দিকী কবির করিম কুমার হাসান মাহমুদ বৰুৱা শৰ্মা গগৈ বৰা কলিতা শইকীয়া"
    ),
)
# Tamil: kinship words; the title and "என் பெயர்" patterns of caseless.py take one word, these a second.
_TA_KIN = (
    "தம்பி|அண்ணன்|அண்ணா|அக்கா|தங்கை|தங்கச்சி|மகன்|மகள்|பையன்|பொண்ணு|கணவர்|கணவன்|வீட்டுக்காரர்|மனைவி|அப்பா|தந்தை|அம்மா|தாய்|நண்பர்|நண்பன்|தோழி|"
    "தோழர்|சக ஊழியர்|மாமா|சித்தப்பா|பெரியப்பா|சித்தி|அத்தை|பாட்டி|தாத்தா|மருமகன்|மருமகள்|மச்சான்"
)
_TAMIL = _script(
    "\u0b82-\u0bd7\u200c\u200d",
    "நேற்று இன்று நாளை இப்போது இப்ப இப்போ மற்றும் ஆனால் இருக்கிறார் இருக்கிறான் இருக்கிறாள் இல்லை வந்தார் வந்தான் போனார் போனான் இந்த அந்த "
    "ஒரு யார் என்ன எங்கே கடந்த ரொம்ப பாஸ்போர்ட் விசா தூதரகம் மருத்துவமனை போலீஸ் சிறை துபாய் சவுதி கத்தார் மலேசியா சிங்கப்பூர் வேலை வீடு "
    "போன் நம்பர் வருடம் மாதம் நாள் காணவில்லை என்று நான் நாங்கள் அவர் அவன் அவள் பற்றி கிட்ட பெயர் சென்னை இலங்கை இந்தியா இன்னும் இங்கே அங்கே "
    "மாற்றம் தவறாக சரியாக உள்ளது புதிய பழைய வயது தெரியாது தெரியும் ஞாபகம்",
    intro=f"(?:{_alt(_TA_KIN)}|என்|என்னுடைய|எனது|அவர்|அவன்|அவள்|அவருடைய|அவனுடைய|அவளுடைய|"
    + _alt("தம்பியின்|அண்ணனின்|அக்காவின்|தங்கையின்|மகனின்|மகளின்|கணவரின்|மனைவியின்|அப்பாவின்|அம்மாவின்|நண்பரின்")
    + ") (?:பெயர்|பேரு|பேர்)",
    label=_alt("பெயர்"),
    title="திரு|திரு.|திருமதி|செல்வி|டாக்டர்|மருத்துவர்|முனைவர்",
    kin=("என்|என்னுடைய|எனது|எங்க|எங்கள்|எங்களுடைய|நம்ம|நம்", _TA_KIN, "மூத்த|இளைய|சின்ன|பெரிய|கடைசி"),
    ends=("க்கு", "ுக்கு", "வுக்கு", "யுக்கு", "யை", "வை", "ை", "யின்", "வின்", "ின்", "யிடம்", "விடம்", "ிடம்", "ோடு", "யோடு",
          "வோடு", "ும்", "வும்", "யும்", "ுடன்", "டன்", "யில்", "ில்", "ிலிருந்து", "ால்", "ாக"),
    names=_w("குமார் ராஜ் பிள்ளை முதலியார் செட்டியார் நாடார் கவுண்டர் தேவர் ஐயர் ராஜா"), known_first=True, virama="\u0bcd",
)  # fmt: skip
_GU_KIN = (
    "ભાઈ|બહેન|બેન|દીકરો|દીકરી|પુત્ર|પુત્રી|છોકરો|છોકરી|પતિ|પત્ની|ઘરવાળા|ઘરવાળી|પિતા|પિતાજી|પપ્પા|બાપુજી|માતા|મમ્મી|બા|મિત્ર|દોસ્ત|"
    "બહેનપણી|સહકર્મી|સાથી|કાકા|કાકી|મામા|મામી|માસી|ફોઈ|દાદા|દાદી|ભત્રીજો|ભત્રીજી|ભાણો|ભાણી|ભાણેજ|જમાઈ|વહુ|ભાભી"
)
_GUJARATI = _script(
    "\u0a81-\u0ae3\u0af9-\u0aff\u200c\u200d",
    "ગઈકાલે કાલે આજે હવે હમણાં અત્યારે પણ અને કે છે છો હતો હતી હતા નથી ના નહીં જે જેમનું જેનું કોણ શું ક્યાં આ તે એ એક બે વર્ષ મહિના દિવસ ગયા "
    "ગયો ગઈ આવ્યો આવી આવ્યા રહે કામ કરે પાસપોર્ટ વિઝા દૂતાવાસ એમ્બેસી હોસ્પિટલ પોલીસ જેલ દુબઈ અમેરિકા કેનેડા લંડન યુકે વિદેશ ઘરે ઘર ફોન "
    "નંબર ગુમ બીમાર સાથે માટે પાસે વિશે હું અમે તેઓ તેનું તેમનું ખૂબ બહુ નામ એન્જિનિયર અહીં ત્યાં હજુ ફરી એકલો એકલી હંમેશા ફક્ત જલ્દી વિદ્યાર્થી "
    "ડ્રાઈવર નર્સ મજૂર શિક્ષક ગર્ભવતી ઉંમર બદલવું ખોટું સુધારો ત્રણ ચાર પાંચ છ સાત આઠ નવ દસ કહે કહ્યું લંકા ખબર યાદ",
    intro=f"(?:મારું|મારુ|મારૂં|મારૂ|તેનું|તેમનું|એનું|એમનું|(?:{_alt(_GU_KIN)})(?:નું|નુ)) નામ", label=_alt("નામ|પૂરું નામ"),
    title="શ્રી|શ્રીમતી|શ્રીમાન|સુશ્રી|ડૉ.|ડો.|ડૉક્ટર|ડોક્ટર|મિસ્ટર",
    kin=("મારો|મારી|મારા|મારું|અમારો|અમારી|અમારા", _GU_KIN, "નાનો|નાની|નાના|મોટો|મોટી|મોટા|વહાલો|વહાલી|પ્રિય|સ્વર્ગસ્થ"),
    ends=("માં", "થી", "ને", "નો", "નું", "માંથી", "યો", "વું"), soft=("ની", "ના", "એ"),
    names=_w(
        "પટેલ શાહ મહેતા દેસાઈ જોશી ત્રિવેદી વ્યાસ પંડ્યા ભટ્ટ પરમાર ચૌહાણ સોલંકી રાઠોડ ઠાકોર મકવાણા વાઘેલા ચૌધરી ગઢવી મોદી પારેખ "
        "ગાંધી કુમાર"
    ),
    pred=_w("છે હતો હતી હતા ગયો ગયા ગઈ માં થી રહે રહેતો રહેતી રહેતા"), close=_w("છે છું"),
)
_PA_KIN = (
    "ਭਰਾ|ਵੀਰ|ਭੈਣ|ਪੁੱਤਰ|ਪੁੱਤ|ਮੁੰਡਾ|ਧੀ|ਕੁੜੀ|ਪਤੀ|ਪਤਨੀ|ਘਰਵਾਲਾ|ਘਰਵਾਲੀ|ਪਿਤਾ|ਬਾਪੂ|ਡੈਡੀ|ਪਾਪਾ|ਮਾਂ|ਮਾਤਾ|ਮੰਮੀ|ਬੀਬੀ|ਦੋਸਤ|ਮਿੱਤਰ|ਯਾਰ|ਸਹੇਲੀ|ਸਾਥੀ|"
    "ਚਾਚਾ|ਤਾਇਆ|ਮਾਮਾ|ਭਤੀਜਾ|ਭਾਣਜਾ|ਦਾਦਾ|ਦਾਦੀ|ਨਾਨਾ|ਨਾਨੀ|ਜੀਜਾ"
)
_GURMUKHI = _script(
    "\u0a01-\u0a65\u0a70-\u0a7f\u200c\u200d",
    "ਹੈ ਹਨ ਸੀ ਸਨ ਹਾਂ ਨੇ ਦਾ ਦੀ ਦੇ ਨੂੰ ਤੋਂ ਵਿੱਚ ਵਿਚ ਤੇ ਨਾਲ ਲਈ ਕੋਲ ਵੀ ਤਾਂ ਹੀ ਅਤੇ ਜਾਂ ਪਰ ਕੱਲ੍ਹ ਕੱਲ ਅੱਜ ਹੁਣ ਪਿਛਲੇ ਇਸ ਉਸ ਇਹ ਉਹ ਜੋ ਜਿਸ ਕੌਣ ਕੀ ਨਹੀਂ "
    "ਨਾ ਬਹੁਤ ਕੋਈ ਇੱਕ ਦੋ ਸਾਲ ਮਹੀਨੇ ਦਿਨ ਗਿਆ ਗਈ ਗਏ ਆਇਆ ਆਈ ਰਹਿੰਦਾ ਰਹਿੰਦੀ ਕੰਮ ਕਰਦਾ ਕਰਦੀ ਲਾਪਤਾ ਬਿਮਾਰ ਪਾਸਪੋਰਟ ਵੀਜ਼ਾ ਵੀਜਾ ਦੂਤਾਵਾਸ ਹਸਪਤਾਲ "
    "ਪੁਲਿਸ ਜੇਲ੍ਹ ਕੈਨੇਡਾ ਦੁਬਈ ਇਟਲੀ ਅਮਰੀਕਾ ਇੰਗਲੈਂਡ ਆਸਟ੍ਰੇਲੀਆ ਪੰਜਾਬ ਭਾਰਤ ਨਾਮ ਮੈਂ ਅਸੀਂ ਉਸਦਾ ਉਸਦੀ ਡਰਾਈਵਰ ਇੱਥੇ ਉੱਥੇ ਹਾਲੇ ਅਜੇ ਫਿਰ ਇਕੱਲਾ ਇਕੱਲੀ ਹਮੇਸ਼ਾ "
    "ਸਿਰਫ਼ ਜਲਦੀ ਵਿਦਿਆਰਥੀ ਨਰਸ ਮਜ਼ਦੂਰ ਅਧਿਆਪਕ ਗਰਭਵਤੀ ਉਮਰ ਗਲਤ ਬਦਲਣਾ ਨਾਂ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ ਕਹਿੰਦਾ ਕਿਹਾ ਲੰਕਾ ਗੁਰੂ ਅੰਮ੍ਰਿਤਸਰ "
    "ਹਰਿਮੰਦਰ ਵਾਹਿਗੁਰੂ ਪਤਾ ਯਾਦ",
    intro=f"(?:ਮੇਰਾ|ਉਸਦਾ|ਉਸ ਦਾ|(?:{_alt(_PA_KIN)}) (?:ਦਾ|ਦੀ)) (?:ਨਾਮ|ਨਾਂ|ਨਾਉਂ)", label=_alt("ਨਾਮ|ਨਾਂ|ਪੂਰਾ ਨਾਮ"),
    title="ਸ੍ਰੀ|ਸ਼੍ਰੀ|ਸ੍ਰੀਮਤੀ|ਸ਼੍ਰੀਮਤੀ|ਡਾ.|ਡਾਕਟਰ|ਸ.|ਸਰਦਾਰ|ਸਰਦਾਰਨੀ|ਬੀਬੀ|ਮਿਸਟਰ",
    kin=("ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ|ਸਾਡਾ|ਸਾਡੀ|ਸਾਡੇ", _PA_KIN, "ਛੋਟਾ|ਛੋਟੀ|ਛੋਟੇ|ਵੱਡਾ|ਵੱਡੀ|ਵੱਡੇ|ਪਿਆਰਾ|ਪਿਆਰੀ", "ਜੀ"),
    names=_w(
        "ਸਿੰਘ ਕੌਰ ਗਿੱਲ ਸੰਧੂ ਸਿੱਧੂ ਢਿੱਲੋਂ ਗਰੇਵਾਲ ਬਰਾੜ ਮਾਨ ਬਾਜਵਾ ਰੰਧਾਵਾ ਧਾਲੀਵਾਲ ਚੀਮਾ ਸੈਣੀ ਬੈਂਸ ਸੇਖੋਂ ਅਟਵਾਲ ਵਿਰਕ ਔਲਖ ਸ਼ਰਮਾ ਕੁਮਾਰ ਅਰੋੜਾ ਖੰਨਾ "
        "ਕਪੂਰ ਮਲਹੋਤਰਾ ਚੌਧਰੀ ਭੁੱਲਰ ਸੋਹੀ ਕੰਗ ਜੌਹਲ ਪੰਨੂ"
    ),
    pred=_w("ਹੈ ਸੀ ਹਨ ਵਿੱਚ ਵਿਚ ਤੋਂ ਗਿਆ ਗਈ ਚਲਾ ਰਹਿੰਦਾ ਰਹਿੰਦੀ ਰਹਿੰਦੇ ਪਹੁੰਚਿਆ ਪਹੁੰਚੀ"), close=_w("ਹੈ ਹਾਂ"),
)
_OR_KIN = "ଭାଇ|ଭଉଣୀ|ପୁଅ|ଝିଅ|ସ୍ୱାମୀ|ସ୍ଵାମୀ|ସ୍ତ୍ରୀ|ପତ୍ନୀ|ବାପା|ପିତା|ମା|ମାଆ|ବୋଉ|ସାଙ୍ଗ|ବନ୍ଧୁ|ସହକର୍ମୀ|ମାମୁଁ|ଦାଦା|ଅପା|ଭାଇନା"
_ODIA = _script(
    "\u0b01-\u0b63\u0b71\u200c\u200d",
    "ଗତକାଲି କାଲି ଆଜି ଏବେ ବି ମଧ୍ୟ ଓ ଏବଂ କିନ୍ତୁ ଅଛି ଅଛନ୍ତି ଥିଲା ଥିଲେ ନାହିଁ ଯିଏ ଯେ କେଉଁ କଣ କ'ଣ ଗଲା ଗଲେ ଆସିଲା ଆସିଲେ ରହେ ରହନ୍ତି କାମ କରେ କରନ୍ତି "
    "ପାସପୋର୍ଟ ଭିସା ଦୂତାବାସ ଡାକ୍ତରଖାନା ହସପିଟାଲ ପୋଲିସ ଜେଲ ଦୁବାଇ ସାଉଦି ବିଦେଶ ଘର ଫୋନ ନମ୍ବର ଜଣେ ଏକ ଦୁଇ ବର୍ଷ ମାସ ଦିନ ସହିତ ପାଇଁ ନିଖୋଜ ଅସୁସ୍ଥ "
    "ମୃତ ନାମ ମୁଁ ଆମେ ସେ ତାଙ୍କ ଅଟେ ଏଠି ସେଠି ଏଠାରେ ସେଠାରେ ଏବେବି ପୁଣି ଏକା ସବୁବେଳେ କେବଳ ବହୁତ ଶୀଘ୍ର ଛାତ୍ର ଡ୍ରାଇଭର ନର୍ସ ଶ୍ରମିକ ଶିକ୍ଷକ ଗର୍ଭବତୀ "
    "ବୟସ ପରିବର୍ତ୍ତନ ଭୁଲ ନାଁ ତିନି ଚାରି ପାଞ୍ଚ ଛଅ ସାତ ଆଠ ନଅ ଦଶ କହିଲା କହିଲେ ଲଙ୍କା ଜାଣିନି ଜାଣେ ଜଣା ମନେ",
    intro=f"(?:ମୋ|ମୋର|ତାର|ତାଙ୍କ|ତାଙ୍କର|(?:{_alt(_OR_KIN)})(?:ର|ଙ୍କ|ଙ୍କର)) (?:ନାମ|ନାଁ)", label=_alt("ନାମ|ନାଁ"),
    title="ଶ୍ରୀ|ଶ୍ରୀମତୀ|ଶ୍ରୀମାନ|କୁମାରୀ|ଡା.|ଡାକ୍ତର|ଡକ୍ଟର",
    kin=("ମୋ|ମୋର|ଆମ|ଆମର", _OR_KIN, "ସାନ|ବଡ଼|ଛୋଟ"),
    ends=("କୁ", "ରେ", "ଠାରୁ", "ଠାରେ", "ଙ୍କ", "ଙ୍କୁ", "ଙ୍କର", "ରୁ", "ଟି", "ମାନେ"), soft=("ର",),
    names=_w(
        "ଦାସ ମହାପାତ୍ର ପଟ୍ଟନାୟକ ମିଶ୍ର ସାହୁ ପଣ୍ଡା ନାୟକ ମହାନ୍ତି ଜେନା ବେହେରା ପ୍ରଧାନ ରାଉତ ସେଠୀ ମଲ୍ଲିକ ପାଢ଼ୀ ଶତପଥୀ ରଥ ଦାଶ ସାମଲ ବିଶ୍ୱାଳ "
        "ମହାରଣା ଆଚାର୍ଯ୍ୟ ସ୍ୱାଇଁ ପାଣି କର ଷଡ଼ଙ୍ଗୀ ଭୋଇ କୁମାର"
    ),
    pred=_w("ଅଛି ଅଛନ୍ତି ଥିଲା ଥିଲେ ଗଲା ଗଲେ ଯାଇଛି ଅଟେ ରହେ ରହନ୍ତି"), close=_w("ଅଟେ"),
)
_TE_KIN = (
    "అన్నయ్య|అన్న|తమ్ముడు|అక్క|చెల్లెలు|చెల్లి|కొడుకు|అబ్బాయి|కూతురు|అమ్మాయి|భర్త|భార్య|నాన్న|నాన్నగారు|తండ్రి|అమ్మ|తల్లి|స్నేహితుడు|స్నేహితురాలు|ఫ్రెండ్|"
    "సహోద్యోగి|మామయ్య|బాబాయ్|బావ|వదిన|తాతయ్య|అల్లుడు|కోడలు|మేనల్లుడు"
)
_TELUGU = _script(
    "\u0c00-\u0c63\u200c\u200d",
    "నిన్న ఈరోజు ఇవాళ రేపు ఇప్పుడు కూడా మరియు కానీ ఉన్నాడు ఉంది ఉన్నారు లేదు లేడు వచ్చాడు వెళ్ళాడు వెళ్లాడు ఈ ఆ ఒక ఎవరు ఏమి ఏమిటి ఎక్కడ గత గారు చాలా "
    "పాస్‌పోర్ట్ పాస్పోర్ట్ వీసా ఎంబసీ హాస్పిటల్ ఆసుపత్రి పోలీసు పోలీస్ జైలు దుబాయ్ సౌదీ అమెరికా ఉద్యోగం పని ఇంటికి ఇంట్లో ఫోన్ నంబర్ సంవత్సరాలు సంవత్సరం నెల రోజు "
    "తప్పిపోయాడు చనిపోయాడు గురించి దగ్గర అని నేను మేము తను అతను ఆమె వాడు పేరు డ్రైవర్ ఇంకా ఇక్కడ అక్కడ మళ్ళీ ఒంటరిగా ఎప్పుడూ మాత్రమే బాగా త్వరగా కొంచెం "
    "ఎలా ఎందుకు ఏ విద్యార్థి నర్సు కూలీ ఇంజనీర్ టీచర్ మార్పు తప్పు సరిగా సరిగ్గా మార్చాలి కొత్త పాత మీద వయస్సు గర్భవతి జబ్బు ఒకటి రెండు మూడు నాలుగు ఐదు "
    "ఆరు ఏడు ఎనిమిది తొమ్మిది పది లంక లంకా తెలియదు తెలుసు గుర్తు పెళ్లి జీతం అదే",
    # "నా పేరు …", "మా అన్నయ్య పేరు …" (my brother's name)
    intro=f"(?:నా|మా|అతని|ఆమె|వాడి|వారి|ఆయన|ఆవిడ|తమ్ముడి|కూతురి|{_alt(_TE_KIN)}) పేరు", label=_alt("పేరు|పూర్తి పేరు"),
    title="శ్రీ|శ్రీమతి|శ్రీమాన్|కుమారి|డా.|డాక్టర్|మిస్టర్",
    kin=("నా|మా|మన", _TE_KIN, "చిన్న|పెద్ద"),
    ends=("లో", "నుండి", "నుంచి", "తో", "కి", "కు", "ను", "గారికి", "గారిని", "కోసం", "గా", "ాడు", "ింది", "ారు", "ాను", "ాలి",
          "ుంది", "లేదు"),
    soft=("ని",), close=_w("అని నేను"), pred=_w("లో నుండి నుంచి కి కు ఉంది ఉన్నాడు ఉన్నారు వెళ్ళాడు వెళ్లాడు ఉంటాడు"),
    names=_w("రెడ్డి రావు నాయుడు చౌదరి శర్మ వర్మ గుప్తా కుమార్ రాజు శాస్త్రి నాయక్ యాదవ్ గౌడ్ ప్రసాద్ బాబు"),
)  # fmt: skip
_KN_KIN = (
    "ಅಣ್ಣ|ತಮ್ಮ|ಅಕ್ಕ|ತಂಗಿ|ಮಗ|ಮಗಳು|ಗಂಡ|ಪತಿ|ಹೆಂಡತಿ|ಪತ್ನಿ|ತಂದೆ|ಅಪ್ಪ|ತಾಯಿ|ಅಮ್ಮ|ಸ್ನೇಹಿತ|ಸ್ನೇಹಿತೆ|ಗೆಳೆಯ|ಗೆಳತಿ|ಸಹೋದ್ಯೋಗಿ|ಸಹೋದರ|ಸಹೋದರಿ|ಮಾವ|ಚಿಕ್ಕಪ್ಪ|ದೊಡ್ಡಪ್ಪ|"
    "ಅಜ್ಜ|ಅಜ್ಜಿ|ಅಳಿಯ|ಸೊಸೆ"
)
_KANNADA = _script(
    "\u0c80-\u0ce3\u0cf1\u0cf2\u200c\u200d",
    "ನಿನ್ನೆ ಇಂದು ಇವತ್ತು ನಾಳೆ ಈಗ ಕೂಡ ಕೂಡಾ ಸಹ ಮತ್ತು ಆದರೆ ಇದ್ದಾನೆ ಇದ್ದಾಳೆ ಇದ್ದಾರೆ ಇಲ್ಲ ಬಂದ ಹೋದ ಈ ಆ ಒಂದು ಯಾರು ಏನು ಎಲ್ಲಿ ಕಳೆದ ತುಂಬಾ ಪಾಸ್‌ಪೋರ್ಟ್ "
    "ಪಾಸ್ಪೋರ್ಟ್ ವೀಸಾ ರಾಯಭಾರ ಆಸ್ಪತ್ರೆ ಪೊಲೀಸ್ ಜೈಲು ದುಬೈ ಸೌದಿ ಅಮೆರಿಕ ಕೆಲಸ ಮನೆ ಫೋನ್ ನಂಬರ್ ವರ್ಷ ತಿಂಗಳು ದಿನ ಕಾಣೆಯಾಗಿದ್ದಾನೆ ಕಾಣೆಯಾಗಿದ್ದಾರೆ ಎಂದು ಅಂತ "
    "ನಾನು ನಾವು ಅವನು ಅವಳು ಅವರು ಬಗ್ಗೆ ಹತ್ತಿರ ಹೆಸರು ಇನ್ನೂ ಇಲ್ಲಿ ಅಲ್ಲಿ ಮತ್ತೆ ಒಬ್ಬನೇ ಒಬ್ಬಳೇ ಯಾವಾಗಲೂ ಮಾತ್ರ ಬೇಗ ಹೇಗೆ ಏಕೆ ವಿದ್ಯಾರ್ಥಿ ಡ್ರೈವರ್ ನರ್ಸ್ "
    "ಕಾರ್ಮಿಕ ಇಂಜಿನಿಯರ್ ಶಿಕ್ಷಕ ಬದಲಾವಣೆ ತಪ್ಪು ಸರಿಯಾಗಿ ಇದೆ ಹೊಸ ಹಳೆಯ ವಯಸ್ಸು ಗರ್ಭಿಣಿ ಕಾಯಿಲೆ ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು ಹತ್ತು ಹೇಳಿದ "
    "ಲಂಕಾ ಲಂಕೆ ಗೊತ್ತಿಲ್ಲ ಗೊತ್ತು ನೆನಪು",
    # "ನನ್ನ ಹೆಸರು …", "ನನ್ನ ತಮ್ಮನ ಹೆಸರು …" (my brother's name)
    intro=f"(?:ನನ್ನ|ನನ್|ಅವನ|ಅವಳ|ಅವರ|ಮಗಳ|(?:{_alt(_KN_KIN)})(?:ನ|ಯ|ರ)?) ಹೆಸರು", label=_alt("ಹೆಸರು|ಪೂರ್ಣ ಹೆಸರು"),
    title="ಶ್ರೀ|ಶ್ರೀಮತಿ|ಶ್ರೀಮಾನ್|ಕುಮಾರಿ|ಡಾ.|ಡಾಕ್ಟರ್|ಮಿಸ್ಟರ್",
    kin=("ನನ್ನ|ನಮ್ಮ|ನನ್", _KN_KIN, "ಚಿಕ್ಕ|ದೊಡ್ಡ|ಹಿರಿಯ|ಕಿರಿಯ"),
    ends=("ಗೆ", "ಿಗೆ", "ಕ್ಕೆ", "ನ್ನು", "ನಲ್ಲಿ", "ಲ್ಲಿ", "ಿಂದ", "ನಿಂದ", "ೊಂದಿಗೆ", "ಾಗಿ", "ದೆ", "ಾನೆ", "ಾಳೆ", "ಾರೆ", "ದರು", "ಿತು", "ಲು"),
    names=_w(
        "ಗೌಡ ಶೆಟ್ಟಿ ರಾವ್ ಹೆಗ್ಡೆ ನಾಯಕ್ ಕುಮಾರ್ ಶರ್ಮ ಭಟ್ ಪಾಟೀಲ ಪಾಟೀಲ್ ರೆಡ್ಡಿ ಕಾಮತ್ ಪೈ ಆಚಾರ್ಯ ಮೂರ್ತಿ ಪ್ರಸಾದ್ ಸ್ವಾಮಿ ದೇಸಾಯಿ ಕುಲಕರ್ಣಿ ಜೋಶಿ ನಾಯ್ಡು ಪೂಜಾರಿ "
        "ಬಾಬು"
    ),
    close=_w("ಎಂದು ಅಂತ ನಾನು"), pred=_w("ಇದ್ದಾನೆ ಇದ್ದಾಳೆ ಇದ್ದಾರೆ ಹೋದ ಹೋಗಿದ್ದಾನೆ ಹೋದರು"),
)
_ML_KIN = (
    "സഹോദരൻ|സഹോദരി|ചേട്ടൻ|അനിയൻ|ചേച്ചി|അനിയത്തി|മകൻ|മകൾ|ഭർത്താവ്|ഭാര്യ|അച്ഛൻ|അമ്മ|സുഹൃത്ത്|കൂട്ടുകാരൻ|കൂട്ടുകാരി|സഹപ്രവർത്തകൻ|സഹപ്രവർത്തക|"
    "അമ്മാവൻ|മരുമകൻ|മരുമകൾ|അപ്പൻ|ഉപ്പ|ഉമ്മ|ഇക്ക|ഇത്ത"
)
_MALAYALAM = _script(
    "\u0d00-\u0d63\u0d7a-\u0d7f\u200c\u200d",
    "ഇന്നലെ ഇന്ന് നാളെ ഇപ്പോൾ കൂടി ഒരു ഈ ആ എന്ന എന്നാണ് ആണ് ആയിരുന്നു ഇല്ല ഉണ്ട് പോയി വന്നു കാണാനില്ല കാണാതായി മരിച്ചു പാസ്പോർട്ട് വിസ എംബസി "
    "ആശുപത്രി പോലീസ് ജയിൽ ദുബായ് സൗദി ഖത്തർ ഗൾഫ് ജോലി വീട് ഫോൺ നമ്പർ വർഷം മാസം ദിവസം കഴിഞ്ഞ ഞാൻ ഞങ്ങൾ അവൻ അവൾ അദ്ദേഹം അവർ പക്ഷേ "
    "എന്നാൽ കുറിച്ച് അടുത്ത് ഖത്തറിൽ ദുബായിൽ സൗദിയിൽ കുവൈറ്റിൽ ഒമാനിൽ നാട്ടിൽ വീട്ടിൽ ആശുപത്രിയിൽ ജയിലിൽ പേര് ഡ്രൈവർ ഇപ്പോഴും ഇവിടെ "
    "അവിടെ വീണ്ടും ഒറ്റയ്ക്ക് എപ്പോഴും മാത്രം വളരെ പെട്ടെന്ന് എങ്ങനെ എന്തുകൊണ്ട് ഇനിയും വിദ്യാർത്ഥി നഴ്സ് എഞ്ചിനീയർ അധ്യാപകൻ ഗർഭിണി വയസ്സ് രോഗി "
    "മാറ്റം തെറ്റ് പുതിയ പേരു ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത് പത്ത് പറഞ്ഞു ലങ്ക അറിയാം ഓർമ്മ",
    intro=_alt("എന്റെ|എൻ്റെ|മകന്റെ|മകളുടെ|ഭാര്യയുടെ|ഭർത്താവിന്റെ|സഹോദരന്റെ|സഹോദരിയുടെ|അച്ഛന്റെ|അമ്മയുടെ|സുഹൃത്തിന്റെ|അവന്റെ|"
               "അവളുടെ|അദ്ദേഹത്തിന്റെ|അവരുടെ") + " (?:പേര്|പേരു)", label=_alt("പേര്|പേരു|മുഴുവൻ പേര്"),
    title="ശ്രീ|ശ്രീമതി|കുമാരി|ഡോ.|ഡോക്ടർ|അഡ്വ.|മിസ്റ്റർ",
    kin=("എന്റെ|എൻ്റെ|ഞങ്ങളുടെ|നമ്മുടെ", _ML_KIN, "ഇളയ|മൂത്ത"),
    ends=("ക്ക്", "ിന്", "യെ", "വെ", "ിനെ", "നെ", "യിൽ", "ത്തിൽ", "ട്ടിൽ", "റിൽ", "ലിൽ", "ിലാണ്", "ിലേക്ക്", "ിലെ", "ുടെ",
          "ന്റെ", "ൻ്റെ", "ോട്", "ോടൊപ്പം", "ുന്നു", "ും", "ില്ല", "ാണ്", "ായി", "ന്നു", "ച്ചു", "ത്തു", "റ്റാൻ", "ക്കാൻ",
          "ത്താൻ"),
    names=_w(
        "നായർ മേനോൻ പിള്ള നമ്പൂതിരി കുറുപ്പ് വർഗീസ് ജോസഫ് തോമസ് മാത്യു ജോർജ് ചാക്കോ കുമാർ ബാബു രാജ് ദാസ് കൃഷ്ണൻ നമ്പ്യാർ പണിക്കർ വാര്യർ മുഹമ്മദ് "
        "അബ്ദുള്ള ബഷീർ ഫിലിപ്പ് ഏബ്രഹാം കുര്യൻ ചെറിയാൻ ശങ്കർ ഗോപാൽ പ്രസാദ് ജോൺ"
    ),
    pred=_w("ആണ് ആയിരുന്നു പോയി ഉണ്ട് നിന്ന്"), close=_w("ആണ് എന്നാണ് എന്ന്"),
    strip=re.compile("(?<=[ിു])(?:യാണ്|വാണ്)$"),  # "അനുവാണ്": the copula is glued
)  # fmt: skip
_SI = "\u0d81-\u0de5\u0df2-\u0df4\u200c\u200d"
_SI_KIN = (
    "අයියා|මල්ලී|අක්කා|නංගී|සහෝදරයා|සහෝදරිය|පුතා|දුව|දියණිය|පුත්රයා|ස්වාමිපුරුෂයා|සැමියා|මහත්තයා|බිරිඳ|භාර්යාව|නෝනා|තාත්තා|පියා|අම්මා|මව|"
    "යාළුවා|මිතුරා|මිතුරිය|යෙහෙළිය|සගයා|සහසේවකයා|මාමා|නැන්දා|බාප්පා|ආච්චි|සීයා|බෑණා|ලේලි"
)
_SINHALA = _script(
    _SI,
    "ඊයේ අද හෙට දැන් ද සහ හා සමඟ එක්ක නමුත් ඉන්නවා ඉන්නේ තියෙනවා නැහැ නෑ ගියා ආවා කරනවා වැඩ ඉන්න ගිය මේ ඒ අර එක කවුද මොකද කොහෙද "
    "පසුගිය ගොඩක් විදේශ පාස්පෝට් ගමන් බලපත්රය වීසා තානාපති කාර්යාලය රෝහල ඉස්පිරිතාලය පොලිසිය පොලීසිය සිරගෙදර ඩුබායි කටාර් සෞදි කුවේට් ලංකාව "
    "ලංකා ලංකාවේ ලාංකික ජයවර්ධනපුර ගෙදර දුරකථන අංකය අවුරුදු මාස දවස අතුරුදහන් නැතිවෙලා ලෙඩ මිය මම අපි ඔහු ඇය එයා ගැන ළඟ කියලා කියන නම "
    "කියන්නේ කුමක්ද මොකක්ද කොන්සල් නිලධාරී ගුරු තවම තාම මෙහෙ එහෙ ආයෙත් තනියම හැමදාම විතරක් ඉක්මනින් කොහොමද ඇයි ශිෂ්යයා රියදුරු හෙද හෙදිය "
    "ඉංජිනේරු ගුරුවරයා ගැබිනි වයස වෙනස් වැරදි දෙක තුන හතර පහ හය හත අට නවය දහය කිව්වා දන්නේ දන්නවා මතක",
    intro=_alt("මගේ නම|මාගේ නම") + "|(?<=ගේ )නම",  # "මගේ මල්ලීගේ නම …": my brother's name
    label=_alt("නම|සම්පූර්ණ නම"), title="ශ්රී|ආචාර්ය|වෛද්ය|ගරු|පූජ්ය|මිස්ටර්|ඩොක්ටර්",
    kin=("මගේ|මාගේ|අපේ|අපගේ", _SI_KIN, "බාල|වැඩිමහල්|ලොකු|පොඩි|ආදරණීය"),
    ends=("ට", "ගේ", "ගෙන්", "ටත්", "වල", "හි", "යි"), pred=_w("ඉන්නවා ඉන්නේ ගියා වල යි ඉඳන්"),
    names=_w(
        "පෙරේරා ප්රනාන්දු සිල්වා ෆොන්සේකා ජයසූරිය බණ්ඩාර දිසානායක රත්නායක ගුණසේකර විජේසිංහ කුමාර රාජපක්ෂ වික්රමසිංහ හේරත් ධර්මසේන සේනානායක "
        "අබේසේකර කරුණාරත්න වීරසිංහ සමරසිංහ ජයවර්ධන අමරසිංහ"
    ),
)
# Titles written after the name: "නිමල් පෙරේරා මහතා" (Mr), "… මහත්මිය" (Mrs), "… මෙනෙවිය" (Miss).
_SI_AFTER = _spellings(f"(?<![{_SI}])(?P<n>[{_SI}]{{2,30}}(?: [{_SI}]{{2,30}}){{0,2}}) (?:මහතා|මහත්මිය|මෙනෙවිය)")
# Georgian: the case ending glued to a name (ergative -მ/-მა, dative -ს) is stripped; kinship words too
# are in the nominative, ergative or dative ("ჩემი ძმა", "ჩემმა ძმამ", "ჩემს ძმას").
_KA_KIN = "|".join(
    f"{k}{e}"
    for k in ("ძმა", "და", "ვაჟ", "შვილ", "ქალიშვილ", "ქმარ", "ცოლ", "მეუღლე", "მამა", "დედა", "მეგობარ", "კოლეგა")
    for e in (("", "მ", "ს") if k[-1] in "აე" else ("ი", "მა", "ს"))
)
_GEORGIAN = _script(
    "\u10d0-\u10ff\u1c90-\u1cbf",
    "და მაგრამ არის იყო არ ვერ უკვე ახლა დღეს გუშინ ხვალ ისიც ასევე კი რომ რომელიც ვინც ეს ის ერთი ორი წელი თვე დღე "
    "ძალიან ჩემი ჩემს შენი მისი ჩვენი მე პასპორტი ვიზა საელჩო საავადმყოფო პოლიცია ციხე სამსახური სახლში ტელეფონი "
    "ნომერი თბილისი ბათუმი ქუთაისი გერმანია თურქეთი საბერძნეთი იტალია რუსეთი ამერიკა წავიდა მოვიდა ცხოვრობს მუშაობს "
    "დაიკარგა გარდაიცვალა დააკავეს ავად ავადაა ჰქვია მქვია სახელი გვარი ექიმი ექიმია კარგად ვარ ხარ აქ იქ ისევ მარტო "
    "ყოველთვის მხოლოდ მალე როგორ რატომ ჯერ სტუდენტი მძღოლი ექთანი ინჟინერი მასწავლებელი ორსული ორსულადაა ასაკი შეცვლა "
    "არასწორი სახელია სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა ათი თქვა გთხოვთ მადლობა გამარჯობა",
    intro=_alt("ჩემი|მისი|მათი|ძმის|დის|შვილის|ვაჟის|ქალიშვილის|ქმრის|ცოლის|მეუღლის|მამის|დედის|მეგობრის|კოლეგის")
    + " (?:" + _alt("სახელია|სახელი არის|სახელი და გვარია|სახელი და გვარი არის") + ")|მქვია|ჰქვია",
    label=_alt("სახელი|გვარი|სახელი და გვარი|სახელი, გვარი"),
    title="ბატონი|ქალბატონი|ბატონო|ქალბატონო|ბ-ნი|ქ-ნი|დოქტორი|ბატონმა|ქალბატონმა|ბატონ|ქალბატონ",
    kin=("ჩემი|ჩემმა|ჩემს|ჩვენი|ჩვენმა|ჩვენს", f"{_KA_KIN}|ბიძა|დეიდა|მამიდა|ბებია|ბაბუა|ბიძაშვილი|დისშვილი|ძმისშვილი",
         "უმცროსი|უფროსი|პატარა|უმცროსმა|უფროსმა|უმცროს|უფროს"),
    ends=("ში", "ზე", "დან", "თვის", "კენ", "ამდე", "ობს", "ავს", "ებს", "ოდა", "ულია", "ილია", "ებია", "ება"),
    strip=re.compile("(?<=[აეიოუ])[მს]$|(?<=[ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯჰ])მა$"),
    namey=re.compile(".{2,}(?:შვილი?|ძე|იანი?|ვანი?)"),
    weak=re.compile(".{3,}(?:ია|ავა|უა)"),  # "კვარაცხელია", but also "სტუდენტია" (is a student)
)
# Armenian: names are capitalised, so the words after a cue must be. "եղբայրս" (my brother), "իմ եղբայրը".
_HY_KIN = (
    "ընկերուհի|գործընկեր|հորեղբայր|մորաքույր|հորաքույր|եղբայր|քույր|տղա|որդի|աղջիկ|ամուսին|կին|հայր|մայր|ընկեր|քեռի"
)
_HY_ADJ = "(?:կրտսեր |ավագ |փոքր |մեծ )?"
_ARMENIAN = _script(
    "\u0531-\u0556\u0561-\u0587",
    "Երևան Երևանում Հայաստան Հայաստանում Ռուսաստան Ռուսաստանում Մոսկվա Մոսկվայում Ֆրանսիա Գերմանիա Ամերիկա ԱՄՆ "
    "Վրաստան Թբիլիսի Իրան Լեհաստան Դուբայ Գյումրի Նա Ես Մենք Այսօր Երեկ Բայց Եվ Իմ",
    intro="(?i:անունը|անուն ազգանունը|անունս(?: ու ազգանունս)?)(?: է)?",  # "(իմ, եղբորս) անունը": (my brother's) name
    label="(?i:" + _alt("անուն|ազգանուն|անուն, ազգանուն|անուն ազգանուն") + ")",
    title_re="(?i:" + _alt("պարոն|տիկին|օրիորդ|դոկտոր|պրն.|տկն.") + ")",
    kin_re=f"(?i:(?:իմ|մեր) {_HY_ADJ}(?:{_HY_KIN})(?:ը|ն)?|{_HY_ADJ}(?:{_HY_KIN})ս)",
    word="[\u0531-\u0556][\u0561-\u0587]{1,30}", lone_end=False,
    ends=("ում", "ից", "ով", "ին"), soft=("ն", "ի"), strip=re.compile("(?<=..)ը$"),
    namey=re.compile(".+(?:յանց?|ունի|ենց)"),
)
# Khmer, Lao, Burmese: written without spaces between words. A name follows "named" (ឈ្មោះ, ຊື່, နာမည်) or a
# title; after a title or kinship word two words are needed, or a known family name.
_KHMER = _script(
    "\u1780-\u17d3\u17dd",
    "អ្វី ជា គឺ និង មិន ក៏ ថា នេះ នោះ គាត់ នាង យើង ពួកគេ ម្សិលមិញ ថ្ងៃនេះ ស្អែក ឥឡូវ ឥឡូវនេះ បាត់ខ្លួន ស្លាប់ ឈឺ ភ្នំពេញ សៀមរាប ថៃ កូរ៉េ ជប៉ុន "
    "ម៉ាឡេស៊ី លិខិតឆ្លងដែន ទិដ្ឋាការ ស្ថានទូត មន្ទីរពេទ្យ ប៉ូលិស គុក ការងារ ផ្ទះ ទូរស័ព្ទ លេខ ឈ្មោះ ខ្ញុំ បាន ហើយ អាច ប្រាប់ ដឹង ឃើញ និយាយ សួរ ផ្ញើ "
    "ទទួល ត្រូវការ គិត មាន ក្រុមហ៊ុន ភូមិ សាលា ហាង ផ្លូវ",
    intro="(?<!បញ្ជី)ឈ្មោះ(?:របស់)?(?:ខ្ញុំ|នាងខ្ញុំ|គាត់|នាង|គេ)?(?:គឺ|ជា)?",
    title_re="(?<!ពិភព)(?:" + _alt("លោកស្រី|លោកគ្រូ|អ្នកគ្រូ|ឯកឧត្តម|លោកជំទាវ|វេជ្ជបណ្ឌិត|បណ្ឌិត|អ្នកស្រី|កញ្ញា|លោក") + ")",
    kin_re="(?:" + _alt("បងប្រុស|ប្អូនប្រុស|បងស្រី|ប្អូនស្រី|កូនប្រុស|កូនស្រី|ប្តី|ប្ដី|ប្រពន្ធ|ភរិយា|ស្វាមី|ឪពុក|ម្តាយ|ម្ដាយ|"
                          "មិត្តភក្តិ|មិត្តភក្ដិ|មិត្ត|សហការី") + ")(?:របស់)?(?:ខ្ញុំ|នាងខ្ញុំ|យើង)",
    lead="", gap="[ \u200b]", glued=True, title_gap="[ \u200b]", two=True, maxlen=14, lone_end=False,
    inner=("ខ្ញុំ", "បាន", "របស់", "នៅ", "ត្រូវ", "ហើយ", "ដែល", "ទៅ", "ជាមួយ", "ប្រទេស", "ខេត្ត", "ក្រុង", "ថ្ងៃ", "ឆ្នាំ",
           "លិខិត", "ការ", "ក្នុង", "មិន", "ចង់", "កំពុង", "បាត់", "សូម", "ជួយ", "អរគុណ", "បាទ", "ចាស"),
    names=_w("សុខ ចាន់ ហេង លី គឹម ម៉ៅ ស៊ុន ឈឹម សៀង ខៀវ ប៊ុន ឡុង នួន ពៅ ហ៊ុន យឹម ម៉ម សេង ទេព អ៊ុំ លឹម កែវ ឃុន ស៊ឹម មាស"),
)  # fmt: skip
_LAO = _script(
    "\u0e81-\u0ece\u0edc-\u0edf",
    "ລາວ ເຂົາ ນາງ ເຈົ້າ ມື້ວານ ມື້ນີ້ ມື້ອື່ນ ຕອນນີ້ ຫຍັງ ແລະ ແຕ່ ກໍ ຍັງ ນີ້ ນັ້ນ ຫາຍ ຕາຍ ເຈັບ ວຽງຈັນ ໄທ ຈີນ ເກົາຫຼີ ຍີ່ປຸ່ນ ໜັງສືຜ່ານແດນ ວີຊາ ສະຖານທູດ "
    "ໂຮງໝໍ ຕຳຫຼວດ ເບີໂທ ຊື່ ຂ້ອຍ ແລ້ວ ແມ່ນ ສາມາດ ບອກ ຕ້ອງການ ຢາກ ເວົ້າ ຮູ້ ເຫັນ ກຳລັງ ພວກເຮົາ ພວກເຂົາ ທ່ານ ບໍລິສັດ ໂຮງຮຽນ ຮ້ານ",
    intro="(?<!ລາຍ)ຊື່(?!ສັດ|ໆ|ສຽງ)(?:ຂອງ(?:ຂ້ອຍ|ຂ້າພະເຈົ້າ|ລາວ|ເຂົາ|ນາງ))?(?:ແມ່ນ|ວ່າ)?",
    title="ທ້າວ|ທ່ານນາງ|ນາງສາວ|ທ່ານ|ນາງ|ດຣ.|ທ່ານໝໍ|ທ່ານຫມໍ|ອາຈານ",
    kin_re="(?:" + _alt("ອ້າຍ|ນ້ອງຊາຍ|ເອື້ອຍ|ນ້ອງສາວ|ລູກຊາຍ|ລູກສາວ|ຜົວ|ເມຍ|ພໍ່|ແມ່|ໝູ່|ຫມູ່|ເພື່ອນ|ເພື່ອນຮ່ວມງານ|ແຟນ")
    + ")(?:ຂອງ)?(?:ຂ້ອຍ|ຂ້າພະເຈົ້າ)",
    lead="", gap="[ \u200b]", glued=True, title_gap="[ \u200b]?", two=True, maxlen=14, lone_end=False,
    inner=("ຂ້ອຍ", "ແລ້ວ", "ຂອງ", "ເລື່ອງ", "ເອກະສານ",  # "matter", "documents"
           "ຢູ່", "ໄປ", "ບໍ່", "ແມ່ນ", "ໄດ້", "ກັບ", "ທີ່", "ເຮັດ", "ວຽກ", "ປະເທດ", "ແຂວງ", "ມື້", "ຂໍ",
           "ຊ່ວຍ", "ຂອບໃຈ", "ເດີ", "ເຈົ້າ"),
)  # fmt: skip
_MY = "\u1000-\u103f\u1050-\u109f"
_BURMESE = _script(
    _MY,
    "မနေ့က ဒီနေ့ အခု ဘယ်သူ ဘာ နဲ့ ဟာ လည်း နာမည် အမည် ကျွန်တော် ကျွန်မ",
    intro="(?:နာမည်|အမည်)(?:က|မှာ|ကတော့|သည်)?(?=[ \u200b:])[ \u200b]*:?[ \u200b]*(?:(?:ဦး|ဒေါ်|ဒေါက်တာ)[ \u200b]?)?",
    title_re=f"(?<![{_MY}])(?:ဦး|ဥ\u102eး|ဒေါ်|ဒေါက်တာ|မောင်)(?!လေး|စွာ|ဆောင်|ခေါင်း|တည်|စီး|စား|ဆုံး|နှောက်|ရေ|လာ)",
    # a kinship word, then the honorific Burmese writes before a relative's name (ကို, မောင်, ဦး, ဒေါ်, မ)
    kin_re="(?:" + _alt("ကျွန်တော့်|ကျွန်တော်ရဲ့|ကျွန်မရဲ့|ကျွန်မ|ကျနော့်|ကျမ|ငါ့|ကျွန်ုပ်၏") + ")(?:"
    + _alt("အစ်ကို|အကို|ညီ|မောင်လေး|ညီလေး|အစ်မ|အမ|ညီမ|ညီမလေး|သား|သမီး|ခင်ပွန်း|ယောက်ျား|ယောကျ်ား|ဇနီး|မိန်းမ|အဖေ|ဖေဖေ|"
           "အမေ|မေမေ|သူငယ်ချင်း|လုပ်ဖော်ကိုင်ဖက်") + ")[ \u200b]*(?:ကို|မောင်|ဦး|ဒေါ်|မ)",
    lead="", gap="[ \u200b]", glued=True, title_gap="[ \u200b]?", maxlen=20, lone_end=False,
    ends=("တယ်", "သည်", "မယ်", "ပြီ", "ဘူး", "နေ", "ခဲ့", "ရှိ", "လာ", "သွား"),
    strip=re.compile("(?:ပါ|ကတော့|က|ကို|ရဲ့|၏|နဲ့|နှင့်|လည်း|ပဲ|ဟာ|မှာ|တို့|လို့|ဆိုသူ)+$"),
    inner=("ကျွန်တော်", "ကျွန်မ", "ပျောက်", "ရောက်", "သွား", "ရှိ", "မြို့", "နိုင်ငံ", "ဆေးရုံ", "ဗီဇာ", "သံရုံး", "အလုပ်",
           "ကုမ္ပဏီ", "ကျောင်း", "ဆိုင်"),
)  # fmt: skip
# Tigrinya, and the Ethiopic titles the Amharic pattern of caseless.py lacks. A second word (the father's
# name) needs a common name start (ገብረ…, ወልደ…) or, after "my name is", a copula after it.
_TI_KIN = "ሓወይ|ሓፍተይ|ሓብተይ|ወደይ|ጓለይ|በዓል ቤተይ|ሰበይተይ|ሰብኣየይ|ኣቦይ|ኣደይ|ዓርከይ|መሓዛይ|ብጻየይ|ሓወቦይ|ኣኮይ"
_ETHIOPIC = _script(
    "\u1200-\u135a",
    "ትማሊ ሎሚ ጽባሕ ሕጂ ኣብ ካብ ምስ ናብ እዩ እያ እየ ኣሎ ኣላ የለን የላን ነይሩ ነይራ ከኣ ውን ግን እውን ሞይቱ ሞይታ ጠፊኡ ጠፊኣ ተኣሲሩ ተኣሲራ ሓሚሙ ሓሚማ ከይዱ ከይዳ "
    "መጺኡ መጺኣ ሓደ ክልተ ዓመት ወርሒ መዓልቲ ፓስፖርት ቪዛ ኤምባሲ ሆስፒታል ፖሊስ ቤት ማእሰርቲ ስራሕ ተሌፎን ቁጽሪ ኤርትራ ኢትዮጵያ ሊብያ ሱዳን እስራኤል ሳዑዲ ዱባይ ኣስመራ "
    "ሓኪም ነው ነኝ ኣብዚ ኣብኡ ደጊም በይኑ ጥራይ ቀልጢፉ ከመይ ስለምንታይ ገና ዳግማይ ተምሃራይ ነርስ ሰራሕተኛ ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም "
    "ጥቅምቲ ሕዳር ታሕሳስ የካቲት ሰኔ ሐምሌ ነሐሴ ጥቅምት ህዳር ታህሳስ ጥር ጥንሲ ዕድመ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ ዓሰርተ",
    intro=_alt("ስመይ|ሽመይ|ስሙ|ስማ|ሽሙ|ሽማ"), label=_alt("ስም|ሽም|ምሉእ ስም"), title="ኣቶ|አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት|ዶክተር|ዶ/ር",
    kin_re=_alt(_TI_KIN), words=f"{_TI_KIN}|ስሙ|ስማ|ሽሙ|ሽማ|ስመይ|ሽመይ|ስም|ሽም",
    gap="[ \u1361]", bad=re.compile("ዝ|ኣይ[^ዳነ]"),
    namey=re.compile("(?:ገብረ|ወልደ|ሃይለ|ኪዳነ|ተኽለ|ሃብተ|ዘርኣ|ተስፋ|ኣብረ|መሓሪ|ዮውሃንስ|ሰመረ).*"),
    pred=_w("እዩ እያ ነው ኣሎ ኣላ ነይሩ ከይዱ ከይዳ ይነብር ትነብር"), close=_w("እዩ እያ እየ ይበሃል ትበሃል ይብሃል ትብሃል ይባላል ትባላለች ነው ነኝ"),
)  # fmt: skip
_SCRIPTS = (
    _DEVANAGARI, _BENGALI, _TAMIL, _GUJARATI, _GURMUKHI, _ODIA, _TELUGU, _KANNADA, _MALAYALAM, _SINHALA, _GEORGIAN,
    _ARMENIAN, _KHMER, _LAO, _BURMESE, _ETHIOPIC,
)  # fmt: skip
_TOKEN = re.compile("[^ \t\u200b\u1361]+")
_NEXT = re.compile("[ \t\u200b\u1361]*([^ \t\u200b\u1361,.;:!?()\"'\n\r।॥։՝።፣၊။។៕]+)")
_CLOSED = re.compile("[ \t\u200b]*(?:[,.;:!?()\"'\n\r।॥։՝።፣፤၊။។៕、，。]|$)")


def _known(sc: _Script, word: str) -> bool:
    return gazetteer().is_name(word) or _norm(word) in sc.names or bool(sc.namey and sc.namey.fullmatch(word))


def _surname(sc: _Script, word: str) -> bool:
    return word in gazetteer().surname or _norm(word) in sc.names or bool(sc.namey and sc.namey.fullmatch(word))


def _clean(sc: _Script, word: str) -> tuple[int, bool]:
    """How much of a word is a name (0: none) and whether something was cut off after it."""
    full = len(word)
    if sc.strip is not None and len(short := sc.strip.sub("", word)) >= 2:
        word = short
    if _norm(word) in sc.stop or not 2 <= len(word) <= sc.maxlen or any(p in word for p in sc.inner):
        return 0, False
    if len(word) == 2 and unicodedata.category(word[1])[0] == "M":  # one syllable: a particle ("ને")
        return 0, False
    if sc.bad is not None and sc.bad.match(word):
        return 0, False
    if _known(sc, word):
        return len(word), len(word) < full
    for end in sc.ends:
        if word.endswith(end) and len(word) > len(end) + 1:
            stem = word[: -len(end)]
            if _known(sc, stem):
                return len(stem), True
            if sc.virama and _known(sc, stem + sc.virama):
                return len(word), True  # "ரமேஷுக்கு": the ending is fused with the name
            return 0, False
    for end in sc.soft:
        if word.endswith(end) and len(word) > len(end) + 1 and _known(sc, word[: -len(end)]):
            return len(word) - len(end), True
    return len(word), len(word) < full


def _closed(sc: _Script, text: str, pos: int) -> bool:
    if _CLOSED.match(text, pos):
        return True
    m = _NEXT.match(text, pos)
    return m is not None and m.group(1) in sc.close


_JOINERS = ("\u200c", "\u200d")
_BLESSING = re.compile(r"(?:ਸਤਿ|ਸਤ|जय|જય|জয়|ಜೈ|జై|ଜୟ|ജയ്)[ ]$")


def _span(sc: _Script, text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The name after one cue: the first word, then following words while they look like name parts."""
    cue = m.groupdict()
    ctx = "t" if cue.get("t") is not None else "k" if cue.get("k") is not None else "i"
    words = [(w.start(), w.end()) for w in _TOKEN.finditer(text, *m.span("n"))]
    ends: list[int] = []
    first_known = False
    for i, (a, b) in enumerate(words):
        n, cut = _clean(sc, text[a:b])
        if n == 0:
            break
        word = text[a : a + n]
        known = _known(sc, word)
        if i == 0:
            first_known = known
        elif not (
            known
            or (sc.two and i == 1)
            or (sc.weak is not None and sc.weak.fullmatch(word) and (ctx == "i" or not _closed(sc, text, b)))
            or (ctx == "i" and _closed(sc, text, b))
        ):
            break
        elif ctx == "k" and sc.known_first and not first_known and not _surname(sc, word):
            break  # an unknown first word counts only before a surname ("मेरा भाई अंकुश यादव")
        ends.append(a + n)
        if cut:
            break
    if not ends or text[ends[-1] : ends[-1] + 1] in _JOINERS:
        return None  # nothing, or a word cut at a joiner ("ඕස්ට්‍රේලියානු")
    if ctx == "t" and _BLESSING.search(text, max(0, m.start() - 6), m.start()):
        return None  # "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ", "જય શ્રી કૃષ્ણ": a greeting, not a title
    if ctx != "i" and len(ends) == 1:
        first = _norm(text[words[0][0] : ends[0]])
        if (ctx == "k" and sc.known_first and not first_known) or (sc.two and first not in sc.names):
            return None
        nxt = _NEXT.match(text, words[0][1])
        closed = ctx == "k" and sc.lone_end and _closed(sc, text, words[0][1])
        if not first_known and (closed or (nxt is not None and nxt.group(1) in sc.pred)):
            return None  # "ਮੇਰਾ ਭਰਾ ਕੈਨੇਡਾ ਵਿੱਚ", "నా భార్య గర్భవతి.": a place or a predicate
    return words[0][0], ends[-1]


def _sinhala_before(text: str, add: AddPerson) -> None:
    """Words before a title written after the name, read from the right; at least one must be known."""
    for m in _SI_AFTER.finditer(text):
        start = end = -1
        any_known = False
        for w in reversed(list(_TOKEN.finditer(text, *m.span("n")))):
            word = w.group()
            known = _known(_SINHALA, word)
            if _norm(word) in _SINHALA.stop or (end >= 0 and not known) or word.endswith(_SINHALA.ends):
                break
            start, end = w.start(), end if end >= 0 else w.end()
            any_known = any_known or known
        if any_known:
            add(start, end)


def find_more_caseless(text: str, add: AddPerson) -> None:
    """Report PERSON spans after cue words in the scripts of this module (see the module docstring)."""
    if text.isascii() or _ANY_SCRIPT.search(text) is None:
        return
    find_sea(text, add)  # Thai and Burmese: checks for its scripts itself
    if MORE_SCRIPTS.search(text) is None:
        return
    seen: set[tuple[int, int]] = set()
    for sc in _SCRIPTS:
        if sc.chars.search(text) is not None:
            for m in sc.cue.finditer(text):
                found = _span(sc, text, m)
                if found is not None and found not in seen:
                    seen.add(found)
                    add(*found)


    def add_new(start: int, end: int) -> None:
        if not any(a < end and start < b for a, b in seen):
            add(start, end)  # a name the cues above found already (maybe longer) is not added again

    find_caseless_kin(text, add_new)  # Ethiopic lists, Bengali honorifics, Lao, Khmer, Georgian: checks each script
    find_counted(text, add)  # head-counted lists of Indic scripts: "ನಾವು ಮೂವರು — ರಾಹುಲ್, ಸುಮಾ ಮತ್ತು ವಿನಯ್"
    if ("මහත" in text or "මෙනෙවිය" in text) and _SINHALA.chars.search(text) is not None:
        _sinhala_before(text, add)
