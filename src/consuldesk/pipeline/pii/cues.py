"""Keyword cues for PII in many languages, lowercase. Data only.

A cue is what makes a number a passport number rather than a phone number, or a capitalised word a
name rather than a place. Cue words themselves are never part of a span. Entries are '|'-separated
for compactness; multi-word cues are single-spaced.
"""

from __future__ import annotations

from consuldesk.pipeline.pii import cues_address_more as _address_more
from consuldesk.pipeline.pii import cues_birth_more as _birth_more
from consuldesk.pipeline.pii import cues_numbers_more as _numbers_more
from consuldesk.pipeline.pii import cues_world as _world
from consuldesk.pipeline.pii import cues_world2 as _world2
from consuldesk.pipeline.pii import names_cues_africa as _africa

_split = _world.split_terms


PASSPORT = _split(
    "passport|passport no|passport number|passport nr|passport num|passport#|passport's|pp no|pp number|",
    "travel document number|pasaporte|número de pasaporte|nº de pasaporte|pasaporte nº|no. de pasaporte|",
    "passaporte|número do passaporte|n.º do passaporte|passeport|numéro de passeport|n° de passeport|",
    "passaporto|numero di passaporto|reisepass|reisepassnummer|passnummer|pass-nr|pass nr|paspoort|",
    "paspoortnummer|paszport|paszportu|nr paszportu|numer paszportu|загранпаспорт|загранпаспорта|",
    "заграничный паспорт|номер загранпаспорта|загранпаспортом|загранпаспортами|загранпаспорте|",
    "загранпаспорту|",
    "загранпаспорты|загранпаспортов|паспортом|паспортами|паспорте|паспорту|паспорты|паспортов|passports|",
    "пасспорт|закордонний паспорт|закордонного паспорта|паспорт|паспорта|",
    "номер паспорта|pasport|pasaport|pasaport no|pasaport numarası|paspor|nomor paspor|no paspor|",
    "no. paspor|hộ chiếu|số hộ chiếu|pasaporte ko|passport ko|पासपोर्ट|पासपोर्ट नंबर|पासपोर्ट नं|",
    "পাসপোর্ট|پاسپورٹ|پاسپورت|گذرنامه|جواز|جواز السفر|جوازي|رقم الجواز|رقم جواز|رقم جوازي|رقم جوازها|",
    "رقم جوازه|رقم جواز السفر|护照|护照号|护照号码|護照|護照號碼|パスポート|パスポート番号|旅券番号|여권|",
    "여권번호|여권 번호|หนังสือเดินทาง|เลขที่หนังสือเดินทาง|passport numbers|passport nos|pasaportum|pasaportu|"
    "pasaport numaram|pasipoti|namba ya pasipoti|"
    "pasipoti yangu|pașaport|pașaportul|paşaport|διαβατήριο|διαβατηρίου|αριθμός διαβατηρίου|",
    "mitt pass|passnummer|"
    "passet|pasporti|cestovní pas|útlevél|passin numero|паспорт №|pasaporti",
    "пасош|пасоша|pasoš|pasoša|pasoš broj|கடவுச்சீட்டு|கடவுச்சீட்டு எண்|ፓስፖርት|የፓስፖርት|pasu|číslo pasu|",
    "cestovního pasu|דרכון|מספר דרכון|פספורט|پاسپورٹ نمبر|পাসপোর্ট নং|पासपोर्ट नं.|pas",
)
# A Russian "passport" without "foreign" is the internal passport: a national ID.
INTERNAL_PASSPORT = _split(
    "паспорт рф|паспорт гражданина рф|внутренний паспорт|общегражданский паспорт|паспорт україни|",
    "внутрішній паспорт",
)
NATIONAL_ID = _split(
    "dni|d.n.i.|nie|nif|curp|pesel|bsn|burgerservicenummer|nik|no. nik|nomor nik|ktp|no. ktp|nomor ktp|",
    "cédula|cedula|cédula de identidad|cédula de ciudadanía|c.c.|cpf|rg|ssn|social security number|",
    "social security no|aadhaar|aadhar|aadhaar number|आधार|आधार नंबर|nin|cin|cnie|iqama|iqama no|",
    "iqama number|इक़ामा|इकामा|इकामा नंबर|आईडी|पहचान संख्या|qid|emirates id|civil id|national id|",
    "national id number|national identity number|",
    "national identity card|id number|id no|id no.|id#|id card|id card number|identity card|",
    "identity card number|identity number|identification number|personal number|personnummer|cnic|nric|",
    "hkid|psn|philsys|philsys number|umid|sss|tin|carte d'identité|numéro d'identité|cni|n° cni|",
    "personalausweis|ausweisnummer|personalausweisnummer|rentenversicherungsnummer|",
    "sozialversicherungsnummer|steuer-id|dowód osobisty|dowodu osobistego|nr dowodu|numer dowodu|",
    "codice fiscale|carta d'identità|tc kimlik|tc kimlik no|kimlik no|kimlik numarası|cartão de cidadão|",
    "cartão de cidadão nº|número de identificação|căn cước|cccd|số cccd|cmnd|số cmnd|инн|снилс|",
    "id-картка|身份证|身份证号|身份证号码|身份證|身份證號碼|居民身份证|マイナンバー|個人番号|주민등록번호|",
    "주민번호|외국인등록번호|کد ملی|شناختی کارڈ|شناختی کارڈ نمبر|الرقم القومي|رقم قومي|رقم الهوية|",
    "رقمي الوطني|رقمي المدني|رقمي القومي|الهوية الوطنية|رقم البطاقة|البطاقة الوطنية|بطاقة التعريف|رقم الإقامة|"
    "رقم الاقامة|الإقامة|id|cnp|"
    "kitambulisho|namba ya kitambulisho|"
    "ghana card|ghana card number|mykad|no. mykad|no mykad|no. ic|no ic|nombor ic|เลขบัตรประชาชน|บัตรประชาชน|"
    "เลขประจำตัวประชาชน|αριθμός ταυτότητας|ταυτότητα|αφμ|αμκα|рнокпп|ідентифікаційний код|steuer-id ist|"
    "steueridentifikationsnummer|steuer-identifikationsnummer|steuernummer|documento de identidad|rut|cuil|"
    "cuit|c.i.|cédula de identidad y electoral|clave de elector|nss|codice fiscale è|tessera sanitaria|"
    "kimlik numaram|tc kimlik numaram|tc no|t.c. kimlik no|henkilötunnus|cpr|cpr-nummer|fødselsnummer|"
    "rodné číslo|egn|егн|oib|jmbg|emšo|amka|ni number|national insurance number|social insurance number|"
    "ird number|tfn|medicare number|ppsn|pps number|bvn|voter id|pan card|pan number|"
    "ssnit|tazkira|tazkera|nida|huduma number|national id no|id no:|"
    "номер паспорта рф",
    "tc|t.c.|t.c. kimlik|jmbg|јмбг|ת.ז.|ת.ז|תעודת זהות|מספר זהות|הרקם הלאומי|الرقم الوطني|رقم وطني|nid|",
    "এনআইডি|জাতীয় পরিচয়পত্র|személyi|személyim|személyi igazolvány|személyigazolvány|személyi számom|",
    "nic|id-картку|id-картки|id-карткою|občanský průkaz|občanky|občanka|лична карта|лична карта број|",
    "osobna iskaznica|کارت ملی|شماره ملی|national number|buletin|buletinul",
)
CASE = _split(
    "ref|ref.|ref no|ref no.|ref number|ref#|reference|reference number|reference no|our ref|your ref|",
    "case|case no|case no.|case number|case id|case ref|file no|file number|application no|",
    "application number|application id|application ref|gwf|gwf number|gwf no|gwf ref|ceac|ds-160|",
    "ds-160 confirmation|confirmation|confirmation number|confirmation no|confirmation code|booking|",
    "booking ref|booking reference|booking code|booking number|booking no|pnr|reservation number|",
    "reservation code|appointment number|appointment code|appointment id|appointment ref|ticket number|",
    "tracking number|tracking no|trn|vfs ref|vfs reference|report number|police report|",
    # "no." alone is a weak cue the shape decides; with the noun before it, the noun decides
    "report no|report no.|report nr|report nr.|report #|police report no.|incident number|incident no|",
    "incident no.|crime no|crime no.|claim no|claim no.|file no.|case #|case nr|case nr.|expte.|expte. n°|",
    "expte. nº|anzeige nr|anzeige nr.|polisanmälan|polisanmälan nr|politianmeldelse|plainte n°|",
    "police report number|police report no|crime number|crime reference|docket|claim number|cas number|",
    "receipt number|uci|complaint number|complaint no|complaint ref|file #|file|file ref|record number|",
    "registration number|número de registro|номер записи|номер обращения|номер талона|номер справки|",
    "expediente|número de expediente|nº de expediente|expediente nº|referencia|",
    "localizador|código de reserva|número de cita|número de solicitud|solicitud nº|denuncia nº|dossier|",
    "numéro de dossier|dossier n°|dossier nº|n° de dossier|référence|réf|réf.|numéro de demande|",
    "numéro de réservation|récépissé|processo|número do processo|protocolo|número do pedido|pratica|",
    "numero di pratica|codice prenotazione|aktenzeichen|az.|vorgangsnummer|antragsnummer|",
    "buchungsnummer|buchungscode|geschäftszeichen|kenmerk|zaaknummer|dossiernummer|referentie|",
    "referentienummer|boekingsnummer|aanvraagnummer|sygnatura|sygn.|numer sprawy|numer wniosku|",
    "nr wniosku|numer rezerwacji|номер заявления|номер дела|номер заявки|номер брони|受付番号|申請番号|",
    "予約番号|申请号|申请编号|案件号|参考号|预约号|订单号|预订号|접수번호|신청번호|예약번호|",
    "nomor referensi|nomor permohonan|no. permohonan|nomor kasus|kode booking|số hồ sơ|mã hồ sơ|",
    "mã đặt chỗ|başvuru numarası|dosya numarası|rezervasyon kodu|رقم الطلب|رقم المرجع|رقم القضية|",
    "رقم الملف|رقم الحجز|رقم المعاملة|شماره پرونده|کد رهگیری|номер справи|справа №|номер заяви|"
    "номер звернення|номер дела|дело №|номер заявки|"
    "başvuru numaram|başvuru no|expediente|expediente nº|número de expediente|aktenzeichen|dossier|"
    "numéro de dossier|pratica|pratica n.|numero pratica|sygnatura|numer sprawy|numer wniosku|dossiernummer|"
    "zaaknummer|referentie|kumbukumbu|namba ya kumbukumbu|rujukan|no. rujukan|nombor rujukan|αριθμός φακέλου|"
    "αριθμός αίτησης|număr dosar|numărul dosarului|ärendenummer|ärende|เลขที่อ้างอิง|หมายเลขอ้างอิง|"
    "application ref no|visa application number|vize başvuru numaram",
    "affaire|numéro d'affaire|n° d'affaire|proces verbal|procesului verbal|procesul verbal|dosar|dosarul|",
    "дело|справа|справи|r.g.|محضر|بلاغ|رقم البلاغ|रिपोर्ट|पुलिस रिपोर्ट|एफआईआर|fir|",
    "报案|回执|回执号|报案回执号|受理号|案号|",
    "police letter|jalada|dossier no|aktenzeichen:|αριθμός πρωτοκόλλου|πρωτόκολλο|číslo jednací|ügyszám|",
    "iktatószám",
)
BIRTH = _split(
    "born|born on|date of birth|birth date|birthdate|dob|d.o.b|d.o.b.|né le|née le|né|née|",
    "date de naissance|nacido el|nacida el|nacido|nacida|nació el|fecha de nacimiento|f. nac.|",
    "nascido em|nascida em|nasceu em|data de nascimento|nato il|nata il|nato|nata|data di nascita|",
    "geboren am|",
    "geboren|geb.|geburtsdatum|geboortedatum|geboren op|urodzony|urodzona|urodził się|urodziła się|",
    "data urodzenia|ur.|родился|родилась|дата рождения|д.р.|народився|народилася|дата народження|",
    "生年月日|出生日期|出生于|出生於|出生|생년월일|tanggal lahir|tgl lahir|lahir pada|lahir tanggal|lahir|",
    "ngày sinh|sinh ngày|doğum tarihi|doğumlu|تاريخ الميلاد|تاريخ ميلاد|مواليد|تاریخ تولد|जन्म तिथि|",
    "जन्मतिथि|জন্ম তারিখ|ipinanganak noong|ipinanganak|petsa ng kapanganakan|วันเกิด|เกิดวันที่",
    "متولد|ولد|انولد|اتولد|تاریخ پیدائش|تاریخ پیدایش|پیدائش|जन्म मिति|জন্ম|জন্মতারিখ|জন্ম তারিখ|γεννήθηκε|",
    "γεννημένος|γεννημένη|ημερομηνία γέννησης|انولدت|اتولدت|ولدت|وُلدت|was born|narozen|narozena|",
    "narodil se|narodila se|született|születési dátum|doğdu|dünyaya geldi|alizaliwa|nacque|народилася|",
    "народився|родилась|родился|נולד|נולדה|תאריך לידה|জন্মগ্রহণ|பிறந்த|பிறந்தார்|ተወለደ|ተወለደች|",
    # Arabic with its conjunction glued on, Maghrebi "mzdad" and "tzad" (was born), Tunisian "twallid", "my
    # birth"; Kurdish "birth of"; Chinese "born in"
    "ومواليد|ومواليده|ومواليدها|تولدي|تولده|تولدها|مزداد|مزدادة|مزيود|تزاد|تزادت|تزادو|تولد|تولدت|",
    "تاريخ ازدياد|تاريخ الازدياد|لەدایکبوونی|",
    "生于|生於|",
    # Thai "born" (the cue must touch its date: see numbers._cued_value), Khmer "born on day"
    "เกิด|កើតថ្ងៃទី|",
    # Romanised Hindi/Urdu, Tamil, Bengali; Vietnamese "sn" (sinh ngày, see ONLY_CUE_IN)
    "janm|janam|janm tithi|janam tithi|janm tarikh|janam tarikh|paidaish|tarikh-e-paidaish|pirantha thethi|",
    "pirantha thedhi|piranthanaal|janmo|sn|",
    # English and other short forms
    "birth date:|date of birth is|dob is|born:|né(e) le|fecha nac|data nasc|geb.dat|d.o.b:|b.d.|",
)
PHONE = _split(
    "phone|phone number|phone no|tel|tel.|telephone|mobile|mobile number|mob|mob.|cell|cellphone|",
    "call me|call me on|call me at|reach me at|contact me on|whatsapp|whatsapp me|my number|viber|",
    "teléfono|tlf|móvil|celular|cel|llámame|tél|tél.|téléphone|portable|telefon|handy|handynummer|",
    "telefone|telemóvel|contato|telefono|cellulare|telefoonnummer|mobiel|numer telefonu|телефон|тел.|",
    "мобильный|номер телефона|电话|手机|電話|携帯|전화|전화번호|휴대폰|هاتف|جوال|موبايل|رقم الهاتف|رقمي|",
    "تلفن|موبایل|فون|फोन|मोबाइल|hp|no hp|nomor hp|nomor telepon|telepon|số điện thoại|sđt|",
    "điện thoại|telefon numarası|cep|contact|numero|call|call us|call on|call back|ring|ring me|text me|sms|"
    "nipigie|simu|namba ya simu|"
    "τηλ.|τηλ|τηλέφωνο|κινητό|โทร|โทรศัพท์|เบอร์|เบอร์โทร|telefonu|telefonum|cep telefonu|arayın|"
    "appelez|appelez le|joignable au|llame|llámenme|llamar al|chiamare|chiamate|cellulare|cell.|zadzwoń|"
    "звоните|звонить|дзвоніть|телефону|hubungi|no. tel|no tel|nombor telefon|pakitawagan|tawagan|"
    "ligue|ligar|ligue para|bel|bellen|telefoonnummer|mobilnummer|mobil|ring mig|telefonnummer|számom|"
    "telefonní číslo|număr de telefon|telefonul|puhelin|puh.|tlf.|mobilní",
)
STREET_BEFORE = _split(  # street type words written before the name: "Calle Larga 4", "12 rue de …"
    "calle|c/|avenida|av.|avda.|avda|paseo|plaza|carrera|cra.|camino|carretera|rua|r.|travessa|",
    "praça|largo|alameda|estrada|rue|avenue|boulevard|bd|bd.|chemin|allée|impasse|quai|route|place|",
    "via|viale|piazza|corso|vicolo|carrer|passeig|ulica|ul.|aleja|al.|osiedle|os.|улица|ул.|проспект|",
    "пр.|переулок|пер.|jalan|jl.|jln|jln.|gang|lorong|đường|phố|số|cadde|caddesi|sokak|sokağı|sk.|bulvarı|",
    "mahalle|derb|rue de|street|shari|شارع|blk|block|lot|purok|barangay|brgy|",
    "odos|odós|οδός|οδού|οδ.|λεωφόρος|λεωφ.|leoforos|way|",  # Greek street words; Omani "Way 3412"
    # es/pt/it/ro boulevards and lanes; ru/uk; vi lanes; th; id; tr quarters; he "rehov"; in "gali"
    "bv.|bulevar|bulevard|bulevardul|blvd.|strada|str.|calea|aleea|șoseaua|soseaua|travesía|callejón|rambla|",
    "rodovia|vicolo|lungomare|улица|ул|просп.|пр-т|проспект|бульвар|бул.|шоссе|набережная|наб.|",
    "площадь|пл.|переулок|мкр|мкр.|мкрн.|микрорайон|вул.|вулиця|провулок|ngõ|ngách|hẻm|kiệt|ngo|ngach|hem|soi|thanon|",
    "ซอย|ถนน|kav.|mah.|mahallesi|mh.|rehov|rechov|рехов|gali|galli|rruga|cesta|ulice|utca|iela|gatvė|",
    "tänav|road no.|lane no.|",
    # Persian, Urdu, Hebrew, Bengali, Hindi street and house words
    "خیابان|کوچه|بلوار|میدان|گلی|سڑک|רחוב|রোড|সড়ক|বাড়ি|मार्ग|गली|सड़क",
) + _address_more.STREET_BEFORE_MORE
STREET_AFTER = _split(  # street type words written after the name: "22 Marine Parade"
    "street|st|st.|road|rd|rd.|avenue|ave|ave.|lane|ln|drive|dr|way|place|pl|court|ct|terrace|close|",
    "crescent|boulevard|blvd|highway|hwy|square|sq|parade|row|grove|gardens|walk|mews|hill|park|",
    "straße|strasse|str.|weg|allee|platz|gasse|ring|damm|ufer|straat|laan|plein|gracht|kade|singel|",
    "dijk|steeg|marg|nagar|road no|",
    "cd.|cad.|sok.|sk.|blv.|cres|cir|circle|pkwy|parkway|ter|quay|wharf|esplanade|promenade|salai|sarani|",
    "path|chowk|utca|u.|út|körút|krt.|tér|iela|gatvė|g.|pr.|tänav|tn.|mnt|vei|veg|gate|allé",
) + _address_more.STREET_AFTER_MORE
# Unit and building words that can open an address of numbered parts ("Building 7, apto 1204", "Flat 1102,
# Al Nahda Tower 2"): scanned with the street words, but not street words themselves (`address_parts`).
UNIT_HINTS = _split(
    "building|bldg|flat|apt|apt.|appt|apartment|villa|house|block|bloc|blk|zone|unit|tower|residence|",
    "résidence|compound|no.",
) + _address_more.UNIT_HINTS_MORE
STREET_AFTER += tuple(w for w in UNIT_HINTS if w not in STREET_AFTER)
# Words that announce an address: what follows, up to the end of the sentence, is the address.
ADDRESS_LABEL = _split(
    "address:|my address:|home address:|address is|dirección:|domicilio:|adresse :|adresse:|",
    "indirizzo:|endereço:|"
    "adres:|adresa:|anschrift:|адрес:|адреса:|العنوان:|العنوان|عنوان:|آدرس:|پتہ:|ঠিকানা|ঠিকানা:|पता:|",
    "alamat:|alamat|"
    "alamatnya|alamat saya|tirahan:|địa chỉ:|địa chỉ|ที่อยู่|வீடு:|முகவரி:|anwani:|כתובת:|διεύθυνση:|",
    "adresim:|adresi:|",
    # "I live at", "we are staying at", and the word for "address" where people write it without a colon
    "i live at|we live at|my address is|our address is|the address is|address is:|address:-|",
    "adresse est|mon adresse|notre adresse|mi dirección es|nuestra dirección es|vivo en|vivimos en|",
    "moro na|moro em|moramos em|wohne in der|ich wohne in der|wir wohnen in der|meine adresse|",
    "woonadres|mijn adres|adres:|adresimiz|adresim|adresi|indirizzo|vivo in via|abito in via|",
    "adres zamieszkania|mieszkam przy|mieszkamy przy|адрес|адреса|живу по адресу|проживаю по адресу|",
    "за адресою|endereço|morada|dirección|domicilio|anschrift|wohnanschrift|"
    "địa chỉ là|alamat saya di|alamat kami|tirahan|anwani|adireshi|adireshinmu|adirẹ́sì|adirẹsi|",
    "hayag|хаяг|хаяг:|ناونیشان|ناونیشانمان|عنواني|عنوانا|عنواننا|عنوانی|آدرس|آدرسم|پتہ|पता|ঠিকানা|",
    "ঠিকানা:|স্থায়ী ঠিকানা|वर्तमान पता|स्थायी पता|முகவரி|വിലാസം|ලිපිනය|လိပ်စာ|နေရပ်လိပ်စာ|អាសយដ្ឋាន|ທີ່ຢູ່|",
    "አድራሻ|כתובת|διεύθυνση|adresa|adresas|adrese|aadress|osoite|cím|címem|住所|住址|地址|现住址|주소",
)
UNIT = _split(
    "flat|apt|apt.|apartment|unit|suite|villa|building|bldg|house|no.|no|número|nº|n°|piso|depto|",
    "dpto|wohnung|étage|appartement|bloco|apto|lote|casa|فيلا|عمارة|بناية|مبنى|شقة|منزل|block|blk|lot|",
    "plot",
)
NAME_INTRO = _split(
    "my name is|my name's|name's|name’s|name is|i am|i'm|this is|me llamo|mi nombre es|soy|je m'appelle|je suis|",
    "mon nom est|ich heiße|ich heisse|ich bin|mein name ist|mi chiamo|il mio nome è|sono|meu nome é|",
    "me chamo|eu sou|sou|mijn naam is|ik ben|ik heet|nazywam się|jestem|mam na imię|меня зовут|",
    "моё имя|мое имя|мене звати|ako si|ako po si|ang pangalan ko ay|pangalan ko ay|nama saya|",
    "saya|tên tôi là|tôi là|tên em là|em là|benim adım|adım|ismim|mera naam|mera nam|اسمي|",
    "named|called|his name is|her name is|their names are|names are|se llama|s'appelle|heißt|я|",
    "si chiama|chama-se|zovut|его зовут|её зовут|ее зовут|pangalan niya|namanya|im|name was|names were|",
    "his name was|her name was|goes by|signed|chamo-me|je m'appelle|ich heiße|nama saya|nama aku|",
    "perkenalkan|pangalan ko|ang pangalan ko|tên là|tên tôi|зовут|звать|menya zovut|it's|its|it is|here is|"
    "naitwa|jina langu ni|ονομάζομαι|με λένε|jag heter|"
    "mitt namn är|jeg heter|mit navn er|minun nimeni on|nimeni on|jmenuji se|mă numesc|numele meu este|"
    "sunt|benim adım|adım|nevem|казвам се|мене звуть|мене звати|моє ім'я|saya ialah|nama saya ialah|"
    "ako si|jina|kontoinhaber|inhaber",
    "mi nombre|me chamo|heter|jmenuji se|a nevem|nevem|az én nevem|benim adım|меня зовут|мене звуть|",
    "се казвам|казвам се|ја сам|zovem se|jmenuju se"
)
NAME_LABEL = _split(
    "name:|name -|full name:|full name|nombre:|nombre completo:|nom :|nom:|nom complet:|nome:|naam:|",
    "imię i nazwisko:|imię:|nazwisko:|фио:|имя:|nama:|nama lengkap:|pangalan:|họ tên:|họ và tên:|",
    "ad soyad:|adı soyadı:|isim:|applicant:|applicant name:|contact person:|contact:|passenger:|",
    "passenger name:|name of applicant:|姓名：|姓名:|名前：|氏名：|氏名:|이름:|성명:|الاسم:|الاسم|نام:|नाम:|",
    "name|names|names:|nombre|nombres|nom|noms|nome|nomes|naam|namen|imię|имя|имена|isim|nama|pangalan|",
    "staff member|member of staff|shoutout to|shout out to|thanks to|thank you to|famille|familia|família|",
    # thanks to someone, in the languages that write "thanks to" with a preposition ("Gracias a Rocío del …")
    "gracias a|agradecer a|agradezco a|agradecemos a|merci à|obrigado à|obrigada à|obrigado ao|obrigada ao|",
    "grazie a|ringrazio|danke an|dank aan|bedankt aan|",
    "familie|rodzina|семья|οικογένεια|rodina|surname|last name|first name|family name|given name|",
    "surname:|last name:|",
    "first name:|apellido|apellidos|apellido:|nom de famille|prénom|prénom:|nachname|vorname|nachname:|",
    "vorname:|achternaam|voornaam|sobrenome|cognome|nazwisko|фамилия|фамилия:|имя и фамилия|",
    "signed by|signed:|contact name|contact name:|emergency contact|emergency contact:|next of kin|",
    "next of kin:|traveller:|traveler:|patient:|victim:|detainee:|staff member:|officer:|agent:|",
    "remitente:|titular:|titular|beneficiario:|solicitante:|demandeur:|antragsteller:|aanvrager:|",
    "pasajero:|passageiro:|requerente:",
    "прізвище|прізвище:|ім'я|ім'я:|име|презиме|презиме:|όνομα|όνομα:|επώνυμο|név:|neve:|jméno|jméno:|",
    "příjmení|numele|nume:|prenume:|jina:|suna:|orúkọ mi ni"
)
RELATION = _split(
    "son|daughter|wife|husband|brother|sister|mother|father|mum|mom|dad|friend|boyfriend|girlfriend|",
    "fiancé|fiance|fiancée|fiancee|partner|cousin|uncle|aunt|auntie|nephew|niece|grandmother|grandfather|",
    "grandma|grandpa|stepdad|stepfather|stepmum|stepmom|stepmother|stepson|stepdaughter|colleague|",
    "employer|boss|lawyer|hijo|hija|esposa|esposo|marido|hermano|hermana|madre|padre|mamá|papá|amigo|",
    "amiga|novio|novia|fils|fille|femme|mari|frère|sœur|soeur|mère|père|ami|amie|copain|copine|sohn|",
    "tochter|frau|mann|bruder|schwester|mutter|vater|freund|freundin|filho|filha|irmão|irmã|mãe|pai|",
    "figlio|figlia|moglie|marito|fratello|sorella|zoon|dochter|vrouw|broer|zus|moeder|vader|vriend|",
    "vriendin|syn|córka|żona|mąż|brat|siostra|сын|дочь|жена|муж|брат|сестра|мама|отец|друг|подруга|",
    # Slavic kinship words in the object cases: "мого брата Ігоря Ткачука вчора затримали".
    "брата|сестру|сестры|сестри|сына|сина|дочери|доньку|доньки|мужа|чоловіка|жену|жены|дружину|маму|отца|",
    "батька|подругу|подруги|сябра|сяброўку|сястру|дачку|жонку|brata|siostrę|siostry|córkę|córki|męża|żonę|",
    "przyjaciela|przyjaciółkę|bratra|sestru|dceru|dcéru|manžela|manželku|kamaráda|kamarádku|kćer|prijatelja|",
    "anak|asawa|kapatid|nanay|tatay|kaibigan|suami|istri|adik|kakak|ibu|ayah|teman|oğlum|kızım|eşim|",
    "annem|babam|kardeşim|beta|beti|patni|pati|bhai|behen|tío|tía|primo|prima|sobrino|sobrina|abuelo|",
    "abuela|nieto|nieta|suegro|suegra|cuñado|cuñada|oncle|tante|neveu|nièce|tio|tia|sobrinho|sobrinha|",
    "onkel|neffe|nichte|zio|zia|nipote|cugino|cugina|oom|neef|nicht|wujek|ciocia|kuzyn|дядя|тётя|тетя|",
    "племянник|племянница|pinsan|tito|tita|lolo|lola|pamangkin|ko si|ko po si|po si|namin si|paman|bibi|",
    "sepupu|keponakan|chị gái|anh trai|em gái|em trai|chồng|vợ|fiancé is|fiancée is|husband is|wife is|",
    "son is|daughter is|mother is|father is|tita|tito|lola|lolo|ate|kuya|anak ko|asawa ko|nanay ko|",
    "tatay ko|kapatid ko|kaibigan ko|pinsan ko|teman|teman saya|adik saya|kakak saya|suami saya|istri saya|",
    "anak saya|ibu saya|ayah saya|sahabat|rekan|mera bhai|meri behen|mere papa|mere pita|meri maa|",
    "mera beta|meri beti|mera dost|meri wife|mera husband|bhaiya|didi|ông|bà|con trai|con gái|",
    "bạn tôi|bạn em|mẹ tôi|bố tôi|cha tôi|em tôi|anh tôi|chị tôi|roommate|flatmate|housemate|",
    "client|classmate|teammate|neighbour|neighbor|caregiver|maid|helper|nanny|driver|guide",
    "schwiegermutter|schwiegervater|schwägerin|schwager|enkel|enkelin|cousine|kollege|kollegin|",
    "partnerin|verlobte|verlobter|ehemann|ehefrau|bror|syster|dotter|fru|mamma|pappa|vän|väninna|",
    "sambo|kollega|søster|søn|datter|kone|mand|mor|far|ven|veninde|kæreste|lányom|fiam|feleségem|",
    "férjem|bátyám|öcsém|nővérem|húgom|anyám|apám|barátom|barátnőm|édesanyám|édesapám|kollégám|dcera|",
    "manžel|manželka|bratr|kamarád|kamarádka|přítel|přítelkyně|fiul|fiica|soțul|soția|fratele|sora|",
    "prietenul|prietena|γιος|κόρη|σύζυγος|σύζυγό|άντρας|αδελφός|αδερφός|αδελφή|αδερφή|μητέρα|πατέρας|",
    "φίλος|φίλη|ağabeyim|abim|ablam|kocam|karım|arkadaşım|nişanlım|kuzenim|amcam|teyzem|dayım|син|",
    "донька|дочка|чоловік|дружина|мати|батько|наречена|наречений|свекровь|тёща|бабушка|дедушка|",
    "съпруг|съпруга|ћерка|супруга|супруг|мајка|отац|пријатељ|пријатељица|fidanzata|fidanzato|amico|",
    "amica|compagno|compagna|collega|suocera|suocero|cognato|cognata|pareja|compañero|compañera|",
    "prometido|prometida|conjoint|conjointe|époux|épouse|compagnon|compagne|collègue|cousine|",
    "namorado|namorada|noivo|noiva|colega|echtgenoot|echtgenote|verloofde|schoonmoeder|syna|córki|",
    "brata|siostry|męża|żony|narzeczona|narzeczony|kolega|koleżanka|przyjaciel|przyjaciółka|kuzynka|",
    "teściowa|isteri|àbúrò mi|ẹ̀gbọ́n mi|ọmọ mi|ọkọ mi|ìyàwó mi|kaka yangu|dada yangu|mwanangu|",
    "mume wangu|mke wangu|rafiki yangu|mijina|matata|abokina|chota bhai|bada bhai|chhota bhai|beta|",
    "bhabhi|jija|chacha|mama ji|fiancée|fiancé"
)
TITLE = _split(
    "mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|herr|frau|m.|mme|mme.|mlle|monsieur|madame|sr|sr.|",
    "sra|sra.|srta|srta.|señor|señora|don|doña|dona|pan|pani|pana|panią|panem|sig.|sig.ra|signor|",
    "signora|dhr.|mevr.|mevrouw|meneer|bapak|bpk.|pak|bu|ông|bà|chị|г-н|г-жа|господин|госпожа|",
    "shri|smt.|atty.|engr.|officer|consul|agent|sheikh|sir|lady|madam|mister|mrs|bay|bayan|general|",
    "colonel|captain|capt.|major|sergeant|sgt.|lieutenant|lt.|inspector|detective|father|sister|pastor|dra|",
    "dra.|lic.|lic|licenciado|licenciada|ing.|ingeniero|arq.|abog.|eng.|engr|atty|hon.|rev.|fr.|",
    "doutor|doutora|",
    "doctora|doctor|docteur|maître|me.|avv.|avvocato|dott.|dott.ssa|mgr|mgr.|dr hab.|ir.|drs.|mr.|prof.dr.",
    "ma'am|maam|señorita|signore|dottor|dottoressa|paní|pane|panu|κυρία|κύριος|κύριο|κ.|госпођа|",
    "госпођи|господин|господину|gospođa|gospođi|gospodin|gospodinu|пані|пан|senhor|senhora|domnul|",
    "doamna|dl.|dna.|sayın|ọ̀gbẹ́ni|ogbeni|arábìnrin|bwana|malam|alhaji|hajiya|mbak|ibu|bapak|meneer"
)
SIGNOFF = _split(
    "regards|best regards|kind regards|warm regards|many thanks|thanks|thank you|thanks again|cheers|",
    "sincerely|yours sincerely|yours faithfully|best wishes|best|saludos|un saludo|saludos cordiales|",
    "atentamente|gracias|muchas gracias|cordialement|bien cordialement|merci|merci beaucoup|",
    "bien à vous|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|lg|grüße|danke|",
    "vielen dank|groet|groeten|met vriendelijke groet|vriendelijke groet|groetjes|pozdrawiam|",
    "z poważaniem|dziękuję|с уважением|спасибо|atenciosamente|obrigado|obrigada|cumprimentos|abraço|",
    "cordiali saluti|distinti saluti|saluti|grazie|salam|salam hormat|terima kasih|hormat saya|salamat|",
    "salamat po|maraming salamat|trân trọng|cảm ơn|saygılarımla|teşekkürler|dhanyavaad|shukriya|",
    "hi|hello|dear|hola|bonjour|hallo|olá|ciao|здравствуйте|halo|kumusta|merhaba|namaste|salut",
    "mvh|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|hilsen|",
    "med vänliga hälsningar|vänliga hälsningar|hälsningar|ystävällisin terveisin|terveisin|",
    "s pozdravem|üdvözlettel|cu stimă|cu respect|με εκτίμηση|srdačan pozdrav|s poštovanjem|поздрав|",
    "hvala|tack till|tack|takk|tak|děkuji|köszönöm|ευχαριστώ|mulțumesc|дякую|дзякуй"
)
# The 2026 coverage pass: per-language additions (`cues_world.py`).
PASSPORT += _world.PASSPORT
NATIONAL_ID += _world.NATIONAL_ID
CASE += _world.CASE
BIRTH += _world.BIRTH
BIRTH_AFTER = _world.BIRTH_AFTER
RELATION += _world.RELATION
TITLE += _world.TITLE
NAME_INTRO += _world.NAME_INTRO
NAME_LABEL += _world.NAME_LABEL
SIGNOFF += _world.SIGNOFF + _world.GREETING
GREETING = _world.GREETING
ROLE_TITLES = _world.ROLE_TITLES
WEAK_INTRO = _world.WEAK_INTRO
# The 2026-12 coverage pass: 40 more languages (`cues_world2.py`).
PASSPORT += _world2.PASSPORT
NATIONAL_ID += _world2.NATIONAL_ID
CASE += _world2.CASE
BIRTH += _world2.BIRTH
BIRTH_AFTER += _world2.BIRTH_AFTER
# Chinese "born" after the date: "11月8日在首尔出生的"
BIRTH_AFTER += _split("出生|出世")
RELATION += _world2.RELATION + _africa.RELATION
TITLE += _world2.TITLE + _africa.TITLE
NAME_INTRO += _world2.NAME_INTRO + _africa.NAME_INTRO
NAME_LABEL += _world2.NAME_LABEL
SIGNOFF += _world2.SIGNOFF + _world2.GREETING
GREETING += _world2.GREETING
ROLE_TITLES += _world2.ROLE_TITLES
PHONE += _world2.PHONE
PASSPORT += _world2.PASSPORT_MORE
CASE += _world2.CASE_MORE
BIRTH += _world2.BIRTH_MORE
BIRTH += _birth_more.BIRTH + _birth_more.BIRTH_ONLY_IN  # round 16: African, South/Central Asian, East European
BIRTH_AFTER += _birth_more.BIRTH_AFTER
NATIONAL_ID += _world2.NATIONAL_ID_MORE
# Round 16: number cues of African, South and Central Asian, East European languages (`cues_numbers_more.py`).
PASSPORT += _numbers_more.PASSPORT
NATIONAL_ID += _numbers_more.NATIONAL_ID
CASE += _numbers_more.CASE
PHONE += _numbers_more.PHONE
TITLE += _world2.VI_TITLES
RELATION += _world2.MN_RELATION
# Chinese and Japanese cues before a name in Latin letters: "他叫Daniel Whitmore", "朋友Jason Miller问", "英文名Zoe".
NAME_INTRO += _split("他叫|她叫|我叫|名叫|名字是|名字叫|英文名|英文名字|中文名|名前は")
RELATION += _split("朋友|丈夫|老公|妻子|老婆|男朋友|女朋友|同事|房东|房東|同学|同學|友人")
VI_TITLES = _world2.VI_TITLES  # plain titles in names.py: lowercase before a capitalised name
# Cues that are ordinary words in some languages: German "im Mai" (in the), Swiss German "dr Pass" (the).
NOT_CUE_IN: dict[str, frozenset[str]] = {
    "im": frozenset(("de",)),
    "dr": frozenset(("de",)),
}
# Cues that are cues in a few languages only: "pas" is the Czech/Slovak/Croatian passport, French "not".
ONLY_CUE_IN: dict[str, frozenset[str]] = {
    "pas": frozenset(("cs", "sk", "sl", "hr", "bs", "sr", "sq", "ro")),
    "tc": frozenset(("tr",)),
    "t.c.": frozenset(("tr",)),
    "nic": frozenset(("en", "si", "ta", "ms")),
    "fir": frozenset(("en", "hi", "ur", "bn", "ne", "pa")),
    "ben": frozenset(("tr",)),
    "sinh": frozenset(("vi",)),  # "sinh 14/09/1998" (born); elsewhere a name or a word
    "sn": frozenset(("vi",)),  # "(sn 14/02/2003)": sinh ngày, born on
    "sdt": frozenset(("vi",)),
    **{title: frozenset(("vi",)) for title in _world2.VI_TITLES},
    **{word: frozenset(("mn",)) for word in _world2.MN_RELATION},
    **_birth_more.ONLY_IN,
}
ONLY_CUE_IN.update(_numbers_more.ONLY_CUE_IN)
# Capitalised words that make a run of capitalised words an organisation or a place, not a person.
ORG_WORDS = frozenset(
    _split(
        "Embassy|Consulate|Consulado|Consulat|Konsulat|Embajada|Ambassade|Botschaft|Embaixada|Ambasciata|",
        "Consolato|Ambasada|Kedutaan|Konsulado|Embahada|Hospital|Hôpital|Krankenhaus|Ospedale|Ziekenhuis|",
        "Başkonsolosluğu|Başkonsolosluk|Konsolosluğu|Konsolosluk|Büyükelçiliği|Büyükelçilik|Başkonsolosluğumuz|",
        "Szpital|Clinic|Clínica|Clinica|Klinik|Kliniek|Hotel|Hostel|Resort|Inn|Motel|University|Universidad|",
        "Université|Universität|Università|Universidade|Universiteit|Universitas|College|Academy|School|",
        "Escuela|École|Schule|Scuola|Escola|Airport|Aeropuerto|Aéroport|Flughafen|Aeroporto|Luchthaven|",
        "Lotnisko|Bandara|Street|Road|Avenue|Lane|Boulevard|Ave|Rd|Blvd|Hwy|Drive|Terrace|Crescent|Calle|"
        "Avenida|Rue|Straße|Strasse|Rua|Via|Straat|",
        "Ulica|Jalan|Station|Estación|Gare|Bahnhof|Stazione|Estação|Church|Cathedral|Mosque|Temple|Iglesia|",
        "Église|Kirche|Chiesa|Igreja|Bank|Banco|Banque|Park|Parque|Beach|Playa|Plage|Island|Isla|Île|Lake|",
        "Lago|River|Río|Mount|Monte|Bay|Bridge|Centre|Center|Centro|Mall|Market|Mercado|Ministry|Ministerio|",
        "Ministère|Ministerium|Office|Oficina|Bureau|Police|Policía|Polícia|Polizei|Polizia|Politie|Policja|",
        "Department|Dept|Airlines|Airways|Air|Company|Corp|Inc|Ltd|Group|International|Foundation|Institute|",
        "Court|Tribunal|Prison|Camp|Port|Puerto|Tower|Torre|Palace|Palacio|Square|Plaza|Hall|Museum|Museo|",
        "Stadium|Line|Falls|Valley|Province|Provincia|City|Ciudad|County|State|Estado|Republic|República|",
        "Kingdom|Union|Council|Agency|Agencia|Service|Services|Servicio|Desk|Team|Club|Restaurant|Cafe|Café|",
        "Bar|Pharmacy|Farmacia|Cruise|Ferry|Express|Travel|Tours|Visa|Visas|Passport|Passports|Ministry|",
        "Mission|Council|Committee|Commission|Card|Daire|Kat|Mahallesi|Red|Cross|Crescent|Nations|Army|Navy|"
        "Force|Forces|Guard|",
        "Coast|Region|District|Barangay|Municipality|Town|Village|Province|Highway|Metro|Subway|Terminal|",
        "Gate|Apartments|Residence|Residences|Condominium|Tower|Plaza|Building|Block|Church|Saint|St|Sainte|",
        "Santo|Santa|San|São|Sankt|Fort|Cape|Port|Lake|Gulf|Sea|Ocean|Peninsula|Desert|Islands|Mountains|",
        "Times|News|Post|Herald|Daily|Tribune|Facebook|Twitter|Instagram|Telegram|WhatsApp|Google|Apple|",
        "Microsoft|Uber|Grab|Booking|Airbnb|Emirates|Etihad|Qatar|Lufthansa|Ryanair|Iberia|Delta|United|Aid|",
        "Relief|Rescue|Charity|Trust|Fund|Children|Kitchen|Ramadan|Eid|Mubarak|Kareem|Christmas|Easter|Diwali|",
        "Navidad|Noël|Natal|Weihnachten|Bayram|Nowruz",
    )
)
# Capitalised words that follow name cues but are not names.
NOT_NAMES = frozenset(
    _split(
        "I|I'm|The|A|An|My|Our|Your|We|You|He|She|They|It|This|That|Please|Thanks|Thank|Hello|Hi|Dear|",
        "Embassy|Consulate|Consul|Ambassador|Team|All|Everyone|Sir|Madam|Madame|Ma'am|Officer|Staff|",
        "Support|Admin|Mission|Department|Ministry|Office|Police|Hotel|Hospital|Airport|God|Allah|Dios|",
        "Jesus|Lord|Friends|Guys|Folks|Mr|Mrs|Ms|Dr|Here|There|Not|Now|Still|Very|So|Just|Also|Again|",
        "Writing|Trying|Stuck|Stranded|Lost|Safe|Fine|Ok|Okay|Good|Sorry|Afraid|Worried|Scared|Back|In|",
        "At|On|From|With|For|And|Or|But|If|When|Where|What|How|Why|Who|Which|Yes|No|Urgent|Help|",
        "American|British|English|Canadian|Australian|Irish|Scottish|Welsh|Indian|Pakistani|Filipino|",
        "Filipina|German|French|Spanish|Mexican|Brazilian|Portuguese|Italian|Dutch|Polish|Russian|",
        "Ukrainian|Chinese|Japanese|Korean|Vietnamese|Indonesian|Malaysian|Thai|Turkish|Egyptian|",
        "Moroccan|Nigerian|Kenyan|Ghanaian|South|North|New|Monday|Tuesday|Wednesday|Thursday|Friday|",
        "Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|",
        "November|December|Today|Tomorrow|Yesterday|Regards|Cheers|Best|Kind|Sincerely|Whatsapp|Email|",
        "Passport|Visa|Ref|Case|Booking|Flight|Señor|Señora|Buenos|Hola|Gracias|Saludos|Bonjour|Merci|",
        "Madame|Monsieur|Hallo|Danke|Herr|Frau|Olá|Obrigado|Obrigada|Ciao|Grazie|Name|Names|Nombre|Nom|",
        "Nome|Naam|Nama|Meine|Mein|Nummer|Number|Phone|Tel|Mobile|Contact|Details|Her|His|Their|Its|Mi|Mis|",
        "Ma|Mon|Mes|Su|Sus|Son|Sa|Ses|Ihr|Ihre|Sein|Seine|Unser|Unsere|Nuestro|Nuestra|Notre|Nos|Votre|Vos|",
        "Citizen|Citizens|National|Nationals|Resident|Residents|Family|Familia|Famille|Familie|Emergency|",
        "Семья|Сім'я|Сім’я|Сям'я|Сям’я|Rodina|Rodzina|Obitelj|Porodica|Család|Családunk|Familjen|Familien|",
        "Mỹ|Pháp|Úc|Nga|Lào|Campuchia|Singapore|Kia|Nile|Sapa|Tana|",
        "Français|Française|Española|Español|Deutsche|Deutscher|Portugués|Portuguesa|Brasileiro|",
        "Brasileira|Italiano|Italiana|Nederlander|Nederlandse|Polak|Polka|Mexicano|Mexicana|Colombiano|",
        "Colombiana|Argentino|Argentina|Peruano|Peruana|Chileno|Chilena|Venezolano|Venezolana|Cubano|Cubana|",
        "Dominicano|Dominicana|Ecuatoriano|Ecuatoriana|Australian|Zealander|Kiwi|Irish|Scottish|Estonian|",
        "Syrian|Lebanese|Jordanian|Iraqi|Iranian|Afghan|Bangladeshi|Nepali|Lankan|Sudanese|Ethiopian|",
        "Somali|Ugandan|Tanzanian|Rwandan|Congolese|Cameroonian|Senegalese|Malian|Ivorian|Algerian|Tunisian|",
        "Libyan|Saudi|Emirati|Qatari|Kuwaiti|Omani|Yemeni|Israeli|Palestinian|Greek|Swedish|Norwegian|",
        "Danish|Finnish|Swiss|Austrian|Belgian|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|",
        "Bosnian|Albanian|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Mongolian|Taiwanese|Singaporean|",
        "Cambodian|Burmese|Lao|Papua|Fijian|Samoan|Tongan|Haitian|Jamaican|Trinidadian|Puerto|Rican|",
        "Guatemalan|Honduran|Salvadoran|Nicaraguan|Panamanian|Bolivian|Paraguayan|Uruguayan|US|UK|EU|",
        "ASAP|OK|PS|Hay|Ya|Pls|Plz|Thx|Btw|Lol|Omg|Re|Fwd|Update|Breaking|Alert|Warning|Notice|Important|",
        "Sie|Ihnen|Ihr|Du|Dich|Dir|Euch|Usted|Ustedes|Vous|Você|Vocês|Lei|Guten|Tag|Morgen|Abend|Buenos|Buenas|",
        "Bom|Boa|Bonne|Bonsoir|Buongiorno|Buonasera|Goedemorgen|Goedemiddag|Goedenavond|Selamat|Pagi|Siang|Malam|",
        "Hanım|Hanim|Bey|Beyefendi|Hanımefendi",
    )
)
