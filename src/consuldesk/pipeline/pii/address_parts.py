"""The parts around an address's street: units, floors and buildings before or after it, postcodes and towns.

`address.find_addresses` finds the street and its number ("22 Marine Parade", "Hauptstraße 88"); an
address as written goes on ("…, 2. OG links, 45879 Gelsenkirchen", "…, Apt 3F, Chicago, IL 60647")
or starts earlier ("Flat 5B, Wing On Building, 118 …", "No. 12, Ln. 88, …"). These functions grow a
found span over such parts, one comma-separated part at a time, and `find_unit_chains` finds
addresses made of numbered parts only ("Zone 91, Street 978, Building 12, Al Wakra"). Latin script;
bounded quantifiers only.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.text import LOWER, UPPER

_WORD = rf"[{UPPER}][{LOWER}'’]{{1,24}}(?:-[{UPPER}{LOWER}][{LOWER}'’]{{1,24}})?"  # "Ponta-Gêa"
# Unit, floor, entrance and building words, in many languages: lgh (sv), esc. (fr, es), kv./кв. (ru),
# daire/D: (tr), phòng (vi), comn./комн. (ru), OG (de), Whg (de), Top/Stiege (at), appt (fr), ap. (pt).
_UNIT_WORD = (
    r"(?i:apartment|apartamento|appartement|appt|apt|apto|app|ap|flat|unit|suite|ste|room|rm|lgh|lägenhet"
    r"|piso|planta|andar|dpto|depto|dept|esc|escalera|escalier|bloc|bloco|block|blk|building|bldg|tower"
    r"|house|villa|floor|fl|étage|etage|daire|kat|kv|кв|комн|корп|под|эт|д|stock|stiege|top|tür|whg|lok"
    r"|int|interior|casa|lote|lot|plot|door|phòng|phong|sec|section|km|jengo|nyumba|ghorofa|number|no|nº|n°"
    r"|gali|galli|lane|street|road|общежитие|общ|комната|ком|bâtiment|bât|batiment|chambre|pallati|pallat|kati"
    r"|stan|kvartira|квартира|стан|спрат|к(?=\.)"
    # it "scala B, interno 9", es "puerta 8", ro "scara B, etajul 3", fr/be "porte 12, boîte 5", no "leil. H0304",
    # ht "apatman 4C"
    r"|scala|interno|puerta|scara|etajul|etaj|porte|boîte|boite|bte|leil|leilighet|apatman"
    r"|mənzil|menzil|öý|jaý|otag|otaq"  # az flat, tk flat, house and room, az room
    r"|dhoma|hyrja|shkalla|piano"  # sq room, entrance, staircase; it "piano 2" (the floor word first)
    r"|نهۆمی|نهۆم|شوقەی|شوقە|ژووری)"  # ckb floor, flat, room after a street written in another script
)
# A unit's value, with a door letter in quotes after it: "piso 3 \"B\"".
_UNIT_VALUE = r"(?:#?[\w\-/]{0,6}\d[\w\-/]{0,6}(?:[ ]\"[A-Z]\")?|[A-Z](?![\w])|\"[A-Z]\")"
_UNIT = rf"{_UNIT_WORD}\.?[ :]?(?:(?i:n[º°o])\.?[ ]?|№[ ]?)?{_UNIT_VALUE}"
# Floors written number first: "4e étage", "2. OG links", "3rd floor", "2º dcha.", "3.º Esq.", "7° B".
_FLOOR = (
    # Turkic, Greek and Armenian ordinals: "4-nji gat", "7-ci mərtəbə", "2-кабат", "3ος όροφος", "4րդ յարկ", "5rt hark"
    r"\d{1,2}(?:\.?[º°ª]|e|er|ème|st|nd|rd|th|\.|-?(?:nji|njy|ji|jy|ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|ші|шы"
    r"|чи|чы|чу|чү|ый|й|я|ος|η|ο|րդ|rt))?[ \-]?"
    r"(?:(?i:floor|fl|étage|etage|OG|EG|DG|Stock|piso|andar|kat|etg|dcha|izq|izda|esq|dto|drt|links|rechts|davhar"
    r"|sprat|kat|поверх|этаж|эт|emelet|em|patro|piętro|p|kerros|krs|våning|vån|etasje|sal|давхар|ထပ်|th|tv|mf"
    r"|gat|mərtəbə|mertebe|qavat|кабат|қабат|қават|паверх|поверсі|όροφος|όροφο|օροφ|յարկ|hark|етаж|ет"
    r"|piano|esquerdo|esquerda|direito|direita)"  # it "3° piano", pt "2.º esquerdo"
    r"\.?(?:[ ](?i:links|rechts|li|re|dcha|izq|izda|esq|dto)\.?)?|[A-Z](?![\w]))"
    r"|მე-\d{1,2}[ ]სართული"  # Georgian "მე-3 სართული": the ordinal prefix before the number
)
# Postcodes: "45879", "163 71", "L-1741", "140-0001", "SW1A 1AA", "1015 CJ", "00-514", "1100".
_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?\d{4,6}(?![\d\-])|\d{4}-\d{3}(?!\d)|\d{3}[ ]\d{2}(?!\d)|\d{3}-\d{4}(?!\d)|\d{2}-\d{3}(?!\d)"
    r"|[A-Z]\d{2}[ ][A-Z0-9]{4}(?![\w])"  # Irish Eircode "D01 X2F7"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![A-Za-z])|\d{4}[ ]?[A-Z]{2}(?![A-Za-z])"
)
# A town: up to four capitalised words or one in capitals ("CABA"), a state after it ("NSW", "CA").
_TOWN_PARTICLE = r"(?:am|an der|upon|on|sur|de|del|do|da|di)"
_TOWN = (
    rf"(?:{_WORD}|[A-Z]{{2,5}}(?![\w]))(?:[ ](?:{_WORD}|\d{{1,2}}(?![\w])|{_TOWN_PARTICLE}[ ]{_WORD})){{0,3}}"
    # "Odense C", "Al Rawdah district", "Высокая Гора айылы"
    r"(?:[ ][A-Z](?![\w])|[ ](?i:district|area|quarter|sector|айылы|ауылы|ауданы|району|qishlog‘i|qishlogʻi|tumani)"
    r"(?![\w]))?"
)
_STATE_ZIP = r"[A-Z]{2,3}[ ]\d{4,5}(?:-\d{4})?(?![\w])"
# "…, quartier Matonge, commune de Kalamu" (Kinshasa), "secteur 15" (Ouagadougou)
_DISTRICT = (
    r"(?i:col|colonia|fracc|barrio|bairro|quartier|sector|secteur|district|dist|zone|area|tsp|township"
    r"|commune(?:[ ]de)?)\.?[ ]"
)
_RT_RW = r"(?i:rt|rw)[ ]?\d{1,3}(?:/(?i:rw)[ ]?\d{1,3})?"  # Indonesian neighbourhood units: "RT 03/RW 07"
# A landmark written inside an address, after a comma: "near Shiv Mandir", "between 32nd & 33rd St",
# "derrière la pharmacie", "cerca del Mercado Central". Its words are capitalised after an optional article.
_ORDINAL_STREET = r"\d{1,3}(?:st|nd|rd|th)(?:[ ](?:St|Street|Ave|Avenue|Rd|Road)\.?)?"
_LANDMARK = (
    r"(?i:near|behind|opposite|opp\.|next[ ]to|beside|in[ ]front[ ]of|derrière|près[ ]de|en[ ]face[ ]de|à[ ]côté[ ]de"
    r"|cerca[ ]de|junto[ ]a|frente[ ]a|detrás[ ]de|perto[ ]de|atrás[ ]de|dekat|belakang|depan|samping|naast|neben"
    r"|hinter|gegenüber|vicino[ ]a|dietro)[ ]"
    rf"(?:(?i:the|la|le|l'|les|du|de[ ]la|del|el|al|der|die|das|dem|do|da)[ ]?(?:[{LOWER}]{{3,14}}|{_WORD})"
    rf"|{_WORD})(?:[ ]{_WORD}){{0,2}}"
    rf"|(?i:between)[ ]{_ORDINAL_STREET}[ ](?:&|and|y|et)[ ]{_ORDINAL_STREET}"
)
# Rooms and doors written number first, in Central Asian and Korean addresses: "201 бөлме", "302-xona", "42 тоот".
_ROOM_AFTER = (
    r"\d{1,5}[ \-]?(?i:бөлме|xona|хона|тоот|bölme|ho|호|жатакана|kvartira|квартира|пәтер|xonadon|батир|бөлмө"
    r"|podyezd|podezd|подъезд|kirish|подъезди)(?![\w])"
)
_TAIL_PART = re.compile(
    rf"(?:[,،][ ]?|[ ])(?:(?P<unit>{_UNIT}|{_ROOM_AFTER}|{_FLOOR}|{_RT_RW}|\#\d{{1,3}}-\d{{1,4}})"
    rf"|(?<=[,،][ ])(?P<mark>{_LANDMARK})"
    # "10115 Berlin", "CA 90010", and a three-digit code only with its town: "107 Reykjavík"
    rf"|(?P<code>(?:{_POSTCODE})(?:[ ]{_TOWN})?|{_STATE_ZIP}|\d{{3}}[ ](?={_WORD})(?!{_UNIT_WORD}){_TOWN})"
    rf"|(?P<town>(?:{_DISTRICT})?{_TOWN}(?:[ ]{_STATE_ZIP}|-\d{{6}}(?!\d))?))(?=[\s,.;:!?)。，、।،။።፣។]|$)"
)
# Abbreviations whose dot is theirs at the end of an address: "Jal." (Jalisco), "3.º Esq.", "Luzhu Dist.".
_ABBREVIATION_END = re.compile(r"(?<![\w])(?:Jal|Esq|Izq|Izda|Dcha|Dist|Tsp|Blvd|Ave|Rd|St)\.$")
_MAX_PARTS = 5
_WORD_DOT = re.compile(r"(?<![\w.])[^\W\d_]{5,}\.$")
_MAX_TOWNS = 2
_CODE_NEXT = re.compile(r"[ ]\d{4,6}(?![\w])")


def extend_tail(text: str, end: int, start: int | None = None) -> int:
    """The end of the address found up to `end`, grown over the parts written after it.

    With `start`, the last comma-separated part of the span is read again: a pattern that stopped
    inside a part ("…, 2" of "…, 2. OG links") is outgrown by the part read whole.
    """
    grown = _extend(text, end)
    comma = text.rfind(",", start, end) if start is not None else -1
    return max(grown, _extend(text, comma)) if comma > 0 else grown


# Uzbek, Kazakh and Kyrgyz glue the word for house to the number: "Sovetskaya ko'chasi 48-uy", "12-үй".
_HOUSE_SUFFIX = re.compile(r"-(?i:uy|үй|уй)(?![\w])")


def _extend(text: str, end: int) -> int:
    towns = 0
    if end > 0 and text[end - 1].isdigit():
        house = _HOUSE_SUFFIX.match(text, end)
        if house is not None:
            end = house.end()
    for _ in range(_MAX_PARTS):
        m = _TAIL_PART.match(text, end)
        if m is None:
            break
        if m.group("town") is not None:
            # A town needs a comma before it, or a state and zip after it ("… Apt 1104 Los Angeles CA 90010").
            town = m.group("town")
            if (towns == _MAX_TOWNS and not _CODE_NEXT.match(text, m.end())) or towns > _MAX_TOWNS:
                break  # a third town only with its postcode: "…, Mampang Prapatan, Jakarta Selatan 12730"
            if text[end] not in ",،" and not re.search(_STATE_ZIP + "$", town):
                break
            towns += 1
        end = m.end()
        if text[end : end + 2] == ".," and _ABBREVIATION_END.search(text, max(0, end - 5), end + 1):
            end += 1  # "Xinyi Dist., Taipei": the dot is the abbreviation's, the address goes on
    if end < len(text) and text[end] == "." and _ABBREVIATION_END.search(text, max(0, end - 5), end + 1):
        end += 1
    elif text[end - 1 : end] == "." and _WORD_DOT.search(text, max(0, end - 12), end):
        end -= 1  # "…, 2e étage.": a full word's dot is the sentence's, not an abbreviation's
    return end


# Parts written before the street: numbered units ("Flat 5B", "No. 12", "Ln. 88", "Sec. 5", "3F",
# "23-4-7") and named buildings ("Wing On Building", "The Lumiere Tower", "Résidence Les Cocotiers").
_BUILDING_TYPE = (
    r"(?i:building|bldg|tower|towers|court|house|residence|residences|mansion|mansions|heights|apartments"
    r"|condominium|complex|plaza|centre|center|hall|compound|estate|gardens)"
)
_NAMED_BUILDING = (
    rf"(?:The[ ])?(?:{_WORD}[ ]){{1,3}}{_BUILDING_TYPE}(?:[ ]\d{{1,3}})?"
    r"|(?i:résidence|residence|residencia|edificio|edifício|immeuble|torre|conjunto|cité|condominio)"
    rf"[ ](?:{_WORD}[ ]?){{1,3}}"
)
_HEAD_PART = (
    rf"(?:{_UNIT}|(?i:lane|ln|alley|aly|sec|section|allotment|gali|zone)\.?[ ]?(?:no\.?[ ]?)?\d{{1,4}}"
    rf"|\d{{1,2}}F|\d{{1,5}}(?:-\d{{1,4}}){{1,3}}|{_NAMED_BUILDING})"
)
_HEAD = re.compile(rf"(?<![\w\-/.])(?:{_HEAD_PART})(?:,[ ]?|[ ])(?:(?:{_HEAD_PART})(?:,[ ]?|[ ])){{0,4}}$")
_HEAD_WINDOW = 90


# The label of a house number the span starts with: "Lot 2261, Jalan …", "Ln. 88, Zhongzheng Rd.".
_LABEL_BEFORE = re.compile(
    rf"(?<![\w\-/.])(?:{_UNIT_WORD}|(?i:lane|ln|alley|aly|sec|section|allotment|gali|h\.no|house no|plot no))\.?[ ]?"
    r"(?:n[º°o]\.?[ ]?)?$"
)


def extend_head(text: str, start: int) -> int:
    """The start of the address found from `start`, grown over the unit and building parts before it."""
    if start < len(text) and text[start].isdigit():
        label = _LABEL_BEFORE.search(text, max(0, start - 12), start)
        if label is not None:
            start = label.start()
    m = _HEAD.search(text, max(0, start - _HEAD_WINDOW), start)
    return m.start() if m is not None else start


# Addresses of numbered parts only, common in the Gulf and in compounds: at least two numbered parts
# ("Building 7, apto 1204", "Block 10, Street 5, House 22"), a district before and a town after.
_CHAIN_UNIT = (
    rf"(?:{_UNIT}|{_FLOOR}|{_NAMED_BUILDING}"
    # South African stands and extensions, labour camps, farms: "Stand 1432, Extension 2", "Camp 7, Block C"
    rf"|(?i:street|st|road|rd|way|zone|sector|block|district|area|stand|erf|extension|ext|camp|farm)\.?[ ]\d{{1,4}}"
    r"(?![\w]))"
)
_UNIT_CHAIN = re.compile(
    rf"(?:(?:{_WORD}[ ]){{0,2}}(?i:district|area|sector|quarter)(?:[ ]\d{{1,3}})?,[ ]?)?"
    rf"{_CHAIN_UNIT}(?:,[ ]?|[ ]){_CHAIN_UNIT}(?:(?:,[ ]?|[ ]){_CHAIN_UNIT}){{0,3}}"
)


def find_unit_chains(text: str, hints: list[int]) -> list[tuple[int, int]]:
    """Addresses made of numbered parts ("Zone 91, Street 978, Building 12, Al Wakra"), looked for
    around the unit words the scan found at the offsets `hints`."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for hint in hints:
        if hint < pos:
            continue
        m = None
        for start in _starts(text, max(pos, hint - 40), hint):
            m = _UNIT_CHAIN.match(text, start)
            if m is not None:
                break
        if m is None:
            continue
        end = extend_tail(text, m.end())
        spans.append((area_before(text, extend_head(text, m.start())), end))
        pos = end
    return spans


def _starts(text: str, begin: int, hint: int) -> list[int]:
    """Word starts from `begin` to `hint`, earliest first (a district can lead the chain)."""
    starts = [m.start() for m in re.finditer(r"(?<![\w'’.\-/])\w", text[begin:hint])]
    return [begin + s for s in starts] + [hint]


# After an address label and its colon, the parts before the street belong to the address: "Хаяг: Ансан,
# Вонси-дон 781-3", "Alamat majikan: Al Malqa, Jl. …", "آدرس ملک: تهران، خیابان …". One to three words a
# part, at most two parts; a part with a dot ("г. Екатеринбург", a sentence end) is not taken.
_LEAD_PART = r"[^\s:：,،.!?;]{1,25}(?:[ ][^\s:：,،.!?;]{1,25}){0,2}[,،][ ]?"
_LEAD_AFTER_COLON = re.compile(rf"[ ]?((?:{_LEAD_PART}){{1,2}})$")
_LEAD_AFTER_WORDS = re.compile(rf"(?:[ ]?[^\s:：,،.!?;]{{1,20}}){{0,2}}[ ]?[:：][ ]?((?:{_LEAD_PART}){{1,2}})$")
_LEAD_WINDOW = 80


def lead_after_label(text: str, start: int, labels: list[int]) -> int:
    """The start of an address found at `start`, moved back to its label when only place parts lie between."""
    for end in labels:
        if end < start <= end + _LEAD_WINDOW:
            lead = _LEAD_AFTER_COLON if text[end - 1] in ":：" else _LEAD_AFTER_WORDS
            m = lead.match(text, end, start)
            if m is not None:
                return m.start(1)
    return start


# A district or town written before the street, the order of Gulf, Korean, Turkish and Malaysian addresses:
# "Al Khuwair, Way 3317, House 41", "Guro-gu, Digital-ro 32-gil 17", "Esenyurt, Namık Kemal Mah., …".
# One or two comma-separated parts of capitalised words; the part must open the sentence or follow a
# colon or a word that is not capitalised (a capitalised word before it would leave its start unknown).
_AREA_WORD = rf"(?:{_WORD}|Al|El|[A-Z]{{2,4}})"
_AREA_PART = rf"{_AREA_WORD}(?:[ ](?:{_AREA_WORD}|al|el|\d{{1,2}}(?![\w]))){{0,2}},[ ]"
_AREA_BEFORE = re.compile(rf"(?<![\w\-'’])((?:{_AREA_PART}){{1,2}})$")
# Sentence openers that are not places: "Hello, Flat 3 …", "Please, 12 …".
_NOT_AREA = frozenset(
    (
        "hi", "hello", "hey", "dear", "salam", "salaam", "thanks", "thank", "please", "yes", "no", "ok", "okay",
        "sorry", "urgent", "help", "sir", "madam", "hola", "bonjour", "hallo", "ciao", "merci", "gracias",
        "also", "and", "but", "so", "now", "today", "tomorrow", "yesterday", "here", "there", "address",
        "update", "note", "attention", "welcome", "villa", "name",
        # titles: "rumah Pak Darmaji, No. 8 …" is a person's house, the person is no district
        "pak", "bu", "ibu", "bapak", "mr", "mrs", "ms", "mme", "herr", "frau", "sr", "sra", "dr", "mama", "baba",
        "ate", "kuya", "tita", "tito", "mister", "madame", "monsieur", "señor", "señora", "don", "doña",
        "tonton", "tata", "tante", "oncle", "uncle", "auntie", "aunty",
        # hotels and riads are no part of an address (a hotel alone is no address either)
        "hotel", "hôtel", "hostel", "riad", "motel", "inn",
    )
)
_AREA_WINDOW = 70
# What the district is not written after: "in" (a town the writer is in, "estamos en Dubái, Building 7"),
# an abbreviation ("г. Екатеринбург, ул. …"), a name label or a title ("Name: …", "Pak Darmaji, No. 8").
_NOT_AREA_BEFORE = re.compile(
    r"(?<![\w])(?:[^\W\d_]{1,3}\.[ ]"
    r"|(?i:name|nom|nombre|nome|naam|имя|nama|pangalan|pak|bu|ibu|bapak|mr|mrs|ms|mme|herr|frau|sr|sra)\.?[ :]{1,2})$"
)


def area_before(text: str, start: int) -> int:
    """The start of the address found at `start`, moved back over a district written before it."""
    if start < 3 or text[start - 2] != ",":
        return start
    m = _AREA_BEFORE.search(text, max(0, start - _AREA_WINDOW), start)
    if m is None:
        return start
    begin = start
    for part in reversed(_AREA_SPLIT.findall(m.group(1))):  # nearest part first: "Ansan-si, Danwon-gu, …"
        words = part.split(" ")
        latin = _latin(words[-2])  # the last word before the comma
        same = [w for w in words if _latin(w) == latin or not w]
        if len(same) < len(words):  # "Мекенжайы Guro-gu, …": a word of another script is the writer's
            part = " ".join(words[len(words) - len(same) :]) if words[-len(same) :] == same else ""
            if part and _is_area(part):
                begin -= len(part)
            break
        if not _is_area(part):
            break
        begin -= len(part)
    if begin == start or not _opens_area(text, begin):
        return start
    if _NOT_AREA_BEFORE.search(text, max(0, begin - 24), begin):
        return start  # "Name: Rosalinda Dizon, Villa 14", "г. Екатеринбург, ул. …"
    return begin


_AREA_SPLIT = re.compile(r"[^,]+,[ ]")


def _latin(word: str) -> bool:
    """Whether a word is written in Latin letters (with their accents)."""
    return all(c < "\u0250" for c in word)


def _is_area(part: str) -> bool:
    """Whether a part before the street reads as a district, not a greeting, a title or a person's name."""
    words = part.rstrip(", ").split(" ")
    if words[0].lower() in _NOT_AREA:
        return False
    gaz = gazetteer()
    # "Cédric Aubin, Résidence …", "Tonton Mamadou, Kaloum, …": a person before the address
    return not (len(words) == 2 and any(w in gaz.given and w not in gaz.place and w not in ("Al", "El") for w in words))


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ ]$")


def _opens_area(text: str, pos: int) -> bool:
    """Whether a district can start at `pos`: at the start of a sentence or after a colon, or after a word that
    is neither capitalised (the district would be the tail of a longer name) nor a preposition ("i Kariakoo",
    "ci Kaloum", "в Тбилиси", "дар Санкт-Петербург": a town the writer is in)."""
    if pos == 0 or text[pos - 1] in "\n\t":
        return True
    if pos < 2 or text[pos - 1] != " ":
        return False
    if text[pos - 2] in ":：.!?;":
        return True
    m = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isupper():
        # the tail of a longer name, unless a handle or a word of another script: "Мекенжайы Guro-gu, …"
        return text[m.start() - 1 : m.start()] == "@" or _latin(word) != _latin(text[pos])
    return word not in _IN


# "In", "at" and "to" in many languages: a town after them is where the writer is, not part of the address.
_IN = frozenset(
    (
        "i", "ci", "in", "im", "à", "a", "au", "aux", "en", "em", "no", "na", "nos", "nas", "di", "da", "de", "del",
        "ke", "ku", "sa", "kay", "в", "во", "у", "на", "дар", "ба", "w", "we", "v", "ve", "u", "ga", "kwa", "mu",
        "ko", "ya", "la", "le", "bei", "zu", "dans", "nel", "nella", "alla", "al", "el", "te", "op", "wɔ", "ní",
    )
)
