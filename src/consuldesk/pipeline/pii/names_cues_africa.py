"""Person cue words of African and a few other languages the cue lists lacked (round 16): kinship words,
honorifics and introductions, concatenated into the tuples of `cues.py`.

Why here: `cues.py` is shared by several PII types; keeping these additions in their own module keeps each
change to it one line. Honorifics stay outside the span, as every title does ("Xaaji Nuur Aadan" → "Nuur
Aadan", "Bi. Achieng" → "Achieng"). Titles only count before a capitalised word (see `names.py`).
"""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_world import split_terms

_OM_KIN = (
    "obboleessa|obboleessi|obboleettii|obboleettiin|ilma|ilmi|intala|intalli|abbaa|abbaan|haadha|haati|hiriyaa|"
    "hiriyaan|mucaa|mucaan|haadha manaa|haati manaa|abbaa manaa|abbaan manaa|michuu|michuun"
)
RELATION = split_terms(
    # so: mother, father (also as address); sw: his wife, her husband, his/her child, brother, sister
    "hooyo|aabo|hooyaday|hooyadey|mkewe|mumewe|mwanawe|kakake|dadake|",
    # tw: my brother, my sister, my wife, my husband, my child
    "me nuabarima|me nuabaa|me yere|me kunu|me ba barima|me ba basia|",
    # af: son, daughter, brother, sister, wife, husband (with "my"/"ons")
    "my seun|ons seun|my dogter|ons dogter|my broer|my suster|my vrou|my man|",
    # om: brother, sister, son, daughter, father, mother, friend, child, wife, husband, each in its object and
    # subject form, with "koo" (my) or "keenya" (our)
    *(f"{kin} {poss}|" for kin in _OM_KIN.split("|") for poss in ("koo", "keenya")),
    # rw/rn: our/my child, son, daughter, brother, sister, husband, wife
    "umwana wacu|umwana wanjye|umuhungu wanjye|umukobwa wanjye|musaza wanjye|mushiki wanjye|umugabo wanjye|",
    "umugore wanjye|umwana wanje|umuhungu wanje|umukobwa wanje",
)
TITLE = split_terms(
    # so, yo, ha, ur/en: pilgrims' honorifics; sw: Mrs, Mr, Honourable, ambassador; am: Mr, Mrs (romanised)
    "xaaji|xaajiyo|alhaja|alhajja|haji|hajji|bi.|bw.|mhe.|mheshimiwa|balozi|ato|weyzero|weyzerit|",
    # ku (Latin): brother/Mr, Mrs; fr/wo: uncle; en: ambassador
    "kak|xanim|tonton|amb.|",
    # om: Mr, Mrs, Miss
    "obbo|aadde|adde|durbee",
)
NAME_INTRO = split_terms(
    # am (romanised): my name; rn/rw: he/she is called; yo: his/her name; ar (romanised): his/her name
    "sime|yitwa|orúkọ rẹ̀|esmo|esmaha|",
    # om: my/his/her name (is)
    "maqaan koo|maqaan isaa|maqaan ishee|maqaan isaa ammoo",
)
