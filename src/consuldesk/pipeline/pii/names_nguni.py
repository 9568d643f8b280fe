"""PERSON spans in Nguni and Shona text, where a lowercase class prefix is glued to the name: "uSandile
Khumalo" (Sandile Khumalo, as subject), "NdinguZanele" (I am Zanele), "noNtombi" (and Ntombi), Shona
"naTendai" (and Tendai), "vaRudo" (honoured Rudo).

Why: the capitalised run starts inside a word, so neither the cue patterns nor the cue-free runs of
`people.py` see it. Places take other prefixes (eGoli, kwaZulu, eKapa), but months and God take "u-" too
("uDisemba", "uNkulunkulu"): the first name word must be a known given name, and those words are left out.
Only for the languages that write names this way.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import SEQ, STOP, AddPerson, trim

_LANGS = frozenset(("zu", "xh", "nr", "ss", "nd", "sn"))
# u-, ngu- (it is), ndingu-/ngingu-/singu- (I am / we are), no-/na- (and), va- (Shona honorific); not ku- (to),
# which places take as often ("kuLondon")
_PREFIXED = re.compile(rf"(?<![^\W\d_])(?:[Nn]dingu|[Nn]gingu|[Ss]ingu|[Nn]gu|[Uu]|no|na|va)(?=[A-Z])({SEQ})")
_NOT_NAMES = frozenset(
    (
        *("Nkulunkulu", "Thixo", "Jesu", "Mdali", "Mongameli", "Masipala", "Mwari", "Ishe", "Jehova"),
        # months, also the traditional ones
        *("Januwari", "Febhuwari", "Februwari", "Mashi", "Matshi", "Ephreli", "Aprili", "Meyi", "Juni", "Julayi"),
        *("Agasti", "Septemba", "Okthoba", "Oktobha", "Novemba", "Disemba", "Masingana", "Nhlolanja", "Ndasa"),
        *("Mbasa", "Nhlaba", "Nhlangulana", "Ntulikazi", "Ncwaba", "Mandulo", "Mfumfu", "Lwezi", "Zibandlela"),
    )
)


def find_nguni(text: str, lang: str | None, add: AddPerson) -> None:
    """Report names with a glued class prefix (see the module docstring)."""
    if lang not in _LANGS:
        return
    g = gazetteer()
    for m in _PREFIXED.finditer(text):
        trimmed = trim(text, *m.span(1))
        if trimmed is None:
            continue
        first = text[trimmed[0] :].split(" ", 1)[0].rstrip(".,;:!?")
        if first in _NOT_NAMES or first in STOP or not g.is_given(first, strict=False) or first in g.place:
            continue
        add(*trimmed)
