"""PERSON spans from cues: capitalised words right after a name cue, or right before/after other PII.

Cues (lowercase, many languages, see `cues.py`): introductions ("my name is", "me llamo"), labels
("Name:", "姓名："), titles (Mr, Herr, Mme, Sra., Pan — the title stays outside the span), relations
("my son Tom", "mi hija Ana", "teman saya Nur"), greetings and sign-offs ("Hi Sarah,", "Regards,\\nMaria"),
and the "Name Surname, DOB …" / "…, passport P77…, Juvy Ann Macaraeg" patterns next to other PII.
"X and Y" next to a name yields both. A single word after a weak cue must be a known given name
(`gazetteer`), so "ma mère, Française de 81 ans" or "I am British" give nothing. Cue-free names
and scripts without letter case live in `people.py` and `caseless.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names_single import PLACE_SUFFIX, TURKIC_LOCATIVE, introduced_with_age, single_ok
from consuldesk.pipeline.text import LOWER, UPPER

AddPerson = Callable[[int, int], None]

# A name word: "Anna", "O'Donnell", "McKenzie", "Okonkwo-Hughes", "D'Souza"; Yoruba tone marks that have no
# precomposed letter stay combining marks after NFC ("Mọ́riámọ̀", "Fálọ́lá") and are inside the word.
MARKED_LOWER = f"{LOWER}\u0300-\u036f"
_WORD = (
    rf"(?:[{UPPER}]['’](?=[{UPPER}]))?[{UPPER}][{MARKED_LOWER}]++"
    rf"(?:['’\-][{UPPER}]?[{MARKED_LOWER}]++|[{UPPER}][{MARKED_LOWER}]++)?"
)
PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|la|le|el|al|bin|binti|ibn|bint)"
# A single capital followed by a dot is a middle initial ("Maricel D. Santos").
_NEXT = rf"(?:[ ](?:{PARTICLE}[ ]){{0,2}}{_WORD}|[ ][{UPPER}]\.(?=[ ][{UPPER}]))"
SEQ = rf"{_WORD}(?:{_NEXT}){{0,3}}"
SEQ2 = rf"{_WORD}(?:{_NEXT}){{1,3}}"
# Possessives and role acronyms between a relation word and the name: "teman saya PMI Nur Aisyah",
# "chị gái em Trần Thị Mai", "my fiancé is Putu Adi Wirawan".
_FILLER = (
    r"(?:(?:my|our|is|was|mi|mis|mon|ma|mes|mein|meine|meu|minha|saya|aku|ku|kami|em|tôi|mình|ko|kong|"
    r"po|pong|namin|natin|ni|na|nya|es|est|ist|é|è|ми|μου|mea|meu|meus|moj|moja|mój|moje|мой|моя|мій|моя|"
    r"min|mitt|mijn|mine|wangu|yangu|mi|tôi|em|là|,)[ ]?)*(?:[A-Z]{2,4}[ ])?"
)
def _split_words(text: str) -> list[str]:
    return text.split()


_PUNCT = {
    "relation": r"[ \t]*,?[ \t]*",
    "title": r"[ \t]*",
    "greeting": r"[ \t]*,?[ \t]*",
    "intro": r"[ \t]*[:,\-–—]?[ \t]*",
    "label": r"[ \t]*[:\-–—]{0,2}[ \t]*(?:\r?\n[ \t]*)?",
    "signoff": r"[ \t]*[,:!.\-–—]{0,2}[ \t]*[\-–—]?[ \t]*(?:\r?\n[ \t]*)?",
}
# A role between an honorific and the surname: "pana konsula Nowaka", "paní konzulce Novákové".
_ROLE = (
    r"(?:(?i:konsul|konzul|consul|cónsul|cônsul|ambasador|velvyslan|vicekonzul|wicekonsul|doktor|profesor|mecenas|"
    r"κόνσουλ|πρόξεν|консул|посол|віцеконсул)[^\W\d_]{0,6}[ ])?"
)
_AFTER: dict[str, re.Pattern[str]] = {
    kind: re.compile(
        punct + (_FILLER if kind == "relation" else _ROLE if kind == "title" else "") + rf"\(?({SEQ})"
    )
    for kind, punct in _PUNCT.items()
}
# A greeting followed by a full stop or "!" opens a sentence, not a name ("Здравствуйте. Развожусь").
_GREETINGS = frozenset(
    _split_words("hi hello dear hola bonjour hallo olá ciao здравствуйте halo kumusta merhaba namaste salut hey")
) | frozenset(cues.GREETING)
# Title words that are also common words need their capital: "Bay Yılmaz" but not "sân bay Incheon".
_PLAIN_TITLES = frozenset(
    _split_words(
        "mr mr. mrs mrs. ms ms. dr dr. mme mme. mlle herr sr. sra. srta. г-н г-жа ma'am maam señor señora señorita "
        "sir madam signor signora signore pan pani pana panu paní pane panią panem κυρία κύριος κύριο κ. "
        "госпожа господин "
        "госпожи госпођа госпођи господин господину gospođa gospođi gospodin gospodinu пані пан senhor senhora "
        "doamna domnul sayın ọ̀gbẹ́ni bwana"
    )
) | frozenset(cues.VI_TITLES)
# Role titles written in lowercase before a surname: "officer Ramirez", "consul Dupont".
_ROLE_TITLES = frozenset(_split_words("officer consul agent inspector detective sergeant captain")) | frozenset(
    cues.ROLE_TITLES
)
_DASH_SIGNATURE = re.compile(rf"\s[\-–—]{{1,2}}[ \t]*({SEQ})[ \t]*(?:[&+][ \t]*({SEQ})[ \t]*)?[.!]?[ \t]*$")
_COMMA_NAME = re.compile(rf", ({SEQ2})")
_CONJ = r"(?:and|&|y|et|und|e|i|и|dan|at|ve|og|en|och)"
_AND_NAME = re.compile(rf"[ ]{_CONJ}[ ]({SEQ})")
_NAME_AND = re.compile(rf"(?<![^\W_])({SEQ})[ ]{_CONJ}[ ]$")
_BEFORE_PII = re.compile(rf"(?<![^\W_])({SEQ2})[ \t]*[,;(:]?[ \t]*$")
_AFTER_PII = re.compile(rf"[ \t]*[,;][ \t]*({SEQ})(?=[ \t]*(?:[,.;!?)\n]|$))")
_WORD_RE = re.compile(_WORD)
# A place noun right before a capitalised run makes it a place: "puente Simón Bolívar", "riad Dar Zitoune".
PLACE_NOUN = re.compile(
    r"(?<![^\W_])(?:puente|bairro|barrio|colonia|province|barangay|city|town|island|isla|ville|stadt|riad|villa|"
    r"residence|résidence|quartier|district|distrito|kampung|desa|kota|kabupaten|sitio|purok|bridge|square|station|"
    r"airport|avenue|street|road|hotel|hospital|park|school|university|prison|camp|hostel|aeropuerto|hospital|"
    r"calle|avenida|plaza|estación|rue|gare|hôpital|rua|praça|estação)[ ]+$"
)
# The same, for a word of any case or script right before the run: "all'Hostal Rembrandt", "Jl. Anas Ibn Malik",
# "Polizeistation Chana Songkhram", Thai "โรงแรม Lotte Myeongdong" (hotel), Persian "ساختمان Shanti Kunj"
# (building). Hotels, hospitals, companies and streets are named after people, but are no persons.
_ORG_BEFORE = frozenset(
    (
        *("hotel", "hostel", "hostal", "motel", "resort", "hospital", "hôpital", "ospedale", "clinic", "clinica"),
        *("klinik", "clínica", "building", "edificio", "tower", "torre", "mall", "port", "porto", "puerto", "station"),
        *("airport", "jl", "jln", "jalan", "calle", "rue", "via", "rua", "strasse", "straße", "ulica", "camp"),
        *("school", "university", "college", "mosque", "masjid", "church", "temple", "restaurant", "company"),
        *("hôtel", "albergo", "hotell", "otel", "oteli", "hastanesi", "hastane", "apartemen", "gedung"),
        *("villa", "riad", "residence", "résidence", "compound", "camp", "kamp", "prison", "jail", "polizei"),
        *("ساختمان", "هتل", "بیمارستان", "برج", "شرکت", "خیابان", "فندق", "مستشفى", "عمارة", "مبنى", "شركة"),
        *("شارع", "مجمع", "ہوٹل", "ہسپتال", "होटल", "अस्पताल", "कंपनी", "बिल्डिंग", "гостиница", "отель", "больница"),
        *("улица", "готель", "лікарня", "вулиця", "מלון", "רחוב", "ξενοδοχείο", "νοσοκομείο", "οδός"),
    )
)
# German compounds end in the organisation word ("Polizeistation", "Stadtkrankenhaus").
_ORG_ENDS = ("station", "hotel", "klinik", "krankenhaus", "straße", "strasse", "hospital", "zentrum")
# Thai, Chinese, Japanese and Korean write the word glued to what precedes it.
_ORG_GLUED = re.compile(
    "(?:โรงแรม|โรงพยาบาล|บริษัท|อาคาร|คอนโด|ホテル|病院|会社|ビル|酒店|饭店|飯店|宾馆|賓館|医院|醫院|公司|大厦|大廈|"
    "호텔|병원|회사|빌딩|아파트)[ ]?$"
)


def place_before(text: str, start: int) -> bool:
    """Whether a place noun or an organisation word stands right before `start`: a bridge, street or hotel
    named after someone ("puente Simón Bolívar", "riad Dar Zitoune") is no person."""
    return PLACE_NOUN.search(text, max(0, start - 12), start) is not None or org_before(text, start)


def org_before(text: str, start: int) -> bool:
    """Whether the word right before `start` is a hotel, hospital, company, building or street word."""
    if start < 2 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 32), start - 1)
    word = text[space + 1 : start - 1].rstrip(".,:").lower()
    if "'" in word or "’" in word:
        word = word.replace("’", "'").rsplit("'", 1)[-1]  # "all'Hostal"
    if word in _ORG_BEFORE or (len(word) > 9 and word.endswith(_ORG_ENDS)):
        return True
    return not word.isascii() and _ORG_GLUED.search(text, max(0, start - 8), start) is not None


# Introductions that also begin ordinary sentences ("I am stuck", "je suis français"): a single
# following word only counts when it is a known given name or the sentence ends right after it.
_WEAK = frozenset(
    (
        *("i am", "i'm", "im", "this is", "soy", "je suis", "ich bin", "sono", "eu sou", "sou", "ik ben"),
        *("jestem", "saya", "tôi là", "em là", "named", "called", "я", "name", "names", "nombre", "nom"),
        *("nome", "naam", "nama", "famille", "familia", "família", "familie", "father", "sister"),
        *("general", "major", "contact", "contact:"),
        *cues.WEAK_INTRO,
    )
)
# "Famille Diallo-Lefèvre", "Familie Kühn": one word after a family label is the family name.
_FAMILY = frozenset(("famille", "familia", "família", "familie", "rodzina", "семья", "οικογένεια", "rodina"))
# "my (little) brother", "our eldest son": a possessive right before a kinship word.
_POSSESSIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z]+[ ])?$")


def _capitalised(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for w in words if " " not in w)


TITLES = _capitalised(cues.TITLE) | frozenset(w.rstrip(".") for w in _capitalised(cues.TITLE))
# Words that open a message or a sentence before a name: "Dear Maria", "Thanks Anna", "Hi Sarah".
OPENERS = _capitalised(cues.SIGNOFF) | frozenset(
    _split_words("The A An My Our Please And But So Also Then Only Ask Call Tell")
)
# Capitalised words that never start or end a name: the curated list, every single-word cue, and
# organisation/place words.
STOP = (
    cues.NOT_NAMES
    | _capitalised(cues.SIGNOFF + cues.NAME_LABEL + cues.NAME_INTRO + cues.RELATION)
    | cues.ORG_WORDS
    | frozenset(w.rstrip(":") for w in _capitalised(cues.NAME_LABEL))
) - frozenset(("Ben", "Ali", "Dan", "Ada"))


VI_SURNAMES = frozenset(
    _split_words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Trương Lâm Mai Trịnh")
)


# Messaging channels written right after a name ("Mr Kamran WhatsApp 0301 …"): no part of it.
_CHANNELS = frozenset(("WhatsApp", "Whatsapp", "Viber", "Telegram", "Signal", "Messenger", "Imo", "Line", "WeChat"))


def trim(text: str, start: int, end: int, drop_leading: bool = False) -> tuple[int, int] | None:
    """Drop words that are not names from the ends of a capitalised sequence; titles are dropped.

    After a cue the first word decides ("Dear Embassy", "I am British" are no names); before other
    PII, leading non-names are dropped instead ("Hotel Atlantico. Camille Roux, DOB …"). A sequence
    with an organisation word ("Jose Rizal University") is no name at all.
    """
    if place_before(text, start):
        return None
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]
    g = gazetteer()
    while len(words) > 1 and text[words[-1][0] : words[-1][1]] in _CHANNELS:
        words.pop()  # "Contact Mr Kamran WhatsApp 0301 …": the channel ends the name
    if any(text[s:e] in cues.ORG_WORDS for s, e in words):
        return None
    while words and text[words[0][0] : words[0][1]] in TITLES:
        words.pop(0)
    if words and text[words[0][0] : words[0][1]] in STOP:
        if not drop_leading:
            return None
        while words and text[words[0][0] : words[0][1]] in STOP:
            words.pop(0)
    # A possessive ends the name and is not part of it: "my son Dinuka's Sri Lankan passport".
    for k, (ws, we) in enumerate(words):
        if we - ws > 3 and text[we - 2 : we] in ("'s", "’s"):
            words = [*words[:k], (ws, we - 2)]
            break
    # Vietnamese names end with the given name, which can be a short word ("Nguyễn Văn An").
    vietnamese = len(words) > 2 and text[words[0][0] : words[0][1]] in VI_SURNAMES
    while words and text[words[-1][0] : words[-1][1]] in STOP and not vietnamese:
        words.pop()
    while len(words) > 2 and g.is_place_only(text[words[-1][0] : words[-1][1]]):
        words.pop()  # "mera bhai Imran Sheikh Sharjah me …"
    if not words:
        return None
    return words[0][0], words[-1][1]


def find_after_cues(
    text: str, person_cues: list[tuple[str, str, int, int]], add: AddPerson, lang: str | None = None
) -> None:
    """PERSON spans after the person cues found by `scan`: (cue term, kind, cue start, cue end)."""
    for cue, kind, cue_start, cue_end in person_cues:
        if kind == "signoff" and cue in _GREETINGS:
            kind = "greeting"
        if kind == "title" and cue not in _PLAIN_TITLES and cue not in _ROLE_TITLES and not text[cue_start].isupper():
            continue
        name = _AFTER[kind].match(text, cue_end)
        if name is None:
            continue
        s, e = name.span(1)
        single = " " not in text[s:e]
        weak_title = kind == "title" and cue not in _PLAIN_TITLES
        same_line_signoff = kind == "signoff" and "\n" not in text[cue_end:s]
        trimmed = trim(text, s, e)
        if single and (
            weak_title or kind in ("relation", "greeting") or same_line_signoff or (kind != "title" and cue in _WEAK)
        ):
            strict = kind != "title" and cue not in _FAMILY  # "M. Ndiaye et", "Famille Kühn"
            kin = kind == "relation" and (
                lang not in (None, "en") or _POSSESSIVE_BEFORE.search(text, max(0, cue_start - 12), cue_start)
                is not None
            )
            titled = weak_title and lang in (None, "en")
            adjacent = trimmed is not None and not text[cue_end : trimmed[0]].strip(" ,:")
            if trimmed is None or not (
                single_ok(text, *trimmed, lang if strict else None, kin, titled, adjacent)
                or (kind == "intro" and introduced_with_age(text, *trimmed, lang))
            ):
                continue
        if trimmed is not None:
            trimmed = trim_inflected(text, *trimmed, lang)
            add_with_partners(text, trimmed[0], trimmed[1], add)


# Languages that glue case endings to proper nouns ("Granadában", "Bingazi'de"): a run of capitalised
# words there can run on from a name into a place.
_AGGLUTINATIVE = frozenset(("hu", "tr", "fi", "et"))
# Romanised Hindi/Urdu/Bengali/Nepali postpositions: "mera bhai Imran Riyadh ke bahar".
_POSTPOSITION = re.compile(r"[ ](?:ke|ka|ki|ko|mein|me|mai|main|se|pe|par|tak|wala|wali|er|te|ma|ko)(?![^\W\d_])")
_SOUTH_ASIAN = frozenset(("hi", "ur", "bn", "ne", "pa", "mr", "gu"))


_TURKIC = frozenset(("az", "uz", "kk", "ky", "tk", "tt", "ba"))
# Mongolian places after a name carry a case ending: "Мөнх-Эрдэнэ Токиод" (in Tokyo), "Тэмүүлэн Инчоны" (of
# Incheon), "… Сөүлээс" (from Seoul); given names end in -болд ("Энхболд") and are kept.
_MONGOLIAN_CASE = re.compile(r"(?:[аэоөиуүя][дт]|ын|ийн|[аэоө]ны|аас|ээс|оос|өөс|руу|рүү)$")
# Languages whose places after a name carry a case ending, dropped from a name found before other PII.
_CASED_PLACES = _TURKIC | {"mn"}


def _drop_cased_place(text: str, s: int, e: int, case: re.Pattern[str], min_len: int = 0,
                      kept_ends: tuple[str, ...] = ()) -> tuple[int, int]:
    """The run without its last word when that word (of `min_len` letters or more) carries a place's case
    ending and none of the name endings `kept_ends`; the first word always stays."""
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, s, e)]
    if len(words) > 1:
        last = text[words[-1][0] : words[-1][1]]
        if len(last) >= min_len and case.search(last) and not last.endswith(kept_ends):
            return s, words[-2][1]
    return s, e


def trim_inflected(text: str, s: int, e: int, lang: str | None) -> tuple[int, int]:
    """Drop trailing words that are no name from a run in languages whose places carry case endings or
    postpositions: "Kovács Réka Erasmuson van Granadában" → "Kovács Réka", "Murat Yıldız Bingazi'de",
    "Rohan Nusa Penida mein" → "Rohan". Known name words stay; the first word always stays."""
    if lang in _TURKIC:
        # "Kərim İstanbulda", "Шерзод Тошматов Подмосковьеда": a last word in the locative is the place
        return _drop_cased_place(text, s, e, TURKIC_LOCATIVE)
    if lang == "mn":
        return _drop_cased_place(text, s, e, _MONGOLIAN_CASE, min_len=5, kept_ends=("болд",))
    if lang not in _AGGLUTINATIVE and not (lang in _SOUTH_ASIAN and _POSTPOSITION.match(text, e)):
        return s, e
    g = gazetteer()
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, s, e)]
    keep = 1
    end = 0
    for i, (a, b) in enumerate(words[1:], start=1):
        word = text[a:b]
        stem, _, suffix = word.replace("’", "'").partition("'")
        if suffix and stem in STOP:
            break  # "adı Hakan Bey'miş": the honorific goes
        if suffix and (g.is_name(stem) or i == 1) and not PLACE_SUFFIX.match(suffix):
            keep, end = i + 1, a + len(stem)  # "Zeynep Aksoy'u", "Mehmet Ali Şahin'in": the case ending goes
            break
        if suffix or not g.is_name(word):
            break
        keep = i + 1
    if end:
        return s, end
    if lang in _AGGLUTINATIVE and keep == 1 and len(words) == 2 and "'" not in text[s:e] and "’" not in text[s:e]:
        return s, e  # "Kovács Réka": two words are a name even when the list lacks one
    if keep == 1:
        stem, _, suffix = text[s : words[0][1]].replace("’", "'").partition("'")
        if suffix and stem and not PLACE_SUFFIX.match(suffix):
            return s, s + len(stem)  # "kardeşim Burak'ı Bogota'da": the name without its accusative ending
    return s, words[keep - 1][1]


def find_dash_signature(text: str, add: AddPerson) -> None:
    """A name signed with a dash at the end: "… Thanks! - Jessica Whitman", "- Owen & Lara"."""
    tail = text[-80:]
    if "-" not in tail and "–" not in tail and "—" not in tail:
        return
    dash = max(text.rfind(" -", -80), text.rfind("\n-", -80), text.rfind(" –", -80), text.rfind(" —", -80))
    if dash < 0:
        return
    signature = _DASH_SIGNATURE.match(text, dash)
    if signature is not None:
        for index in (1, 2):
            if signature.group(index):
                trimmed = trim(text, *signature.span(index))
                if trimmed is not None:
                    add(*trimmed)


def _partner_ok(text: str, s: int, e: int) -> bool:
    """A conjunct is a name if it has two words or a known name ("Colombia en Madrid" is neither)."""
    g = gazetteer()
    words = [m.group() for m in _WORD_RE.finditer(text, s, e)]
    if any(g.is_place_only(w) for w in words):
        return False
    return len(words) > 1 or any(g.is_name(w) for w in words)


def and_particle(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where "da" joins two full names inside a run: the span of " da ", or None.

    "Ibrahim Tanko da Haruna Idi" (Hausa "and"): "da" between two full names, before a given name that is
    not also a word or a place, joins two people; "Maria da Graça", "José da Silva" stay one."""
    at = text.find(" da ", s, e)
    if at < 0:
        return None
    g = gazetteer()
    before, after = text[s:at].split(" "), text[at + 4 : e].split(" ")
    if len(before) < 2 or len(after) < 2 or not g.is_given(after[0]):
        return None
    return at, at + 4


def add_with_partners(text: str, s: int, e: int, add: AddPerson) -> None:
    """Add a name and the names joined to it: "Janet and Phil Cooper", "Katie & Sam Novak", "A, B"."""
    add(s, e)
    first = s
    for _ in range(3):
        partner = _AND_NAME.match(text, e) or _COMMA_NAME.match(text, e)
        if partner is None:
            break
        trimmed = trim(text, *partner.span(1))
        if trimmed is None or not _partner_ok(text, *trimmed):
            break
        s, e = trimmed
        cut = and_particle(text, s, e)
        if cut is not None:
            add(s, cut[0])  # "…, Ibrahim Tanko da Haruna Idi": two people
            s = cut[1]
        add(s, e)
    before = _NAME_AND.search(text, max(0, first - 40), first)
    if before is not None:
        trimmed = trim(text, *before.span(1))
        if trimmed is not None and _partner_ok(text, *trimmed):
            add(*trimmed)


def name_before(text: str, position: int, add: AddPerson, lang: str | None = None) -> None:
    """A "First Last" name right before other PII ("Martín Sosa, DNI …", "Tom Brennan DOB …")."""
    # Cheap gate before the windowed search: the word right before must be capitalised.
    j = position
    while j > 0 and text[j - 1] in " \t,;(:":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    if k == j or not text[k].isupper():
        return
    if "(" in text[j:position]:
        # A lone known given name before a bracket: "Lily (born 19/07/2018)", "Tom (passport …)".
        word = text[k:j].rstrip(" (")
        if gazetteer().is_given(word, strict=False) and word not in STOP and not gazetteer().is_place_only(word):
            add(k, k + len(word))
            return
    m = _BEFORE_PII.search(text, max(0, position - 60), position)
    if m is not None:
        trimmed = trim(text, *m.span(1), drop_leading=True)
        if trimmed is not None and lang in _CASED_PLACES:
            trimmed = trim_inflected(text, *trimmed, lang)  # "Айсулуу Москвада 5-мартта": in Moscow
        if trimmed is not None and " " in text[trimmed[0] : trimmed[1]]:
            add_with_partners(text, trimmed[0], trimmed[1], add)


def name_after(text: str, position: int, add: AddPerson) -> None:
    """A name right after other PII, closing a clause: "…, passport P7720391A, Juvy Ann Macaraeg"."""
    m = _AFTER_PII.match(text, position)
    if m is None:
        return
    trimmed = trim(text, *m.span(1))
    if trimmed is None:
        return
    s, e = trimmed
    if " " in text[s:e] or gazetteer().is_given(text[s:e]):
        add_with_partners(text, s, e, add)
