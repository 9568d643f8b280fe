"""Japanese, Korean and Chinese addresses the street-word patterns of `address` cannot anchor on.

`address` finds these addresses from a street marker (丁目, 路, 로/길) and a city before it. Writers also
give them without such a marker or with more after the number: Japanese blocks written with hyphens or
番/号 ("那覇市久茂地2-5-8", "堺市堺区南瓦町3番1号", "金沢市片町二丁目5番地"), katakana street names abroad
("ラルコ通り815番地の7階"), Korean lot addresses and flats ("해운대구 우동 1408, 마린시티아파트 103동 1702호",
"선영아파트 B동 1407호"), Chinese roads with a section, a building, a unit and a room ("一环路南三段25号",
"文三路118号3幢502室"). Each pattern is searched over the text (these scripts have no word starts to
anchor on) and needs a place name, a building or a street word before its number, so a bare "2-5-8"
or "103동" is never an address. Bounded quantifiers only.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.address import CJK_LEAD_WORDS

_HAN = "\u4e00-\u9fff"
_KANA = "\u30a0-\u30ff"
_HAN_DIGIT = "一二三四五六七八九十"

# Japanese: a prefecture, a city or district and a town, then the block: chōme-banchi-gō with hyphens,
# with 番(地)/号, with 丁目 in Han numerals ("二丁目5番地"), or 丁 alone ("2丁145番地"); "字" opens a rural lot.
_JP_PLACE = rf"(?:[{_HAN}]{{1,3}}[都道府県][ ]?)?(?:[{_HAN}]{{1,6}}[市郡区町村][ ]?){{1,3}}"
_JP_BLOCK = (
    rf"(?:[{_HAN_DIGIT}\d]{{1,3}}丁目?[ ]?)?\d{{1,4}}(?:番地?[ ]?(?:\d{{1,4}}号?)?|-\d{{1,4}}(?:-\d{{1,4}})?)"
    rf"|[{_HAN_DIGIT}\d]{{1,3}}丁目(?:[ ]?\d{{1,4}}号)?"
)
# A count after the numbers is no block: "大阪市2-3天", "2-3人".
_NOT_BLOCK_END = r"(?![\d\-]|[天日人回歳岁时時分年月個个名度])"
_JAPANESE = rf"(?:〒[ ]?\d{{3}}-\d{{4}}[ 　]?)?{_JP_PLACE}字?[{_HAN}{_KANA}]{{0,8}}?(?:{_JP_BLOCK}){_NOT_BLOCK_END}"
# A building and a room after the block: "サンハイツ301", "コーポ大久保302号室", "2階", "グリーンハイツ 402号室";
# a bare number needs its room or floor word ("…2-5-8 3人" is no room).
_JP_ROOM = rf"(?:[ 　]?(?:[{_KANA}{_HAN}]{{1,10}}[ 　]?\d{{1,4}}(?:号室|階)?|\d{{1,4}}(?:号室|階))(?![\d\-]))?"
# Katakana street names abroad: "ラルコ通り815番地の7階", "アクランド通り 27 の 4号室",
# "シャルルロワどおり 52ばんの 3かい".
_KATAKANA_STREET = (
    rf"[{_KANA}・]{{2,20}}(?:通り|どおり|ストリート|ロード|アベニュー|ソイ)[ ]?\d{{1,4}}(?:/\d{{1,4}})?"
    rf"(?:[ ]?(?:番地?|ばん))?(?:[ ]?の?[ ]?\d{{1,2}}(?:階|かい))?(?:[ ]?の?[ ]?\d{{1,5}}号室)?"
)

# Korean: provinces and cities (also in their short forms, "서울 중구", "전남 순천시"), then a road and its
# number ("월드컵북로12길 34") or a neighbourhood and its lot ("우동 1408", "가리봉동 123-45"), then the
# building, its block and flat or floor ("마린시티아파트 103동 1702호", "B동 4층").
_KO_SHORT = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
_KO_PLACE_END = "특별시|광역시|특별자치시|특별자치도|시|도|군|구|읍|면"
_KO_PLACE = rf"(?:(?:(?:{_KO_SHORT})(?![가-힣])|[가-힣]{{1,6}}(?:{_KO_PLACE_END}))[ ]){{1,3}}"
_KO_BUILDING = r"(?:[가-힣A-Za-z0-9]{1,12}(?:아파트|빌라|맨션|오피스텔|타워|하이츠|빌딩|빌|단지)[ ]?)"
_KO_UNIT = (
    rf",?[ ]?(?:{_KO_BUILDING}|[가-힣]{{2,8}}[ ])?(?:(?:[A-Z]|\d{{1,4}})동(?:[ ]?\d{{1,2}}층)?(?:[ ]?\d{{1,5}}호)?"
    rf"|(?:\d{{1,2}}층[ ]?)?\d{{1,5}}호)|,?[ ]?\d{{1,2}}층"
)
_KO_ROAD = r"[가-힣A-Za-z0-9]{1,10}?(?:로|길)(?:[ ]?\d{1,3}(?:번)?길)?[ ]?\d{1,4}(?:-\d{1,4})?(?![\d\-])"
_KO_LOT = r"[가-힣]{1,6}(?:동|리|가)[ ]?\d{1,4}(?:-\d{1,4})?(?:번지)?(?![\d\-])"
_KOREAN = (
    rf"(?<![가-힣\w]){_KO_PLACE}(?:{_KO_ROAD}|{_KO_LOT})(?:{_KO_UNIT}){{0,2}}"
    rf"|(?<![가-힣\w]){_KO_BUILDING}(?:[A-Z]|\d{{1,4}})동[ ]?(?:\d{{1,2}}층[ ]?)?(?:\d{{1,5}}호|\d{{1,2}}층)"
)

# Chinese: a road with its section, lane and number, then building, unit, floor and room; a city before.
_ZH_ROAD = (
    rf"(?:[{_HAN}]{{1,3}}[省][ ]?)?[{_HAN}]{{1,4}}[市区區縣县][ ]?(?:[{_HAN}]{{1,4}}(?:[区區縣县镇鎮]|街道)[ ]?){{0,2}}"
    rf"[{_HAN}]{{1,8}}?(?:路|街|大道|巷|弄)(?:[东西南北東]?[{_HAN_DIGIT}]{{1,2}}段)?(?:\d{{1,4}}[巷弄])*"
    rf"[ ]?\d{{1,5}}[号號]"
    rf"(?:\d{{1,3}}(?:幢|栋|棟|号楼|號樓))?(?:\d{{1,2}}单元)?(?:(?:\d{{1,3}}|[{_HAN_DIGIT}]{{1,2}})[楼樓层層])?"
    rf"(?:\d{{1,5}}(?:室|號房|号房))?"
)

_EAST = re.compile(rf"{_JAPANESE}{_JP_ROOM}|{_KATAKANA_STREET}|{_KOREAN}|{_ZH_ROAD}")
# The writer's words a leftmost match can start with (as in `address`): "(我)住在", "地址是", "住所は".
_LEAD = re.compile(f"(?:[我你他她们們家]{{0,2}}(?:{CJK_LEAD_WORDS}|現在|现在)[：:]?)+")
# Words a place name never contains, which a leftmost match can start before: "家四口在那霸市…", "同老公喺熊本市…".
_WRITER_WORD = re.compile("[在喺住是到係的和及与與去]")
# A character every pattern above needs: a place, block or number word, a road or street word, a flat or floor.
_HINT = re.compile("[都道府県市区區町村郡县縣号號番丁通]|どおり|ストリート|ロード|アベニュー|ソイ|[동호층리로길가]")


def has_east_asian(text: str) -> bool:
    """Whether `text` may hold one of these addresses (cheap enough to run on every text with a digit)."""
    return not text.isascii() and _HINT.search(text) is not None


def find_east_asian(text: str) -> list[tuple[int, int]]:
    """Address spans of the patterns above, without the writer's words a match can start with."""
    spans: list[tuple[int, int]] = []
    for m in _EAST.finditer(text):
        s, e = m.span()
        lead = _LEAD.match(text, s, e)
        if lead is not None and lead.end() < e:
            s = lead.end()
        digit = next((i for i in range(s, e) if text[i].isdigit()), e)
        cut = [w.end() for w in _WRITER_WORD.finditer(text, s, digit)]
        if cut and digit - cut[-1] >= 3:
            s = cut[-1]
        if e - s >= 5:
            spans.append((s, e))
    return spans
