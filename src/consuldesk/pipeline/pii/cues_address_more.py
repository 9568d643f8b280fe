"""More address cue words (round 16): street, village and unit words of African, Central Asian, Balkan and
Nordic languages, lowercase, '|'-separated like `cues`. Data only; `cues` concatenates them into its tuples.
"""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_world import split_terms

# Street words written before the name: Swahili "Mtaa wa …", French "cours", Serbian/Bulgarian
# "булевар", Albanian "rruga" (already in cues), Macedonian "бул.".
STREET_BEFORE_MORE = split_terms("mtaa|barabara|cours|булевар|булевард|бул|ulitsa|ulica|ulitsasi")
# Street words written after the name: Kazakh/Kyrgyz/Uzbek avenue and street ("Абай даңғылы 52",
# "Navoiy ko'chasi 12"), Russian abbreviations after the name ("Комендантский пр. 17"); and village
# words that open an address only with a house number label ("Kampung Manek No. 22"; `address_local`).
STREET_AFTER_MORE = split_terms(
    "даңғылы|даңгылы|даңғ.|көшесі|көчөсү|көчөсу|кўчаси|кучаси|ko'chasi|koʻchasi|kochasi|dang'ili|dangʻili|"
    "shoh ko'chasi|проспекти|просп.|пр-т|пер.|",
    # Azerbaijani, Turkmen and Tatar streets and avenues after the name ("Bela Kun küçəsi 18", "Bitarap
    # Türkmenistan şaýoly 45", "Azatlyk köçesi", "Тукай урамы 9")
    "küçəsi|küç.|köçesi|şaýoly|prospekti|урамы|",
    "kampung|kampong|desa|dusun|gampong|douar|village",
)
# Unit words that open an address of numbered parts: Swahili building and house, South African stand
# and erf, labour camps and farms ("Camp 7, Block C", "Stand 1432, Extension 2", "Farm 12, Makhado").
UNIT_HINTS_MORE = split_terms("jengo|nyumba|camp|stand|erf|farm|plot|lot")
# The village words of STREET_AFTER_MORE, for `address` to keep them out of its street-after patterns.
VILLAGE = split_terms("kampung|kampong|desa|dusun|gampong|douar|village")
