"""Round 16, second pass: Ethiopic name lists and glued titles, Bengali honorifics after a name, Lao, Khmer and
Georgian names after kinship words, Persian/Urdu/Pashto kinship words, Marathi "श्री.", Nguni class prefixes and
Oromo cues. Invented examples, with near misses that must give nothing."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def persons(text: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, kind in detect_rules(text, lang) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # Tigrinya/Amharic: a list after "names:", each item a given and a father's name
        ("ካብ ሊብያ ወጺእና። ኣስማት፦ ዳዊት ተስፋይ፣ ሳባ ገብረሚካኤል፣ ሄኖክ ኣማኑኤል። ሓገዝ ንደሊ", "ti",
         ["ዳዊት ተስፋይ", "ሳባ ገብረሚካኤል", "ሄኖክ ኣማኑኤል"]),
        # "to Mr …": the title and its glued preposition stay out
        ("ውክልና ለእህቴ ነው። ለአቶ ዳንኤል ታደሰ መስጠት እፈልጋለሁ", "am", ["ዳንኤል ታደሰ"]),
        # a second word that opens like a preposition (ከ…) but is a known name, a third "ወልደ…" word
        ("ወንድሜ ቴዎድሮስ ከበደ ጠፍቷል", "am", ["ቴዎድሮስ ከበደ"]),
        # a time word after the name ends it; "his father" is a kinship cue too
        ("ወንድሜ ቴዎድሮስ ትናንት ማታ ፖሊስ ተይዟል", "am", ["ቴዎድሮስ"]),
        ("ብቻዬን ልሄድ ነው። አባቱ ዮናስ ሌላ አገር ነው ያለው", "am", ["ዮናስ"]),
        ("ስሜ ብርቱካን አለሙ ወልደገብርኤል፣ ፓስፖርቴ ጠፍቷል", "am", ["ብርቱካን አለሙ ወልደገብርኤል"]),
        # Marathi: the title with a dot, a father's name between given name and surname
        ("माझे काका श्री. सुरेश मधुकर देशपांडे यांचे निधन झाले", "mr", ["सुरेश मधुकर देशपांडे"]),
        # Bengali: a known given name before an honorific written after it
        ("রাতে রহিম ভাই সব কাগজ গুছিয়ে দিলেন", "bn", ["রহিম"]),
        # Lao: a word set off by spaces after a kinship word, and before "phone" and a number
        ("ອ້າຍ ສົມບັດ ຍັງຢູ່ໂຮງງານ", "lo", ["ສົມບັດ"]),
        ("ຊ່ວຍແດ່. ບຸນທອງ ໂທ 020 5555 1234", "lo", ["ບຸນທອງ"]),
        # Khmer: "I" before a common family name and a given name
        ("ខ្ញុំ ចាន់ សុភា ចង់សួរអំពីលិខិតឆ្លងដែន", "km", ["ចាន់ សុភា"]),
        # Georgian: a kinship word with its possessive glued, a name in apposition; "we, A and B,"
        ("დედაჩემი, ნინო, საავადმყოფოშია.", "ka", ["ნინო"]),
        # Persian cousin, Urdu oblique "my son", Pashto "my brother", Urdu "doctor"
        ("پسر کاکایم محمود دیروز گرفتار شد", "fa", ["محمود"]),
        ("میرے بیٹے عمران کو رہا کریں", "ur", ["عمران"]),
        ("زما ورور ګل محمد په زندان کې دی", "ps", ["ګل محمد"]),
        ("ڈاکٹر ثمینہ کا شکریہ", "ur", ["ثمینہ"]),
        # Nguni and Shona: a class prefix glued to the name
        ("Umfowethu uThabo Mokoena ulimele kakhulu.", "zu", ["Thabo Mokoena"]),
        ("NdinguSipho, ndicela uncedo.", "xh", ["Sipho"]),
    ],
)
def test_found(text: str, lang: str, names: list[str]) -> None:
    assert sorted(persons(text, lang)) == sorted(names)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "a doctor's letter": no honorific, no name
        ("የዶክተር ደብዳቤ ያስፈልጋል?", "am"),
        # Bengali "my brother", "elder brother": no name before the honorific
        ("আমার ভাই আর বড় ভাই দুজনেই দুবাইতে", "bn"),
        # Lao: a kinship word before an ordinary word ("mother is ill", "documents")
        ("ແມ່ ເຈັບ ຢູ່ໂຮງໝໍ", "lo"),
        ("ແມ່ຂ້ອຍເລື່ອງເອກະສານ ໄວຫຼາຍ", "lo"),
        # Urdu: "my son" before a verb, Persian "my brother" before a place
        ("میرے بیٹے کو ویزا چاہیے", "ur"),
        ("برادرم در مشهد است", "fa"),
        # Nguni and Shona: months, God, and places take prefixes too
        ("Sizofika ngoDisemba, uNkulunkulu asibusise.", "zu"),
        ("Ndinoenda kuLondon muna Chikunguru.", "sn"),
    ],
)
def test_not_found(text: str, lang: str) -> None:
    assert persons(text, lang) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # tone marks with no precomposed letter stay combining marks: they are inside the name word
        ("Ìyá mi, Alhaja Mọ́riámọ̀ Àjàlá, ni wọ́n gbé lọ sí ilé ìwòsàn ní Jeddah", ["Mọ́riámọ̀ Àjàlá"]),
        ("arákùnrin kan láti Ìbàdàn, Ọ̀gbẹ́ni Fálọ́lá, ti wà ní àtìmọ́lé", ["Fálọ́lá"]),
    ],
)
def test_yoruba_names_keep_their_combining_tone_marks(text: str, names: list[str]) -> None:
    assert persons(text, "yo") == names


def test_a_lao_word_for_age_does_not_extend_a_name() -> None:
    assert persons("ນ້ອງສາວຂ້ອຍ ແສງດາວ ອາຍຸ 16 ປີ ຖືກພາໄປເຮັດວຽກ", "lo") == ["ແສງດາວ"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lone known given name after a kinship word, with or without "my"; "age" ends the name
        ("ប្អូនស្រីខ្ញុំ ស្រីនាង ត្រូវគេលួចយកលិខិតឆ្លងដែន", ["ស្រីនាង"]),
        ("កូនប្រុសខ្ញុំ ពិសិដ្ឋ អាយុ ៦ ឆ្នាំ បាត់ខ្លួន", ["ពិសិដ្ឋ"]),
        ("ប្អូនប្រុស រតនា លិចទឹក នៅឆ្នេរ Jomtien", ["រតនា"]),
    ],
)
def test_khmer_given_names_after_a_kinship_word(text: str, names: list[str]) -> None:
    assert persons(text, "km") == names
