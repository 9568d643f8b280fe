"""PERSON spans in Sorani Kurdish (Arabic script): names after titles, kinship words and "name".

Why: Sorani names are mostly not in the gazetteer ("ئاراس", "ژیلا", "ڕێبین"), so the Arabic-script
patterns, which need a known given name, miss them. Sorani marks possession on the noun itself
("براکەم" my brother, "کوڕەکەم" my son, "خوشکم" my sister), and writes "کاک" (Mr) and "خاتوو"
(Mrs) before a name, so the word after such a cue is a name unless it is a common word. After "ناوی"
(his/her name) two or three words that punctuation or "و" (and) closes are the whole name, without the
copula "ە" glued to the last ("ناوی ئەحمەد دڵشادە،": his name is Ahmad Dilshad). Only texts with a
letter that Arabic and Persian lack (ە ێ ۆ ڵ ڕ) are read; this is the only Sorani name pattern.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.caseless_script import alt, script, word_set

SORANI_LETTERS = "\u0695\u06b5\u06c6\u06ce\u06d5"  # ڕ ڵ ۆ ێ ە
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u200c"

# Kinship nouns; the possessive is glued on: -(ە)کەم my, -م my, -(ە)کەمان / -مان our, -(ە)کەی his/her.
# Parents are left out: "دایکم" (my mother) is far more often the subject of a verb than before her name.
_KIN_AFTER_CONSONANT = "کوڕ کچ خوشک مێرد ژن هاوسەر دەزگیران هاوکار خاوەنکار خاڵ مام پوور خەزوور بووک"
_KIN_AFTER_VOWEL = "برا ئامۆزا پوورزا خاڵۆزا هاوڕێ دراوسێ نەوە کاکە زاوا"
_PARENTS = "دایکم باوکم دایکی باوکی دایکمان باوکمان دایکیان باوکیان کوڕی کچی برای خوشکی ژنی مێردی"
_KIN = "|".join(
    [f"{k}{e}" for k in _KIN_AFTER_CONSONANT.split() for e in ("ەکەم", "م", "ەکەمان", "مان", "ەکەی")]
    + [f"{k}{e}" for k in _KIN_AFTER_VOWEL.split() for e in ("کەم", "م", "کەمان", "مان", "کەی")]
)
_TITLES = "کاک|کاکە|خاتوو|خاتو|خانم|مامۆستا|دکتۆر|دوکتۆر|حاجی"  # not "بەڕێز": also "Dear" before an office
_STOP = (
    "لە بۆ و بە کە ئەم ئەو ئەوە ئەمە ئێستا دوێنێ ئەمڕۆ سبەی شەو بەیانی تەمەنی تەمەن ساڵ ساڵە ساڵان ماوە هەیە "
    "نییە بوو بووە بوون دەکات کرد کردووە زۆر هیچ هەموو هەر من تۆ ئێمە ئەوان ئەو لەگەڵ پاسپۆرت پاسپۆرتەکەی "
    "پاسپۆرتەکەم باڵیۆزخانە باڵیۆزخانەکە کونسوڵخانە کۆنسوڵخانە نەخۆشخانە نەخۆشخانەکە پۆلیس پۆلیسەکان زیندان "
    "ماڵ ماڵەوە تەلەفۆن مۆبایل ژمارە ژمارەی ون بزر گیرا گیراوە دەستگیر مرد مردووە نەخۆش نەخۆشە سوپاس تکایە "
    "یەک دوو سێ چوار پێنج شەش حەوت هەشت نۆ دە ڕۆژ ڕۆژە مانگ هەفتە کاتژمێر خولەک هێشتا تا دوای پێش چونکە بەڵام "
    "یان ئایا چۆن بۆچی کەی کوێ چی کێ ئەوێ ئێرە لێرە لەوێ ناو ناوی ناوم تۆمار بکەن ئاگادار لەسەر لەناو لەژێر "
    "کار کاری کارەکەی قوتابی قوتابخانە زانکۆ شۆفێر ئەندازیار مامۆستای دکتۆری دووگیان منداڵ منداڵەکەم منداڵەکان "
    "منداڵەکانی کونسوڵ کونسوڵی کونسوڵخانەی باڵیۆزخانەی مانگی تەنها تەنیا تەنیایە نوێ داوا وتی گوتی نووسی "
    "نووسیو ئینگلیزی عەرەبی تورکی ئەڵمانی کوردی فارسی فەرەنسی سویدی بێت بکەم بکەن بنووسن وەربگرین نازانێت نازانن"
)
_SORANI = script(
    _LETTERS,
    _STOP,
    intro=alt("ناوی|ناوم|ناوی من|ناوی ئەو|ناوی باوکی|ناوی دایکی|ناوی کوڕەکەی|ناوی کچەکەی"),
    label=alt("ناو|ناوی تەواو|ناوی سیانی|ناوی یەکەم|ناوی خێزان|ناوی باوک"),
    title=_TITLES,
    kin_re=alt(_KIN),
    words=f"{_KIN}|{_PARENTS}",
    ends=("دا", "ەوە", "ەکە", "ەکان"),
    soft=("ە", "م", "ی"),
    pred=word_set("بوو بووە هەیە نییە ماوە دەکات کرد کرا کران ناچێت نایەت"),  # "ئازاد کرا": was freed
    run_end=word_set("و"),  # "and": "هاوسەرەکەم شیلان عومەر و منداڵەکان"
    run=True,
    copula="ە",
    # present-tense verbs ("دەمەوێت" I want, "دەتوانم" I can, "دەڵێ" says, "نازانێت" does not know)
    # and nouns with the definite or possessive ending ("فۆرمەکەم" my form), perfect verbs ("هەڵگرتووە")
    bad=re.compile("دە[مبیتنڕچڵ]|.*(?:ێت|ەکەم|ەکەت|ەکەی|ەکان|ەکانی|ووە)$"),
    strip=re.compile("(?<=ا)یە$"),  # the copula after a vowel: "ناوی ئاڤەستایە" (her name is Avesta)
)._replace(chars=re.compile(f"[{SORANI_LETTERS}]"))
SCRIPTS = (_SORANI,)
