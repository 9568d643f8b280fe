"""Dates of birth written with number words in Chinese, Japanese and Korean, which the digit-driven finders
never reach: Han numerals ("民國八十七年五月二日", "平成元年六月二十日", "二零一零年十月三號"), the lunar calendar
("农历一九六二年腊月初八", "农历三月初九"), Sino-Korean and native Korean numbers ("이천이십삼년 십일월 이십이일",
"팔삼년 시월 스무하루", "음력 신사년 이월 초여드레").

Such a date is taken as a birth date only with a birth mark after it in the same clause ("…生", "…出世",
"…生まれ", "…일생", "… 생이세요") or a birth label right before it ("出生日期：…", "생년월일은 …", "생일이 …").
Pure data and bounded regexes; must not import stages or storage.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.dates import ERA as _ERA

_HAN = "〇零一二三四五六七八九十廿卅"
_LUNAR = "农历|農曆|阴历|陰曆|旧暦"
_HAN_MONTH = r"(?:[一二三四五六七八九十正]{1,2}|腊|臘|冬|\d{1,2})月"
_HAN_DAY = rf"(?:初[一二三四五六七八九十]|[{_HAN}]{{1,3}}|\d{{1,2}})"
_HAN_DATE = (
    rf"(?:(?:{_LUNAR})?(?:(?:{_ERA})\s?(?:元|[一二三四五六七八九十]{{1,3}}|\d{{1,3}})|[〇零一二三四五六七八九]{{4}}|\d{{4}})\s?年"
    rf"(?:{_LUNAR})?(?:の)?{_HAN_MONTH}{_HAN_DAY}(?:日|号|號)?"
    # without the year: a lunar day ("农历三月初九"), or a day with its 日/号 ("十月五号生的")
    rf"|(?:{_LUNAR}){_HAN_MONTH}{_HAN_DAY}(?:日|号|號)?"
    rf"|(?:[一二三四五六七八九十]{{1,2}}|腊|臘|冬)月[{_HAN}]{{1,3}}(?:日|号|號))"
)
# A year of the Minguo calendar without its era ("七十七年五月三十日"), only after a birth label.
_MINGUO_BARE = rf"[一二三四五六七八九十]{{2,3}}年{_HAN_MONTH}{_HAN_DAY}(?:日|號|号)?"
_HAN_LABEL = (
    r"(?:出生日期|出生年月日|出生年月|生年月日|出生於|出生于|生於|生于|生日|誕生日)[是为為係系は写寫：:\s]{0,2}"
)
_HAN_BIRTH = re.compile(
    rf"{_HAN_LABEL}({_HAN_DATE}|{_MINGUO_BARE})"
    rf"|({_HAN_DATE})(?=[^。，、！？,.!?\n]{{0,12}}?(?:生まれ|出生|出世|生的|生(?![\u4e00-\u9fff])))"
)
_HAN_DIGIT = re.compile(f"[{_HAN}元正初腊臘冬]")

# Korean: Sino-Korean numbers for the year, month and day, native numbers for the day ("스무사흘" = the 23rd,
# "초닷새" = the 5th of a lunar month), a sexagenary year ("신사년"), or digits where a part is in words.
_KO_UNIT = "[일이삼사오육칠팔구]"
_KO_YEAR = (
    rf"(?:(?:이천|천구백)(?:[이삼사오육칠팔구]?십)?{_KO_UNIT}?|[이삼사오육칠팔구]?십{_KO_UNIT}?|{_KO_UNIT}{{2}}|\d{{2,4}}"
    r"|[갑을병정무기경신임계][자축인묘진사오미신유술해])년"
)
_KO_MONTH_WORD = r"(?:(?:십[일이]|[일이삼사오칠팔구]|유|시|정)월|동짓달|섣달)"
_KO_NATIVE = "하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레"
_KO_DAY_WORD = (
    rf"(?:(?:[이삼]?십{_KO_UNIT}?|{_KO_UNIT})일|초(?:{_KO_NATIVE}|열흘)|(?:열|스무)(?:{_KO_NATIVE})|스무날|그믐)"
)
_KO_DATE = (
    rf"(?:{_KO_YEAR}\s?)?(?:{_KO_MONTH_WORD}\s?(?:{_KO_DAY_WORD}|\d{{1,2}}일)|\d{{1,2}}월\s?{_KO_DAY_WORD})"
)
_KO_BIRTH = re.compile(
    rf"(?:생년월일|생일|출생일)(?:은|는|을|이|:)?\s{{0,2}}(?:(?:음력|양력)\s?)?({_KO_DATE})"
    rf"|(?<![가-힣])({_KO_DATE})(?=\s?생(?![가-힣])|\s?생(?:이|입))"
)


def han_births(text: str) -> list[tuple[int, int]]:
    """Birth dates written in Han numerals (a date all in digits is left to `dates.DATE`)."""
    out = []
    for m in _HAN_BIRTH.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if _HAN_DIGIT.search(m.group(group)):
            out.append(m.span(group))
    return out


def korean_births(text: str) -> list[tuple[int, int]]:
    """Birth dates with Korean number words (a date all in digits is left to `dates.DATE`)."""
    return [m.span(1 if m.group(1) is not None else 2) for m in _KO_BIRTH.finditer(text)]
