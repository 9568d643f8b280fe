"""PERSON spans of Japanese given names written without a surname after a kinship word: "息子の颯太が…",
"長男・健太の出生届", "娘のエマは…", "友達のみさきから…"; a kinship label before a whole name ("父：小林 誠（",
"娘 アンナ 2020年"); and a katakana or known given name before an honorific ("ケリー様", "真央ちゃん").

Why: families name their own by the given name alone, and the Japanese patterns of `caseless.py` need a
surname first. A kanji or kana run is a name here only when it is a common given name (the lists below,
written for ConsulDesk from general knowledge, CC0) or a katakana run that is no loanword of the list,
and only when a particle, an honorific or punctuation follows: "娘の学校が" (my daughter's school) gives
nothing, since 学校 is no name. A two- or three-kanji run is also a name there when it ends as given names end
(太, 斗, 輔, 郎, 美, 奈, 子 …) and is none of the everyday words that end so (様子, 組織, 紹介). Called by
`names_cjk.find_cjk_more` for texts with Han, kana or Hangul; without kana only the labels are tried.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii.cjk_names import JA_NAME_FULL
from consuldesk.pipeline.pii.names import AddPerson

_KIN = (
    "娘|息子|長男|長女|次男|次女|三男|三女|孫|孫娘|夫|妻|主人|嫁|兄|弟|姉|妹|甥|姪|友達|友人|親友|彼氏|彼女|婚約者|"
    "同僚|後輩|先輩|いとこ|従兄弟|従姉妹|子ども|子供|末っ子|ワーホリ仲間|仲間|ルームメイト|"
    "父|母|父親|母親|叔母|叔父|伯母|伯父|祖母|祖父|義母|義父|義兄|義姉|義弟|義妹|おばあちゃん|おじいちゃん|"
    "ばあちゃん|じいちゃん|旦那|元夫|元妻|同級生|同期|相方|連れ|チームメイト"
)
_GIVEN = (
    # boys and men
    "翔太 颯太 陽翔 大翔 湊 悠真 陽太 健太 大輝 拓海 健一 大輔 直樹 和也 達也 雄太 拓也 海斗 悠斗 大和 陽向 "
    "悠人 湊斗 結翔 朝陽 颯真 陽斗 蒼空 瑛太 健二 浩二 一郎 太郎 次郎 勇気 優斗 康介 和樹 春樹 遥斗 智也 哲也 "
    "直人 蓮 樹 蒼 翔 翼 陸 律 颯 航 悟 誠 隆 浩 亮 剛 勇 進 実 茂 清 豊 稔 修 薫 光 純 仁 "
    "正樹 純一 浩一 健人 陸斗 大樹 拓真 翔平 雄大 大地 優太 慎也 俊介 誠一 正雄 正夫 勝 博 聡 学 徹 "
    # girls and women
    "美咲 陽菜 結衣 結菜 彩花 由美 由紀 真由美 裕子 陽子 明美 花子 芽依 莉子 美羽 心春 結愛 咲良 芽生 陽葵 美月 "
    "沙織 香織 麻衣 真央 奈々 七海 優奈 美優 千尋 涼子 恵子 智子 京子 洋子 久美子 由美子 美穂 直美 美紀 里奈 "
    "千夏 菜々子 凛 葵 紬 澪 杏 凪 楓 遥 茜 綾 恵 愛 舞 萌 雫 栞 環 望 "
    "美代子 和子 節子 澄子 勝子 幸子 弘子 信子 美保 友美 愛子 優子 美里 舞子 早紀 真希 "
    # names written in hiragana
    "ひな ひなた みさき ゆうき あおい さくら はな ゆい めい りこ まい あかり ひまり ゆな みゆ ことね そうた "
    "はると ゆうと れん みなと かずき けんた しょうた ひろみ りょう そら まりな ゆうた こうた みく ゆか "
    "あやか なつみ ももか ちひろ"
)
# Katakana loanwords a kinship word is often followed by: they are no names ("娘のパスポートが").
_NOT_NAMES = frozenset(
    (
        "パスポート", "ビザ", "ホテル", "カード", "スマホ", "アパート", "マンション",
        "パソコン", "ケース", "ワーホリ", "ツアー", "バス", "タクシー", "フライト",
        "チケット", "メール", "メッセージ", "アカウント", "ベビーカー", "ミルク",
        "ワクチン", "アレルギー", "クラス", "スクール", "ホームステイ", "レストラン",
        "シェアハウス", "ルームメイト", "オフィス", "ボス", "チーム", "ピアノ",
        "サッカー", "リスト", "グループ", "データ", "アドレス", "ライン", "チャット",
    )
)
# Last characters of given names ("翔太", "陸斗", "大輔", "美奈", "恵子") and the everyday words that end so.
_GIVEN_LAST = "太斗也哉樹輝輔郎翔彦吾朗汰介平司貴仁治雄奈菜香美恵江絵穂佳乃沙織咲紀衣希那子実音羽華花葉"
_NOT_GIVEN_WORDS = (
    "様子 調子 帽子 椅子 菓子 双子 息子 男子 女子 王子 原子 粒子 扇子 弟子 拍子 利子 電子 冊子 格子 障子 餃子 "
    "団子 迷子 親子 辛子 果実 事実 現実 確実 真実 充実 口実 誠実 紹介 仲介 媒介 厄介 公平 不平 水平 地平 太平 "
    "上司 寿司 政治 退治 完治 自治 明治 英雄 野菜 白菜 知恵 恩恵 組織 世紀 風紀 浴衣 白衣 着衣 脱衣 更衣 発音 "
    "騒音 本音 録音 雑音 足音 物音 言葉 紅葉 落葉 千葉 中華 豪華 繁華 火花 開花 造花 生花 献花 優美 賛美 褒美 "
    "線香 入江 長江 高貴 丸太 野郎 淘汰 飛翔 明朗 果樹 油絵 稲穂 旦那 刹那 一同"
)
_NOT_GIVEN = frozenset(_NOT_GIVEN_WORDS.split())
# Workers and roles addressed with an honorific, as names are ("ガイドさん", "ママさん").
_ROLE_WORDS = (
    "スタッフ ガイド ドライバー オーナー ママ パパ ボス マネージャー コーチ ナース シェフ メイド ヘルパー "
    "ホスト ファミリー ホストファミリー ホストマザー ホストファザー ポリス ドクター エージェント オペレーター "
    "ベビーシッター トレーナー メンバー ゲスト ファン カスタマー サポート センター ケアマネ ママ友 パート "
    "バイト アルバイト リーダー サポーター ボランティア シスター ブラザー マスター"
)
_ROLES = frozenset(_ROLE_WORDS.split())
_AFTER = r"(?=[がはをにともへのや、。,.!?！？（(・\s]|から|って|まで|より|だけ|さん|ちゃん|くん|君|です|$)"
# A katakana word before "に", "で", "へ" (in, at, to) is a place as often as a name ("子どもはロンドンにいます").
_AFTER_KATAKANA = r"(?=[がはをともの、。,.!?！？（(\s]|から|って|まで|より|だけ|さん|ちゃん|くん|君|です|$)"
# as tries (`trie_pattern`): the engine follows one branch per character instead of trying each word in turn
_KIN_TRIE = trie_pattern(((w, False) for w in _KIN.split("|")), None)
_GIVEN_TRIE = trie_pattern(((w, False) for w in _GIVEN.split()), None)
# A one-character kinship word inside a word is none ("大丈夫かな": 夫), hence the look-behind.
_KIN_NAME = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{_KIN_TRIE})(?:さん|ちゃん|くん)?[のは・]?"
    rf"(?:(?P<n>{_GIVEN_TRIE}){_AFTER}"
    rf"|(?P<s>[\u4e00-\u9fff]{{1,2}}[{_GIVEN_LAST}]){_AFTER}"
    rf"|(?P<k>[ァ-ヴ][ァ-ヴー]{{1,7}}(?:・[ァ-ヴ][ァ-ヴー]{{1,9}})?){_AFTER_KATAKANA})"
)


# A kinship label before a whole name: "父：小林 誠（1958年", "子：上原 ルーカス 湊（", "息子 ルカ 2018年8月3日生".
_KIN_LABEL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{trie_pattern(((w, False) for w in (*_KIN.split('|'), '子')), None)})"
    r"(?:[：:][ 　]?(?P<f>[\u4e00-\u9fff\u3041-\u3093\u30a1-\u30fa\u30fc]{1,4}"
    r"(?:[ 　][\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,6}){0,2})(?=[（(、。,]|[ 　]?\d|\s|$)"
    r"|[ 　](?P<k>[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{1,8})(?=[ 　]\d|[、,（(]))"
)
JA_GIVEN = frozenset(_GIVEN.split())
_JA_FULL = re.compile(JA_NAME_FULL)
# A katakana name or a known given name before an honorific
# (a kanji surname and a space may come first: "宮城 ロサさん", "岡田 健二さん")
_SURNAME_FIRST = r"(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}[ 　])?"
_HONORIFIC = re.compile(
    rf"(?P<k>{_SURNAME_FIRST}(?<![\u30a1-\u30fa\u30fc・])"
    r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{1,9}(?:[・＝][\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{1,9})?"
    rf"|(?P<n>{_SURNAME_FIRST}(?<![\u4e00-\u9fff\u30a1-\u30fa]){_GIVEN_TRIE}))"
    r"(?=さん|ちゃん|くん|君|様|さま|氏)"
)
_PARTICLES = "のはとがもにへを"
# A known given name of two or three kanji standing alone ("彩花が起きない", "私と美咲の2人", "結衣が沈んでた"):
# families and friends name their own so; only after the start, punctuation or a particle (not after a
# space, where a surname the lists lack may stand: "山本 悠斗"), and only the names that are no everyday
# words ("大地" earth, "勇気" courage, "陽向" a sunny spot).
_NOT_ALONE = frozenset(
    ("大地", "勇気", "大和", "大樹", "陽向", "朝陽", "蒼空", "芽生",
     "千尋", "太郎", "一郎", "次郎", "花子", "和子", "純一")
)
# as a trie, like the other name lists here: one branch per character at every position of a kana text
_KANJI_GIVEN = trie_pattern(
    ((n, False) for n in _GIVEN.split()
     if len(n) >= 2 and n not in _NOT_ALONE and all("\u4e00" <= ch <= "\u9fff" for ch in n)),
    None,
)
_GIVEN_ALONE = re.compile(
    rf"(?:(?<=^)|(?<=[のとはもや、。,.!?！？「『（(・\n]))(?P<n>{_KANJI_GIVEN})"
    r"(?=[がはをにともへの、。,.!?！？）)・\s]|から|って|まで|より|だけ|です|$)"
)


def _label_name(name: str) -> bool:
    """Whether what follows "父：" is a name: two parts, or one part of a name's form (katakana, a known given
    name, a surname and a given name); "父：日本人" is none."""
    if " " in name or "\u3000" in name:
        return not name.endswith("人")
    return "\u30a1" <= name[0] <= "\u30fa" or name in JA_GIVEN or _JA_FULL.fullmatch(name) is not None


def find_japanese_given(text: str, add: AddPerson, kana: bool) -> None:
    """Report given names after a kinship word, kinship labels and honorifics (see the module docstring).
    Without kana only the labels are tried ("父：小林 誠（1958年…）" has none)."""
    if "：" in text or ":" in text or kana:
        _find_labels(text, add)
    if not kana:
        return
    after_kin = set()
    for m in _KIN_NAME.finditer(text):
        if m.group("n") is not None:
            add(*m.span("n"))
            after_kin.add(m.span("n"))
        elif m.group("s") is not None:
            if m.group("s") not in _NOT_GIVEN and m.group("s")[-2:] not in _NOT_GIVEN:
                add(*m.span("s"))
        elif m.group("k") not in _NOT_NAMES:
            add(*m.span("k"))
    for m in _GIVEN_ALONE.finditer(text):
        if m.span("n") not in after_kin:
            add(*m.span("n"))
    for m in _HONORIFIC.finditer(text):
        s, e = m.span(m.lastgroup or 0)
        if m.lastgroup == "k":
            if text[s:e].split()[-1] not in _ROLES and text[s:e] not in _NOT_NAMES:
                add(s, e)
        elif s == 0 or not "\u3041" <= text[s - 1] <= "\u3093" or text[s - 1] in _PARTICLES:
            add(s, e)


def _find_labels(text: str, add: AddPerson) -> None:
    for m in _KIN_LABEL.finditer(text):
        if m.group("f") is not None:
            s, e = m.span("f")
            parts = re.split("[ 　]", text[s:e])
            if len(parts) == 3 and len(parts[2]) > 2 and not "\u30a1" <= parts[2][0] <= "\u30fa":
                e -= len(parts[2]) + 1  # "息子：渡辺 悠真　旅券番号": a third part of three kanji is a label
            if _label_name(text[s:e]):
                add(s, e)
        elif m.group("k") not in _NOT_NAMES and m.group("k") not in _ROLES:
            add(*m.span("k"))
