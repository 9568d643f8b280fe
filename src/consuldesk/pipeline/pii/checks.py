"""Checksums and format checks for PII numbers: Luhn, IBAN mod-97, CPF, Chinese resident ID.

Pure functions over strings; a valid checksum is what separates a card number or IBAN from any other
long number, so these run before anything is flagged. Must not import stages or storage.
"""

from __future__ import annotations

# IBAN length per country (ISO 13616 registry). A country missing here is not an IBAN country.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
    # in national use outside the ISO registry (Iran, the Maghreb, West and Central Africa, Madagascar…)
    "IR": 26,
    "DZ": 26,
    "MA": 28,
    "AO": 25,
    "BF": 28,
    "BJ": 28,
    "CI": 28,
    "CM": 27,
    "CV": 25,
    "GA": 27,
    "KM": 27,
    "MG": 27,
    "ML": 28,
    "MZ": 25,
    "NE": 28,
    "SN": 28,
    "TD": 27,
    "TG": 28,
    "CG": 27,
    "GQ": 27,
    "GW": 25,
    "HN": 28,
}


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check over a string of ASCII digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0 and len(digits) > 1


def card_scheme(digits: str) -> str | None:
    """The card scheme whose issuer prefix (IIN) and length fit `digits`, else None.

    Ten per cent of random digit runs pass Luhn; the IIN ranges keep national IDs such as an
    Indonesian NIK (16 digits starting 11–94) from reading as cards.
    """
    n = len(digits)
    p2, p4 = int(digits[:2]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (digits.startswith("6011") or 644 <= int(digits[:3]) <= 649 or p2 == 65) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(digits[:3]) <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_plausible(digits: str) -> bool:
    """Card numbers: 13–19 digits, a known scheme prefix and length, and a valid Luhn check digit."""
    return 13 <= len(digits) <= 19 and card_scheme(digits) is not None and luhn_valid(digits)


def iban_valid(iban: str) -> bool:
    """ISO 13616: country length and the mod-97 check (letters count as 10..35)."""
    iban = iban.upper()
    if len(iban) != IBAN_LENGTHS.get(iban[:2], -1) or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for ch in rearranged:
        # Fold one character (or two digits for a letter) at a time: no big-int conversion.
        for d in str(int(ch, 36)):
            remainder = (remainder * 10 + ord(d) - 48) % 97
    return remainder == 1


def cpf_valid(digits: str) -> bool:
    """Brazilian CPF: 11 digits with two mod-11 check digits; repeated digits are invalid."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    nums = [ord(c) - 48 for c in digits]
    for n in (9, 10):
        s = sum(nums[i] * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != nums[n]:
            return False
    return True


def china_id_valid(value: str) -> bool:
    """Chinese resident identity number: 17 digits and an ISO 7064 MOD 11-2 check character."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum((ord(c) - 48) * w for c, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[s % 11] == value[17].upper()


def ssn_plausible(area: str, group: str, serial: str) -> bool:
    """US SSN ranges: area not 000, 666 or 9xx; group and serial not all zeros."""
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
