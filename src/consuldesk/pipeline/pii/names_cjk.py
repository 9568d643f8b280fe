"""More PERSON spans in Chinese, Japanese and Korean: lists of names, "姓X", kinship words with the name in
brackets, and a Japanese full name opening a message.

Why: registrations after a disaster list family members without any cue ("周立伟、林晓、周一一",
"정현우, 정미나, 정도윤", "木村亮、木村由美"); each item must then be a whole name of the script's form
(a common surname and one or two characters or syllables), and at least three of them (two after a
colon), so that "北京、上海" or a list of documents gives nothing. "姓蔡的小姐" names a surname;
"아버지(박영철, 59세)", "母（渡辺節子）" put the name in brackets after the kinship word.
Only run when Han, kana or Hangul occur (`suffixed.find_suffixed` calls it).
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.cjk_names import (
    JA_NAME_FULL,
    JA_SURNAME,
    KIN_JA,
    KIN_KO,
    KIN_ZH,
    KO_NAME,
    ZH_NAME,
    ZH_SURNAMES,
)
from consuldesk.pipeline.pii.names import AddPerson
from consuldesk.pipeline.pii.names_japanese import find_japanese_given

_HAN = "\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_CJK_L = f"{_HAN}{_KANA}가-힣"
_KANA_CHAR = re.compile(f"[{_KANA}]")
_SEP = "[、，,][ ]?"
# A run of short items between list separators: items are checked one by one after.
_LIST = re.compile(rf"(?<![{_CJK_L}])[{_CJK_L}]{{2,5}}(?:{_SEP}[{_CJK_L}]{{2,5}}){{1,11}}(?![{_CJK_L}])")
_ITEM = re.compile(rf"[{_CJK_L}]{{2,5}}")
_ZH_ITEM = re.compile(ZH_NAME)
_KO_ITEM = re.compile(rf"{KO_NAME}")
_JA_ITEM = re.compile(JA_NAME_FULL)
# Last characters of places, institutions and things, never of a given name in a list.
_NOT_LAST = frozenset(
    "駅都府県町州市省县縣区區山河江湖岛島镇鎮村路街楼樓馆館店院校园園站局所部厅廳司港湾灣机機票证證书書费費"
)
_COLON = re.compile("[：:][ ]?$")
_SURNAMED = re.compile(rf"姓(?P<s>[{ZH_SURNAMES}])(?=的|，|,|。|先生|女士|小姐|老师|老師|同学|同學|[ ]|$)")
_KIN_BRACKET = re.compile(
    rf"(?:{KIN_ZH}|{KIN_JA}|{KIN_KO})[(（](?P<n>{ZH_NAME}|{JA_NAME_FULL}|{KO_NAME})(?=[,，、)）][ ]?)"
)
# "田中って人" (a man called Tanaka), "佐藤という方": a surname, with or without the given name.
_JA_CALLED = re.compile(
    rf"(?<![{_HAN}])(?P<n>{JA_SURNAME}[{_HAN}]{{0,2}}?)(?=って人|っていう人|という人|という方|という者)"
)
# A Japanese full name opening a message (after a handle): "森康介、ポカラにいます".
_JA_OPENING = re.compile(rf"^(?:@\w{{1,30}}[ ]+)?(?P<n>{JA_NAME_FULL})(?=[、。,][^{_HAN}]|です|と申します)")


def _whole(pattern: re.Pattern[str], item: str) -> bool:
    return pattern.fullmatch(item) is not None and item[-1] not in _NOT_LAST


def _is_name_item(item: str) -> bool:
    if "가" <= item[0] <= "힣":
        return len(item) in (2, 3) and _whole(_KO_ITEM, item)
    return _whole(_ZH_ITEM, item) or _whole(_JA_ITEM, item)


def _find_lists(text: str, add: AddPerson) -> None:
    for m in _LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _ITEM.finditer(text, *m.span())]
        names = [(s, e) for s, e in items if _is_name_item(text[s:e])]
        colon = _COLON.search(text, max(0, m.start() - 2), m.start()) is not None
        if len(names) == len(items) and (len(items) >= 3 or colon):
            for s, e in names:
                add(s, e)


def find_cjk_more(text: str, add: AddPerson) -> None:
    """Report the PERSON spans of the module docstring."""
    if "、" in text or "，" in text or "," in text:
        _find_lists(text, add)
    if "姓" in text:
        for m in _SURNAMED.finditer(text):
            add(*m.span("s"))
    if "(" in text or "（" in text:
        for m in _KIN_BRACKET.finditer(text):
            add(*m.span("n"))
    if "って" in text or "いう" in text:
        for called in _JA_CALLED.finditer(text):
            add(*called.span("n"))
    # "息子の颯太が…" (a given name after a kinship word), "父：小林 誠（…）", "ケリー様"
    find_japanese_given(text, add, kana=_KANA_CHAR.search(text) is not None)
    opening = _JA_OPENING.match(text)
    if opening is not None and text[opening.end("n") - 1] not in _NOT_LAST:
        add(*opening.span("n"))
