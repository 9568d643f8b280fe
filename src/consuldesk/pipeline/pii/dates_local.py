"""Month names and date shapes of the round-16 pass, for `dates.py`. Data and bounded regex text only.

African languages (Luganda, Kirundi, Igbo, Malagasy, Wolof, Yoruba, Sesotho, Setswana), Haitian Creole, Irish, Maltese,
local calendars in Latin letters (Bikram Sambat, Ethiopian, Persian solar), Turkmen, the nominative and
genitive forms of Baltic and Slavic months, Gurmukhi, the Bengali calendar and Sorani Kurdish months
with their izafe "ی" ("١٢ی ئایاری ١٩٩٤").
"""

from __future__ import annotations

_LUGANDA = (
    "ogwolubereberye|ogw'olubereberye|ogwokubiri|ogw'okubiri|ogwokusatu|ogw'okusatu|ogwokuna|ogw'okuna|"
    "ogwokutaano|ogw'okutaano|ogwomukaaga|ogw'omukaaga|ogwomusanvu|ogw'omusanvu|ogwomunaana|ogw'omunaana|"
    "ogwomwenda|ogw'omwenda|ogwekkumi n'ogumu|ogw'ekkumi n'ogumu|ogwekkumi n'ebiri|ogw'ekkumi n'ebiri|"
    "ogwekkumi|ogw'ekkumi"
)
# Latin-script month names, matched without case (`dates.MONTHS`).
MONTHS = (
    _LUGANDA + "|" + _LUGANDA.replace("'", "’") + "|"
    # rn (Kirundi), ig, mg, wo, ht
    "nzero|ruhuhuma|ntwarante|ndamukiza|rusama|ruheshi|mukakaro|nyandagaro|myandagaro|gitugutu|munyonyo|"
    "kigarama|mach|machị|jenuwari|febuwari|febụwarị|mee|julai|ọgọọst|ogost|septemba|oktoba|novemba|jona|jiona|"
    "jiolay|aogostra|samwiye|sanwiye|fewriye|awril|suwe|sulet|septàmbar|sektàmbar|oktoobar|nowàmbar|desàmbar|"
    "janvye|fevriye|mas|jen|jiyè|jiye|out|septanm|oktòb|oktob|novanm|desanm|me|"
    # st tn
    "pherekgong|hlakola|hlakubele|mmesa|motsheanong|phupjane|phupu|phato|lwetse|mphalane|pudungwana|tshitwe|"
    "ferikgong|tlhakole|mopitlo|moranang|motsheganong|seetebosigo|phukwi|phatwe|diphalane|ngwanatsele|"
    "sedimonthole|"
    # yo (with and without tone marks)
    "ṣẹẹrẹ|sẹẹrẹ|sere|èrèlè|erele|ẹrẹ̀nà|ẹrẹna|erena|ìgbé|igbe|ẹ̀bibi|ẹbibi|ebibi|òkúdu|okudu|agẹmọ|agemo|"
    "ògún|owewe|ọ̀wàrà|ọwara|owara|bélú|belu|ọ̀pẹ̀|ọpẹ|"
    # ga mt
    "eanáir|eanair|feabhra|márta|marta|aibreán|aibrean|bealtaine|meitheamh|iúil|iuil|lúnasa|lunasa|"
    "meán fómhair|mean fomhair|deireadh fómhair|deireadh fomhair|samhain|nollaig|mí na nollag|jannar|frar|"
    "marzu|mejju|ġunju|gunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|dicembru|"
    # Bikram Sambat, Ethiopian and Persian solar months in Latin letters
    "baishakh|baisakh|baishak|jestha|jeth|asar|asadh|ashadh|shrawan|saun|sawan|bhadra|bhadau|asoj|ashwin|"
    "kartik|kattik|mangsir|manghsir|poush|push|magh|falgun|phagun|chaitra|chait|meskerem|tikimt|tikemt|"
    "hidar|tahsas|yekatit|megabit|miyazya|genbot|ginbot|hamle|nehase|pagume|farvardin|ordibehesht|khordad|"
    "mordad|shahrivar|mehr|aban|bahman|esfand|"
    # tk; lt lv nominative and genitive; cs pl uk hr nominative
    "ýanwar|fewral|maý|iýun|iýul|awgust|sentýabr|oktýabr|noýabr|sausis|vasaris|kovas|balandis|gegužė|"
    "birželis|rugpjūtis|rugsėjis|spalis|lapkritis|gruodis|janvāris|februāris|aprīlis|maijs|jūnijs|jūlijs|"
    "augusts|septembris|oktobris|novembris|decembris|janvāra|februāra|aprīļa|maija|jūnija|jūlija|leden|únor|"
    "březen|duben|květen|červen|červenec|srpen|říjen|prosinec|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|"
    "sierpień|wrzesień|październik|grudzień|січень|лютий|березень|квітень|червень|липень|серпень|вересень|"
    "жовтень|листопад|грудень|siječanj|veljača|ožujak|travanj|svibanj|lipanj|srpanj|kolovoz|rujan|listopad|"
    "studeni|prosinac|"
    # su (Sundanese), ny (Chichewa)
    "pébruari|pebruari|méi|séptémber|nopémber|désémber|januwale|febuluwale|malichi|epulo|meyi|julayi|"
    "ogasiti|seputembala|okutobala|novembala|disembala"
)
_SORANI = (
    "کانوونی دووەم|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەممووز|تەمووز|ئاب|ئەیلوول|تشرینی یەکەم|تشرینی دووەم|"
    "کانوونی یەکەم|خاکەلێوە|بانەمەڕ|جۆزەردان|پووشپەڕ|گەلاوێژ|خەرمانان|ڕەزبەر|گەڵاڕێزان|سەرماوەز|بەفرانبار|"
    "ڕێبەندان|ڕەشەمە"
)
# Month names in scripts without case (`dates._OTHER_MONTHS`): Gurmukhi, the Bengali calendar, Sorani
# months with the izafe "ی" (the bare forms are in `cues_world2`).
OTHER_MONTHS = (
    "ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ|বৈশাখ|জ্যৈষ্ঠ|"
    "আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র|"
    + "|".join(m + "ی" for m in _SORANI.split("|"))
    # the Bikrami (Nanakshahi) months in Gurmukhi
    + "|ਚੇਤ|ਵੈਸਾਖ|ਜੇਠ|ਹਾੜ੍ਹ|ਹਾੜ|ਸਾਵਣ|ਭਾਦੋਂ|ਅੱਸੂ|ਕੱਤਕ|ਮੱਘਰ|ਪੋਹ|ਮਾਘ|ਫੱਗਣ"
    # the Maghreb's French-derived months (Algeria, Tunisia, Morocco): "4 جويلية 2008", "الفاتح جانفي 1961"
    + "|جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|جويليه|يوليوز|غشت|أوت|اوت|شتنبر|دجنبر|نونبر"
    # Dhivehi, in Thaana: "14 ޖުލައި 1997"
    + "|ޖަނަވަރީ|ފެބްރުއަރީ|މާރިޗު|މާރޗް|އޭޕްރިލް|މެއި|ޖޫން|ޖުލައި|އޯގަސްޓު|ސެޕްޓެމްބަރު|އޮކްޓޫބަރު|ނޮވެމްބަރު|ޑިސެމްބަރު"
)
# Vietnamese months in words after "tháng" ("15 tháng Tám năm 2019"; "tháng Năm" is May).
VI_MONTH_WORDS = r"(?i:giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s(?:một|hai))?|chạp)"

# Words between the day and the month, or the month and the year: Maltese "4 ta' Settembru 2023", Swahili
# "3 Aprili mwaka 1952" (year), Xhosa/Zulu "28 kaJuni 1993" (glued).
DAY_MONTH_LINK = r"ta['’]\s+|(?i:ka)[\-\s]?"
MONTH_YEAR_LINK = r"\s+(?i:mwaka)|\s+ਸੰਮਤ|\s+संवत"  # Swahili "mwaka", Bikrami "ਸੰਮਤ 2006"
# Day suffixes: Somali "24-ka Juun", Sorani "١٢ی ئایاری", Irish "12ú".
DAY_SUFFIX = r"-(?i:ka|da|ta|уми|юми|ум|юм)|ی|ú"  # Irish "12ú Lúnasa", Tajik "5-уми сентябри"
# The Afghan solar months (Dari and Pashto)
_AFGHAN_MONTHS = "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
# Year-first dates with a year word, the month in letters (`{m}` is the month pattern): Latvian "2023. gada
# 3. janvārī", Azerbaijani "2016-cı il 14 fevral", Uzbek "2010-yil 5-may", Kazakh "2010 жылы 5 мамыр",
# Turkmen "2010-njy ýylyň 5-nji maýy", Kyrgyz "2001-жылдын 14-мартында", Tatar "2023 елның 9 апрелендә",
# Lithuanian "2016 m. rugpjūčio 11 d.". The possessive and locative ending glued to the month is in the span
# ("maýynda", "мартында", "қарашасында", as the corpus writers label it); a bare locative is not ("5-mayda").
YEAR_WORD_DATE = (
    r"\d{{4}}(?:\.\s?(?i:gada)|-?(?i:ci|cı|cu|cü)\s(?i:il|ilin)|[\s\-]?(?i:yil|йил)(?i:ning|нинг|da|да|i|и)?"
    r"|-?(?i:njy|nji)\s(?i:ýylyň|ýyl)|[\s\-](?:жылы|жылғы|жылдың|жылдын|ж\.|елның|елда|ел))"
    r"\s\d{{1,2}}(?:\.|-(?i:nji|njy)?)?\s?{m}(?i:ynda|inde|unda|ünde|ında|ында|инде|інде|унда|үндө|үнде|сында|сінде|ендә)?"
    r"(?=(?:-?(?i:da|de|ta|te|да|де|та|те|дә|тә))?(?![^\W\d_]))"
    r"|\d{{4}}\s?m\.\s{m}\s\d{{1,2}}(?:\s?d\.)?"
    # Georgian "1991 წლის 7 მაისს", Basque "1948ko urriaren 3an" (months of their own, with case endings)
    r"|\d{{4}}\s?წლის\s\d{{1,2}}\s(?:იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტო|სექტემბერ|ოქტომბერ|ნოემბერ"
    r"|დეკემბერ)[ა-ჰ]{{0,2}}"
    r"|\d{{4}}-?ko\s(?i:urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu)[a-z]{{0,5}}"
    r"\s\d{{1,2}}(?:-?an)?(?![^\W\d_])"
    # Nepali Bikram Sambat "२०८१ साल माघ ७ गते" (`m` holds the Nepali months)
    r"|\d{{4}}\s?साल(?:को)?\s{m}\s\d{{1,2}}(?:\s?गते)?"
    # Afghan solar months (Dari and Pashto), only as a full date: "۵ حمل ۱۴۰۳"
    rf"|\d{{{{1,2}}}}\s(?:{_AFGHAN_MONTHS})\s\d{{{{4}}}}"
    # Armenian, year first and the month in the genitive: "1996 թ. հոկտեմբերի 9-ին", "1993-ի փետրվարի 21-ին"
    r"|\d{{4}}(?:\s?թ\.|\s?թվականի|-ի)\s(?:հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր"
    r"|հոկտեմբեր|նոյեմբեր|դեկտեմբեր)ի\s\d{{1,2}}(?:-ին|-ը|-ից)?"
    # Georgian, year first "of the year", then the day and the month in the dative: "2022 წლის 9 ნოემბერს"
    r"|\d{{4}}\s?წლის\s\d{{1,2}}\s(?:იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტო|სექტემბერ|ოქტომბერ"
    r"|ნოემბერ|დეკემბერ)[სი]?"
    # the year with its year word, then the month and the day: Tamil "2025ஆம் ஆண்டு ஜனவரி 14", Telugu "౧౯౮౮
    # సంవత్సరం నవంబర్ ౧౭", Odia "୨୦୨୪ ମସିହା ଅକ୍ଟୋବର ୯", Dhivehi "2019 ވަނަ އަހަރުގެ އޯގަސްޓު 3"
    r"|\d{{4}}(?:-?ஆம்)?\s?(?:ஆண்டு|సంవత్సరం|ମସିହା|ވަނަ\sއަހަރުގެ)\s{m}\s\d{{1,2}}(?!\d)"
    # Pashto "۲۰۱۹ کال د جنوري په ۷مه", "۱۳۷۲ کال د حمل ۵مه" (the Afghan solar months too)
    rf"|\d{{{{4}}}}\sکال\sد\s(?:{{m}}|{_AFGHAN_MONTHS})\s(?:په\s)?\d{{{{1,2}}}}(?:مه)?"
    # Khmer day, month and year words: "ថ្ងៃទី១៧ ខែមិថុនា ឆ្នាំ១៩៩៨", "ថ្ងៃទី ៥ មករា ១៩៩៥"
    r"|ថ្ងៃទី\s?\d{{1,2}}\s?(?:ខែ\s?)?(?:មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ)"
    r"\s?(?:ឆ្នាំ\s?)?\d{{4}}"
)
# Fillers between a birth cue and its date: Luganda "nga", Kirundi "ku wa", Albanian "më", Irish "ar an",
# Xhosa/Zulu "nge-", "ngomhla ka-", "ngomhla we-17", "ngomhla zi-14", Maltese "fl-", "nhar", Igbo/Swahili "na".
LEAD_WORDS = r"nga|ku|wa|më|ar|an|nge-|ngo-|ka-|we-|zi-|ngomhla|fl-|fil-|nhar|na"
# Words that open a birthplace before the date: Norwegian/Swedish/Danish "på", "i", "ved".
PLACE_WORDS = r"på|i|ved"
# A birth label after a numeric date, joined by a copula: "12/03/1990 is my date of birth", "12/03/1990 es mi
# fecha de nacimiento", "12.03.1990 ist mein Geburtsdatum".
LABEL_AFTER = (
    r"(?i:is|was|es|era|est|ist|war|é|è|jest|je|este|är|er)\s(?i:(?:my|his|her|their|our|the|mi|su|ma|sa|mon|"
    r"son|mein|meine|sein|seine|ihr|ihre|il|la|a|o|moja|jego|jej|data|min|hans|hennes)\s)?"
    r"(?i:date of birth|birth ?date|birthday|dob|d\.o\.b\.?|fecha de nacimiento|date de naissance|"
    r"geburtsdatum|geburtstag|data di nascita|data de nascimento|data urodzenia|data nașterii|data nasterii|"
    r"födelsedatum|fødselsdato|datum narození|datum rođenja|doğum tarihi(?:m|dir)?|tanggal lahir)(?![^\W\d_])"
)
