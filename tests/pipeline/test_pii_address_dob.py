"""Addresses (units, floors, postcodes and towns around the street; numbered-part addresses) and dates of
birth (local calendars and digits, birth marks after the date, dates without a year after a birth cue)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def _spans(text: str, kind: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, k in detect_rules(text, lang) if k == kind]


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        ("Adres: Lindenstraße 12, 3. OG rechts, 50674 Köln. Danke", "tr", "Lindenstraße 12, 3. OG rechts, 50674 Köln"),
        (
            "We live at 45 Harbour Road, Apt 2C, Portland, OR 97201.",
            "en",
            "45 Harbour Road, Apt 2C, Portland, OR 97201",
        ),
        (
            "Vivo en la Rua das Flores 88, ap. 301, bairro Centro-Sul.",
            "es",
            "Rua das Flores 88, ap. 301, bairro Centro-Sul",
        ),
        (
            "J'habite 9 rue Victor Hugo, esc. B, 2e étage, 69002 Lyon",
            "fr",
            "9 rue Victor Hugo, esc. B, 2e étage, 69002 Lyon",
        ),
        ("Bor på Björkvägen 7, lgh 1203, 412 58 Göteborg", "sv", "Björkvägen 7, lgh 1203, 412 58 Göteborg"),
        (
            "she is at Flat 3A, Palm Court Building, 12 Coral Street, Accra",
            "en",
            "Flat 3A, Palm Court Building, 12 Coral Street, Accra",
        ),
        ("mesajı attı: Yenişehir Mah. Gül Sok. No:5 D:3 Çankaya.", "tr", "Yenişehir Mah. Gül Sok. No:5 D:3 Çankaya"),
        ("Живу: ул. Садовая, д. 7, кв. 15. Помогите", "ru", "ул. Садовая, д. 7, кв. 15"),
        (
            "Hapa Zone 55, Street 310, Building 9, Al Rayyan. Tafadhali",
            "sw",
            "Zone 55, Street 310, Building 9, Al Rayyan",
        ),
        ("địa chỉ số 5 ngõ 12 phố Lò Đúc, Hai Bà Trưng", "vi", "số 5 ngõ 12 phố Lò Đúc, Hai Bà Trưng"),
        (
            "住所は〒150-0001 東京都渋谷区神宮前4丁目3-2 メゾン青山305号室です",
            "ja",
            "〒150-0001 東京都渋谷区神宮前4丁目3-2 メゾン青山305号室",
        ),
        ("Vivimos en C/ Mayor 14, 1º izq., 28013 Madrid.", "es", "C/ Mayor 14, 1º izq., 28013 Madrid"),
    ],
)
def test_address_with_its_parts(text: str, lang: str, address: str) -> None:
    assert address in _spans(text, "ADDRESS", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I live in Madrid since 2019 and love it.", "en"),
        ("We are in Building 3 of the hospital until 5pm.", "en"),
        ("Estamos en Lisboa, 3 días más.", "es"),
        ("The meeting is on Floor 4, room 12 at the embassy.", "en"),
    ],
)
def test_no_address(text: str, lang: str) -> None:
    assert _spans(text, "ADDRESS", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("息子は平成30年4月1日生まれです", "ja", "平成30年4月1日"),
        ("出生：民國80年2月3日", "zh", "民國80年2月3日"),
        ("她叫王芳，1960年5月6号生的", "zh", "1960年5月6号"),
        ("아들 박민수 2015년 3월 9일생", "ko", "2015년 3월 9일"),
        ("Олег Петров, 1975 г.р., живёт в Минске", "ru", "1975 г.р."),
        ("ابني مواليد ١٤٣٠/٠٥/٢٠هـ", "ar", "١٤٣٠/٠٥/٢٠هـ"),
        ("ومواليد ٠٣-٠٤-١٩٩٠", "ar", "٠٣-٠٤-١٩٩٠"),
        ("พี่สาว เกิด 5 ธ.ค. 2530", "th", "5 ธ.ค. 2530"),
        ("born on 4 March, at the city hospital", "en", "4 March"),
        ("DOB 07-Jun-91 on my form", "en", "07-Jun-91"),
        ("Mtoto alizaliwa tarehe 2 Ramadan 1444 huko Jeddah", "sw", "2 Ramadan 1444"),
        ("জন্ম ২১শে ফেব্রুয়ারি ২০১০", "bn", "২১শে ফেব্রুয়ারি ২০১০"),
        ("Хүү маань 2020 оны 6 сарын 3-нд төрсөн", "mn", "2020 оны 6 сарын 3"),
        ("cháu tôi (sn 01/02/2005) đang ở đây", "vi", "01/02/2005"),
    ],
)
def test_date_of_birth(text: str, lang: str, date: str) -> None:
    assert date in _spans(text, "DATE_OF_BIRTH", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My flight is on 4 March 2025 and my passport expires 12/08/2026.", "en"),
        ("Appointment 2024年3月5日, please confirm", "zh"),
        ("เกิดเหตุวันที่ 3 ม.ค. 2567 ที่สนามบิน", "th"),  # "the incident happened on …"
        ("The baby is due on 2 June, can we register before?", "en"),
        ("Meeting 2023. 5. 1. 생활비 문의", "ko"),
    ],
)
def test_no_date_of_birth(text: str, lang: str) -> None:
    assert _spans(text, "DATE_OF_BIRTH", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        # Arabic-script keyword chains: units before and after the street, a part without a keyword between
        ("ساكنين في عمارة ٩ شارع النيل شقة ٤ حي الزمالك. شكرا", "ar", "عمارة ٩ شارع النيل شقة ٤ حي الزمالك"),
        ("العنوان: حي النخيل، شارع عمر بن الخطاب، فيلا 7", "ar", "حي النخيل، شارع عمر بن الخطاب، فيلا 7"),
        ("البيت في ٢٢ شارع الجمهورية. الرقم", "ar", "٢٢ شارع الجمهورية"),
        ("عنواني ص.ب 1234 جدة 21411", "ar", "ص.ب 1234 جدة 21411"),
        ("قاعدين في بناية السلام، شارع ٥، الكرادة، شقة ١٢. سجلونا", "ar", "بناية السلام، شارع ٥، الكرادة، شقة ١٢"),
        (
            "احنا ٥ هون، عمارة النور جنب جامع الرحمة الدور التاني، كلنا بخير",
            "ar",
            "عمارة النور جنب جامع الرحمة الدور التاني",
        ),
        ("آدرس: شیراز، خیابان زند، کوچه ۱۲، پلاک ۴، طبقه سوم", "fa", "شیراز، خیابان زند، کوچه ۱۲، پلاک ۴، طبقه سوم"),
        ("ما اینجاییم: ساختمان Sky View، خیابان Hamra، طبقه ۳. خوبیم", "fa", "ساختمان Sky View، خیابان Hamra، طبقه ۳"),
        ("پتہ: فلیٹ 7، 45 Station Road، Leeds LS1 4AB", "ur", "فلیٹ 7، 45 Station Road، Leeds LS1 4AB"),
        ("ہم ہاسٹل میں ہیں، Manas Avenue 12، بلاک C۔ باہر نہیں", "ur", "Manas Avenue 12، بلاک C"),
        ("הכתובת רחוב הרצל 12 דירה 4, תודה", "he", "רחוב הרצל 12 דירה 4"),
        ("ঠিকানা বাড়ি ৭, রোড ২, গুলশান, ঢাকা-১২১২ দিলে হবে?", "bn", "বাড়ি ৭, রোড ২, গুলশান, ঢাকা-১২১২"),
        ("አድራሻ ቦሌ ክ/ከተማ፣ ወረዳ 05፣ የቤት ቁጥር 321። ይቻላል?", "am", "ቦሌ ክ/ከተማ፣ ወረዳ 05፣ የቤት ቁጥር 321"),
        ("Хаяг: Дархан, Сонгинохайрхан дүүрэг, 3-р хороо, 12-р байр, 8 тоот", "mn",
         "Дархан, Сонгинохайрхан дүүрэг, 3-р хороо, 12-р байр, 8 тоот"),
        # Korean, in Hangul with city, district, building and flat, and in Latin letters
        ("주소는 부산광역시 해운대구 센텀중앙로 55, 101동 1203호 입니다", "ko",
         "부산광역시 해운대구 센텀중앙로 55, 101동 1203호"),
        ("the factory is at 12, Hanbit-ro 45beon-gil, Jinwi-myeon, Pyeongtaek-si", "en",
         "12, Hanbit-ro 45beon-gil, Jinwi-myeon, Pyeongtaek-si"),
        ("Manzil: Seo-gu, Gajwa-dong 22-7, 105-xona. Yordam", "uz", "Seo-gu, Gajwa-dong 22-7, 105-xona"),
        # Landmarks, abbreviations, door letters, dormitory rooms and a sentence-final street number
        ("New address: H.No. 5/2, Gali No. 4, near Hanuman Mandir, Rohini, Delhi-110085.", "hi",
         "H.No. 5/2, Gali No. 4, near Hanuman Mandir, Rohini, Delhi-110085"),
        ("we are at No. 9, 62nd St, between 30th & 31st St, all fine", "en", "No. 9, 62nd St, between 30th & 31st St"),
        ("at 4F, No. 8, Lane 20, Sec. 2, Heping Rd, Da'an Dist., Taipei", "en",
         "4F, No. 8, Lane 20, Sec. 2, Heping Rd, Da'an Dist., Taipei"),
        ("Mi casa: Av. Pellegrini 880, piso 2 \"C\", Rosario. Gracias", "es",
         "Av. Pellegrini 880, piso 2 \"C\", Rosario"),
        ("Живу: ул. Пушкина, д. 10, общежитие № 3, комн. 215. Что", "ru",
         "ул. Пушкина, д. 10, общежитие № 3, комн. 215"),
        ("Kami di No. 3, Jalan Mawar 12/4. Aman", "id", "No. 3, Jalan Mawar 12/4"),
        ("Adirẹ́sì mi: Al Nahda 1, Building 9, Flat 204. E se", "yo", "Al Nahda 1, Building 9, Flat 204"),
    ],
)
def test_address_chains_and_boundaries(text: str, lang: str, address: str) -> None:
    assert address in _spans(text, "ADDRESS", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نحنا ٤٠ واحد بالقارب، الموتور طفي", "ar"),  # "واحد" is "one", not a flat
        ("أنا ساكن في شارع الحمرا من زمان وكل شي تمام والحمد لله، وعمري 35 سنة", "ar"),  # no number near
        ("حي الملقا ومنطقة النخيل فيها 3 مدارس", "ar"),  # neighbourhoods alone
        ("ما ۳ نفر در تهران هستیم، خیابان‌ها شلوغه", "fa"),
        ("আমরা ৩ জন ঢাকায় আছি, ভালো আছি", "bn"),
        ("we met near Central Park with 3 friends", "en"),
    ],
)
def test_no_address_in_script_chains(text: str, lang: str) -> None:
    assert _spans(text, "ADDRESS", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        ("בני נולד בי\"ב בניסן תשפ\"ג (3.4.2023). כתובת", "he", ['י"ב בניסן תשפ"ג', "3.4.2023"]),
        ("The agent wrote DOB 02-Apr-90 but my passport says 02/04/1990, is that a problem?", "en",
         ["02-Apr-90", "02/04/1990"]),
        ("我的出生日期是1990年3月5日，旧护照上印成了1990年3月15日，能改吗", "zh", ["1990年3月5日", "1990年3月15日"]),
        ("孩子叫小明，5月12日在东京出生的，我的电话 090-1234-5678", "zh", ["5月12日"]),
    ],
)
def test_date_of_birth_repeated_and_calendars(text: str, lang: str, dates: list[str]) -> None:
    assert _spans(text, "DATE_OF_BIRTH", lang) == dates


def test_later_date_without_correction_is_not_birth() -> None:
    text = "DOB 02/04/1990, and my appointment is 15/06/2025 at 9am"
    assert _spans(text, "DATE_OF_BIRTH", "en") == ["02/04/1990"]
