"""PERSON spans in Thai and Burmese: scripts written without spaces between words.

Why: a Thai or Burmese name is marked by what is glued before it (คุณ, นาย, พี่, ชื่อ; ကို, မ, ဦး, ဒေါ်)
or by the kinship word before it, never by a capital. Writers do put a space (or punctuation) around
names, so a name is the run of letters after its cue up to the next space, bracket, digit or
punctuation, when that run is short and holds no common function word; otherwise the longest known
given name at its start (the gazetteer's Thai names). A Burmese run counts only when every syllable
is a common name syllable (အောင်, ကျော်, မင်း, ဝင်း …): the syllables of Burmese names come from a
small set, and a wrong name costs more than a missed one. A surname (a second spaced word) needs a
strong cue before the given name. Lists ("ชื่อ: A, B, C", "ကိုA၊ B၊ C") carry the cue to each item.
Each script runs only when its letters occur; every pattern starts from a literal cue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson

_TH = "\u0e01-\u0e4e"
_TH_CHAR = re.compile(f"[{_TH}]")
# Titles glued to (or a space before) the name. Strong ones are names' titles only; weak ones are also
# kinship words or pronouns ("พี่" older sibling or "I", "น้อง" younger one), so they need more evidence.
_TH_STRONG = ("นางสาว", "น.ส.", "นาย", "นาง", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ดร.", "คุณ", "เจ๊", "เฮีย")
_TH_WEAK = ("พี่", "น้อง", "ป้า", "ลุง", "น้า", "ครู", "หมอ", "อาจารย์", "ผู้ใหญ่", "ยาย", "ตา")
_TH_CUE = re.compile(
    # not "ขอบคุณ" (thank you), "นายจ้าง" (employer), "นางพยาบาล" (nurse), "รายชื่อ" (list of names),
    # "ไม่มีชื่อ" (has no name), "ลงชื่อ" (sign up)
    r"(?P<t>(?<!ขอบ)(?<!บุญ)(?:นางสาว|น\.ส\.|นาย(?!จ้าง|หน้า|ก)|นาง(?!พยาบาล|าน)|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|ดร\.|คุณ(?!ภาพ|สมบัติ|ค่า|ธรรม|ประโยชน์|ลักษณ|วุฒิ|แม่|พ่อ|ยาย|ตา|ป้า|ลุง|น้า|ครู|หมอ|นาย|ท่าน|หนู)|เจ๊|เฮีย)"
    r"|(?:(?<![\u0e01-\u0e4e])|(?<=ขอบคุณ))(?:พี่|น้อง|ป้า|ลุง|น้า|ครู|หมอ|อาจารย์))"
    r"|(?P<i>(?<!ราย)(?<!ไม่มี)(?<!ลง)(?<!ตั้ง)ชื่อ(?:เล่น|จริง|เต็ม)?(?:ว่า|คือ)?[ \t]*[:：]?)"
    r"|(?P<p>(?<![\u0e01-\u0e4e])(?:ดิฉัน|ผม|หนู|ฉัน|กระผม)(?=[ ]))"
    r"|(?P<k>(?:ลูกสาว|ลูกชาย|ลูก|สามี|ภรรยา|แฟน|พ่อ|แม่|น้องชาย|น้องสาว|พี่ชาย|พี่สาว|เพื่อน)(?:ของ)?(?:ฉัน|ผม|ดิฉัน|หนู|เรา)?(?=[ (]))"
)
# Never a whole name: pronouns, kinship words, particles, common words after a title-like word.
def _words(*parts: str) -> frozenset[str]:
    """A word set from space-separated strings."""
    return frozenset(w for part in parts for w in part.split())


_TH_STOP = _words(
        "ชาย สาว เขย สะใภ้ น้อง พี่ ๆ เขา เค้า เรา ผม หนู ฉัน ดิฉัน คุณ ท่าน มัน ทุกคน ทั้งหมด แม่ พ่อ ลูก เลี้ยง ใหม่",
        "ภาพ สมบัติ ค่า ธรรม ประโยชน์ ลักษณะ วุฒิ ครู หมอ ยาย ตา ป้า ลุง น้า อา ซอย ถนน บริษัท โรงแรม ร้าน ผู้",
        "อะไร ของ ภาษา ไฟล์ บัญชี เฟส ไลน์ เพจ ห้อง หมู่บ้าน เมือง จังหวัด อำเภอ ตำบล หมู่ สกุล นามสกุล เล่น จริง",
        "เต็ม ครับ ค่ะ คะ นะ จ้ะ ค่า จ้า ด้วย ไว้ ให้ ได้ ไม่ ที่ และ หรือ แต่ ก็ จะ แล้ว ยัง อยู่ เป็น มี ไป มา กับ",
        "ทาง ชาวไทย ชาว คนไทย คน ตำรวจ ทนาย ทูต กงสุล เจ้าหน้าที่ นายหน้า เอง ครอบครัว บ้าน งาน",
)
# Fragments no name holds: function words glued into a run that is a phrase, not a name.
_TH_INNER = (
    "ที่", "และ", "ได้", "ไม่", "แล้ว", "จะ", "ให้", "อยู่", "เป็น", "ของ", "กับ", "ไป", "ครับ", "ค่ะ", "ช่วย", "ต้อง",
    "อยาก", "ว่า", "เขา", "ยังไง", "อะไร", "ไหม", "เลย", "ด้วย", "ทำ", "เมื่อ", "ถูก", "โดน", "ตอนนี้", "ติดต่อ",
    "โทร", "เบอร์", "ชื่อ", "หาย", "ไว้", "นะ", "คะ", "มาก",
)  # fmt: skip
_TH_PARTICLES = ("ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ", "นะ", "จ้ะ", "จ้า", "ค่า")
_TH_RUN = re.compile(f"[{_TH}]{{1,40}}")
_TH_SPACE_RUN = re.compile(f"[ ]([{_TH}]{{2,20}})(?=[ \t,.;:!?()\"'\n\r]|\\d|$)")
# After a name: what closes it (space, punctuation, a digit, Latin, the end).
_TH_AFTER_PHONE = re.compile(r"[ \t]*[(:]?[ \t]*\+?\d[\d\- ]{6,}")
_TH_BIRTH = ("เกิด", "อายุ")


def _th_known(word: str) -> bool:
    return gazetteer().is_name(word)


# Vowels and tone marks written after the consonant of their syllable: a name is never cut before one.
_TH_FOLLOWING = (
    "\u0e30\u0e32\u0e33\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
    "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)


def _th_known_prefix(run: str) -> int:
    """Length of the longest known Thai given name at the start of a run (0: none)."""
    g = gazetteer()
    for n in range(min(len(run), 14), 2, -1):
        if run[:n] in g.given and run[n : n + 1] not in _TH_FOLLOWING:
            return n  # not cut before a vowel or tone mark of the same syllable
    return 0


def _th_strip(run: str) -> str:
    for particle in _TH_PARTICLES:
        if run.endswith(particle) and len(run) > len(particle):
            return run[: -len(particle)]
    return run


def _th_plain(word: str) -> bool:
    """A run that can be a whole name: short, no stop word, no glued function word."""
    return 2 <= len(word) <= 16 and word not in _TH_STOP and not any(f in word for f in _TH_INNER)


def _th_closed(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return not nxt or not _TH_CHAR.match(nxt)


def _th_surname(text: str, end: int) -> int:
    """End of a surname written after the given name ("สมชาย ใจดี"), or `end` when none follows."""
    m = _TH_SPACE_RUN.match(text, end)
    if m is None:
        return end
    word = _th_strip(m.group(1))
    g = gazetteer()
    # a given name that is also a surname ("บุญมา") may follow as the surname
    if word in _TH_STOP or word.startswith(_TH_BIRTH) or (word in g.given and word not in g.surname):
        return end
    if len(word) >= 3 and (word in g.surname or not any(f in word for f in _TH_INNER)):
        return m.start(1) + len(word)
    return end


def _th_name(text: str, start: int, kind: str, cue: str) -> tuple[int, int] | None:
    """The name starting at `start` after a cue of `kind` (t title, i "name", p pronoun, k kin)."""
    lead = start
    while lead < len(text) and text[lead] in " \t" and lead - start < 2:
        lead += 1
    spaced = lead > start
    if kind == "t" and spaced and cue not in ("นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "ดร."):
        return None  # "คุณ ช่วย…": a spaced "you", not a title
    if kind in ("i", "k"):  # "ชื่อ นาย…", "ลูกสาว ด.ญ.…": the title after the cue
        for title in _TH_STRONG:
            if text.startswith(title, lead) and title != "คุณ":
                lead += len(title)
                kind = "t"
                cue = title
                break
    run_m = _TH_RUN.match(text, lead)
    if run_m is None:
        return None
    run = run_m.group()
    closed = _th_closed(text, run_m.end())
    word = _th_strip(run)
    stripped = len(word) < len(run)
    known = _th_known(word)
    strong = kind in ("i",) or (kind == "t" and cue in _TH_STRONG)
    if (closed or stripped) and _th_plain(word) and (known or strong or (kind in ("t", "k", "p") and closed)):
        if kind in ("p", "k") and not known and not _TH_AFTER_PHONE.match(text, run_m.end()):
            # after a pronoun or kinship word, an unknown word needs a surname or a phone after it
            end = _th_surname(text, lead + len(word))
            return (lead, end) if end > lead + len(word) and kind == "p" else None
        end = lead + len(word)
        if strong or known or kind == "p":
            end = _th_surname(text, end) if not stripped else end
        return lead, end
    n = _th_known_prefix(run)
    if n and run[:n] not in _TH_STOP:
        return lead, lead + n
    return None


def _find_thai(text: str, add: AddPerson) -> None:
    found: list[tuple[int, int]] = []
    for m in _TH_CUE.finditer(text):
        kind = m.lastgroup or ""
        span = _th_name(text, m.end(), kind, m.group(kind).strip())
        if span is not None:
            found.append(span)
            add(*span)
            if kind == "i":
                _list_after(text, span[1], add, _th_list_item)
    for m in _TH_SPACE_RUN.finditer(text):
        word = m.group(1)
        if _th_known(word) and word not in _TH_STOP and _TH_AFTER_PHONE.match(text, m.end(1)):
            add(m.start(1), m.end(1))  # "สมชาย 081-234-5678": a known name before a phone
        given = _th_given_before(text, m.start(1)) if m.start(1) > 0 else None
        if given is not None and not any(a <= given < b for a, b in found):
            found.append((given, m.start(1) + len(_th_strip(word))))
            add(*found[-1])
    _th_repeats(text, found, add)


def _th_repeats(text: str, found: list[tuple[int, int]], add: AddPerson) -> None:
    """The given name of a name found once, again where it is glued into the text ("…มาจับธนากรที่ไซต์"):
    writers label every occurrence, and the first one carried the cue."""
    g = gazetteer()
    names = {text[a:b].split(" ")[0] for a, b in found}
    for name in names:
        if len(name) < 4 or name not in g.given:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            inside = any(a < end and at < b for a, b in found)
            cut = text[end : end + 1] in _TH_FOLLOWING or (at and text[at - 1] in _TH_LEADING)
            if not inside and not cut:
                add(at, end)
            at = text.find(name, end)


# Vowels written before their consonant: a name never ends on one.
_TH_LEADING = "\u0e40\u0e41\u0e42\u0e43\u0e44"


def _th_given_before(text: str, surname_start: int) -> int | None:
    """Start of a known given name glued to the end of the run before a known surname ("ของธนากร ศรีสุข",
    "ที่รัชนี แก้วมณี"): a full name needs no cue when both halves are known and the surname is only one."""
    g = gazetteer()
    run_m = _TH_RUN.match(text, surname_start)
    word = _th_strip(run_m.group()) if run_m is not None else ""
    if len(word) < 3 or word not in g.surname or word in g.given or not _th_closed(text, surname_start + len(word)):
        return None
    end = surname_start - 1
    if text[end] != " ":
        return None
    start = end
    while start > 0 and _TH_CHAR.match(text[start - 1]) and end - start < 16:
        start -= 1
    run = text[start:end]
    for n in range(len(run) - 3, -1, -1):  # the longest known given name ending the run
        given = run[n:]
        if run[n] in _TH_FOLLOWING or (n and run[n - 1] in _TH_LEADING):
            continue  # not cut inside a syllable
        if given in g.given and given not in _TH_STOP:
            return start + n
    return None


def _th_list_item(word: str) -> bool:
    return _th_plain(word) or _th_known(word)


_LIST_SEP = re.compile("[ \t]*[,،၊、，][ \t]*")
_LIST_ITEM = re.compile(f"[{_TH}\u1000-\u103f\u1050-\u109f]{{2,30}}(?![{_TH}\u1000-\u103f\u1050-\u109f])")


def _list_after(text: str, end: int, add: AddPerson, ok: Callable[[str], bool], limit: int = 12) -> None:
    """Further names in a list after a found one: "ชื่อ: A, B, C", "ကိုA၊ B၊ C"."""
    for _ in range(limit):
        sep = _LIST_SEP.match(text, end)
        item = _LIST_ITEM.match(text, sep.end()) if sep is not None else None
        if item is None or not ok(item.group()):
            return
        add(*item.span())
        end = item.end()


# Burmese. A syllable starts at a consonant or independent vowel that is neither killed (်) nor stacked.
_MY = "\u1000-\u103f\u1050-\u109f"
_MY_CHAR = re.compile(f"[{_MY}]")
# The letters `find_sea` looks for, for a caller's one gate over several scripts.
SEA_LETTERS = _TH + _MY
_MY_SYL_START = re.compile("(?<!\u1039)[\u1000-\u102a\u103f\u104c-\u104f](?![\u103a\u1039])")
# Common syllables of Burmese given names beyond the gazetteer's ("ယံ", "ထိုက်", "နိုး", "ရဲ" …).
_MY_NAME_SYL = _words(
    "အောင် ကျော် မင်း ဇော် ထွန်း ဝင်း နိုင် သန်း မြင့် ခိုင် ဖြူ စိုး မိုး လင်း နေ ရဲ မြတ် နိုး ဦး ထက် ပြည့် သီ ဟန် ချို "
    "နွယ် ယု ဇင် မာ လှ ညို ထိုက် ဝေ ယံ ဖြိုး သူ ရွှေ စု ဌေး မျိုး ဆွေ ကြည် ခင် သက် ပိုင် သိန်း ဟိန်း သန့် ကောင်း "
    "ငြိမ်း အိ အေး မြ မေ နှင်း ဇာ လွင် မောင် တင် ထူး နောင် ပြည် ဖုန်း ညီ ယဉ် လတ် စိန် ဘို စော ရီ ဆု သော် ဇေ "
    "သွင် ညွန့် ခန့် ဝင့် ရည် စံ ဘုန်း တိုး သာ ဇွဲ ချမ်း ဝါ ရှိန် ပွင့် တင့် စန်း နန်း ဟိုင်း ကြိုင် ဗို ထွေး လဲ့"
)
# Two-syllable words made of name syllables that are ordinary words ("ညီလေး" little brother).
_MY_STOP = _words("ညီလေး အေးအေး ကောင်းကောင်း နေကောင်း လှလှ သူတို့ မင်းတို့ ညီမ ညီမလေး မြန်မာ")
_MY_KIN = (
    "အဖေ|အမေ|ဖေဖေ|မေမေ|အစ်ကို|အကို|ညီလေး|ညီမလေး|ညီမ|ညီ|အစ်မ|အမ|မောင်လေး|သား|သမီး|ခင်ပွန်း|ယောက်ျား|ဇနီး|"
    "မိန်းမ|သူငယ်ချင်း|ဦးလေး|အဒေါ်|အဘိုး|အဘွား|တူ|တူမ|မြေး"
)
_MY_KIN_RE = re.compile(f"(?:{_MY_KIN})(?:တော်)?[ \u200b]+(?=[{_MY}])")
# Particles glued after a name: subject, object, possessive, "too", "named".
_MY_PARTICLES = ("ရဲ့", "က", "ကို", "ပါ", "၏", "နဲ့", "နှင့်", "လည်း", "ဟာ", "မှာ", "တို့", "ဆိုသူ", "တဲ့", "ပဲ")
_MY_TOKEN = re.compile(f"[{_MY}]{{2,40}}")
# minus the words these titles begin ("ဒေါ်လာ" dollar, "မောင်လေး" little brother, "ဦးခေါင်း" head)
_MY_TITLE_RE = re.compile(
    f"(?<![{_MY}])(?:ကို|မ|ဦး|ဥ\u102eး|ဒေါ်|မောင်|စော|နော်|စိုင်း|ဒေါက်တာ)"
    "(?!လေး|စွာ|ဆောင်|ခေါင်း|တည်|စီး|စား|ဆုံး|နှောက်|ရေ|လာ)(?=[\u1000-\u103f\u1050-\u109f])"
)


def _syllables(word: str) -> list[str]:
    starts = [m.start() for m in _MY_SYL_START.finditer(word)]
    if not starts or starts[0] != 0:
        return []
    return [word[a:b] for a, b in zip(starts, [*starts[1:], len(word)], strict=True)]


@functools.cache
def _my_name_syllables() -> frozenset[str]:
    g = gazetteer()
    known = {s for n in g.given | g.surname if _MY_CHAR.match(n) for s in _syllables(n)}
    return frozenset(known | _MY_NAME_SYL)


def _my_strip(word: str) -> str:
    changed = True
    while changed:
        changed = False
        for particle in _MY_PARTICLES:
            if word.endswith(particle) and len(word) > len(particle) + 1:
                word = word[: -len(particle)]
                changed = True
    return word


def _my_name(word: str, least: int) -> bool:
    """Every syllable a name syllable, at least `least` of them."""
    syl = _syllables(word)
    names = _my_name_syllables()
    return len(syl) >= least and word not in _MY_STOP and all(s in names for s in syl)


def _my_span(text: str, start: int, least: int) -> tuple[int, int] | None:
    token = _MY_TOKEN.match(text, start)
    if token is None:
        return None
    word = _my_strip(token.group())
    return (start, start + len(word)) if _my_name(word, least) else None


def _my_item(word: str) -> bool:
    return _my_name(_my_strip(word), 2)


def _find_burmese(text: str, add: AddPerson) -> None:
    for m in _MY_TITLE_RE.finditer(text):
        # "မ" is also the negation prefix ("မနေနိုင်ဘူး"): a name after it needs two syllables
        least = 2 if m.group() == "မ" else 1
        span = _my_span(text, m.end(), least)
        if span is not None:
            add(*span)
            _list_after(text, span[1], add, _my_item)
    for m in _MY_KIN_RE.finditer(text):
        if _MY_TITLE_RE.match(text, m.end()) is None:
            span = _my_span(text, m.end(), 2)
            if span is not None:
                add(*span)
                _list_after(text, span[1], add, _my_item)


def find_sea(text: str, add: AddPerson) -> None:
    """Report PERSON spans in Thai and Burmese (see the module docstring)."""
    if _TH_CHAR.search(text) is not None:
        _find_thai(text, add)
    if _MY_CHAR.search(text) is not None:
        _find_burmese(text, add)
