"""Street-level addresses: a house number next to a street word, plus unit and town chunks.

Triggered from the digit runs found by `numbers.NUMBERISH` (an address has a number), and only when
a street word (rue, Calle, Straße, Road, شارع, 路 …) is near it, so most texts never reach the
address patterns. Spans cover what a courier would need: "Flat 4B, 22 Marine Parade, Brighton
BN2 1TL"; a town alone is not an address. Bounded quantifiers only: linear time.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.address_local import COMPOUND_MORE, local_patterns
from consuldesk.pipeline.pii.address_parts import area_before, extend_head, extend_tail
from consuldesk.pipeline.pii.cues_address_more import VILLAGE
from consuldesk.pipeline.text import LOWER, UPPER

# a hyphen may join two capitalised parts: "avenue Kasa-Vubu n° 23"
_WORD = rf"[{UPPER}][{LOWER}'’\-]{{1,24}}(?:-[{UPPER}][{LOWER}'’]{{1,24}})?"
# "Via dei Campi", "Calle León y Castillo"
_PARTICLE = (
    r"(?:de|del|de la|da|das|do|dos|du|des|la|le|les|el|al|di|della|dei|degli|delle|dello|y|van|von|der|den|d'|l')"
)
_NAME = rf"(?:(?:{_PARTICLE}|{_WORD}|(?i:dr|st|sr|sta|sto|san|santa)\.?)[ ]){{0,5}}{_WORD}"
# 120/3/14, 412-II, and a door letter after a hyphen: "41-B", "12-a"
_NUM = r"\d{1,5}[A-Za-z]?(?:[\-/](?:\d{1,4}[A-Za-z]?|[IVX]{1,4}(?![\w])|[A-Za-z](?![\w]))){0,2}"


def _alt(words: tuple[str, ...]) -> str:
    return trie_pattern(((w, False) for w in words), r"(?![^\W_])")


_UNIT_HINTS = frozenset(cues.UNIT_HINTS) - frozenset(cues.STREET_BEFORE)  # "block", "lot" are street words too
_BEFORE = rf"(?i:{_alt(cues.STREET_BEFORE)})"
_AFTER = rf"(?i:{_alt(tuple(w for w in cues.STREET_AFTER if w not in _UNIT_HINTS and w not in VILLAGE))})"
# A unit needs its number: "Flat 4B", "Apt 12", "Casa 3" but not "the flat is Rua …".
_ONE_UNIT = rf"(?i:{_alt(cues.UNIT)})\.?[ ]?(?=[\w\-/]{{0,5}}\d|[A-Z](?![\w]))[\w\-/]{{1,6}},?[ ]+"
_UNIT = rf"(?:{_ONE_UNIT}){{0,2}}"
# A house number's own label: "Plot No. 214", "H.No. 5", "No. 88", "Blk 21" (Singapore).
_NUMBERED = r"(?i:(?:(?:plot|house|flat|door|h\.?)[ ]?)?(?:no|n[º°])|blk|block)\.?[ ]?"
# A street's own number after its name or type: "Jalan Kenari 3/2", "Tuas South Ave 1", "Street 4".
_STREET_NO = r"(?:[ ]\d{1,3}(?:/\d{1,3})?(?![\d/:]|\.\d))?"  # a full stop may follow: "… Sri Muda 25/17."
_DISTRICT = r"(?i:col|colonia|fracc|barrio|bairro)\.?[ ]"  # "…, Col. Roma Norte"
_DIRECTION = r"(?:[ ](?:North|South|East|West|N|S|E|W|NE|NW|SE|SW))?"
_POSTCODE = (
    r"(?:\d{4}[ ]?[A-Z]{2}(?![A-Za-z])"  # 1015 CJ
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"  # BN2 1TL, L5B 1L9
    r"|\d{4,6}(?:-\d{3,4})?(?!\d)|\d{2}-\d{3}(?!\d)|\d{3}[ ]\d{2}(?!\d))"  # 10115, 238879, 00-514, 111 21
)
_TOWN_PARTICLE = r"(?:am|an der|an|im|upon|on|sur|sous|en|de|del|di|do|da)"  # Frankfurt am Main
_TAIL = (
    r"(?:,[ ]?\d{1,2}\s?[º°ª]?[ ]?[A-Za-z]{0,4}(?=[,\s.]|$))?"  # floor/door: "2ºB", "3º Esq"
    r"(?:(?:,[ ]?|[ ])"
    r"(?i:apartment|apt|apto|flat|unit|piso|suite|depto|dpto|daire|lok|kv|m(?=\.)|кв|house|villa|building|int)"
    r"(?![^\W\d_])\.?[ ]?\w{1,5})?"
    rf"(?:,[ ]?(?:(?:{_POSTCODE}[ ]|{_DISTRICT})?{_WORD}"
    rf"(?:[ ](?:{_WORD}|\d{{1,3}}(?!\d)|{_TOWN_PARTICLE}[ ]{_WORD})){{0,2}}"
    rf"(?:[ ][A-Z]{{2}}(?![A-Za-z0-9]))?(?:[ ]{_POSTCODE})?"
    rf"|[A-Z]{{2}}[ ]{_POSTCODE}|{_POSTCODE})){{0,2}}"
)
_COMPOUND = (
    "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|straat|laan|plein|gracht|kade|singel|dijk"
    "|vegen|veien|gata|gatan|vägen|(?<!bri)gade|vej|katu|tie"  # Fjellvegen, Drottninggatan, Vesterbrogade
)
# German, Dutch and Nordic street types written as a word of their own after the name, the number after
# them: "Rigaer Straße 84", "Schönhauser Allee 112", "Unter den Linden"-like names up to three words.
_SEPARATE_AFTER = (
    # Norwegian "gate" follows a genitive: "Thorvald Meyers gate 5", not "Niko gate 3" (Swahili "I'm at gate 3")
    r"(?i:straße|strasse|str\.|allee|weg|platz|gasse|damm|ufer|straat|laan|gracht|gata|(?<=s[ ])gate|vej|gade"
    r"|vei|veg|allé"
    r"|utca|u\.|út|körút|krt\.|tér|iela|gatvė|g\.|pr\.|tänav|tn\.|mnt)"  # hu "Kossuth Lajos u. 12", lv, lt, et
)
# A named building before the street: "riad Dar Zitoune, 14 derb …", "Villa Rosa, 3 …".
_BUILDING_WORD = r"(?i:riad|villa|résidence|residence|residencia|edificio|edifício|immeuble|condominio|dar)"
# Turkish street types follow the name and precede "No:": "Atatürk Caddesi No: 112 Daire 5".
_TR_STREET = r"(?i:caddesi|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı|blv\.)"
_TR_QUARTER = rf"(?:{_NAME}[ ](?i:mahallesi|mah\.|mh\.),?[ ])?"  # "Feriköy Mah. Baysungur Sok. No:9"
# A district written after the number without a comma, where the address ends the clause or the Latin
# run of a mixed-script text: "No:7 Antakya.", "No:41 D:7 Şahinbey فيها …".
_LAST_WORD = rf"(?:[ ]{_WORD}(?=[.,;!?]|$|\s(?![A-Za-z0-9])))?"
_BUILDING = rf"(?:{_BUILDING_WORD}[ ]{_NAME},[ ])?"
_ADDRESS = re.compile(
    # Atatürk Caddesi No: 112 Daire 5, Doğan Araslı Bulvarı 47, 1647 Sokak No: 12 (tried first: a numbered
    # street would otherwise read as a house number and a street named "No")
    rf"{_TR_QUARTER}(?:{_NAME}[ ]|\d{{1,5}}\.?[ ]){_TR_STREET}[ ](?:(?i:no)[:.]?[ ]?)?{_NUM}"
    rf"(?:[ ](?i:daire|d(?=[:.]))[:.]?[ ]?\d{{1,4}})?{_LAST_WORD}{_TAIL}"
    # 12 rue de la Paix, 7 carrer de Sant Antoni, No. 14, Jalan Kenari 3/2
    rf"|{_BUILDING}{_UNIT}(?i:n[º°o]\.?[ ]?)?{_NUM},?[ ]+{_BEFORE}[ ]+{_NAME}{_STREET_NO}{_TAIL}"
    # 22 Marine Parade; Indian "Plot No. 214, Sahid Nagar", "H.No. 5, Gandhi Nagar"
    rf"|{_UNIT}(?:{_NUMBERED})?{_NUM},?[ ]+(?:(?:[NS][EW]|[NSEW])\.?[ ])?"
    rf"(?:(?:{_WORD}|\d{{1,3}}(?:st|nd|rd|th)|\d{{1,3}}(?=[ ](?:St|Ave|Street|Avenue)(?![\w])))[ ]){{1,3}}"
    rf"{_AFTER}\.?{_STREET_NO}{_DIRECTION}{_TAIL}"
    # a numbered district after its word: "мкр. Самал-2, д. 58"
    rf"|{_UNIT}{_BEFORE}[ ]+(?:{_NAME}(?:-\d{{1,3}}(?![\d/]))?|\d{{1,4}})(?:[ ](?:{_WORD}|\d{{1,3}}/\d{{1,3}}))?,?[ ]+"
    # Calle Larga 4412, ул. Ленина, д. 15, Jl. Sudirman Kav. 5
    rf"(?i:n[º°o]\.?[ ]?|kav\.[ ]?|д\.[ ]?|дом[ ]|буд\.[ ]?)?{_NUM}(?![\d:]){_TAIL}"
    rf"|(?:{_ONE_UNIT}){{1,2}}{_BEFORE}[ ]+{_NUM}(?![\d:]){_TAIL}"  # Building 22, Street 870
    # Hauptstraße 5, Kerkstraat 12, Van Woustraat 112-2, Eerste Van der Helststraat 7
    rf"|(?:(?![\u0370-\u03ff]){_WORD}[ ](?:(?:der|den|de|van|von)[ ])?){{0,2}}{_WORD}(?i:{_COMPOUND})[ ]{_NUM}{_TAIL}"
    rf"|(?:{_WORD}[ ]){{1,3}}{_SEPARATE_AFTER}[ ]{_NUM}(?![\d:]){_TAIL}"  # Rigaer Straße 84
    # Arabic streets (the longer chains around them: address_script.find_keyword_chains)
    r"|(?:(?:فيلا|عمارة|بناية|مبنى|شقة|منزل)\s?\d{1,5}\s?[،,]\s?)?شارع\s?[\w]{1,20}(?:\s[\w]{1,20})?"
    r"(?:\s?[،,]\s?\d{1,5})?(?:\s?[،,]\s?[\u0621-\u064a]{2,20})?"
    r"|[\u4e00-\u9fff]{2,12}?(?:路|街|大道|道|巷|弄)\d{1,5}(?:号|號)(?:\d{1,4}(?:室|楼|樓))?"
    r"|[\u4e00-\u9fff]{1,8}[市区町村][\u4e00-\u9fff\u3040-\u30ff]{0,8}?\d{1,2}(?:丁目|-)\d{1,3}(?:番地?|-)\d{1,3}号?"
    # Korean road addresses with city and district before, building and flat after: "서울특별시 마포구 월드컵북로
    # 396, 105동 804호"
    r"|(?:[가-힣]{2,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구|읍|면)\s){0,3}"
    r"[가-힣]{1,10}(?:로|길)\s?\d{1,4}(?:번길\s?\d{1,4})?(?:-\d{1,4})?(?:,?\s?\d{1,4}동)?(?:\s?\d{1,5}호)?"
    # ... and in Latin or Cyrillic letters: "201-ho, 15 Jungang-daero 210beon-gil", "Garibong-dong 131-45"
    rf"|{local_patterns(_WORD, _NAME, _NUM, _AFTER, _COMPOUND, _TAIL)}"  # address_local: one language each
    rf"|(?:\d{{1,4}}-ho,[ ])?(?:\d{{1,4}}(?:-\d{{1,4}})?,?[ ])?{_WORD}-(?:ro|gil|daero)(?![\w])"
    rf"(?:[ ]\d{{1,4}}(?:beon-?gil|-gil|gil))?(?:[ ]\d{{1,4}}(?:-\d{{1,4}})?(?![\w]))?{_TAIL}"
    rf"|(?:{_WORD}-(?:dong|gu),[ ])?{_WORD}-(?:dong|дон)[ ]\d{{1,4}}(?:-\d{{1,4}})?(?![\w]){_TAIL}"
    # Vietnamese house, alley and lane numbers: "số 7 ngách 15/22 ngõ 61 Lạc Trung", "số 12 ngõ 34 phố Huế"
    rf"|(?i:số)[ ]{_NUM}(?:[ ](?i:ngõ|ngách|hẻm|kiệt|ngo|ngach|hem)[ ]{_NUM}){{0,3}}[ ]"
    rf"(?:(?i:đường|phố|duong|pho)[ ])?{_NAME}{_TAIL}"
        # Thai village and lane numbers: "88/3 Moo 2, Rawai", "14 Sukhumvit Soi 11, Bangkok"
    rf"|{_NUM}[ ](?:(?i:moo|m\.)[ ]?\d{{1,2}}|(?:{_WORD}[ ])?(?i:soi)[ ]\d{{1,3}}){_TAIL}"
    # Japanese block addresses in Latin letters: "3-14-2 Nishikasai, Edogawa-ku"
    rf"|\d{{1,2}}-\d{{1,2}}(?:-\d{{1,3}})?[ ]{_WORD}(?:-{_WORD})?,[ ]{_WORD}-(?:ku|shi|cho|machi|gun)(?![\w])"
    rf"(?:,[ ]{_WORD}(?![\w\-]))?"
)
# Street words glued into compounds ("Hauptstraße", "Kerkstraat") or in scripts without spaces.
_GLUED_STREET = re.compile(
    r"straße|strasse|straat|laan|gracht|allee|gasse|platz|vegen|veien|gata|vägen|gade|vej|katu|tie(?=[ ]\d)"
    r"|[路街道巷弄](?:[一二三四五六七八九十]{1,2}段)?\d|丁目|[로길]\s?\d|-(?:ku|shi|cho|machi)(?![\w])"
    rf"|(?<![\w])(?:moo|soi)[ ]\d|str\.|dijk|(?:{COMPOUND_MORE})(?=[ ]\d)|(?<![\w])c/(?=[ ]?\w)"
    r"|-(?:ro|gil|daero|dong|дон)(?![\w])"
)
_DIGIT = re.compile(r"\d")
# A Latin street's number with the Chinese or Japanese number word glued on: "Via Padova 212号4楼", "Avenue de
# Choisy 52號", "26th of July Street 12番".
_GLUED_NUMBER_WORD = re.compile(r"(?:[号號]|番地?)(?:[ ]?(?:\d{1,3}|[一二三四五六七八九十]{1,2})[楼樓層层階])?")


_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def street_positions(low: str, street_hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Street-word positions: the scanned ones plus compound and CJK street markers."""
    found = list(street_hits)
    if (
        "stra" in low
        or "laan" in low
        or "gracht" in low
        or "str." in low
        or "dijk" in low
        or "c/" in low
        or "allee" in low
        or "gasse" in low
        or "platz" in low
        or "vegen" in low
        or "veien" in low
        or "vej " in low
        or "gata" in low
        or "gade" in low
        or "katu" in low
        or "tie " in low
        or "vägen" in low
        or "braut" in low
        or "vegur" in low
        or "slóð" in low
        or "stræti" in low
        or "stígur" in low
        or "-ku" in low
        or "-shi" in low
        or " moo " in low
        or " soi " in low
        or "-ro" in low
        or "-gil" in low
        or "-dong " in low
        or "-дон " in low
        or (not low.isascii() and _CJK.search(low))
    ):
        found += [m.span() for m in _GLUED_STREET.finditer(low)]
    return found


# Japanese (prefecture, city/ward, chōme-banchi) and Chinese/Taiwanese (city, road, section, lane, number,
# floor) addresses. Text in these scripts has no word starts to anchor on, so the pattern is searched
# in a window around the street marker; it must begin at a place name ending in 都道府県/省/市/区/縣/
# 町/村, which keeps the writer's words ("我住在", "本籍は") out of the span.
_HAN = "\u4e00-\u9fff"
_CJK_ADDRESS = re.compile(
    rf"(?:[{_HAN}]{{1,3}}[都道府県省])?[{_HAN}]{{1,4}}[市区區縣县郡][{_HAN}\u3040-\u30ff]{{0,10}}?"
    rf"(?:\d{{1,2}}丁目\d{{1,4}}(?:番地?(?:\d{{1,4}}号?)?|-\d{{1,4}}(?:-\d{{1,4}})?)?"
    rf"|[{_HAN}]{{0,6}}?(?:路|街|大道|巷|弄)(?:[一二三四五六七八九十]{{1,2}}段)?(?:\d{{1,4}}(?:巷|弄))*\d{{1,5}}[号號]"
    rf"(?:\d{{1,3}}[楼樓层層]|之\d{{1,3}})*(?:\d{{1,5}}(?:室|號房|号房))?)"
)
_CJK_MARKER = re.compile("丁目|[路街巷弄]")
# The writer's words a leftmost match can start with: "(我)住在", "係", "地址是", "位于"; "址" alone when the
# place name is long enough that the match begins inside "地址" ("户籍地址湖南省…": a province takes 1–3 characters).
CJK_LEAD_WORDS = "住在|住|在|係|是|为|為|于|於|到|地址|住址|住所|位于|位於|址"
_CJK_LEAD = re.compile(f"(?:[我你他她们們家]{{0,2}}(?:{CJK_LEAD_WORDS})[：:]?)+")
# The word "address" in more languages, without a colon: not a label that opens an address (that is
# cues.ADDRESS_LABEL), only a word to leave out when a street match starts with it ("Adresas Fjellvegen 14").
_ADDRESS_WORDS = frozenset(("adresas", "adresse", "adress", "address", "adres", "adresa", "osoite", "cím", "adreso"))
_LABEL_WORDS = frozenset(w.rstrip(" :") for w in cues.ADDRESS_LABEL) | _ADDRESS_WORDS
_PREFIXED_NUMBER = re.compile(r"(?<![\w\-])[a-z]{1,3}-(\d)")
# A word start, or a Latin word or number glued to a word of a script without spaces ("住在41-28 Main St").
_WORD_START = re.compile(
    r"(?<![\w'’.\-/])\w|(?<=[\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f])[0-9A-Za-z]"
    r"|(?<=[^\w\s])[\uac00-\ud7af]|(?<=[\u0590-\u05ff]-)[0-9A-Za-z]"  # "'서울특별시 …'", Hebrew "ב-Av. …"
)


# Around a Japanese or Chinese address: the postcode before it ("〒160-0023 東京都…"), the building and
# room after it ("… グリーンハイツ402号室", "… 2階", "…48号 金隅丽港城 12号楼2单元1803室").
_CJK_POSTCODE_BEFORE = re.compile(r"〒[ ]?\d{3}-\d{4}[ 　]?$")
_CJK_AFTER = re.compile(
    r"[ 　]?(?:(?P<name>[\u30a0-\u30ff\u4e00-\u9fff]{1,10})[ 　]?)?\d{1,4}"
    r"(?:(?P<unit>号楼|號樓|栋|棟)(?:\d{1,2}单元)?\d{0,5})?(?P<room>号室|號室|室|階|层|層|楼|樓)?(?![\d\-])"
)


def _cjk_parts(text: str, start: int, end: int) -> tuple[int, int]:
    """A CJK address span grown over its postcode and its building and room."""
    code = _CJK_POSTCODE_BEFORE.search(text, max(0, start - 12), start)
    after = _CJK_AFTER.match(text, end)
    if after is not None and (after.group("name") or after.group("unit") or after.group("room")):
        end = after.end()
    return (code.start() if code else start), end


def find_addresses(text: str, streets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Address spans around street words that have a number nearby.

    An address starts at most a few words before its street word ("Flat 4B, 22 Marine Parade"), so
    the pattern is anchored (`match`) at those word starts only, never searched across the text.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    for start, end in streets:
        if not _DIGIT.search(text, max(0, start - 30), min(n, end + 40)):
            continue  # an address has a number within a few words of its street word
        if _CJK_MARKER.match(text, start):
            cjk = _CJK_ADDRESS.search(text, max(0, start - 24), min(n, end + 40))
            if cjk is not None and cjk.start() <= start < cjk.end():
                lead = _CJK_LEAD.match(text, cjk.start(), start)
                spans.append(_cjk_parts(text, lead.end() if lead else cjk.start(), cjk.end()))
                continue
        starts = [m.start() for m in _WORD_START.finditer(text, max(0, start - 40), start + 1)][-7:]
        # a house number glued to a locative prefix ("ku-14 Larkfield Grove", Zulu) starts an address too
        starts += [m.start(1) for m in _PREFIXED_NUMBER.finditer(text, max(0, start - 40), start)]
        starts.sort()
        for pos in starts:
            if pos > 1 and text[pos - 1] in ",." and text[pos - 2].isdigit():
                continue  # "KSh 12,000 via M-Pesa": the digits after a thousands separator are no house number
            m = _ADDRESS.match(text, pos, min(n, end + 100))
            if m is None:
                continue
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in " ,.;:":
                e -= 1
            first = text.find(" ", s, e)
            if first > 0 and text[s:first].lower().rstrip(":") in _LABEL_WORDS:
                s = first + 1  # "Adresim Cumhuriyet Bulvarı 15": the label is no part of the address
            if e > start and e - s >= 6:
                if not _CJK.match(text, s):
                    s, e = area_before(text, extend_head(text, s)), extend_tail(text, e, s)
                glued = _GLUED_NUMBER_WORD.match(text, e) if text[e - 1].isdigit() else None
                if glued is not None:
                    e = glued.end()
                spans.append((s, e))
                break  # the earliest start gives the longest address
    return spans


# After an address label: comma-separated parts that start with a capital or a digit, up to the end of
# the sentence or the first part that does not ("Edogawa-ku, mohon ada …"). Latin script only.
# Words of an address part: capitalised, numbers, or name particles; a lowercase word ends the part.
_NEXT_WORD = rf"[ ](?:[{UPPER}0-9][\w'’\-/]*|{_PARTICLE}(?![\w']))"
_PART = rf"(?:[A-Z0-9][\w'’\-/]*(?:{_NEXT_WORD}){{0,5}}|[a-z]{{2,8}}[ ]\d[\w\-/]{{0,5}})"  # "Rue M12", "villa 27"
_LABELLED = re.compile(rf"[ \t]*[:：]?[ \t]*({_PART}(?:,[ ]?{_PART}){{0,5}})")


def find_labelled(text: str, labels: list[int]) -> list[tuple[int, int]]:
    """Addresses written after a label ("address:", "العنوان:", "alamatnya"), when they have a number."""
    spans: list[tuple[int, int]] = []
    for end in labels:
        m = _LABELLED.match(text, end)
        if m is None or not m.group(1).isascii() or not _DIGIT.search(m.group(1)):
            continue
        s, e = m.span(1)
        if " " in text[s:e]:
            spans.append((s, e))
    return spans
