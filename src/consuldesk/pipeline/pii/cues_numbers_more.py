"""More number cue words (round 16): passports, national IDs, case references and phones. Data only.

Lowercase, '|'-separated, joined into the lists of `cues.py`. Written per language family for the
languages where the detector was weakest: African languages (Oromo, Somali, Amharic, Tigrinya,
Luganda, Kinyarwanda, Malagasy, Shona, Zulu, Xhosa, Wolof), South Asian scripts (Punjabi, Assamese,
Odia, Kannada, Gujarati), Central Asian and Caucasian languages (Kyrgyz, Uzbek, Tajik, Azerbaijani,
Georgian and Armenian, also romanised), East European and Nordic forms, romanised Arabic chat. The
agglutinative languages glue possessives and cases onto the word ("baasaboorkaygu", "паспортумду",
"ፓስፖርቴ"): the common forms are listed one by one, as the cue scan matches whole words.
A "/" inside an abbreviation is read as a space by the scan ("პ/ნ" is written "პ ნ" here).
"""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_world import split_terms

PASSPORT = split_terms(
    # om: paaspoortii "passport" with its case endings
    "paaspoortiin|paaspoortii koo|paaspoortiin koo|paaspoortii isaa|paaspoortii ishee|paaspoortiiwwan|",
    # lg: paasipooti
    "paasipooti|paasipooti yange|paasipooti ye|paasipooti yo|paasipooti zange|paasipooti zaabwe|",
    # so: baasaboor + possessive/definite endings
    "baasaboorkaygu|baasaboorkiisu|baasaboorkeedu|baasaboorkayagu|baasaboorkeenu|baasaboorkaagu|",
    "baasaboorkaaga|baasaboorkiisa|baasaboorkeeda|baasaboorkayaga|baasaboorkii|baasaboorada|baasaboorkooda|",
    # am ti: ፓስፖርት + possessives (the last syllable changes)
    "ፓስፖርቴ|ፓስፖርቷ|ፓስፖርትህ|ፓስፖርትሽ|ፓስፖርታችን|ፓስፖርታቸው|ፓስፖርቱን|ፓስፖርቴን|ፓስፖርቷን|የፓስፖርት ቁጥር|",
    "የፓስፖርት ቁጥሩ|የፓስፖርት ቁጥሬ|ፓስፖርትና|ፓስፖርትኩም|ፓስፖርታ|ፓስፖርቶም|ቁጽሪ ፓስፖርትና|ቁጽሪ ፓስፖርተይ|",
    # mg sn xh zu rw
    "pasipaorony|pasipaoroko|pasipaoronao|pasipaoronay|pasipaorontsika|mapasipoti|pasipoti yangu|",
    "ipassport|i-passport|i-pasipoti|ipaspoto|pasiporo yanjye|pasiporo ye|",
    # pa as or: Gurmukhi, Assamese with its apostrophe
    "ਪਾਸਪੋਰਟ|ਪਾਸਪੋਰਟ ਨੰ.|ਪਾਸਪੋਰਟ ਨੰਬਰ|ਪਾਸਪੋਰਟ ਨੰ|পাছপ'ৰ্ট|পাছপ’ৰ্ট|পাছপ'ৰ্ট নং|পাছপ’ৰ্ট নং|পাছপৰ্ট|",
    "ପାସପୋର୍ଟ ନଂ.|",
    # ka hy az (romanised and Latin)
    "pasportis nomeri|pasportis|anznagir|anznagirs|anznagire|anznagirn|anznagri hamar|anznagri hamary|",
    "pasportunuz|pasportunuzun|pasportu|pasportumu|pasportumuz|pasportumun|pasportun|",
    # ky uz tg kk ru uk: case and possessive forms, colloquial "загран"
    "паспортумду|паспортумдун|паспорту|паспортун|чет элдик паспорт|чет элдик паспортум|чет элдик паспортумду|",
    "паспорти|паспортини|паспортимни|паспортининг|pasporti|pasportini|pasportimni|шиносномаамро|шиносномаашро|",
    "шиносномаро|шиносномаат|шиносномааш|паспортымды|паспортым|төлқұжатымды|загран|загранник|загранника|",
    "загранку|закордон|закордонника|",
    # fi da ga: case forms, abbreviations, Irish mutations of "pas"
    "passi|passin|passia|passissa|passista|passiin|passit|pasnr|pasnr.|pas nr.|mit pas|paset|",
    "phas|bpas|tseanphas|uimhir an phas|uimhir phas|uimhir pas|",
    # romanised Arabic chat (Levantine, Egyptian, Gulf)
    "jawaz|jawazi|el jawaz|ra2m el jawaz|ra2m jawazi|jawaz el safar|basbor|el basbor|basbori|basbort|",
    "el basbort|ra2m el basbor|pass|",
    # ar fa: possessive forms, colloquial "basbor"
    "جوازه|جوازها|جوازك|جوازنا|جوازاتنا|جوازات|باسبور|الباسبور|باسبوري|باسبوره|باسبورها|بسبور|باسبورت|الباسبورت|",
    "پاسپورتش|پاسپورتت|پاسپورتشون|شماره پاسپورتش|شماره پاسپورتم|گذرنامه‌ام|گذرنامه‌اش|",
    # vi without diacritics, my glued to "number", xh
    "ho chieu|so ho chieu|ho chieu so|ပတ်စ်ပို့နံပါတ်|ပတ်စပို့နံပါတ်|နိုင်ငံကူးလက်မှတ်နံပါတ်|yepasport|",
    "inombolo yepasport|yepaspoti|yepasipoti|ipasport",
)

NATIONAL_ID = split_terms(
    # so: iqama (residence card) with its endings
    "iqaamada|iqaamadayda|iqaamadaydu|iqaamadiisa|iqaamadeeda|ikaamada|kaarka ikaamada|kaarka iqaamada|",
    # om am en: Ethiopian Fayda and its number (FIN/FAN)
    "fayda|faydaa|kaardii faydaa|fayda fin|fayda fan|fayda number|fayda id|ፋይዳ ቁጥር|የፋይዳ ቁጥር|",
    # en sw: Kenyan alien card, Ethiopian origin ID (yellow card), residence documents
    "alien card|alien card no|alien id|alien id no|alien registration|yellow card|origin id|",
    "residence permit|residence card|resident permit|work permit|permit no|brp|brp number|",
    "biometric residence permit|carte de séjour|titre de séjour|carte de résident|carte de résidence|",
    "ikarita ya résidence|ikarita ya residence|n'ikarita ya résidence|n’ikarita ya résidence|",
    "n'ikarita ya residence|permesso di soggiorno|carta di soggiorno|",
    # lg: endagamuntu (identity card), also elided after "and" (n'endagamuntu)
    "endagamuntu|ndagamuntu|n'endagamuntu|n’endagamuntu|endagamuntu yange|endagamuntu ye|",
    # ti am: permit
    "ፍቓድ|ፍቓደይ|ፍቓዱ|ፍቓዳ|",
    # bn ur ps fa: permit, iqama, residence card, Afghan census card
    "পারমিট|পারমিট নং|ওয়ার্ক পারমিট|اقامہ|اقامہ نمبر|میرا اقامہ|اقامت|کارت اقامت|اقامت کارت|د اقامت کارت|",
    "اقامه|کارت اقامه|کارت آمایش|آمایش|کارت مهاجرت|",
    # ne (romanised)
    "nagarikta|nagarikta no|nagarikta number|nagrikta|nagarikta no.|",
    # ka hy az ky mn: personal numbers
    "piradi nomeri|piradi|პ ნ|პ.ნ.|პირადი #|նույնականացման քարտս|նույնականացման քարտը|նույնականացման քարտի|",
    "fin|fin-kod|pin|ş v|ş.v.|şəxsiyyət vəsiqəm|şəxsiyyət vəsiqəmi|şəxsiyyət vəsiqəmin|vəsiqəm|",
    "пин|пини|пин код|жеке номер|персоналдык номер|регистр|регистрийн|регистр нь|",
    # hu cs lt mt ga vi
    "szig. szám|szig.szám|szig.|szig. sz.|rč|rč.|a. k.|karta tal-identità|karta tal-identita|",
    "numru tal-identità|numru tal-identita|tal-karta tal-identità|tal-karta tal-identita|",
    "psp|uimhir psp|uimhir pps|pps|",
    "thẻ cư trú|số thẻ cư trú|thẻ tạm trú|",
    "thẻ thường trú|",
    # romanised Arabic chat
    "beta2a|el beta2a|ra2m el beta2a|bita2a|ra2m qawmi|el ra2m el qawmi|hawiyye|ra2m el hawiyye|",
    "iqama number|ikama|",
    # iqama in Malayalam, Bengali, Arabic and Persian possessives; Kuwaiti civil ID in Malayalam
    "ഇഖാമ|ഇഖാമ നമ്പർ|സിവിൽ ഐഡി|സിവിൽ ഐഡി നമ്പർ|ইকামা|আকামা|ইকামা নম্বর|إقامته|اقامته|رقم إقامته|",
    "رقم اقامته|إقامتي|اقامتي|رقم إقامتي|رقم اقامتي|إقامتها|رقم إقامتها|اقامتم|شماره اقامتم|شماره اقامت|",
    # ar (Maghreb) pt he mn th
    "لاكارط|لاكارط ديالي|bi|nº do bi|número do bi|bilhete de identidade|cc n.º|cc nº|ת\"ז|ת״ז|рд|เลขบัตร|",
    "เลขบัตรประจำตัว",
)

CASE = split_terms(
    # booking references (PNR) in the words people use for them: fr it es pt de nl pl cs hu et tr ru uk mn zh
    # ja ko vi he ar fa bn hi kn ml ta
    "réservation|code réservation|prenotazione|codice prenotazione|localizador|código de reserva|",
    "código da reserva|reserva nº|buchungscode|buchungsnummer|buchung|boekingscode|boekingsnummer|",
    "numer rezerwacji|kod rezerwacji|rezervace|kód rezervace|foglalási kód|foglalási szám|broneering|",
    "broneeringu kood|rezervasyon kodu|pnr kodu|код бронирования|номер брони|бронь|код бронювання|",
    "захиалгын код|訂位代號|订位代号|订座号|予約番号|予約コード|예약번호|예약 번호|mã đặt chỗ|mã đặt vé|",
    "קוד הזמנה|מספר הזמנה|رقم الحجز|كود الحجز|کد رزرو|شماره رزرو|বুকিং রেফ|বুকিং নম্বর|बुकिंग नंबर|",
    "बुकिंग रेफ|ಬುಕಿಂಗ್ ರೆಫ್|ബുക്കിങ് റെഫ്|புக்கிங் ரெஃப்|",
    # am: prisoner, file and complaint numbers
    "የእስረኛ ቁጥር|የእስረኛ ቁጥሩ|የእስረኛ ቁጥሯ|የእስረኛ መለያ ቁጥር|የፋይል ቁ.|የፋይል ቁጥር|የፋይል ቁጥሩ|የመዝገብ ቁጥር|",
    "የክስ መዝገብ ቁጥር|የማመልከቻ ቁጥር|",
    # en fr af nl: police reports, court judgments, student visas, SEVIS
    "labour complaint|labor complaint|pv|pv n°|pv no|pv numéro|procès-verbal|proces-verbal|procès verbal|",
    "jugement|jugement n°|numéro de jugement|arrêt n°|campus france|sevis|sevis id|sevis number|sevis no|",
    "verwysing|verwysingsnr|verwysingsnr.|verw.|aangifte|aangiftenummer|pv-nummer|zaaknr|zaaknr.|zaak nr.|",
    # or kn as bn ur
    "ପୋଲିସ ରିପୋର୍ଟ ନମ୍ବର|ପୋଲିସ ରିପୋର୍ଟ|ಫೈಲ್ ನಂ|ಫೈಲ್ ನಂಬರ್|ಫೈಲ್ ಸಂಖ್ಯೆ|পুলিচ ৰিপ'ৰ্ট নং|পুলিচ ৰিপ'ৰ্ট|",
    "পুলিচ ৰিপ’ৰ্ট নং|ৰিপ'ৰ্ট নং|আবেদন আইডি|আবেদন নং|ویزا ریکارڈ نمبر|ریکارڈ نمبر|",
    # pa my: police report, FIR, case and complaint-letter numbers
    "ਪੁਲਿਸ ਰਿਪੋਰਟ|ਪੁਲਿਸ ਰਿਪੋਰਟ ਨੰਬਰ|ਰਿਪੋਰਟ ਨੰਬਰ|ਐਫਆਈਆਰ|ਐਫ.ਆਈ.ਆਰ.|ਕੇਸ ਨੰਬਰ|ਅਰਜ਼ੀ ਨੰਬਰ|ਹਵਾਲਾ ਨੰਬਰ|ਫਾਈਲ ਨੰਬਰ|",
    "တိုင်ကြားစာအမှတ်|တိုင်ကြားစာ|အမှုအမှတ်|",
    # km: application (number)
    "ពាក្យសុំ|ពាក្យសុំលេខ|លេខពាក្យសុំ|",
    # ne (romanised Japanese "receipt number")
    "uketsuke bango|uketsuke bangou|",
    # kk ps fa
    "өтінім|өтінімім|өтініш|د وخت نیولو شمېره|وخت نیولو شمېره|شماره پرونده‌ام|شماره پرونده‌اش|پرونده‌ام|",
    # sr hr bs mk ro ru el et
    "predmet|predmet br.|broj predmeta|предмет|предмет бр.|број предмета|барање бр.|барањето бр.|",
    "programare|programarea|programare nr.|nr. programare|număr programare|справку №|справка №|справки №|",
    "αρ. αίτησης|αρ. πρωτ.|αρ. φακέλου|juhtum nr|juhtumi nr|juhtumi number|",
    # nl da no sv is ga
    "sagsnummer|sagsnummeret|sagsnr.|saksnummer|saksnummeret|saksnr.|ärendenr|ärendenr.|umsókn|",
    "uimhir iarratais|uimhir thagartha|uimh. thagartha|",
    # romanised Arabic chat
    "mahdar|ma7dar|ra2m el mahdar|ra2m el talab|ra2m el 6alab|ra2m el qadiyye|ra2m el 2adiyye|ra2m el mo3amala|",
    # az: application; af: police reference; es it ca: police complaint, court file, booking
    "müraciət|müraciəti|müraciətin|müraciətim|müraciətimiz|polisieverwysing|denuncia|la denuncia|",
    "denuncia n.|denuncia no.|denuncia numero|denuncia nº|autos|reserva|reserva n.º|",
    # hr he tr ru uk pl: court file, police report, application
    "poslovni broj|תיק|מספר תיק|tutanak|tutanağı|karakol tutanağı|tutanak no|заявка|заявки|заявку|",
    "заява|заяву|заявление|заявления|заявление в полицию|wniosek|wniosku|zgłoszenie|zgłoszenia|nr zgłoszenia|",
    # th zh ja ko: police report, receipt and reference numbers; court case numbers
    "เลขที่ใบแจ้งความ|ใบแจ้งความ|ใบรับเลขที่|ใบรับ|เลขอ้างอิง|案件編號|案件编号|申請編號|交付番号|受理番号|",
    "公证书编号|公證書編號|报案编号|사건번호|사건 번호|",
    # ur ml gu ar en: visa and booking numbers, US alien number, tourist police
    "ویزا نمبر|میرا ویزا نمبر|visa number|visa no|visa no.|ബുക്കിംഗ്|બુકિંગ|حجز|حجزي|حجزنا|",
    "registration code|a-number|alien number|police no|police no.",
)

PHONE = split_terms(
    # gu mn ps my lo mk is zu xh
    "સંપર્ક|સંપર્ક નંબર|ફોન|મોબાઇલ|холбогдох|холбогдох утас|холбоо барих|تلیفون|ټیلیفون|تیلیفون|",
    "د تلیفون شمېره|ဆက်သွယ်ရန်|ဖုန်း|ဖုန်းနံပါတ်|ຕິດຕໍ່|ເບີ|јавете се|јавете|јави се|контакт|sími|",
    "símanúmer|símanr.|inombolo yami|inombolo yocingo|inombolo yefoni|ifoni|सम्पर्क|संपर्क|",
    "सम्पर्क गर्नुहोस्|संपर्क करें|тел|тел:"
)

# Words that stand between a cue and its value in these languages ("its number", "no.", "is").
FILLER_WORDS = (
    r"c'est|c’est|nömrəsi|nömrə|nömrəli|nomeri|laharana|inombolo|nambari|nomero|nimero|lakk\.?|"
    r"lakkoofsi|lambarka|nhamba|ቁጽሪ|ቁ\.|нөмірі|дугаар|дугаартай|рақами|рақамаш|номери|numri|uimhir|"
    r"uimh\.?|br\.|бр\.|αρ\.|sz\.|č\.|raqami|ژمارەی|شمېره|شمیره|نمبر|ናይ|ra2mo|ra2mha|ra2meh|ngu|"
    r"ਨੰ\.?|ਨੰਬਰ|নং|ನಂ|yanjye|yange|yami|yam|koo|isaa|ishee|waa|ye|tèmi|nọmba|bụ"
)

# "Its number", "the number", "number" written after a document was named: the number that follows is
# that document's ("Шиносномаамро … дуздиданд, рақамаш 400732918"). Not English "the number": that is as
# often a phone number ("call the number …").
ANAPHORS = (
    r"рақамаш|рақами он|номер|номером|номер його|nömrəsi|nömrəli|ra2mo|ra2mha|رقمه|رقمها|الرقم|"
    r"شماره‌اش|شماره اش|شمارش|nomeri|broj|број|broj je|លេខ|নম্বৰটো|নম্বরটা|ቁጥሩ|ቁጥሯ|its number|"
    r"numer|nummer|nummeret|numero|número|numéro|číslo|szám|száma|numărul|αριθμός"
)

# Case cues that are also everyday words ("autos" cars, "reserva", "заявка"): a plain number of four
# digits or fewer after them is more often an amount or a count ("vendo autos 1500") than a reference.
WEAK_CASE = frozenset(
    split_terms(
        "autos|reserva|aangifte|programare|programarea|predmet|предмет|denuncia|la denuncia|заявка|заявки|",
        "заявку|заява|заяву|заявление|заявления|müraciət|müraciəti|wniosek|wniosku|zgłoszenie|tutanak|",
        "umsókn|jugement|verwysing|pv|ใบรับ|حجز|حجزي|حجزنا|תיק|өтінім|өтініш|campus france|labour complaint",
    )
)

# Cue words that are ordinary words elsewhere: Estonian, German and Scandinavian "pass" is the
# passport (English "pass" is not); the Turkish "TC" (kimlik) is also written by Kurdish speakers.
ONLY_CUE_IN: dict[str, frozenset[str]] = {
    "pass": frozenset(("et", "de", "sv", "no", "nb", "nn", "da", "is", "lb")),
    "tc": frozenset(("tr", "ku", "kmr", "zza")),
    "pin": frozenset(("ky", "kk", "uz", "tg")),
    "пин": frozenset(("ky", "kk", "uz", "tg")),
    "fin": frozenset(("az", "en")),
    # French procès-verbal, also in Belgian Dutch, Italian, Romanian and the languages of francophone Africa;
    # in English "PV" is as often photovoltaic
    "passi": frozenset(("fi", "et")),  # Italian "steps"
    "pv": frozenset(("fr", "nl", "it", "ro", "ar", "ln", "wo", "rw", "rn", "mg", "sw", "ha", "bm", "ff", "kg", "lu")),
    "bi": frozenset(("pt",)),  # Angolan/Mozambican bilhete de identidade; Wolof "the"
    "рд": frozenset(("mn",)),  # регистрийн дугаар
}
