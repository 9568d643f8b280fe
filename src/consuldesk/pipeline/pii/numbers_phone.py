"""Phone numbers without a cue: is a digit run a phone number of a region where the language is spoken?

`+` numbers need a known calling code and a possible length; national numbers must be written like
one (a trunk "0", brackets or grouped digits) and be valid (`phonenumbers`) for a region of the
text's language or, with a trunk "0", for a country many writers live and work in. A run numbered
by its year ("2023-04412", "4471/2566") or two dash-joined groups without the trunk "0" of a region
that always writes it ("23-412877" in Swedish) is read as a reference instead.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

# A year at either end of a slash: "412/2024", "2025/011457".
YEAR_SLASH = re.compile(r"^(?:19|20)\d\d/|/(?:19|20)\d\d$")

_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IN", "PH", "AU", "NG", "ZA", "IE", "CA", "KE"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "fr": ("FR", "BE", "CH", "CA", "MA", "SN"),
    "pt": ("PT", "BR"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT",),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "ru": ("RU", "KZ"),
    "uk": ("UA",),
    "hi": ("IN",),
    "bn": ("BD", "IN"),
    "ur": ("PK",),
    "fa": ("IR",),
    "ar": ("EG", "SA", "AE", "MA", "JO", "LB", "QA", "KW"),
    "zh": ("CN", "TW", "HK"),
    "ja": ("JP",),
    "ko": ("KR",),
    "th": ("TH",),
    "vi": ("VN",),
    "id": ("ID",),
    "ms": ("MY",),
    "tl": ("PH",),
    "tr": ("TR",),
    "sv": ("SE",),
    "da": ("DK",),
    "no": ("NO",),
    "nb": ("NO",),
    "fi": ("FI",),
    "el": ("GR", "CY"),
    "ro": ("RO", "MD"),
    "bg": ("BG",),
    "cs": ("CZ",),
    "sk": ("SK",),
    "hu": ("HU",),
    "hr": ("HR",),
    "sr": ("RS",),
    "sl": ("SI",),
    "he": ("IL",),
    "ka": ("GE",),
    "hy": ("AM",),
    "az": ("AZ",),
    "kk": ("KZ",),
    "uz": ("UZ",),
    "sw": ("KE", "TZ", "UG"),
    "am": ("ET",),
    "so": ("SO",),
    "ha": ("NG",),
    "yo": ("NG",),
    "ne": ("NP",),
    "si": ("LK",),
    "ta": ("IN", "LK"),
    "km": ("KH",),
    "my": ("MM",),
    "ps": ("AF",),
    "af": ("ZA",),
    "zu": ("ZA",),
    "xh": ("ZA",),
    "st": ("ZA",),
    "tn": ("ZA", "BW"),
    "sn": ("ZW",),
    "rw": ("RW",),
    "lg": ("UG",),
    "om": ("ET", "KE"),
    "ti": ("ER", "ET"),
    "wo": ("SN",),
    "ln": ("CD", "CG"),
    "mg": ("MG",),
    "ig": ("NG",),
    "pcm": ("NG",),
    "pa": ("IN", "PK"),
    "gu": ("IN",),
    "mr": ("IN",),
    "te": ("IN",),
    "kn": ("IN",),
    "ml": ("IN",),
    "or": ("IN",),
    "as": ("IN",),
    "mk": ("MK",),
    "mn": ("MN",),
    "lo": ("LA",),
    "ky": ("KG",),
    "tg": ("TJ",),
    "lt": ("LT",),
    "lv": ("LV",),
    "et": ("EE",),
    "is": ("IS",),
    "sq": ("AL", "XK"),
    "bs": ("BA",),
    "ca": ("ES", "AD"),
    # languages the corpus writers used that had none: Konkani, Bhojpuri, Maithili, Sindhi, Dhivehi, Maltese,
    # Turkmen, Guaraní, Quechua, Cebuano, Sundanese, Javanese, Haitian Creole, the Kurdish and Dari codes
    "kok": ("IN",),
    "bho": ("IN", "NP"),
    "mai": ("IN", "NP"),
    "sd": ("PK", "IN"),
    "dv": ("MV",),
    "mt": ("MT",),
    "tk": ("TM",),
    "gn": ("PY",),
    "qu": ("PE", "BO", "EC"),
    "ceb": ("PH",),
    "su": ("ID",),
    "jv": ("ID",),
    "ht": ("HT", "US", "DO"),
    "ckb": ("IQ", "IR"),
    "kmr": ("TR", "IQ", "SY"),
    "prs": ("AF",),
}
_DEFAULT_REGIONS = ("US", "GB", "FR", "DE", "ES", "IN")
_ABROAD = ("GB", "AE", "SA", "QA", "TH", "MY", "IT", "DE", "FR", "ES", "IN", "RU", "TR", "KE", "ZA")

_ZEROS = "0\u0660\u06f0\u0966\u09e6\u0e50\u0ed0\u1040\u17e0"  # zero in Latin, Arabic, Persian, Indic … digits
_FORMATTED = re.compile(rf"\(?[{_ZEROS}]|\(?\d+[ .\-/()]+\d")
_YEAR_DASH = re.compile(r"(?:19|20)\d\d-\d{4,6}$")
_TRUNK = re.compile(rf"\(?[{_ZEROS}]")  # a trunk zero in any script
_TWO_GROUPS = re.compile(r"\d+[-/]\d+")


@functools.cache
def _possible_lengths(country_code: int) -> frozenset[int]:
    """National number lengths possible for a country calling code (phonenumbers metadata)."""
    lengths: set[int] = set()
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        if region == "001":
            meta = phonenumbers.PhoneMetadata.metadata_for_nongeo_region(country_code)
        else:
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is not None and meta.general_desc is not None:
            lengths.update(meta.general_desc.possible_length or ())
    return frozenset(lengths)


@functools.cache
def _trunk_zero(region: str) -> bool:
    """Regions whose national numbers are always written with a trunk "0" (Sweden, Germany, Kenya …)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and meta.national_prefix == "0" and region not in _TRUNK_OPTIONAL


# Regions with a trunk "0" where numbers are still often written without it.
_TRUNK_OPTIONAL = frozenset(("AU", "NZ", "PH", "TH", "ID", "MY", "VN", "CN", "JP", "KR", "IN", "BD", "PK", "NG"))


def _international(digits: str) -> bool:
    """ "+" numbers: a known country calling code and a length possible for it.

    The same test as `phonenumbers.is_possible_number`, straight from its metadata: a parse per
    candidate would cost more than the rest of the PII stage.
    """
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return len(digits) - size in _possible_lengths(code)
    return False


@functools.lru_cache(maxsize=4096)
def _national(raw: str, lang: str | None) -> bool:
    """A national number: written like one (a trunk "0", brackets or grouped digits: an unformatted
    run is more often an ID) and valid for a likely region. Cached: numbers recur in copies and threads.
    """
    if not _FORMATTED.match(raw):
        return False
    regions = _REGIONS.get(lang or "", ())
    # A trunk "0" says the number is national: every likely region of the language is worth a try
    # ("083 771 2904" is Irish in an English text); otherwise the first two.
    trunk = _TRUNK.match(raw) is not None
    # With a trunk "0", also the countries where many writers live and work ("050 771 3342" is Emirati
    # in a Malayalam text, "092-418-7735" Thai in a Lao one).
    # (each region once: a language's own regions are often among them, and a failed parse is not cheap)
    regions = tuple(dict.fromkeys(regions + _ABROAD)) if trunk else regions[:2]
    # Two groups joined by a dash or slash and no trunk "0" ("23-412877", "4471/2566") read as a
    # reference where numbers are always written with their "0" (Sweden, Germany, Kenya …).
    reference_like = not trunk and _TWO_GROUPS.fullmatch(raw) is not None
    for region in regions or _DEFAULT_REGIONS[:3]:
        if reference_like and _trunk_zero(region):
            continue
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# North American numbers of the range kept for fiction, which `phonenumbers` calls invalid: "514-555-0147",
# "(213) 555-0147"; people writing examples and made-up messages use exactly these.
_NANP_FICTION = re.compile(r"\(?[2-9]\d{2}\)?[ \-.]?555[ \-.]01\d{2}")


def is_phone(raw: str, digits: str, lang: str | None) -> bool:
    """A number written like a phone number and valid for a region the language is spoken or lived in."""
    if YEAR_SLASH.search(raw) or _YEAR_DASH.match(raw):
        return False  # "2023-04412", "4471/2566": a reference numbered by its year
    if _NANP_FICTION.fullmatch(raw):
        return True
    if raw.startswith("+") or raw.startswith("(+"):
        return _international(digits)
    if raw.startswith("00") and len(digits) > 9:
        return _international(digits[2:])
    return _national(raw, lang)
