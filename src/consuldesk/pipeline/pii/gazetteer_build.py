"""Developer tool, not imported at run time: rebuilds `names.txt` from Faker's name lists.

Why a file and not a model: a given name is the strongest cue-free sign of a person, and a list keeps
detection a set look-up. Source: the person providers of Faker (MIT licence, © 2012 Daniele
Faraglia and contributors), all locales. A given name is flagged ambiguous when its lowercase form is
an ordinary word in one of the Debian word lists (wamerican-small, wbritish-small, wfrench, wngerman,
wspanish, witalian, wportuguese, wbrazilian, wdutch) or a country/major city; ambiguous names only
count together with a surname or a cue. Run: `python -m consuldesk.pipeline.pii.gazetteer_build
FAKER_PATH` with Faker importable from FAKER_PATH and the word lists installed.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_DICTS = ("american-english-small", "british-english-small")
# Given names that are everyday words in other languages (the full word lists of those languages hold
# too many rare forms to be used as they are).
_WORDS_ELSEWHERE = _words(
    "Rosa Luz Pilar Paz Sol Dolores Mercedes Consuelo Amparo Blanca Angel Ángel Angeles Ángeles Esperanza "
    "Milagros Socorro Rocío Estrella Gloria Soledad Fe Caridad Belle Rose Marguerite Aurore Prudence "
    "Constance Patience Clemente Felicidad Libertad Nieves Reyes Cruz Concepción Asunción Encarnación "
    "Inmaculada Salvador Santos Jesús Trinidad Bienvenido Modesto Honesto Benigno Justo Fausto Primo "
    "Severo Urbano Placido Ernst Frieda Klaus Liebe Sonne Engel Wolf Hazel Iris Ivy Lily Daisy Jasmine "
    "Holly Ruby Pearl Crystal Dawn Destiny Harmony Heaven Honey Summer Winter Autumn Spring Storm Rain "
    "Sky Star Sunny Cash Chase Hunter Sage Lane Glen Dale Forest Rock Stone Wood River Brook Ocean Coral "
    "Amber Jade Jewel Ginger Candy Cookie Bambi Precious Princess Queen King Prince Duke Earl Baron Major "
    "General Colonel Bishop Pastor"
)
# Proper names that the word lists also hold as rare lowercase words ("maria", plural of "mare").
_KEEP = frozenset(["maria", "peter", "hans", "nina", "lara", "ana", "paula", "rosa_x"])
_NEVER = frozenset(["God", "Jesus", "Allah", "Dios", "Doe", "Jane", "John", "Lord", "Christ", "Mohammed_x"])
_PLACES = _words(
    "Jordan Georgia Chad Israel Lebanon Kenya India China Chile Cuba Peru Victoria Florence Sydney Austin "
    "Adelaide Regina Orlando Paris London Madison Charlotte Houston Phoenix Dallas Denver Brooklyn Eugene "
    "Lorraine Savannah Dakota Carolina Virginia Nevada Indiana Lima Santiago Bogota Quito Manila Jakarta "
    "Dubai Doha Medina Mecca Roma Sofia Alexandria Nice Lourdes Fatima Bethlehem Sharon Aurora Asia "
    "Africa America Europa Paris Milan Berlin Vienna Sidi Marina Delta Salem Trinidad Tobago Jamaica "
    "Cairo Damascus"
)


# Everyday words that some name list holds: never names on their own.
_STOP_EXTRA = _words(
    "Street Church Mall Mountain San Santa Monte Porto Casa Rua Plaza Grand Mas Haji Sheikh Imam Baba Dom "
    "Dona Pak Tito Lola Lolo Tita Ama Ate Kuya Ibu Bapak Mbak Abang Kakak Adik Nanay Tatay Mama Papa Bro "
    "Sis Unknown Unnamed Our Were Hay Pero Hasta Uma Les Elle Sur Schon Della Alla Nel Mio Moet Yang Kami "
    "Bir Olan Che"
)
# Function words that are also common given names: kept, but only as ambiguous.
_AMBIGUOUS_STOP = ("Ben", "Dan", "Ada", "Le", "Al", "Said", "Can", "Ali", "Mia")


_FUNCTION_EXTRA = (
    "una un uno unos unas este esta esto ese esa todo toda nada algo bas kya hai nahi kal aaj abhi sab koi kuch "
    "kyun kaise bhi aur lang pero po opo naman talaga sana kasi wala mga sige ako ikaw siya tayo sila yung nung "
    "dito doon ngayon bukas ini itu ada juga sudah belum tolong mohon pak bu kak dek mas mbak sie ihnen ihr du "
    "dich dir euch usted ustedes vous você lei guten tag morgen abend buenos buenas bom boa bonne selamat pagi"
)


# Big cities people travel to or from, as written in English (the geocoder misses many outside
# fixed-line area codes, e.g. in the Gulf).
_MAJOR_CITIES = _words(
    "Doha Riyadh Jeddah Dammam Mecca Makkah Medina Muscat Manama Kuwait Dubai Sharjah Ajman Fujairah AbuDhabi "
    "Amman Beirut Damascus Aleppo Baghdad Basra Erbil Tehran Mashhad Kabul Karachi Lahore Islamabad Peshawar "
    "Delhi Mumbai Chennai Kolkata Bengaluru Bangalore Hyderabad Pune Ahmedabad Kochi Goa Kathmandu Pokhara "
    "Dhaka Chittagong Colombo Male Yangon Bangkok Phuket Pattaya Chiang Hanoi Saigon Danang Vientiane Phnom "
    "Manila Cebu Davao Jakarta Surabaya Bandung Medan Denpasar Bali Kuala Lumpur Penang Johor Singapore "
    "Taipei Kaohsiung Seoul Busan Incheon Tokyo Osaka Kyoto Nagoya Sapporo Fukuoka Beijing Shanghai Guangzhou "
    "Shenzhen Chengdu Wuhan Xian Hangzhou Nanjing Tianjin Chongqing Macau Ulaanbaatar Almaty Astana Tashkent "
    "Bishkek Dushanbe Baku Tbilisi Yerevan Istanbul Ankara Izmir Antalya Bodrum Hatay Antakya Cairo Alexandria "
    "Giza Luxor Hurghada Khartoum Tripoli Benghazi Tunis Algiers Oran Casablanca Rabat Marrakech Fez Tangier "
    "Agadir Dakar Bamako Niamey Abuja Lagos Kano Accra Kumasi Lome Cotonou Abidjan Freetown Monrovia Conakry "
    "Nairobi Mombasa Kampala Kigali Addis Ababa Mogadishu Djibouti Asmara Juba Kinshasa Brazzaville Luanda "
    "Lusaka Harare Maputo Johannesburg Pretoria Durban Cape Windhoek Gaborone Antananarivo Lisbon Porto Faro "
    "Madrid Barcelona Valencia Seville Malaga Bilbao Paris Marseille Lyon Nice Toulouse Bordeaux Brussels "
    "Antwerp Amsterdam Rotterdam Berlin Munich Hamburg Frankfurt Cologne Vienna Zurich Geneva Rome Milan "
    "Naples Venice Florence Athens Thessaloniki Rhodes Crete Sofia Bucharest Budapest Prague Warsaw Krakow "
    "Kraków Gdansk Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Dublin London Manchester "
    "Birmingham Edinburgh Glasgow Belfast Reykjavik Moscow Petersburg Kyiv Kiev Odesa Lviv Minsk Chisinau "
    "Belgrade Zagreb Sarajevo Skopje Tirana Podgorica Ljubljana Toronto Montreal Vancouver Ottawa Calgary "
    "Chicago Houston Miami Boston Seattle Atlanta Dallas Denver Phoenix Orlando Washington York Angeles "
    "Mexico Cancun Guadalajara Monterrey Tijuana Havana Kingston Bogota Bogotá Medellin Medellín Cali Caracas "
    "Quito Guayaquil Lima Cusco Arequipa Santiago Valparaiso Buenos Aires Cordoba Montevideo Asuncion "
    "Asunción Rio Brasilia Salvador Recife Fortaleza Manaus Sydney Melbourne Brisbane Perth Adelaide "
    "Auckland Wellington Suva Honolulu Maui"
)


def _places() -> dict[str, int]:
    """Single-word place names from phonenumbers' geocoder (count of prefixes) and country names (-1)."""
    import phonenumbers.geodata as geodata
    from phonenumbers.geodata.locale import LOCALE_DATA

    counts: dict[str, int] = {}
    for module in pkgutil.iter_modules(geodata.__path__):
        if not module.name.startswith("data"):
            continue
        data = importlib.import_module(f"phonenumbers.geodata.{module.name}").data
        for descriptions in data.values():
            for desc in descriptions.values():
                head = desc.split(",")[0].strip()
                if " " not in head and head[:1].isupper():
                    counts[head] = counts.get(head, 0) + 1
    for city in _MAJOR_CITIES:
        counts[city] = -1
    for names in LOCALE_DATA.values():
        for name in names.values():
            if not name.startswith("*") and " " not in name and name[:1].isupper():
                counts[name] = -1
    return counts


def _names(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [str(k) for k in obj]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [str(k) for k in obj]
    return []


def build(faker_path: str, out: Path) -> None:
    sys.path.insert(0, faker_path)
    person = importlib.import_module("faker.providers.person")
    given: set[str] = set()
    surname: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            for name in _names(getattr(provider, attr, None)):
                given.update(p for p in name.strip().split() if len(p) > 1)
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for name in _names(getattr(provider, attr, None)):
                surname.update(p for p in name.strip().split() if len(p) > 1)
    words: set[str] = set()
    for name in _DICTS:
        path = Path("/usr/share/dict") / name
        words.update(w for w in path.read_text(encoding="utf-8", errors="ignore").split() if w.islower())
    from consuldesk.pipeline.function_words import _ROMANISED, _WORDS
    from consuldesk.pipeline.pii import cues

    stop = {w[:1].upper() + w[1:] for chunk in _WORDS.values() for w in chunk.split()}
    stop |= {w[:1].upper() + w[1:] for w in cues.TITLE + cues.RELATION + cues.SIGNOFF if " " not in w}
    stop |= set(cues.NOT_NAMES) | set(_STOP_EXTRA)
    surname -= stop
    given -= stop - set(_AMBIGUOUS_STOP)
    stop |= {w[:1].upper() + w[1:] for pair in _ROMANISED.values() for chunk in pair for w in chunk.split()}
    stop |= {w[:1].upper() + w[1:] for w in _FUNCTION_EXTRA.split()}
    surname -= stop
    given -= stop - set(_AMBIGUOUS_STOP)
    locales: dict[str, int] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        seen = {p for a in ("first_names", "first_names_male", "first_names_female")
                for n in _names(getattr(provider, a, None)) for p in n.split()}
        for name in seen:
            locales[name] = locales.get(name, 0) + 1
    places = _places()
    place_names = {p for p, n in places.items() if n >= 3 or n < 0 or (n > 0 and p in given | surname)}
    ambiguous_places = {g for g in given if g in places and (places[g] < 0 or places[g] >= 3 or locales.get(g, 0) <= 2)}
    listed = set(_PLACES) | set(_WORDS_ELSEWHERE) | set(_AMBIGUOUS_STOP)
    ambiguous = ambiguous_places | {g for g in given if (g.lower() in words and g.lower() not in _KEEP) or g in listed}
    lines = ["# name<TAB>flags: g given, s surname, a ambiguous (also an ordinary word or a place), p place"]
    lines.append("# built by gazetteer_build.py from Faker (MIT) name lists; see its docstring")
    for name in sorted((given | surname | place_names) - set(_NEVER) - (stop - set(_AMBIGUOUS_STOP))):
        if not name[0].isalpha() or (name.lower() == name and name[0].upper() != name[0]):
            continue  # lowercase entries in cased scripts are noise
        flags = ("g" if name in given else "") + ("s" if name in surname else "") + ("a" if name in ambiguous else "")
        flags += "p" if name in place_names else ""
        lines.append(f"{name}\t{flags}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(sys.argv[1], Path(__file__).with_name("names.txt"))
