"""Addresses of round 16: districts written before the street, more postcodes, units and floors in the tail,
local street patterns (`address_local`), and keyword chains in more scripts. Invented examples."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def _addresses(text: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, k in detect_rules(text, lang) if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a district before the street, after a colon or at the start of a sentence
        ("Location: Al Nahda, Street 31, Villa 8. Please hurry", "Al Nahda, Street 31, Villa 8"),
        ("No water since Monday. Al Qusais, Block 4, Street 12", "Al Qusais, Block 4, Street 12"),
        ("Adresi: Kadıköy, Moda Mah., 312. Sk. No:9", "Kadıköy, Moda Mah., 312. Sk. No:9"),
        ("주소 Mapo-gu, Yanghwa-ro 45, 301-ho", "Mapo-gu, Yanghwa-ro 45, 301-ho"),
        # the tail: Portuguese, Irish, Danish and Icelandic postcodes, French and Cyrillic units, a third town
        ("Moramos na Rua do Carmo 18, 3º dto., 1100-123 Lisboa.", "Rua do Carmo 18, 3º dto., 1100-123 Lisboa"),
        ("Our flat was 22 Mount Street, Dublin 2, D02 K7P3. Help", "22 Mount Street, Dublin 2, D02 K7P3"),
        ("Min adresse er Nørregade 14, 2. tv., 8000 Aarhus C.", "Nørregade 14, 2. tv., 8000 Aarhus C"),
        ("Við búum á Miklabraut 20, 105 Reykjavík.", "Miklabraut 20, 105 Reykjavík"),
        ("il est au 5 rue Pasteur, bâtiment 2, chambre 14 depuis hier", "5 rue Pasteur, bâtiment 2, chambre 14"),
        ("Nous logeons 12 rue Carnot, Lyon, 3e étage. Merci", "12 rue Carnot, Lyon, 3e étage"),
        # local street patterns
        ("Anschrift: Rosa-Luxemburg-Straße 9, 10178 Berlin.", "Rosa-Luxemburg-Straße 9, 10178 Berlin"),
        ("Tuko Mtaa wa Uhuru No. 45, Mombasa.", "Mtaa wa Uhuru No. 45, Mombasa"),
        ("rumah di Desa Sukamaju Indah No. 7 rusak", "Desa Sukamaju Indah No. 7"),
        ("we are at 9th Street No. 12 near the market", "9th Street No. 12"),
        ("I live at 2210 SW 8th St, Miami FL 33135.", "2210 SW 8th St, Miami FL 33135"),
        ("nou rete 1550 104 Ave, Surrey now", "1550 104 Ave, Surrey"),
        ("Nous sommes rue HLM-114, villa 3. Merci", "rue HLM-114, villa 3"),
        ("Живу: Ленинский пр. 40, к. 3, кв. 17, Москва.", "Ленинский пр. 40, к. 3, кв. 17, Москва"),
        ("Мекенжай: Достық даңғылы 91, 12-пәтер. Рахмет", "Достық даңғылы 91, 12-пәтер"),
        ("Manzil: Amir Temur ko'chasi 15, 8-kvartira.", "Amir Temur ko'chasi 15, 8-kvartira"),
        ("Станујем у улици, Булевар краља 12, стан 4.", "Булевар краља 12, стан 4"),
        # numbered parts
        ("Tunaishi Way 2210, Jengo 88, Al Hail. Asante", "Way 2210, Jengo 88, Al Hail"),
        ("We are at Stand 2208, Extension 4, Soshanguve.", "Stand 2208, Extension 4, Soshanguve"),
        # scripts
        ("ਪਤਾ: ਮਕਾਨ ਨੰ. 58, ਗਲੀ ਨੰ. 2, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ। ਧੰਨਵਾਦ", "ਮਕਾਨ ਨੰ. 58, ਗਲੀ ਨੰ. 2, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ"),
        ("முகவரி: இல. 12, கோயில் வீதி, நல்லூர். நன்றி", "இல. 12, கோயில் வீதி, நல்லூர்"),
        ("ہم الفیصل بلڈنگ نمبر 45 میں ہیں", "الفیصل بلڈنگ نمبر 45"),
        ("כתובת: רחוב הרצל 10 דירה 3, חיפה. תודה", "רחוב הרצל 10 דירה 3, חיפה"),
        ("እኛ ኣብ ሰላም ኮንዶሚንየም ብሎክ 9 ገዛ 11 ኢና", "ሰላም ኮንዶሚንየም ብሎክ 9 ገዛ 11"),
    ],
)
def test_round16_addresses(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a town after "in" is where the writer is, not part of the address
        ("Estamos en Doha, Building 12, Street 40, Al Sadd", "Building 12, Street 40, Al Sadd"),
        ("Мы в Казани, ул. Баумана, д. 7, кв. 3", "ул. Баумана, д. 7, кв. 3"),
        # a person or a title before the address is no district
        ("Julien Morel, Résidence Les Pins, bloc A, appt 4, Rabat.", "Résidence Les Pins, bloc A, appt 4, Rabat"),
        ("Tuko camp wɔ Sonapur, Camp 3, Block D hapa", "Camp 3, Block D"),
        ("kami di rumah Pak Hadi, No. 3, Jalan Melati 2/5. Aman", "No. 3, Jalan Melati 2/5"),
        ("Hello, Villa 9, Street 21, Al Wukair. Please help", "Villa 9, Street 21, Al Wukair"),
        # a word of another script before the district is the writer's
        ("Μένουμε Goethestraße 8, 80336 München.", "Goethestraße 8, 80336 München"),
    ],
)
def test_round16_boundaries(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "I paid KSh 15,000 via M-Pesa yesterday, is that right?",  # a thousands group is no house number
        "Nipo gate 4 ya uwanja wa ndege, naomba msaada",  # Swahili "I'm at gate 4": no Norwegian street
        "Tulikaa Kampung Baru 3 siku, sasa tumerudi",  # a village without a house number label
        "We stayed 3 nights at Green Village near the beach",
        "Ich habe 3 Kurse Deutsch belegt",
        "বিল্ডিং ভেঙে গেছে কিন্তু ৫ জন বের হয়েছি",  # a Bengali "building" without its number
        "ጆሃንስበርግ ውስጥ 3ኛ ፎቅ ላይ ነን",  # a floor alone
    ],
)
def test_round16_not_addresses(text: str) -> None:
    assert _addresses(text) == []


def test_full_word_dot_is_the_sentences() -> None:
    assert _addresses("Adresse : 4 rue Lafayette, Nantes, 2e étage. Merci") == ["4 rue Lafayette, Nantes, 2e étage"]
    assert _addresses("Calle Mayor 3, 2º Izq. Gracias") == ["Calle Mayor 3, 2º Izq."]
