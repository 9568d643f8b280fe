"""Street patterns of single languages and regions, added to `address._ADDRESS` as one more alternative.

Each is anchored on a street or village word the scan finds (`cues_address_more`) and has a number:
"Karl-Marx-Straße 214", "Hringbraut 54" (Icelandic compounds), "Mtaa wa Msimbazi No. 17" (Swahili),
"Kampung Manek Urai Lama No. 22" (a village with a house number label), "17th Avenue No. 54",
"rue KA-020, villa 7" (coded streets of West Africa), "Комендантский пр. 17", "Абай даңгылы 52",
"Булевар ослобођења 44" (a lowercase name after a Cyrillic street word). Bounded quantifiers only.
"""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_address_more import VILLAGE
from consuldesk.pipeline.text import LOWER, UPPER

# Icelandic street compounds, glued like the German ones ("Hringbraut", "Laugavegur", "Hólmaslóð").
COMPOUND_MORE = "braut|vegur|vegi|stræti|stígur|slóð|slóð|torg"
_HYPHENED = rf"(?:[{UPPER}][{LOWER}]{{1,24}}-){{1,3}}"  # "Karl-Marx-", "Rosa-Luxemburg-"
_NO_LABEL = r"(?i:no\.?|n[º°]\.?|#|nr\.?)[ ]?"
_CYRILLIC_AFTER = (
    r"(?i:пр\.|просп\.|пр-т|пер\.|даңғылы|даңгылы|даңғ\.|көшесі|көчөсү|көчөсу|кўчаси|кучаси|проспекти"
    r"|ko['ʻ]chasi|kochasi|dang['ʻ]ili|küçəsi|küç\.|köçesi|şaýoly|prospekti|урамы)"
)
_VILLAGE = "|".join(VILLAGE)


def local_patterns(word: str, name: str, num: str, after: str, compound: str, tail: str) -> str:
    """The alternatives, built from `address`'s own pieces (a capitalised word, a street name, a house
    number, the street-after words, the glued street endings and the tail after the number)."""
    return (
        rf"(?:{word}[ ]){{0,2}}{_HYPHENED}{word}(?i:{compound}|{COMPOUND_MORE})[ ]{num}{tail}"
        rf"|(?:{word}[ ]){{0,2}}{word}(?i:{COMPOUND_MORE})[ ]{num}(?![\d:]){tail}"
        rf"|(?i:mtaa)[ ]wa[ ]{name}[ ]{_NO_LABEL}{num}{tail}"
        rf"|(?i:{_VILLAGE})[ ]{name}[ ]{_NO_LABEL}{num}{tail}"
        rf"|(?:(?:{word}|\d{{1,3}}(?:st|nd|rd|th))[ ]){{1,3}}{after}\.?[ ]{_NO_LABEL}{num}{tail}"
        rf"|(?i:rue|route|avenue|av\.)[ ][A-Z]{{2,3}}-\d{{2,4}}(?![\w\-]){tail}"
        rf"|(?:{word}[ ]){{1,2}}{_CYRILLIC_AFTER}[ ]{num}(?![\d:]){tail}"
        rf"|(?i:булевар|булевард|бульвар|улица|ulica|ulitsa)[ ][{LOWER}]{{3,20}}[ ]{num}(?![\d:]){tail}"
    )
