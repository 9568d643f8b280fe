"""Names the detector missed in Chinese, Japanese and Korean messages of the written corpus: a surname before
the way staff are addressed ("周姐", "陳姑娘", "陳sir"), a name's Latin spelling beside it or after a name
label ("姓名：林书瑶 LIN SHUYAO", "名字是ZHANG XIAOLING"), two spellings split by a slash in one bracket, a
Japanese kinship word with a space before the name, a Korean name before an age in brackets. And look-alikes
that must stay unflagged. Fictional people throughout; spans are checked exactly through `detect_pii`."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_pii


def people(text: str, lang: str | None) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("谢谢驻里昂总领馆的郑姐，半夜还在帮我们联系酒店🙏", "zh", "郑"),
        ("多謝領事館個黃姑娘，幫我搞掂晒啲文件", "zh", "黃"),
        ("多謝駐倫敦辦事處嘅梁sir，即日幫我補領證件", "zh", "梁"),
        ("代辦簽證一條龍 歡迎洽詢 0928-117-604 許顧問", "zh", "許"),
        # the passport spelling after a label or a native name
        ("我护照上的名字是WANG JIAYI，但是户口本上改名了", "zh", "WANG JIAYI"),
        ("申请编号 PAR-PP-2231，姓名：郭思远 GUO SIYUAN", "zh", "GUO SIYUAN"),
        ("同事困在倒塌的商场里，她英文名叫Vivian，我们拉不动", "zh", "Vivian"),
        ("手数料の返金先です。名義：KOJIMA HARUKA", "ja", "KOJIMA HARUKA"),
        ("氏名は 山本 優子（ヤマモト ユウコ / YAMAMOTO YUKO）です", "ja", "YAMAMOTO YUKO"),
        # a kinship word, a space, then the name; a Korean name before an age in brackets
        ("父 佐々木健一 が倒れました。救急車を呼びました", "ja", "佐々木健一"),
        ("모두 안전합니다. 아내 박은주, 딸 이서연(9) 있습니다", "ko", "이서연"),
    ],
)
def test_names_found(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我姐下周去哥伦比亚旅游，需要签证吗？", "zh"),  # "my sister", and 哥 of Colombia
        ("表姐和小姐妹都在酒店，平安", "zh"),
        ("护照号是 EA1234567，CPR 已经做了，BRP 也丢了", "zh"),  # acronyms are no Latin spelling of a name
        ("아버지 여권(YI) 있어요", "ko"),  # a word before brackets is no name before an age
    ],
)
def test_look_alikes_stay_unflagged(text: str, lang: str) -> None:
    found = people(text, lang)
    assert all(n not in found for n in ("姐", "哥", "CPR", "BRP", "YI", "哥伦比亚", "表")), found
