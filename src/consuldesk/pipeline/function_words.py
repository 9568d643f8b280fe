"""Language decisions from function words: a fast path before the n-gram model, and the fix for
romanised Hindi and Tagalog, which character n-grams identify poorly.

Each listed word belongs to one language only (words shared by two lists are dropped), so three
distinct words of one language, and at least twice as many as of any other, settle a Latin-script
text without running the model. Romanised Hindi and Tagalog need three markers, one of them
"strong" (common Hindi/Tagalog words that are not words elsewhere). One set intersection and one
integer sum per text: counts are packed 8 bits per language into a Python int. Data and a pure
function only; must not import stages or storage.
"""

from __future__ import annotations

_WORDS: dict[str, str] = {
    "en": "the and you your please with what have this that are was were can from our they would there been "
    "will how when where which their about should could because just any has had",
    "es": "el los las y con es está estoy estamos muy del al lo hay tengo necesito gracias hola pero qué "
    "también usted ustedes puedo cómo dónde soy somos mis porque nosotros hace después tiene tienen "
    "quiero ayuda hasta sin",
    "pt": "o os em um uma com não é estou muito do da dos das na nos tenho preciso obrigado obrigada "
    "olá você vocês mas meu minha já ao à são eu isso pelo pela nós ajuda tem",
    "fr": "le les et est je nous vous il elle une des du pour pas ne avec sur dans mon ma mes mais merci "
    "bonjour suis sommes ai avons très cette ce qui au aux sont j'ai c'est n'est peut faire",
    "de": "der die das und ist ich wir nicht mit ein eine auf für von zu den dem mein meine bitte danke "
    "haben habe sind bin auch aber kann können im zum zur hallo noch schon unsere unser wurde",
    "it": "il gli è di che non sono siamo della alla nel ho abbiamo grazie ciao buongiorno mio mia anche "
    "questo questa perché ancora essere qualcuno",
    "nl": "het een ik wij niet met van voor zijn mijn maar ook nog hebben heb kunnen bedankt alstublieft "
    "graag hoe waar onze geen naar wordt moet moeten jullie",
    "pl": "nie jest się że jak mam mamy jestem jesteśmy czy proszę dziękuję mój moja dla przez już "
    "jeszcze bardzo może gdzie kiedy został została nasz nasza",
    "id": "yang dan ini itu saya kami tidak ada dengan untuk dari bisa sudah belum mohon terima kasih "
    "tolong bagaimana karena juga akan sedang masih harus gimana nggak gak udah dong sih nih",
    "vi": "tôi của và là có không được với này một các những đã đang sẽ bị ở xin cảm ơn làm người thì "
    "cũng để gì nào chúng",
    "tr": "ve bir bu için ile değil var yok ben biz nasıl mı çok ama daha gibi teşekkürler merhaba lütfen "
    "benim bizim şu olan oldu kadar nerede",
}
# Romanised Hindi and Tagalog: (markers, strong markers). Strong ones are not words elsewhere.
_ROMANISED: dict[str, tuple[str, str]] = {
    "hi": (
        "hai hain nahi nahin nhi kya mera meri mere mujhe humara hamara hamari aapka aapki kripya madad "
        "karo karein kijiye raha rahi rahe gaya gayi chahiye sakta sakti sakte kaise kyun kyon abhi bahut "
        "lekin hoga hogi tha thi hum aap koi kuch wala wali bhai yaar bhi aur mein ko ka ki ke se ji jaldi "
        "paise",
        "hai hain nahi nahin nhi kya mera meri mere mujhe chahiye kripya madad gaya gayi raha rahi hoga tha "
        "thi kaise lekin bahut abhi kijiye karein",
    ),
    "tl": (
        "ang ng mga po sa na ko ako kami namin natin ninyo hindi wala paano saan bakit kasi lang naman yung "
        "talaga pero dito doon ito siya nila kayo opo salamat tulong nawala ninakaw kailangan ba nasa may "
        "pa rin din si ni kay ung nung",
        "ang ng mga po namin natin ninyo paano bakit kasi naman yung talaga hindi wala kami ako nawala "
        "ninakaw kailangan opo salamat ung nung",
    ),
}
_FIELDS: list[str] = (
    list(_WORDS) + [f"{lang}-romanised" for lang in _ROMANISED] + [f"{lang}-strong" for lang in _ROMANISED]
)
_WEIGHT: dict[str, int] = {}
_PUNCTUATION = ("", ",", ".", "!", "?", ":", ";")


def _add(word: str, field: str) -> None:
    bit = 1 << (8 * _FIELDS.index(field))
    for tail in _PUNCTUATION:  # "hola," and "gracias!" are tokens of a whitespace split
        _WEIGHT[word + tail] = _WEIGHT.get(word + tail, 0) | bit


def _build() -> None:
    owners: dict[str, set[str]] = {}
    for lang, words in _WORDS.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    for word, langs in owners.items():
        if len(langs) == 1:
            _add(word, next(iter(langs)))
    for lang, (markers, strong) in _ROMANISED.items():
        for word in markers.split():
            _add(word, f"{lang}-romanised")
        for word in strong.split():
            _add(word, f"{lang}-strong")


_build()
_MARKERS = frozenset(_WEIGHT)
_N_LANGS = len(_WORDS)
_LANGS = list(_WORDS)


_EN = _LANGS.index("en")
_ROM = [(lang, _N_LANGS + k, _N_LANGS + len(_ROMANISED) + k) for k, lang in enumerate(_ROMANISED)]
_NBYTES = len(_FIELDS)


def by_function_words(text: str) -> tuple[str, float] | None:
    """A language for a Latin-script text whose function words leave no doubt, else None."""
    hits = _MARKERS.intersection(text.split())
    if len(hits) < 3:
        return None
    # One byte per field: the packed sum unpacks to per-language counts without a Python loop.
    counts = sum(map(_WEIGHT.__getitem__, hits)).to_bytes(_NBYTES, "little")
    for lang, markers, strong in _ROM:
        if counts[markers] >= 3 and counts[strong] and counts[markers] >= counts[_EN]:
            return lang, 0.7
    langs = counts[:_N_LANGS]
    top = max(langs)
    if top >= 3 and top >= 2 * sorted(langs)[-2]:
        return _LANGS[langs.index(top)], 0.9
    return None
