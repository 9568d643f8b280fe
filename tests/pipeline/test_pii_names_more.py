"""Names in Thai and Burmese (`names_sea.py`), lists and bracketed names in Chinese, Japanese and Korean
(`names_cjk.py`), and the Arabic, Persian, Kurdish and Hebrew cues added to `caseless.py`. Invented
people throughout; every example checks the exact span, and each family has negatives (organisations,
hotels, places, and common words after a word that looks like an honorific)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def persons(text: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, kind in detect_rules(text, lang) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # Thai: titles glued to the name, "named", a pronoun introducing a full name, a list after "names:"
        ("ติดต่อคุณสมหญิง 081-234-5678", "th", ["สมหญิง"]),
        ("นางสาวมาลี ใจงาม เกิด 1/1/2530", "th", ["มาลี ใจงาม"]),
        ("เพื่อนผม นายวิชัย หายตัวไป", "th", ["วิชัย"]),
        ("ลูกสาว (น้องแก้ม) อายุ 5 ขวบ", "th", ["แก้ม"]),
        ("ผม สมชาย ใจดี ครับ", "th", ["สมชาย ใจดี"]),
        ("ชื่อ: สมชาย, สมหญิง, วิชัย ปลอดภัยทุกคน", "th", ["สมชาย", "สมหญิง", "วิชัย"]),
        # a given name that is also a surname follows as the surname; a known full name needs no cue; the
        # given name again, glued into a later clause
        ("ดิฉันนางสาวกมลวรรณ บุญมา ขอแจ้งว่า", "th", ["กมลวรรณ บุญมา"]),
        ("ผมเป็นรูมเมทของธนากร ศรีสุข เมื่อวานตม.มาจับธนากรที่ไซต์ก่อสร้าง", "th", ["ธนากร ศรีสุข", "ธนากร"]),
        # Burmese: Ko/Ma/U/Daw glued before the name, a kinship word before it, a list after a name
        ("အဖေ ဦးအောင်မြင့်၊ အမေ ဒေါ်ခင်ခင်", "my", ["အောင်မြင့်", "ခင်ခင်"]),
        ("ကိုမင်းထက်၊ ဇော်ဝင်း ဘေးကင်းပါတယ်", "my", ["မင်းထက်", "ဇော်ဝင်း"]),
        ("ညီလေး အောင်ကျော် ပျောက်နေတယ်", "my", ["အောင်ကျော်"]),
        # Chinese: a list of full names, "surnamed X", an official's title, a kinship word with a long given name
        ("我们都平安：王小明、李娜、张伟。", "zh", ["王小明", "李娜", "张伟"]),
        ("是一位姓刘的先生接的电话", "zh", ["刘"]),
        ("请联系何主任", "zh", ["何"]),
        ("我舅舅袁德明今天住院了", "zh", ["袁德明"]),
        ("我弟韦杰在迪拜被扣了", "zh", ["韦杰"]),
        ("孩子叫俞小雨，今年五岁", "zh", ["俞小雨"]),
        ("我丈夫王建军（WANG JIANJUN）被扣留了", "zh", ["王建军", "WANG JIANJUN"]),
        # Japanese: a list, the katakana reading in brackets, "a man called X", a name opening the message
        ("家族は無事です：山田太郎、山田花子、山田健", "ja", ["山田太郎", "山田花子", "山田健"]),
        ("氏名 佐藤美咲（サトウ ミサキ）です", "ja", ["佐藤美咲", "サトウ ミサキ"]),
        ("店長は中村って人です", "ja", ["中村"]),
        ("高橋健、いまバンコクにいます。", "ja", ["高橋健"]),
        # Korean: a list, a kinship word with the name in brackets, "name" without a colon
        ("가족 모두 무사합니다: 김민수, 김지영, 김하늘", "ko", ["김민수", "김지영", "김하늘"]),
        ("아버지(박철수, 61세)가 연락이 안 돼요", "ko", ["박철수"]),
        ("이름 최유리 / 연락처 010-2233-4455", "ko", ["최유리"]),
        ("아들 이름 정우진, 번호 010-1111-2222", "ko", ["정우진"]),
        ("상담 박실장 010-8000-1234", "ko", ["박"]),
        # Arabic: four-part names, kinship words with "and" glued before them, "in the name of"
        ("اسمه عبد الرحمن خالد يوسف. رقمي 0501234567", "ar", ["عبد الرحمن خالد يوسف"]),
        ("أنا وأختي مريم بخير", "ar", ["مريم"]),
        ("الحجز باسم أحمد بن علي", "ar", ["أحمد بن علي"]),
        # Persian: "in the name of", a teacher's title, "his friend"
        ("به نام علی رضایی واریز کنید", "fa", ["علی رضایی"]),
        ("تماس با استاد کامران", "fa", ["کامران"]),
        # Central Kurdish: "my name", "the father's name", "my brother"
        ("ناوم ئازاد کەریم. پاسپۆرتەکەم ون بووە", "ckb", ["ئازاد کەریم"]),
        ("ناوی باوکی سۆران عەلی.", "ckb", ["سۆران عەلی"]),
        ("من و براکەم ئاراس و دایکم", "ckb", ["ئاراس"]),
        # Hebrew: a double-barrelled surname
        ("אחי דניאל לוי-כהן נעדר", "he", ["דניאל לוי-כהן"]),
    ],
)
def test_names_found(text: str, lang: str, names: list[str]) -> None:
    found = persons(text, lang)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Thai: "thank you", "quality", "you must", "employer", kinship words, a spaced "you", places, a hotel
        ("ขอบคุณครับ", "th"),
        ("คุณภาพดีมาก", "th"),
        ("คุณต้องไปสถานทูตเองครับ", "th"),
        ("นายจ้างไม่จ่ายเงินเดือน", "th"),
        ("พี่ชายของผมหายไป", "th"),
        ("คุณแม่ของผมป่วย", "th"),
        ("น้องๆ ทุกคนปลอดภัย", "th"),
        ("ชื่อบริษัท ABC", "th"),
        ("ลงชื่อไว้ให้ด้วยนะคะ", "th"),
        ("ขอรายชื่อทนายความด้วยครับ", "th"),
        # Burmese: negation "မ" before verbs, "self", a dollar amount, "little brother is unwell", the country
        ("ကျွန်တော် မနေနိုင်ဘူး", "my"),
        ("ကိုယ်တိုင် လာမယ်", "my"),
        ("ဒေါ်လာ ၁၀၀", "my"),
        ("ညီလေး နေမကောင်းဘူး", "my"),
        ("အမေ ရန်ကုန်မှာ နေတယ်", "my"),
        # Chinese: a list of cities and of documents, "surnamed" without a surname, a company
        ("我去过北京、上海、广州。", "zh"),
        ("需要护照、签证、照片。", "zh"),
        ("我父亲上个月去世了", "zh"),
        ("华为公司的经理", "zh"),
        # Japanese: a list of places, a station opening the message
        ("東京駅です。", "ja"),
        ("大阪、京都、奈良に行きました", "ja"),
        # Korean: an address word and a particle before a number, a list of places
        ("집 주소는 3250 Wilshire Blvd", "ko"),
        ("서울, 부산, 대구에 있어요", "ko"),
        # Kurdish: a verb after "my daughter"
        ("پاسپۆرتی کچەکەم نوێ بکەمەوە لە لەندەن", "ckb"),
    ],
)
def test_no_name(text: str, lang: str) -> None:
    assert persons(text, lang) == []


# Lists of known names in spaced caseless scripts (`names_lists.py`), and the cue fixes of this round in
# Arabic, Urdu, Hebrew, Hindi, Bengali and the Latin-script rules (invented people).
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # Arabic: a list joined by a glued "and", "I" in the list, a kinship word after another one
        ("كلنا بخير. خالد وسمير وياسر وأنا هاني. الحمد لله", "ar", ["خالد", "سمير", "ياسر", "هاني"]),
        ("نحن بخير، أنا وأمي وأختي سلمى.", "ar", ["سلمى"]),
        ("شكرا لأستاذ نبيل وأستاذ طارق في القنصلية", "ar", ["نبيل", "طارق"]),
        ("الأب ماجد، والأم ليلى سمير. نريد تسجيل المولود", "ar", ["ليلى سمير"]),
        ("اسمه عالبطاقة فادي، وهو موظف", "ar", ["فادي"]),
        # Persian: "me and A and B"; Urdu: a list after a colon, "named"
        ("حال ما خوبه، من و نسرین و کاوه سالمیم", "fa", ["نسرین", "کاوه"]),
        ("نام لکھ لیں: زینب، حمزہ، عمران اور باقی سب", "ur", ["زینب", "حمزہ", "عمران"]),
        ("بیٹے کا نام احمد رضا رکھا ہے۔", "ur", ["احمد رضا"]),
        # Hebrew: a list with a glued "and", the name label, "thanks to"
        ("כולנו בסדר: נועה, יונתן, מיכל ועומר.", "he", ["נועה", "יונתן", "מיכל", "עומר"]),
        ("שם: יעל ברק-שמיר, נולדה בחיפה", "he", ["יעל ברק-שמיר"]),
        ("תודה רבה ליוסי מהקונסוליה", "he", ["יוסי"]),
        # Hindi: a list after a colon with a name the gazetteer lacks, kinship labels, a name before a phone
        ("सूची: राहुल, पूनम, सलमान खान, सुनील", "hi", ["राहुल", "पूनम", "सलमान खान", "सुनील"]),
        ("पति: अजय वर्मा, पत्नी: सुनीता वर्मा", "hi", ["अजय वर्मा", "सुनीता वर्मा"]),
        ("संपर्क: राहुल 98110-22334", "hi", ["राहुल"]),
        # Bengali: "Md." before a name is part of the legal name (session 15: most writers label it so)
        ("বাবার নাম মোঃ কামাল হোসেন।", "bn", ["মোঃ কামাল হোসেন"]),
        ("আমার বাবা মোঃ আব্দুর রহিম গত মাসে দুবাইতে মারা গেছেন", "bn", ["মোঃ আব্দুর রহিম"]),
        # Latin script: a hotel word in another script, Turkish "I"/"mother" and case endings, a closing
        # quote, a name glued to a Korean copula, Hausa "da" (and) between two full names
        ("จองโรงแรม Lotte Jamsil ไว้แล้ว", "th", []),
        ("Ben Emre Kaplan, eşim Derya.", "tr", ["Emre Kaplan"]),
        ("Anne Elif Aksoy, baba Hakan Aksoy.", "tr", ["Elif Aksoy", "Hakan Aksoy"]),
        ("kardeşim Burak Yılmaz'ı gözaltına aldılar", "tr", ["Burak Yılmaz"]),
        ("Konsoloslukta Murat Bey çok yardımcı oldu", "tr", ["Murat"]),
        ("rekening a.n. Agus Santoso'. Asli?", "id", ["Agus Santoso"]),
        ("저는 Lucia Gomez예요", "ko", ["Lucia Gomez"]),
        ("Sunaye: Musa Bello, Ibrahim Sani da Yusuf Garba", "ha", ["Musa Bello", "Ibrahim Sani", "Yusuf Garba"]),
    ],
)
def test_lists_and_cues_found(text: str, lang: str, names: list[str]) -> None:
    found = persons(text, lang)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    ("text", "lang", "not_names"),
    [
        # lists of things, a list of two names without a colon, places joined by "and"
        ("نحتاج الجواز والإقامة والهوية، والصور", "ar", ["الجواز", "الإقامة", "الهوية"]),
        ("نور وأمل في القلب", "ar", ["نور", "أمل"]),
        ("דרכון, תעודת זהות ותמונה", "he", ["דרכון"]),
        ("शिक्षा, स्वास्थ्य, विकास और रोजगार", "hi", ["विकास"]),
        # a kinship word after "in the name of" stays out; a Maghrebi verb after a name is no surname
        ("كاتبها باسم أبوي فادي", "ar", ["أبوي فادي"]),
        ("واحد سميتو فادي كيبيع المواعيد", "ar", ["فادي كيبيع", "فادي كيبيع المواعيد"]),
        # hotels, buildings, streets, ports named after people
        ("ساختمان Maria Tower، طبقه ۳", "fa", ["Maria"]),
        ("Alamat: Jl. Ahmad Yani no. 5", "id", ["Ahmad Yani"]),
        ("sono all'Hostal Carmen, aiuto", "it", ["Carmen"]),
        ("diving da Port Ahmed ieri", "it", ["Ahmed"]),
        ("auf der Polizeistation Patong Beach", "de", ["Patong"]),
        # Portuguese "da" inside one name
        ("Olá, sou Maria da Graça Souza", "pt", ["Maria", "Graça Souza"]),
    ],
)
def test_lists_and_cues_not_names(text: str, lang: str, not_names: list[str]) -> None:
    found = persons(text, lang)
    for word in not_names:
        assert word not in found, (word, found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Soraty azafady: Razafindrakoto Miora sy Tiana zanany", ["Razafindrakoto Miora", "Tiana"]),
        ("Misaotra betsaka Ramatoa Rasoanirina tao amin'ny birao", ["Rasoanirina"]),  # the title stays out
        ("Tany Port-Louis omaly ny zanako Hery Rakotomalala, teraka ny 12 Mey", ["Hery Rakotomalala"]),
        ("Raha mbola tsy misy valiny rahampitso dia hiantso indray aho", []),  # "Raha" (if) is no surname
    ],
)
def test_malagasy_surnames_mark_a_name(text: str, names: list[str]) -> None:
    assert persons(text, "mg") == names
