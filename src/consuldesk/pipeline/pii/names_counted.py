"""PERSON spans in head-counted lists of Indic scripts: "நாங்கள் ஐந்து பேர் — ராஜ்குமார், மனைவி வசந்தி, …",
"અમે ૪ જણ — નીતાબેન, કિરીટભાઈ, મીરા અને ધ્રુવ —", "ನಾವು ಮೂವರು — ರಾಹುಲ್ ಹೆಗಡೆ, ಸುಮಾ ಮತ್ತು ವಿನಯ್".

Why: writers in Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam and
Sinhala report a group by counting its people ("we 4 persons", "both of us") and then listing them after a
dash or a colon. Their given names are mostly unknown to the gazetteer, so the head count is the evidence:
a list right after a clause holding a person-count word is a list of people. Each item is one to three
words; a leading kinship word or "I" stays out ("மனைவி வசந்தி" → வசந்தி), as does a glued Gujarati
honorific ("કિરીટભાઈ" → કિરીટ); an item with a number word ("two children") is no name; an item longer
than three words, a digit, or any punctuation but a comma ends the list. Two named items are needed.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.names import AddPerson

# Letters and marks of the ten scripts, without dandas and digits.
_L = (
    "\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0-\u09f1\u0a00-\u0a63\u0a70-\u0a75\u0a80-\u0ae3"
    "\u0b00-\u0b63\u0b71\u0b80-\u0be5\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d7a-\u0d7f\u0d80-\u0de5"
    "\u0df2-\u0df4\u200c\u200d"
)
_SCRIPT = re.compile("[\u0900-\u0dff]")
_WORD = re.compile(f"[{_L}]+")
# The dash or colon that opens the list.
_OPEN = re.compile("[ ]?(?:[—–]|[ ]-|[:：])[ ]?")
# Words that count people: "persons" classifiers and "both/all three of us".
_COUNT = frozenset(
    (
        *("लोग", "जने", "जना", "जनै", "जण", "जणं", "दोनों", "तीनों", "चारों", "दोघं", "दोघे", "तिघे", "तिघं"),
        *("জন", "জনা", "দুজন", "তিনজন", "চারজন", "ਜਣੇ", "ਜਣਿਆਂ", "ਦੋਵੇਂ", "ਤਿੰਨੇ", "જણ", "જણા", "બંને", "ત્રણેય"),
        *("ଜଣ", "ଜଣଙ୍କ", "பேர்", "பேரும்", "இருவரும்", "மூவரும்", "మంది", "ఇద్దరం", "ముగ్గురం"),
        *("నలుగురం", "ఇద్దరు", "ముగ్గురు", "ಜನ", "ಮೂವರು", "ಇಬ್ಬರು", "ನಾಲ್ವರು", "ಐವರು", "ಮೂವರೂ", "ಇಬ್ಬರೂ"),
        *("പേർ", "പേര്", "രണ്ടുപേർ", "മൂന്നുപേർ", "දෙනා", "දෙනෙක්", "දෙන්නා", "දෙදෙනා"),
    )
)
# "and" as a word of its own.
_AND = frozenset(
    ("और", "व", "तथा", "आणि", "अनि", "र", "এবং", "ও", "আৰু", "আর", "ਅਤੇ", "ਤੇ", "અને", "ଓ", "ଆଉ", "மற்றும்",
     "మరియు", "ಮತ್ತು", "ಹಾಗೂ", "සහ")
)
# Kinship words and "I" before a name in an item: they stay out of the span.
_LEAD = frozenset(
    (
        *("मैं", "मी", "म", "पत्नी", "पति", "बेटा", "बेटी", "माँ", "मां", "पिता", "भाई", "बहन", "मुलगा", "मुलगी"),
        *("আমি", "মই", "স্ত্রী", "স্বামী", "ছেলে", "মেয়ে", "মা", "বাবা", "ਮੈਂ", "ਪਤਨੀ", "ਪਤੀ", "ਪੁੱਤਰ", "ਧੀ"),
        *("હું", "પત્ની", "પતિ", "દીકરો", "દીકરી", "મમ્મી", "પપ્પા", "ମୁଁ", "ପତ୍ନୀ", "ସ୍ୱାମୀ", "ପୁଅ", "ଝିଅ", "ମା"),
        *("ବାପା", "நான்", "மனைவி", "கணவர்", "கணவன்", "மகன்", "மகள்", "பிள்ளைகள்", "குழந்தைகள்", "அம்மா"),
        *("அப்பா", "தம்பி", "அண்ணன்", "அக்கா", "தங்கை", "నేను", "భార్య", "భర్త", "కొడుకు", "కూతురు", "అమ్మ"),
        *("ನಾನು", "ಹೆಂಡತಿ", "ಗಂಡ", "ಮಗ", "ಮಗಳು", "ಅಮ್ಮ", "ಅಪ್ಪ", "ഞാൻ", "ഭാര്യ", "ഭർത്താവ്", "മകൻ", "മകൾ"),
        *("මම", "බිරිඳ", "සැමියා", "පුතා", "දුව", "අම්මා", "තාත්තා"),
    )
)
# Words that make an item no name: numbers, "children", "others", "family", "all".
_NOT = frozenset(
    (
        *("दो", "तीन", "चार", "बच्चे", "बच्चों", "परिवार", "अन्य", "सब", "दोन", "तीन", "मुले", "দুই", "তিন"),
        *("সন্তান", "বাচ্চা", "পরিবার", "ਦੋ", "ਬੱਚੇ", "ਪਰਿਵਾਰ", "બે", "ત્રણ", "બાળકો", "પરિવાર", "ଦୁଇ", "ତିନି", "ପିଲା"),
        *("ପରିବାର", "இரண்டு", "மூன்று", "குடும்பம்", "రెండు", "మూడు", "పిల్లలు", "కుటుంబం", "ಎರಡು", "ಮೂರು"),
        *("ಮಕ್ಕಳು", "ಕುಟುಂಬ", "രണ്ട്", "മൂന്ന്", "കുട്ടികൾ", "දෙන්නෙක්", "ළමයි", "පවුල", "ସମସ୍ତେ", "सभी"),
    )
)
# Honorifics glued to a Gujarati name: "કિરીટભાઈ", "નીતાબેન".
_GLUED = ("ભાઈ", "બેન", "બહેન")
_MAX_WORDS = 3


def _item_span(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name of one item, or None: kin and "I" words lead, a number word makes it no name."""
    while words and text[words[0][0] : words[0][1]] in _LEAD:
        words = words[1:]
    if not words or len(words) > _MAX_WORDS or any(text[s:e] in _NOT or text[s:e] in _COUNT for s, e in words):
        return None
    s, e = words[0][0], words[-1][1]
    if len(words) == 1:
        for suffix in _GLUED:
            if text.endswith(suffix, s, e) and e - s > len(suffix) + 1:
                e -= len(suffix)
                break
    return s, e


def _items(text: str, pos: int) -> list[list[tuple[int, int]]]:
    """The word spans of the items of a list starting at `pos`, up to where it ends."""
    items: list[list[tuple[int, int]]] = [[]]
    prev = pos
    for m in _WORD.finditer(text, pos):
        gap = text[prev : m.start()]
        if gap.strip(" ") and gap.replace(" ", "") != ",":
            break  # a danda, dash, full stop, digit or another script ends the list
        if gap.strip(" ") == "," and items[-1]:
            items.append([])
        prev = m.end()
        if m.group() in _AND:
            if items[-1]:
                items.append([])
            continue
        if len(items[-1]) == _MAX_WORDS + 1:
            items.pop()  # an item too long to be a name: the list ended before it
            break
        items[-1].append(m.span())
    if items and len(items[-1]) > _MAX_WORDS:
        items.pop()
    return [words for words in items if words]


def _counted(text: str, dash: int) -> bool:
    """Whether the clause before the dash at `dash` holds a person-count word."""
    start = max(0, dash - 60)
    for ch in "।॥.!?\n—–:":
        start = max(start, text.rfind(ch, start, dash) + 1)
    return any(m.group() in _COUNT for m in _WORD.finditer(text, start, dash))


def find_counted(text: str, add: AddPerson) -> None:
    """Report the names of head-counted lists (see module docstring)."""
    if _SCRIPT.search(text) is None or not any(w in _COUNT for w in _WORD.findall(text)):
        return
    for m in _OPEN.finditer(text):
        if not _counted(text, m.start()):
            continue
        spans = [span for words in _items(text, m.end()) if (span := _item_span(text, words)) is not None]
        if len(spans) >= 2:
            for s, e in spans:
                add(s, e)
