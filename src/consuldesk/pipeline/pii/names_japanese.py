"""PERSON spans of Japanese given names written without a surname after a kinship word: "息子の颯太が…",
"長男・健太の出生届", "娘のエマは…", "友達のみさきから…".

Why: families name their own by the given name alone, and the Japanese patterns of `caseless.py` need a
surname first. A kanji or kana run is a name here only when it is a common given name (the lists below,
written for ConsulDesk from general knowledge, CC0) or a katakana run that is no loanword of the list,
and only when a particle, an honorific or punctuation follows: "娘の学校が" (my daughter's school) gives
nothing, since 学校 is no name. Called by `names_cjk.find_cjk_more` when kana occur.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii.names import AddPerson

_KIN = (
    "娘|息子|長男|長女|次男|次女|三男|三女|孫|孫娘|夫|妻|主人|嫁|兄|弟|姉|妹|甥|姪|友達|友人|親友|彼氏|彼女|婚約者|"
    "同僚|後輩|先輩|いとこ|従兄弟|従姉妹|子ども|子供|末っ子|ワーホリ仲間|仲間|ルームメイト"
)
_GIVEN = (
    # boys and men
    "翔太 颯太 陽翔 大翔 湊 悠真 陽太 健太 大輝 拓海 健一 大輔 直樹 和也 達也 雄太 拓也 海斗 悠斗 大和 陽向 "
    "悠人 湊斗 結翔 朝陽 颯真 陽斗 蒼空 瑛太 健二 浩二 一郎 太郎 次郎 勇気 優斗 康介 和樹 春樹 遥斗 智也 哲也 "
    "直人 蓮 樹 蒼 翔 翼 陸 律 颯 航 悟 誠 隆 浩 亮 剛 "
    # girls and women
    "美咲 陽菜 結衣 結菜 彩花 由美 由紀 真由美 裕子 陽子 明美 花子 芽依 莉子 美羽 心春 結愛 咲良 芽生 陽葵 美月 "
    "沙織 香織 麻衣 真央 奈々 七海 優奈 美優 千尋 涼子 恵子 智子 京子 洋子 久美子 由美子 美穂 直美 美紀 里奈 "
    "千夏 菜々子 凛 葵 紬 澪 杏 凪 楓 遥 茜 綾 "
    # names written in hiragana
    "ひな ひなた みさき ゆうき あおい さくら はな ゆい めい りこ まい あかり ひまり ゆな みゆ ことね そうた "
    "はると ゆうと れん みなと かずき けんた しょうた"
)
# Katakana loanwords a kinship word is often followed by: they are no names ("娘のパスポートが").
_NOT_NAMES = frozenset(
    (
        "パスポート", "ビザ", "ホテル", "カード", "スマホ", "アパート", "マンション",
        "パソコン", "ケース", "ワーホリ", "ツアー", "バス", "タクシー", "フライト",
        "チケット", "メール", "メッセージ", "アカウント", "ベビーカー", "ミルク",
        "ワクチン", "アレルギー", "クラス", "スクール", "ホームステイ", "レストラン",
        "シェアハウス", "ルームメイト", "オフィス", "ボス", "チーム", "ピアノ",
        "サッカー",
    )
)
_AFTER = r"(?=[がはをにともへの、。,.!?！？（(・\s]|さん|ちゃん|くん|君|です|$)"
# A katakana word before "に", "で", "へ" (in, at, to) is a place as often as a name ("子どもはロンドンにいます").
_AFTER_KATAKANA = r"(?=[がはをともの、。,.!?！？（(\s]|さん|ちゃん|くん|君|です|$)"
# as tries (`trie_pattern`): the engine follows one branch per character instead of trying each word in turn
_KIN_NAME = re.compile(
    rf"(?:{trie_pattern(((w, False) for w in _KIN.split('|')), None)})(?:さん|ちゃん|くん)?[のは・]?"
    rf"(?:(?P<n>{trie_pattern(((w, False) for w in _GIVEN.split()), None)}){_AFTER}"
    rf"|(?P<k>[ァ-ヴ][ァ-ヴー]{{1,7}}(?:・[ァ-ヴ][ァ-ヴー]{{1,9}})?){_AFTER_KATAKANA})"
)


def find_japanese_given(text: str, add: AddPerson) -> None:
    """Report given names after a kinship word (see the module docstring)."""
    for m in _KIN_NAME.finditer(text):
        if m.group("n") is not None:
            add(*m.span("n"))
        elif m.group("k") not in _NOT_NAMES:
            add(*m.span("k"))
