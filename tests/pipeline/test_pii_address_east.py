"""Addresses of Japan, Korea and China without a street marker, and the keyword chains of Central Asia, Armenia
and Georgia (`address_east`, `address_script`): what the rules find, as the writers of the corpus label them."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.address_model import _TOKEN
from consuldesk.pipeline.pii.detect import detect_rules


def addresses(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e, kind in detect_rules(text, lang) if kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        # Japanese blocks with hyphens, with 番/号, with chōme in Han numerals, and the building and room after
        ("家四口在那霸市久茂地2-5-8，平安", "zh", "那霸市久茂地2-5-8"),
        ("住所は大阪府堺市堺区南瓦町3番1号です", "ja", "大阪府堺市堺区南瓦町3番1号"),
        ("石川県金沢市片町二丁目5番地に住んでいます", "ja", "石川県金沢市片町二丁目5番地"),
        ("〒470-2345 愛知県知多郡武豊町字中山12-3", "ja", "〒470-2345 愛知県知多郡武豊町字中山12-3"),
        ("東京都新宿區百人町2-14-7 サンハイツ301に住", "zh", "東京都新宿區百人町2-14-7 サンハイツ301"),
        ("ラルコ通り815番地の7階です", "ja", "ラルコ通り815番地の7階"),
        # Korean roads with a numbered lane, lots, flats; the particle after the flat stays out
        ("주소는 서울특별시 마포구 월드컵북로12길 34, 101동 1203호예요", "ko",
         "서울특별시 마포구 월드컵북로12길 34, 101동 1203호"),
        ("부산광역시 해운대구 우동 1408, 마린시티아파트 103동 1702호에 있어요", "ko",
         "부산광역시 해운대구 우동 1408, 마린시티아파트 103동 1702호"),
        ("서울 관악구 봉천로 227 래미안 105동 803호", "ko", "서울 관악구 봉천로 227 래미안 105동 803호"),
        ("선영아파트 B동 1407호로 와주세요", "ko", "선영아파트 B동 1407호"),
        ("전라남도 순천시 연향동 1402번지", "ko", "전라남도 순천시 연향동 1402번지"),
        # Chinese roads with a section, a building, a unit and a room
        ("四川省成都市武侯区一环路南三段25号", "zh", "四川省成都市武侯区一环路南三段25号"),
        ("地址：浙江省杭州市西湖区文三路118号3幢502室，快", "zh", "浙江省杭州市西湖区文三路118号3幢502室"),
        ("地址: Avenue de Choisy 52號", "zh", "Avenue de Choisy 52號"),
        # Kyrgyz, Kazakh, Tajik, Uzbek numbered parts and the streets of Azerbaijani and Turkmen writers
        ("Бишкек ш., 7-кичирайон, 23-үй, 41-батир. Тез", "ky", "Бишкек ш., 7-кичирайон, 23-үй, 41-батир"),
        ("Алматы қ., Әуезов ауданы, 6-шағынаудан, 12-үй, 45-пәтер", "kk",
         "Алматы қ., Әуезов ауданы, 6-шағынаудан, 12-үй, 45-пәтер"),
        ("ш. Хуҷанд, микрорайони 19, хонаи 21, ҳуҷраи 44", "tg", "ш. Хуҷанд, микрорайони 19, хонаи 21, ҳуҷраи 44"),
        ("Люблино, кӯчаи Краснодонская 38, кв. 112 зиндагӣ", "tg", "кӯчаи Краснодонская 38, кв. 112"),
        ("Bela Kun küçəsi 18, mənzil 54 yaşayırıq", "az", "Bela Kun küçəsi 18, mənzil 54"),
        ("Bitarap Türkmenistan şaýoly 45", "tk", "Bitarap Türkmenistan şaýoly 45"),
        # Armenian and Georgian: region, town, micro-district, building and flat; street and flat
        ("Կոտայքի մարզ, ք. Աբովյան, 2-րդ միկրոշրջան, շ. 7, բն. 18", "hy",
         "Կոտայքի մարզ, ք. Աբովյան, 2-րդ միկրոշրջան, շ. 7, բն. 18"),
        ("Ֆիրուզքյոյ փողոց 14 ապրում ենք", "hy", "Ֆիրուզքյոյ փողոց 14"),
        ("ქუთაისი, ჭავჭავაძის გამზ. 62, ბინა 14", "ka", "ჭავჭავაძის გამზ. 62, ბინა 14"),
    ],
)
def test_address_found(text: str, lang: str, address: str) -> None:
    assert address in addresses(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我在大阪市2-3天", "zh"),  # a count of days after a city is no block
        ("电话13812345678，上海市2人", "zh"),
        ("байхгүй, имэйлд 10", "mn"),  # "үй" ending a word is no house
        ("менин үйүм 3 кабат", "ky"),
        ("103동", "ko"),  # a block alone, without a building, road or lot
    ],
)
def test_no_address(text: str, lang: str) -> None:
    assert addresses(text, lang) == []


def test_boundary_tokens_stop_at_cjk_punctuation() -> None:
    # the address scorer's candidate ends: a clause after "，" is never one token with the address
    text = "古岸头路88号3幢2单元501室，快递单号查不到"
    tokens = [text[a:b] for a, b in (m.span() for m in _TOKEN.finditer(text))]
    assert tokens == ["古岸头路88号3幢2单元501室", "快递单号查不到"]
