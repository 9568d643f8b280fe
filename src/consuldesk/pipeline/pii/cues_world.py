"""More cue words, written language by language for the 41 languages of the 2026 coverage pass. Data only.

Lowercase, '|'-separated, joined into the lists of `cues.py`. Each group lists, per language, the
words people use for the thing: birth ("born", "date of birth", birth verbs), passports, national IDs
by their country names, case and reference numbers, and person cues (introductions, kinship, titles,
roles). Cue words are never part of a span.
"""

from __future__ import annotations


def split_terms(*chunks: str) -> tuple[str, ...]:
    """Cue terms written as "a|b|c" chunks, as one tuple (blank entries dropped)."""
    return tuple(t.strip() for chunk in chunks for t in chunk.split("|") if t.strip())


BIRTH = split_terms(
    # en es fr de it pt nl
    "birthday|birthday is|my birthday is|b.|date of birth:|dob:|d.o.b.:|born in|born at|was born on|were born on|",
    "fecha de nac.|f. de nacimiento|nacimiento|nació|nací|nacieron|nacido en|nacida en|fecha nac.|",
    "date de naiss.|naissance|née à|né à|nés le|est né le|est née le|geb. am|geburtstag|geb.-datum|geb.datum|",
    "geboren:|data di nascita:|nascita|è nato|è nata|nati il|nata a|nato a|nasceu|nasci|nascido|nascida|",
    "data de nasc.|nascimento|geb.|geboorte|geboren op|geboren in|",
    # ro sv da nb ca
    "născut|născută|născuți|s-a născut|data nașterii|data naşterii|data de naștere|data de naştere|",
    "född|föddes|födelsedatum|født|fødselsdato|fødd|fødde|nascut|nascuda|va néixer|néixer|data de naixement|",
    # pl cs sk hu sl hr sr bg ru uk el
    "urodzeni|urodziłem się|urodziłam się|data ur.|urodzin|datum narození|narodil|narodila|narozený|narozená|",
    "nar.|narodil sa|narodila sa|dátum narodenia|narodený|narodená|születési idő|szül.|született:|születtem|",
    "rojen|rojena|rojeni|datum rojstva|rođen|rođena|rođeni|datum rođenja|рођен|рођена|рођени|датум рођења|",
    "роден|родена|родени|дата на раждане|роден на|родена на|рождён|рождена|родились|дата рожд.|",
    "народилась|народилися|дата нар.|γεννήθηκα|ημ. γέννησης|ημερομηνία γεννήσεως|",
    # tr ar fa he ur
    "doğum tarihim|doğum tarihi:|d.t.|dünyaya geldi|تاريخ ميلادي|تاريخ الولادة|من مواليد|المولود|المولودة|",
    "مولود|مولودة|ولدت في|تولد|زاده|به دنیا آمد|ת.ל.|יליד|ילידת|پیدا ہوا|پیدا ہوئی|پیدا|",
    # hi bn ne ta te mr
    "जन्म|जन्म दिनांक|जन्म की तारीख|जन्मदिन|पैदा|জন্মদিন|জন্মেছে|জন্মেছিল|জন্মেছি|জন্ম নিবন্ধন|",
    "जन्मेको|जन्मिएको|பிறந்த தேதி|பிறந்த நாள்|பிறப்பு|பிறந்த தேதி:|పుట్టిన తేదీ|జనన తేదీ|జన్మ తేదీ|",
    "జన్మించాడు|జన్మించింది|పుట్టాడు|పుట్టింది|जन्मतारीख|जन्म तारीख|जन्मदिनांक|जन्मला|जन्मली|",
    # zh ja ko vi th
    "生日|出生年月日|誕生日|生まれ|출생일|생일|출생|sinh vào|sinh vào ngày|ra đời|ngày tháng năm sinh|",
    "เกิดเมื่อ|เกิดเมื่อวันที่|วันเดือนปีเกิด|วัน/เดือน/ปีเกิด|",
    # id ms tl sw am yo ha
    "tgl. lahir|kelahiran|tempat/tanggal lahir|ttl|dilahirkan|tarikh lahir|tarikh lahir:|lahir pada tanggal|",
    "kaarawan|isinilang|ipinanganak noong|petsa ng kapanganakan:|tarehe ya kuzaliwa|kuzaliwa|nilizaliwa|",
    "walizaliwa|amezaliwa|alizaliwa|siku ya kuzaliwa|የትውልድ ቀን|የልደት ቀን|የተወለደበት ቀን|የተወለደችበት ቀን|ልደት|",
    "ተወለደ|ተወለደች|ọjọ́ ìbí|ọjọ ìbí|ojo ibi|bí i ní|ranar haihuwa|an haife|an haifi|haihuwa|haifaffen",
)
# Birth cues written after the date (verb-final languages, "… geboren", "…生まれ"): the date counts when
# the cue follows it in the same clause (`dates.birth_after`).
BIRTH_AFTER = split_terms(
    "geboren|født|född|született|születtem|doğdu|doğmuş|dünyaya geldi|doğumlu|",
    # Turkish with personal endings and typed without ğ
    "doğumluyum|doğumluyuz|doğumludur|doğumlusun|doğdum|doğmuştur|dogdu|dogdum|dogumlu|dogumluyum|dunyaya geldi|",
    "родился|родилась|родились|народився|народилася|роден|родена|рођен|рођена|rođen|rođena|rojen|rojena|",
    "γεννήθηκε|γεννήθηκα|生まれ|出生|태어났|태어난|출생|जन्म|जन्मा|जन्मी|जन्मे|पैदा|जन्मला|जन्मली|",
    "जन्मेको|जन्मिएको|जन्मेकी|জন্ম|জন্মেছে|জন্মেছিল|জন্মগ্রহণ|পয়দা|پیدا|پیدائش|متولد|به دنیا آمد|دنیا آمد|",
    "نولد|נולד|נולדה|பிறந்தார்|பிறந்தது|பிறந்தான்|பிறந்தாள்|பிறந்தேன்|జన్మించాడు|జన్మించింది|జన్మించారు|",
    "పుట్టాడు|పుట్టింది|పుట్టారు|ተወለደ|ተወለደች|ተወለድኩ|ተወልጄ|nació|nasceu|naquit|urodził się|",
    "urodziła się|narodil|narodila|s-a născut|născut|născută|sinh ra|lahir|dilahirkan|",
    "ipinanganak|alizaliwa|aka bí|ni a bí|aka bi|aka haife|",
    # colloquial Persian "came into the world"; Arabic "was born"
    "به دنیا اومده|به دنیا اومد|دنیا اومده|دنیا اومد|بدنیا آمد|بدنیا اومد|اتولد|اتولدت|انولد|انولدت",
)
PASSPORT = split_terms(
    "útlevél|útlevélszám|útlevélszámom|útlevelem|útlevelem száma|útlevél száma|potni list|potnega lista|",
    "številka potnega lista|putovnica|putovnice|broj putovnice|cestovný pas|cestovného pasu|",
    "номер на паспорт|номер на паспорта|राहदानी|राहदानी नम्बर|राहदानी नं|पारपत्र|पारपत्र क्रमांक|",
    "पासपोर्ट क्रमांक|पासपोर्ट संख्या|పాస్‌పోర్ట్|పాస్పోర్ట్|పాస్‌పోర్ట్ నంబర్|ìwé ìrìnnà|iwe irinna|",
    "fasfo|fasfon|fasfona|lambar fasfo|pasport|no. pasport|nombor pasport|passaport|número de passaport|",
    "pasnummer|passnummeret|passnr|numărul pașaportului|numarul pasaportului|seria pașaportului|",
    "پاسپورت شماره|شماره گذرنامه|شماره پاسپورت|جواز سفر|رقم جواز سفري|旅券|여권 번호|พาสปอร์ต|",
    "পাসপোর্ট নম্বর|pasaport no:|pasaportumun numarası|número de pasaporte:|passport no:|passport number:",
)
NATIONAL_ID = split_terms(
    "samordningsnummer|cpr-nr|cpr nr|cpr-nummer er|d-nummer|bsn-nummer|identiteitskaart|ausweis-nr|",
    "ausweisnr|numéro de sécurité sociale|n° de sécu|numéro fiscal|número de identidad|dni nº|dni n.º|",
    "documento nacional de identidad|ine|dui|dpi|número de contribuinte|nif nº|cartão de cidadão n.º|",
    "cie|numer pesel|nr pesel|číslo op|číslo občanského průkazu|občiansky preukaz|",
    "číslo občianskeho preukazu|személyi szám|személyi igazolvány száma|adóazonosító jel|taj szám|",
    "carte de identitate|cnp-ul|cnp-ul meu|лнч|номер на лична карта|егн-то|lična karta|broj lične karte|",
    "лична карта број|broj osobne iskaznice|osebna izkaznica|davčna številka|αδτ|",
    "αριθμός δελτίου ταυτότητας|δελτίο ταυτότητας|kimlik kartı|ykn|yabancı kimlik numarası|",
    "серия и номер паспорта|іпн|унзр|بطاقة الهوية|الرقم المدني|الرقم الشخصي|رقم البطاقة الشخصية|",
    "بطاقة الرقم القومي|الهوية الإماراتية|رقم الهوية الإماراتية|شماره شناسنامه|کد ملی:|",
    "قومی شناختی کارڈ|nicop|आधार कार्ड|आधार संख्या|आधार क्रमांक|पैन कार्ड|मतदाता पहचान पत्र|",
    "এনআইডি নম্বর|জাতীয় পরিচয়পত্র নম্বর|जन्म निबन्धन|नागरिकता|नागरिकता नम्बर|नागरिकता नं|",
    "नागरिकता प्रमाणपत्र नम्बर|ஆதார்|ஆதார் எண்|ఆధార్|ఆధార్ నంబర్|公民身份号码|身份證字號|居留证|",
    "在留カード|在留カード番号|신분증|căn cước công dân|số định danh|số định danh cá nhân|",
    "nomor induk kependudukan|kitas|kitap|kad pengenalan|no. kad pengenalan|nombor kad pengenalan|",
    "no. k/p|ic no|philid|national id:|መታወቂያ|የመታወቂያ ቁጥር|ፋይዳ|lambar shaida|katin shaida|",
    "nọ́mbà ìdánimọ̀|kaadi idanimọ|nin:|nin number|nin no",
)
CASE = split_terms(
    # en
    "ticket #|ticket no|ticket no.|ticket id|support ticket|incident number|reference code|ref code|",
    "application reference|file reference|request number|request id|enquiry number|inquiry number|",
    "case reference|tracking code|tracking id|receipt no|appointment confirmation|police case number|",
    "ref:|reference:|reference no.|ref. no.|case #|case no:|booking ref:|pnr:|",
    # es fr de it pt nl ca
    "trámite|número de trámite|nº de trámite|n.º de trámite|número de referencia|n.º de expediente|",
    "número de caso|número de denuncia|código de cita|número de seguimiento|número de reserva|folio|",
    "número de folio|numéro de référence|numéro de suivi|numéro de plainte|numéro de rendez-vous|",
    "code de réservation|numéro de ticket|referenznummer|fallnummer|terminnummer|sendungsnummer|",
    "bearbeitungsnummer|tagebuchnummer|anzeigennummer|vorgangs-nr.|numero di protocollo|protocollo|",
    "numero di riferimento|numero della denuncia|numero di prenotazione|numero di richiesta|numero domanda|",
    "número de protocolo|número de referência|número da marcação|código de agendamento|número de pedido|",
    "boletim de ocorrência|número do boletim|v-nummer|ons kenmerk|uw kenmerk|procesnummer|",
    "registratienummer|afspraaknummer|número d'expedient|expedient|número de sol·licitud|",
    "número de referència|número de tràmit|",
    # ro sv da nb pl cs sk hu
    "număr de înregistrare|numărul de înregistrare|numărul de înregistrare al cererii|nr. de înregistrare|",
    "număr de referință|numărul cererii|",
    "număr cerere|nr. dosar|numărul de rezervare|cod de rezervare|diarienummer|dnr|referensnummer|",
    "bokningsnummer|ansökningsnummer|ärendenr|sagsnummer|sagsnr.|sagsnr|j.nr.|journalnummer|",
    "referencenummer|bookingnummer|ansøgningsnummer|saksnummer|saksnr.|saksnr|referansenummer|",
    "søknadsnummer|bestillingsnummer|znak sprawy|nr sprawy|numer referencyjny|numer zgłoszenia|č.j.|č. j.|",
    "spisová značka|sp. zn.|číslo žádosti|číslo spisu|referenční číslo|číslo rezervace|číslo případu|",
    "číslo konania|číslo žiadosti|č. k.|hivatkozási szám|foglalási szám|kérelem száma|ügyiratszám|",
    "ügyazonosító|",
    # ru uk bg sr hr sl el tr
    "кусп|номер кусп|номер бронирования|трек-номер|входящий номер|регистрационный номер|номер бронювання|",
    "реєстраційний номер|номер на преписка|преписка №|номер на заявление|номер на дело|входящ номер|вх. №|",
    "номер на резервация|број предмета|broj predmeta|број захтева|broj zahteva|број случаја|broj slučaja|",
    "broj rezervacije|broj zahtjeva|klasa|urbroj|ur. broj|številka zadeve|opravilna številka|številka vloge|",
    "številka rezervacije|zadeva št.|αρ. πρωτ.|αριθμός υπόθεσης|αριθμός κράτησης|αριθμός αναφοράς|",
    "dosya no|esas no|randevu numarası|takip numarası|rezervasyon numarası|referans numarası|",
    # ar fa he ur
    "الرقم المرجعي|رقم الموعد|رقم التتبع|رقم المحضر|رقم الشكوى|رقم طلبي|شماره پیگیری|شماره درخواست|",
    "کد پیگیری|شماره نوبت|شماره رزرو|מספר תיק|תיק מספר|מספר בקשה|מספר פנייה|אסמכתא|מספר אסמכתא|",
    "מספר הזמנה|درخواست نمبر|کیس نمبر|فائل نمبر|ریفرنس نمبر|ٹریکنگ نمبر|ایف آئی آر|",
    # hi bn ne ta te mr
    "आवेदन संख्या|आवेदन नंबर|आवेदन क्रमांक|केस नंबर|फाइल नंबर|फ़ाइल नंबर|संदर्भ संख्या|बुकिंग नंबर|",
    "ट्रैकिंग नंबर|আবেদন নম্বর|আবেদন নং|কেস নম্বর|মামলা নম্বর|ফাইল নম্বর|রেফারেন্স নম্বর|জিডি নম্বর|",
    "निवेदन नम्बर|फाइल नम्बर|मुद्दा नम्बर|दर्ता नम्बर|सन्दर्भ नम्बर|விண்ணப்ப எண்|வழக்கு எண்|கோப்பு எண்|",
    "குறிப்பு எண்|முன்பதிவு எண்|దరఖాస్తు సంఖ్య|దరఖాస్తు నంబర్|కేసు నంబర్|ఫైల్ నంబర్|రిఫరెన్స్ నంబర్|",
    "अर्ज क्रमांक|प्रकरण क्रमांक|फाइल क्रमांक|संदर्भ क्रमांक|",
    # zh ja ko vi th
    "申请号码|参考编号|预约编号|订单编号|快递单号|报案号|档案号|受理编号|登记号|整理番号|事件番号|照会番号|",
    "問い合わせ番号|お問い合わせ番号|管理番号|追跡番号|사건번호|민원번호|참조번호|조회번호|운송장번호|",
    "mã số hồ sơ|số biên nhận|mã tra cứu|số đơn|mã đơn|số tham chiếu|mã lịch hẹn|mã hẹn|เลขที่คำร้อง|",
    "เลขคำร้อง|เลขที่คดี|เลขที่การจอง|รหัสการจอง|เลขที่ใบคำร้อง|เลขติดตามพัสดุ|เลขที่นัดหมาย|",
    # id ms tl sw am ha yo
    "no. referensi|nomor berkas|nomor pengajuan|nomor laporan|nomor tiket|nomor antrian|nomor registrasi|",
    "no. registrasi|nomor perkara|nombor permohonan|nombor kes|no. kes|nombor laporan polis|no. laporan|",
    "nombor tempahan|numero ng kaso|numero ng aplikasyon|namba ya maombi|namba ya kesi|namba ya faili|",
    "kumbukumbu namba|namba ya tiketi|namba ya usajili|የማመልከቻ ቁጥር|የጉዳይ ቁጥር|የመዝገብ ቁጥር|የቀጠሮ ቁጥር|",
    "ማጣቀሻ ቁጥር|lambar nema|lambar fayil|lambar rajista|lambar tikiti|nọ́mbà ìtọ́kasí",
)

# Person cues. Kinship and relation words (with the possessive forms that carry "my"), per language group.
RELATION = split_terms(
    "son-in-law|daughter-in-law|mother-in-law|father-in-law|brother-in-law|sister-in-law|grandson|",
    "granddaughter|stepbrother|stepsister|half-brother|half-sister|spouse|landlord|landlady|supervisor|",
    "manager|sponsor|baby|yerno|nuera|vecino|vecina|jefe|jefa|abogado|abogada|empleador|empleadora|patrón|",
    "patrona|hijastro|hijastra|padrastro|madrastra|bebé|belle-sœur|belle-soeur|beau-frère|belle-mère|",
    "beau-père|petit-fils|petite-fille|gendre|belle-fille|demi-frère|demi-sœur|voisin|voisine|patron|",
    "patronne|employeur|avocat|avocate|nachbar|nachbarin|chef|chefin|arbeitgeber|arbeitgeberin|anwalt|",
    "anwältin|stiefvater|stiefmutter|stiefsohn|stieftochter|halbbruder|halbschwester|schwiegersohn|",
    "schwiegertochter|mitbewohner|mitbewohnerin|lebensgefährte|lebensgefährtin|genero|nuora|nonno|nonna|",
    "vicino|vicina|capo|datore di lavoro|avvocata|sogra|sogro|cunhado|cunhada|genro|nora|avó|avô|neto|",
    "neta|enteado|enteada|vizinho|vizinha|chefe|patrão|patroa|advogado|advogada|marido|mulher|",
    "companheiro|companheira|bebê|schoonvader|schoonzus|zwager|schoonzoon|schoondochter|opa|oma|",
    "kleinzoon|kleindochter|buurman|buurvrouw|baas|werkgever|advocaat|collega|",
    # ro sv da nb ca
    "mama|tata|bunica|bunicul|nepotul|nepoata|vărul|verișoara|cumnatul|cumnata|socrul|soacra|ginerele|",
    "vecinul|vecina|șeful|șefa|angajatorul|avocatul|colegul|colega|logodnicul|logodnica|iubitul|iubita|",
    "son|maka|moj sin|mormor|farmor|morfar|farfar|svåger|svägerska|svärmor|svärfar|kusin|granne|",
    "arbetsgivare|advokat|pojkvän|flickvän|barnbarn|moster|faster|morbror|farbror|bror|svoger|",
    "svigerinde|svigermor|svigerfar|fætter|kusine|nabo|arbejdsgiver|kæreste|barnebarn|sønn|mann|venn|",
    "venninne|svigerinne|fetter|sjef|arbeidsgiver|kjæreste|samboer|bestemor|bestefar|germà|germana|",
    "filla|marit|dona|avi|àvia|cosí|cosina|nebot|neboda|cunyat|cunyada|sogre|veí|veïna|advocat|",
    "advocada|companya|xicot|xicota|nuvi|núvia|",
    # pl cs sk hu
    "ojciec|matka|tata|babcia|dziadek|wnuk|wnuczka|szwagier|szwagierka|teść|zięć|synowa|sąsiad|sąsiadka|",
    "szef|szefowa|pracodawca|adwokat|prawnik|partnerka|chłopak|dziewczyna|ciotka|máma|otec|táta|babička|",
    "dědeček|děda|vnuk|vnučka|švagr|švagrová|tchán|tchyně|zeť|snacha|soused|sousedka|šéf|šéfová|",
    "zaměstnavatel|advokátka|kolegyně|snoubenec|snoubenka|strýc|teta|bratranec|sestřenice|dcéra|oco|",
    "švagor|švagriná|svokor|svokra|zať|nevesta|sused|suseda|šéfka|zamestnávateľ|kolegyňa|priateľ|",
    "priateľka|snúbenec|snúbenica|strýko|sesternica|unokám|unokaöcsém|unokahúgom|sógorom|sógornőm|",
    "anyósom|apósom|vejem|menyem|szomszédom|főnököm|munkáltatóm|ügyvédem|párom|vőlegényem|",
    "menyasszonyom|nagymamám|nagypapám|nagybátyám|nagynéném|unokatestvérem|testvérem|",
    # ru uk bg sr hr sl el tr
    "мать|папа|внук|внучка|зять|невестка|свёкор|свекор|тесть|сосед|соседка|начальник|работодатель|",
    "адвокат|коллега|жених|невеста|двоюродный брат|двоюродная сестра|мама|тато|бабуся|дідусь|онук|онука|",
    "сусід|сусідка|роботодавець|колега|наречений|двоюрідний брат|двоюрідна сестра|дядько|тітка|",
    "съпругът ми|съпругата ми|синът ми|дъщеря ми|брат ми|сестра ми|майка ми|баща ми|приятелят ми|",
    "приятелката ми|колегата ми|съседът ми|адвокатът ми|шефът ми|мъжът ми|жена ми|братовчед ми|леля ми|",
    "чичо ми|баба ми|дядо ми|kći|kćer|ćerka|muž|supruga|suprug|žena|sestra|majka|otac|baka|djed|deda|",
    "unuk|unuka|šogor|šogorica|svekar|svekrva|tast|tašta|zet|snaha|komšija|susjed|susjeda|šefica|",
    "poslodavac|odvjetnik|odvjetnica|kolegica|koleginica|prijatelj|prijateljica|dečko|djevojka|devojka|",
    "zaručnik|zaručnica|verenik|verenica|ujak|stric|tetka|rođak|rođakinja|bratić|sestrična|ћерка|муж|",
    "бака|деда|унук|унука|комшија|шеф|послодавац|колега|дечко|девојка|вереник|вереница|ујак|стриц|",
    "тетка|рођак|hči|hčerka|mož|mati|oče|babica|dedek|vnukinja|svak|svakinja|tašča|sosed|soseda|šefinja|",
    "delodajalec|odvetnik|odvetnica|fant|punca|zaročenec|zaročenka|γυναίκα|σύζυγο|γιο|αδερφό|πατέρα|",
    "μαμά|μπαμπάς|γιαγιά|παππούς|εγγονός|εγγονή|θείος|θεία|ξάδερφος|ξαδέρφη|γείτονας|γειτόνισσα|",
    "αφεντικό|εργοδότης|δικηγόρος|συνάδελφος|αρραβωνιαστικός|αρραβωνιαστικιά|φίλο|oğlum|kızım|eşim|",
    "kocam|karım|kardeşim|kız kardeşim|erkek kardeşim|dedem|babaannem|anneannem|torunum|halam|yeğenim|",
    "kayınvalidem|kayınpederim|eniştem|yengem|gelinim|damadım|komşum|patronum|işverenim|avukatım|",
    "meslektaşım|iş arkadaşım|sevgilim|",
    "oğlumuz|kızımız|arkadaşımız|kuzenimiz|yeğenimiz|torunumuz|muavinim|şoförüm|ev sahibim|oda arkadaşım|",
    "ev arkadaşım|ortağım|bakıcım|eski eşim|",
    # id ms tl sw yo ha vi
    "adik saya|kakak saya|ibu saya|bapak saya|mertua saya|ipar saya|sepupu saya|tetangga saya|bos saya|",
    "majikan saya|pengacara saya|pacar saya|tunangan saya|isteri saya|suami saya|anak saya|abang saya|",
    "kakak|abang|majikan|peguam|rakan|jiran|tunang|biyenan|bayaw|hipag|pamangkin|abogado ko|",
    "kapitbahay|nobyo|nobya|mke wangu|mume wangu|mtoto wangu|kaka yangu|dada yangu|mama yangu|",
    "baba yangu|rafiki yangu|jirani yangu|bosi wangu|mwajiri wangu|wakili wangu|binamu yangu|",
    "shangazi yangu|mjomba yangu|bàbá mi|ìyá mi|ọ̀rẹ́ mi|ẹ̀gbọ́n mi|àbúrò mi|iyawo mi|oko mi|omo mi|",
    # Yoruba as typed on a phone, without tone marks or under-dots
    "ore mi|egbon mi|aburo mi|omobinrin mi|omokunrin mi|arabinrin mi|arakunrin mi|",
    "mahaifina|mahaifiyata|ɗana|ɗiyata|matata|mijina|ɗan'uwana|'yar'uwata|abokina|kawata|maigidana|",
    "vợ tôi|chồng tôi|con tôi|con trai tôi|con gái tôi|bạn trai tôi|bạn gái tôi|đồng nghiệp|hàng xóm|",
    "luật sư|sếp|chủ nhà",
)
# Titles and role words written before a name ("Konsul Weber", "consulul Radu", "luật sư Minh").
TITLE = split_terms(
    "konsul|konsulin|konzul|konzulka|cónsul|cônsul|console|consulul|konsolos|başkonsolos|πρόξενος|",
    "консул|консула|консулу|консулом|ambassador|amb.|embajador|embajadora|ambassadeur|ambassadrice|",
    "botschafter|botschafterin|ambasciatore|embaixador|embaixadora|ambasador|nagykövet|büyükelçi|посол|",
    "послу|lawyer|attorney|solicitor|advocate|rechtsanwalt|rechtsanwältin|abogado|abogada|avocat|",
    "avvocato|advogado|advogada|adwokat|advokát|ügyvéd|avocatul|odvjetnik|odvetnik|δικηγόρος|avukat|",
    "адвокат|адвоката|адвокату|inspecteur|inspektor|inspettore|commissaire|kommissar|komisarz|",
    "capitaine|kapitän|capitano|kapitan|kaptan|policeman|policía|polizist|policjant|policista|",
    "doctor|médico|médica|médecin|dottore|lekarz|lékař|orvos|врач|лікар|лекар|liječnik|zdravnik|γιατρός|",
    "doktor|dokter|doktora|nurse|enfermera|infirmière|pán|gospod|gospa|domnului|doamnei|d-na|d-l|",
    "encik|cik|puan|tuan|datuk|dato'|ndugu|malama|olóyè|ìyáàfin|",
    "luật sư|bác sĩ|thầy|cô giáo",
)
# Salutations ("Dear …") in more languages: greetings, so a lone word after them must be a known name.
GREETING = split_terms(
    "sehr geehrte|sehr geehrter|estimado|estimada|querido|querida|cher|chère|caro|cara|prezado|prezada|",
    "geachte|stimate|stimată|szanowny|szanowna|vážený|vážená|kedves|уважаемый|уважаемая|шановний|шановна|",
    "уважаеми|уважаема|poštovani|poštovana|spoštovani|spoštovana|αγαπητέ|αγαπητή|αξιότιμε|değerli|",
    "sevgili|yth.|kepada|kära|kære|kjære|beste|liebe|lieber|hej|hei|ahoj|szia|привет|вітаю|здравейте|",
    "zdravo|γεια σας|selam|xin chào|habari|sannu|ẹ n lẹ",
)
# Lowercase role words that may open a name ("consul Dupont", "консулу Игорю Лебедеву"): a capitalised
# name must follow; a lone word must be a known name.
ROLE_TITLES = split_terms(
    "konsul|konsulin|konzul|cónsul|cônsul|console|consulul|konsolos|başkonsolos|πρόξενος|консул|консула|",
    "консулу|консулом|ambassador|embajador|embajadora|ambassadeur|botschafter|botschafterin|ambasciatore|",
    "embaixador|ambasador|nagykövet|büyükelçi|посол|послу|lawyer|attorney|solicitor|abogado|abogada|avocat|",
    "avvocato|advogado|advogada|adwokat|advokát|ügyvéd|avocatul|odvjetnik|odvetnik|δικηγόρος|avukat|адвокат|",
    "адвоката|адвокату|rechtsanwalt|rechtsanwältin|inspecteur|inspektor|inspettore|commissaire|kommissar|",
    "komisarz|doctor|médico|médica|médecin|dottore|lekarz|lékař|orvos|врач|лікар|лекар|liječnik|zdravnik|",
    "γιατρός|doktor|dokter|doktora|nurse|enfermera|infirmière|luật sư|bác sĩ|encik|puan|tuan",
)
NAME_INTRO = split_terms(
    "jsem|volám sa|ime mi je|em dic|jeg hedder|jeg er|jag är|λέγομαι|το όνομά μου είναι|аз съм|името ми е|",
    "зовем се|моје име је|име ми је|mimi ni|naitwa|orukọ mi ni|oruko mi ni|orúkọ mi ni|emi ni|sunana|",
    "sunansa|sunanta|sunayena|mình là|mình tên là|tôi tên là|tên mình là|saya ialah|nama penuh|",
    "i am called|my full name is|full name is|the name is|his name's|her name's|nome completo|",
    "mi nombre completo es|je m'appelle|mon prénom est|ich heiße|mein vollständiger name ist|",
    "il mio nome è|mi chiamo|o meu nome é|meu nome completo é|mijn naam is|numele meu e|jmenuju se|",
    "jmenuji se|nazywam się|mam na imię|меня зовут|мене звати|benim adım|adım|ismim",
)
NAME_LABEL = split_terms(
    "nome completo:|nombre y apellidos:|apellidos y nombre:|nom et prénom:|nom, prénom:|name, vorname:|",
    "vor- und nachname:|naam en voornaam:|nume și prenume:|numele complet:|namn:|fullständigt namn:|",
    "navn:|fulde navn:|fullt navn:|nom i cognoms:|imię i nazwisko|jméno a příjmení:|meno a priezvisko:|",
    "meno:|priezvisko:|teljes név:|név|фамилия и имя:|фамилия, имя:|прізвище та ім'я:|ім'я та прізвище:|",
    "име и фамилия:|име и презиме:|ime i prezime:|ime in priimek:|ονοματεπώνυμο:|ονοματεπώνυμο|adı:|",
    "soyadı:|ad-soyad:|nama penuh:|buong pangalan:|jina kamili:|họ tên|tên:|sunan:|orúkọ:|oruko:|",
    "contact person|contact:|emergency contact name:|next of kin name:",
)
SIGNOFF = split_terms(
    "amicalement|salutations|sincères salutations|respectueusement|beste grüße|herzliche grüße|mfg|",
    "gruß|cordialmente|un saluto|abraços|mvg|hartelijke groet|hoogachtend|cu drag|",
    "toate cele bune|kærlig hilsen|bedste hilsner|salutacions|atentament|cordialment|moltes gràcies|",
    "gràcies|z wyrazami szacunku|serdecznie pozdrawiam|s úctou|díky|s pozdravom|ďakujem|tisztelettel|",
    "köszönettel|всего доброго|благодарю|з повагою|щиро|с уважение|поздрави|благодаря|срдачан поздрав|",
    "хвала|с поштовањем|lijep pozdrav|srdačno|lep pozdrav|s spoštovanjem|φιλικά|ευχαριστώ πολύ|",
    "iyi çalışmalar|yang benar|ikhlas|asante|asante sana|wako mwaminifu|na gode|nagode|wassalam|",
    "kính thư|kính gửi|ẹ ṣé",
)
# Introductions that also start ordinary sentences ("Mimi ni Mkenya", "jag är svensk"): a lone word after
# them must be a known name.
WEAK_INTRO = split_terms("jsem|jeg er|jag är|аз съм|mimi ni|emi ni|mình là|saya ialah|the name is|i am called")
