"""Cue words of the 2026-12 coverage pass for 40 more languages. Data only."""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_world import split_terms

BIRTH = split_terms(
    # fi is nb nn et
    "syntynyt|synt.|syntyi|synnyin|syntymäaika|syntymäaika:|syntymäpäivä|syntymäpäivämäärä|syntyneet|fæddur|fædd|",
    "fæddist|fæðingardagur|fæðingardagsetning|fæðingardagur:|fødselsdag|ble født|blei fødd|vart fødd|født den|",
    "fødd den|sündinud|sünd.|sündis|sündisin|sünniaeg|sünnikuupäev|sünnipäev|sünniaeg:|",
    # gl
    "data de nacemento|nacemento|naceu|nacín|naceron|nado o|data nac.|",
    # lt lv
    "gimęs|gimusi|gimė|gimiau|gimimo data|gimimo data:|gim. data|gimtadienis|dzimis|dzimusi|piedzima|piedzimu|",
    "dzimšanas datums|dzimšanas datums:|dzim. dat.|dzimšanas diena|",
    # sk sl bs
    "narodil som sa|narodila som sa|narodili sa|narodeniny|dát. nar.|dátum nar.|se je rodil|se je rodila|",
    "rodil sem se|rodila sem se|roj.|datum roj.|rojstni dan|rodio se|rodila se|rodio sam se|rodila sam se|rođendan|",
    "dat. rođ.|",
    # sq mk be
    "i lindur|e lindur|i lindur më|e lindur më|datëlindja|datëlindje|datelindja|data e lindjes|lindi|u lind|",
    "kam lindur|ditëlindja|ditëlindje|датум на раѓање|дата на раѓање|роденден|се роди|се родив|нарадзіўся|",
    "нарадзілася|нарадзіліся|дата нараджэння|дзень нараджэння|",
    # af
    "gebore|gebore op|gebore in|is gebore|verjaarsdag|geboortedag|",
    # ka hy
    "დაბადების თარიღი|დაბადების თარიღი:|დაიბადა|დავიბადე|დაბადებული|დაბ.|დაბადების დღე|ծնվել է|ծնվել եմ|ծնված|",
    "დაგვებადა|დაებადა|დაიბადნენ|",
    "ծննդյան ամսաթիվ|ծննդյան օր|ծնվ.|",
    # az kk uz ky tg mn
    "doğum tarixi|doğum tarixim|təvəllüdü|anadan olub|туған күні|туған күнім|туылған күні|туған жылы|туылған|",
    "дүниеге келді|tug'ilgan|tugʻilgan|tug‘ilgan|tug’ilgan|tugilgan|tug'ilgan sana|tugʻilgan sana|tugilgan sana|",
    "tug'ilgan kun|tugʻilgan kun|tug'ildi|tugʻildi|tug'ildim|туғилган|туғилган сана|туғилган кун|туғилди|",
    "туулган күнү|туулган датасы|туулган|төрөлгөн|туулду|санаи таваллуд|таваллуд|таваллуд шудааст|таваллуд шуд|",
    "зодрӯз|рӯзи таваллуд|соли таваллуд|төрсөн|төрсөн огноо|төрсөн өдөр|төрсөн он|төрсөн он, сар, өдөр|мэндэлсэн|",
    # ku (ckb kmr) ps prs
    "لەدایکبوون|ڕێکەوتی لەدایکبوون|بەرواری لەدایکبوون|لەدایکبووی|لەدایکبووە|لە دایک بووە|dîroka jidayikbûnê|",
    "jidayikbûn|ji dayik bû|ji dayik bûye|jidayikbûyî|roja jidayikbûnê|د زیږیدو نیټه|د زېږېدو نېټه|د زوکړې نېټه|",
    "زیږیدلی|زېږېدلی|زوکړه|تولد شده|تولد شد|تاریخ تولدم|زادروز|سال تولد|روز تولد|به دنیا آمده|",
    # gu kn ml mr te or as si
    "જન્મ|જન્મ તારીખ|જન્મતારીખ|જન્મદિવસ|જન્મ્યો|જન્મી|જન્મ થયો|ಜನ್ಮ ದಿನಾಂಕ|ಹುಟ್ಟಿದ ದಿನಾಂಕ|ಜನನ ದಿನಾಂಕ|ಹುಟ್ಟುಹಬ್ಬ|",
    "ಜನಿಸಿದರು|ಜನಿಸಿದ|ಹುಟ್ಟಿದ|ജനന തീയതി|ജനനത്തീയതി|ജനിച്ച തീയതി|ജന്മദിനം|ജനിച്ചു|ജനനം|जन्माला आला|जन्माला आली|जन्मलो|",
    "वाढदिवस|పుట్టినరోజు|జననం|జన్మించిన|జన్మదినం|ଜନ୍ମ ତାରିଖ|ଜନ୍ମ ତିଥି|ଜନ୍ମଦିନ|ଜନ୍ମ|ଜନ୍ମଗ୍ରହଣ|ଜନ୍ମିଥିଲେ|জন্ম তাৰিখ|",
    "জন্মতাৰিখ|জন্ম হৈছিল|জন্মিছিল|জন্মগ্ৰহণ|උපන් දිනය|උපන්දිනය|උපත|ඉපදුණා|ඉපදුනා|උපත ලැබීය|",
    # km lo my
    "ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|កើតនៅ|កើតថ្ងៃ|ឆ្នាំកំណើត|ວັນເດືອນປີເກີດ|ວັນເກີດ|ເກີດວັນທີ|ເກີດເມື່ອ|မွေးနေ့|",
    "မွေးသက္ကရာဇ်|မွေးဖွားသည်|မွေးဖွားခဲ့|",
    # ig ln mg rw sn so om ti wo xh zu
    "ụbọchị ọmụmụ|ubochi omumu|a mụrụ m|a muru m|a mụrụ ya|afọ ọmụmụ|mokolo ya kobotama|mokolo ya mbotama|abotamaki|",
    "nabotamaki|daty nahaterahana|teraka|teraka tamin'ny|nateraka tamin'ny|itariki y'amavuko|itariki y’amavuko|",
    "italiki y'amavuko|yavutse|navutse|yavukiye|isabukuru y'amavuko|zuva rekuberekwa|zuva rekuzvarwa|akazvarwa|",
    "ndakazvarwa|akaberekwa|ndakaberekwa|taariikhda dhalashada|dhalasho|dhalashada|wuxuu dhashay|waxay dhalatay|",
    "waxaan dhashay|ku dhashay|guyyaa dhalootaa|dhalate|dhalatte|dhaladhe|bara dhalootaa|ዕለተ ልደት|ዕለት ልደት|ዝተወለደሉ ዕለት|",
    "ተወሊዱ|ተወሊዳ|ተወሊደ|juddu na|bisu juddu|mu juddoo|ma juddoo|umhla wokuzalwa|wazalwa|ndazalwa|usuku lokuzalwa|uzalwe|",
    "ngazalwa|idethi yokuzalwa",
)

# Birth cues written after the date (verb-final languages: "1990 жылы туылған", "1990-cı ildə anadan
# olub", "ብ1990 ተወሊዱ"); see `dates.birth_after`.
BIRTH_AFTER = split_terms(
    # fi et lt lv be af
    "syntynyt|sündinud|sündis|gimęs|gimusi|gimė|dzimis|dzimusi|piedzima|нарадзіўся|нарадзілася|gebore|gebore is|",
    # ka hy az kk uz ky tg mn
    "დაიბადა|დავიბადე|დაბადებული|ծնվել|ծնված|anadan olub|anadan olmuşdur|anadan olmuşam|doğulub|təvəllüdlü|туылған|",
    "туылды|туылдым|дүниеге келді|дүниеге келген|туған|tug'ilgan|tugʻilgan|tug‘ilgan|tug’ilgan|tugilgan|tug'ildi|",
    "tugʻildi|туғилган|туғилди|туулган|туулду|төрөлгөн|төрөлдү|туулгам|таваллуд|ба дунё омад|төрсөн|төрөв|мэндэлсэн|",
    # ku (ckb kmr) ps prs
    "لەدایکبووە|لە دایک بووە|لەدایکبووم|ji dayik bû|ji dayik bûye|ji dayik bûm|زیږیدلی|زېږېدلی|زیږیدلې|وزیږید|وزېږېد|",
    "تولد شده|تولد شد|تولد شدم|به دنیا آمده|",
    # gu kn ml mr te or as si
    "જન્મ|જન્મ્યો|જન્મી|જન્મ થયો|જન્મેલ|ಜನಿಸಿದರು|ಜನಿಸಿದ|ಹುಟ್ಟಿದ|ಹುಟ್ಟಿದರು|ಹುಟ್ಟಿದನು|ಹುಟ್ಟಿದಳು|ಜನಿಸಿದನು|ಜನಿಸಿದಳು|",
    "ജനിച്ചു|ജനിച്ച|ജനിച്ചത്|जन्माला आला|जन्माला आली|जन्मलो|जन्मले|జన్మించిన|పుట్టిన|పుట్టాను|జన్మించాను|ଜନ୍ମ|",
    "ଜନ୍ମିଥିଲେ|ଜନ୍ମିଥିଲା|ଜନ୍ମଗ୍ରହଣ|ଜନ୍ମ ହୋଇଥିଲା|জন্ম হৈছিল|জন্মিছিল|জন্মগ্ৰহণ|ඉපදුණා|ඉපදුනා|ඉපදුණේ|උපන්නේ|උපත ලැබීය|",
    "උපත ලැබුවා|උපන්|",
    # my so om ti
    "မွေးဖွားခဲ့သည်|မွေးဖွားသည်|မွေးခဲ့တယ်|မွေးဖွား|dhashay|dhalatay|dhalate|dhalatte|dhaladhe|ተወሊዱ|ተወሊዳ|ተወሊደ|ዝተወለደ|",
    "ዝተወለደት",
)

PASSPORT = split_terms(
    # fi is nb nn et
    "passini|passinumero|passinumeroni|passin nro|passin numeroni|passinro|vegabréf|vegabréfsnúmer|vegabréfið|",
    "vegabréfið mitt|vegabréfs|vegabréfsnr.|passet mitt|nummeret på passet|passnummeret mitt|passi number|passi nr|",
    "passi nr.|passinumber|minu pass|",
    # gl
    "número do pasaporte|n.º do pasaporte|nº do pasaporte|o meu pasaporte|",
    # lt lv
    "paso numeris|paso nr|paso nr.|mano pasas|pasas nr|pases numurs|pases nr.|pases nr|mana pase|",
    # sk sl bs
    "číslo cestovného pasu|pasu č.|cestovný pas č.|potnem listu|potni list št.|št. potnega lista|broj pasoša|",
    "putna isprava|broj putne isprave|",
    # sq mk be
    "pasaporta|pasaportë|pasaportën|pasaportës|pasaportes|numri i pasaportës|nr i pasaportes|nr. i pasaportës|",
    "број на пасош|бр. на пасош|патна исправа|пасошот|пашпарт|пашпарта|нумар пашпарта|замежны пашпарт|пашпарце|",
    # af
    "paspoortnommer|paspoort nommer|my paspoort|",
    # ka hy
    "პასპორტი|პასპორტის ნომერი|პასპორტის №|პასპორტს|პასპორტით|անձնագիր|անձնագրի համարը|անձնագիրս|անձնագրի №|",
    "անձնագրով|",
    # az kk uz ky tg mn
    "pasportun nömrəsi|pasport nömrəsi|xarici pasport|pasportum|төлқұжат|төлқұжат нөмірі|паспорт нөмірі|",
    "шетелдік паспорт|төлқұжатым|pasport raqami|xorijga chiqish pasporti|biometrik pasport|pasportim|паспорт рақами|",
    "хорижга чиқиш паспорти|паспортим|паспорт номери|паспортум|шиноснома|шиносномаи хориҷӣ|рақами шиноснома|",
    "шиносномаам|шиносномаи|гадаад паспорт|паспортын дугаар|гадаад паспортын дугаар|",
    # ku (ckb kmr) ps prs
    "پاسپۆرت|ژمارەی پاسپۆرت|پاسپۆرتەکەم|hejmara pasaportê|pasaporta min|pasaportê|پاسپورټ|د پاسپورټ شمېره|",
    "د پاسپورټ شمیره|د پاسپورټ نمبر|پاسپورټ نمبر|نمبر پاسپورت|پاسپورتم|",
    # gu kn ml or as si
    "પાસપોર્ટ|પાસપોર્ટ નંબર|પાસપોર્ટ નં|ಪಾಸ್‌ಪೋರ್ಟ್|ಪಾಸ್ಪೋರ್ಟ್|ಪಾಸ್‌ಪೋರ್ಟ್ ಸಂಖ್ಯೆ|ಪಾಸ್ಪೋರ್ಟ್ ಸಂಖ್ಯೆ|ಪಾಸ್ಪೋರ್ಟ್ ನಂಬರ್|",
    "പാസ്‌പോർട്ട്|പാസ്പോർട്ട്|പാസ്പോർട്ട് നമ്പർ|പാസ്‌പോർട്ട് നമ്പർ|పాస్పోర్ట్ నంబర్|పాస్పోర్ట్ సంఖ్య|ପାସପୋର୍ଟ|",
    "ପାସପୋର୍ଟ ନମ୍ବର|ପାସପୋର୍ଟ ନଂ|পাছপোৰ্ট|পাছপোৰ্ট নম্বৰ|পাসপোৰ্ট|পাসপোৰ্ট নম্বৰ|ගමන් බලපත්‍රය|ගමන් බලපත්රය|",
    "ගමන් බලපත්‍ර අංකය|ගමන් බලපත්ර අංකය|පාස්පෝට්|",
    # km lo my
    "លិខិតឆ្លងដែន|លេខលិខិតឆ្លងដែន|ប៉ាស្ព័រ|ໜັງສືຜ່ານແດນ|ຫນັງສືຜ່ານແດນ|ເລກທີໜັງສືຜ່ານແດນ|ປຶ້ມຜ່ານແດນ|",
    "နိုင်ငံကူးလက်မှတ်|နိုင်ငံကူးလက်မှတ်အမှတ်|ပတ်စပို့|ပတ်စ်ပို့|",
    # ig ln mg rw sn so om ti wo xh zu
    "paspọtụ|akwụkwọ njem|nọmba paspọtụ|nọmba akwụkwọ njem|nimero ya passeport|mokanda ya mobembo|pasipaoro|",
    "laharana pasipaoro|laharan'ny pasipaoro|pasiporo|nimero ya pasiporo|urupapuro rw'inzira|urupapuro rw’inzira|",
    "nhamba yepasipoti|baasaboor|baasaboorka|lambarka baasaboorka|baasboor|baasaboorkayga|nambarka baasaboorka|",
    "paaspoortii|paaspoorti|lakkoofsa paaspoortii|ቁጽሪ ፓስፖርት|ፓስፖርተይ|ፓስፖርቱ|paaspoor|nimero paaspoor|ipaspoti|",
    "inombolo yepaspoti|iphasiphothi|inombolo yephasiphothi|ipasipoti",
)

NATIONAL_ID = split_terms(
    # fi is nb nn et
    "hetu|henkilötunnukseni|henkilötunnuksen|henkilötunnus:|sotu|sosiaaliturvatunnus|henkilökortti|",
    "henkilökortin numero|kennitala|kennitalan|kennitölu|kennitalan mín|kt.|nafnskírteini|fnr|fnr.|f.nr.|fødselsnr|",
    "personnr|nasjonalt id-kort|isikukood|isikukoodiga|isikukood:|id-kaart|id-kaardi number|isikutunnistus|",
    # gl
    "documento nacional de identidade|tarxeta de identidade|número do dni|nº de dni|",
    # lt lv
    "asmens kodas|asmens kodą|asmens kodo|a.k.|asmens tapatybės kortelė|asmens tapatybės kortelės numeris|atk nr.|",
    "personas kods|pers. kods|p.k.|personas koda|personas apliecība|personas apliecības numurs|",
    # sk sl bs
    "r.č.|rodného čísla|č. op|številka osebne izkaznice|enotna matična številka|osobna karta|broj osobne karte|",
    "jedinstveni matični broj|",
    # sq mk be
    "numri personal|nr. personal|karta e identitetit|letërnjoftim|letërnjoftimi|letërnjoftimin|",
    "numri i letërnjoftimit|numri i identitetit|ембг|број на лична карта|асабісты нумар|ідэнтыфікацыйны нумар|",
    "ідэнтыфікацыйная карта|",
    # af
    "id-nommer|id nommer|identiteitsnommer|identiteitsdokument|my id-nommer|",
    # ka hy
    "პირადი ნომერი|პირადი ნომერი:|პირ. ნომერი|პირადობის მოწმობა|პირადობის მოწმობის ნომერი|հծհ|",
    "հանրային ծառայությունների համարանիշ|նույնականացման քարտ|նույնականացման քարտի համարը|սոցիալական քարտ|",
    # az kk uz ky tg mn
    "fin kod|fin kodu|fin-kod|şəxsiyyət vəsiqəsi|şəxsiyyət vəsiqəsinin nömrəsi|vəsiqə nömrəsi|жсн|иин|",
    "жеке сәйкестендіру нөмірі|жеке куәлік|жеке куәлігі|жеке куәлік нөмірі|удостоверение личности|",
    "номер удостоверения|jshshir|pinfl|пинфл|жшшир|id-karta|id karta|shaxsni tasdiqlovchi hujjat|",
    "шахсни тасдиқловчи ҳужжат|жеке идентификациялык номер|id-карта|ид-карта|рақами мушаххаси андозсупоранда|id-корт|",
    "регистрийн дугаар|иргэний үнэмлэх|иргэний үнэмлэхний дугаар|",
    # ku (ckb kmr) ps prs
    "ناسنامە|ژمارەی ناسنامە|کارتی نیشتمانی|ژمارەی کارتی نیشتمانی|nasname|nasnameya min|hejmara nasnameyê|تذکره|تذکرې|",
    "د تذکرې شمېره|د تذکرې نمبر|الکترونیکي تذکره|نمبر تذکره|شماره تذکره|تذکره الکترونیکی|",
    # gu kn ml mr te or as si
    "આધાર|આધાર કાર્ડ|આધાર નંબર|પાન કાર્ડ|મતદાર ઓળખપત્ર|ઓળખપત્ર|ಆಧಾರ್|ಆಧಾರ್ ಸಂಖ್ಯೆ|ಆಧಾರ್ ಕಾರ್ಡ್|ಪ್ಯಾನ್ ಕಾರ್ಡ್|",
    "ಮತದಾರರ ಗುರುತಿನ ಚೀಟಿ|ಗುರುತಿನ ಚೀಟಿ|ആധാർ|ആധാർ നമ്പർ|ആധാർ കാർഡ്|തിരിച്ചറിയൽ കാർഡ്|പാൻ കാർഡ്|पॅन कार्ड|मतदार ओळखपत्र|",
    "ओळखपत्र|आधार कार्ड क्रमांक|ఆధార్ కార్డ్|ఓటరు గుర్తింపు కార్డు|గుర్తింపు కార్డు|పాన్ కార్డ్|ଆଧାର|ଆଧାର ନମ୍ବର|",
    "ଆଧାର କାର୍ଡ|ପରିଚୟ ପତ୍ର|ଭୋଟର ପରିଚୟ ପତ୍ର|আধাৰ|আধাৰ কাৰ্ড|আধাৰ নম্বৰ|পৰিচয় পত্ৰ|ජාතික හැඳුනුම්පත|හැඳුනුම්පත|",
    "හැඳුනුම්පත් අංකය|ජාතික හැඳුනුම්පත් අංකය|ජා.හැ.අ.|",
    # km lo my
    "អត្តសញ្ញាណប័ណ្ណ|លេខអត្តសញ្ញាណប័ណ្ណ|អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ|ບັດປະຈຳຕົວ|ບັດປະຈໍາຕົວ|ເລກບັດປະຈຳຕົວ|",
    "ເລກບັດປະຈໍາຕົວ|နိုင်ငံသားစိစစ်ရေးကတ်|မှတ်ပုံတင်|မှတ်ပုံတင်အမှတ်|nrc|nrc no|",
    # ig ln mg rw sn so om ti xh zu
    "nọmba njirimara|nomba njirimara|kaadị njirimara|carte d'électeur|carte d'electeur|numéro d'électeur|",
    "karapanondrom-pirenena|karapanondro|kara-panondro|laharan'ny karapanondro|indangamuntu|nimero y'indangamuntu|",
    "nimero y’indangamuntu|chitupa|nhamba yechitupa|chitupa changu|kaarka aqoonsiga|lambarka aqoonsiga|aqoonsiga|",
    "tirada aqoonsiga|kaarka aqoonsiga qaranka|waraqaa eenyummaa|lakkoofsa eenyummaa|kaardii eenyummaa|ካርድ መንነት|",
    "ቁጽሪ መንነት|ወረቐት መንነት|መንነት ወረቐት|isazisi|inombolo yesazisi|umazisi|inombolo kamazisi|incwadi kamazisi",
)

CASE = split_terms(
    # fi is nb nn et
    "asianumero|diaarinumero|dnro|viitenumero|hakemusnumero|varausnumero|varaustunnus|tapausnumero|ilmoitusnumero|",
    "rikosilmoituksen numero|seurantanumero|málsnúmer|tilvísunarnúmer|bókunarnúmer|umsóknarnúmer|málsnr.|mál nr.|",
    "anmeldelsesnummer|sporingsnummer|vår ref.|deres ref.|bookingreferanse|sak nr.|viitenumber|toimiku number|",
    "taotluse number|broneeringu number|kriminaalasja number|menetluse number|asja number|meie viide|teie viide|",
    # gl
    "número de rexistro|nº de rexistro|número de solicitude|nº de solicitude|rexistro de entrada|",
    # lt lv
    "bylos numeris|bylos nr.|prašymo numeris|prašymo nr.|užsakymo numeris|rezervacijos numeris|registracijos numeris|",
    "nuorodos numeris|ikiteisminio tyrimo nr.|siuntos numeris|lietas numurs|lietas nr.|pieteikuma numurs|",
    "rezervācijas numurs|atsauces numurs|reģistrācijas numurs|kriminālprocesa nr.|sūtījuma numurs|",
    # sk sl bs
    "číslo rezervácie|referenčné číslo|číslo prípadu|čvs|číslo zásielky|referenčna številka|št. zadeve|",
    "številka primera|številka prijave|številka pošiljke|referentni broj|broj prijave|broj aplikacije|broj pošiljke|",
    "broj spisa|broj termina|",
    # sq mk be
    "numri i rastit|numri i referencës|nr. i referencës|numri i aplikimit|numri i rezervimit|numri i dosjes|",
    "numri i kërkesës|numri i protokollit|nr. prot.|број на предмет|број на барање|број на резервација|",
    "референтен број|архивски број|бр. на предмет|нумар справы|нумар заявы|нумар браніравання|рэгістрацыйны нумар|",
    "нумар звароту|",
    # af
    "verwysingsnommer|verw. nr.|saaknommer|saak nommer|aansoeknommer|besprekingsnommer|volgnommer|",
    # ka hy
    "საქმის ნომერი|განაცხადის ნომერი|ჯავშნის ნომერი|სარეგისტრაციო ნომერი|საცნობარო ნომერი|მიმართვის ნომერი|",
    "գործի համարը|հայտի համարը|դիմումի համարը|ամրագրման համարը|հղման համարը|գրանցման համարը|քրեական գործ|",
    # az kk uz ky tg mn
    "işin nömrəsi|müraciət nömrəsi|ərizə nömrəsi|rezervasiya nömrəsi|istinad nömrəsi|sifariş nömrəsi|",
    "qeydiyyat nömrəsi|cinayət işi|іс нөмірі|өтініш нөмірі|өтінім нөмірі|брондау нөмірі|тіркеу нөмірі|ariza raqami|",
    "murojaat raqami|bron raqami|buyurtma raqami|ariza raqamim|ариза рақами|мурожаат рақами|брон рақами|арыз номери|",
    "иштин номери|брондоо номери|каттоо номери|кайрылуу номери|рақами парванда|рақами ариза|рақами бақайдгирӣ|",
    "рақами дархост|хэргийн дугаар|өргөдлийн дугаар|захиалгын дугаар|бүртгэлийн дугаар|лавлах дугаар|",
    # ku (ckb kmr) ps prs
    "ژمارەی داواکاری|ژمارەی دۆسیە|ژمارەی سکاڵا|ژمارەی تۆمار|hejmara dosyayê|hejmara serlêdanê|hejmara qeydê|",
    "د غوښتنلیک شمېره|د غوښتنلیک شمیره|د قضیې شمېره|د دوسیې شمېره|د تعقیب شمېره|د ثبت شمېره|نمبر درخواست|نمبر دوسیه|",
    "شماره دوسیه|نمبر قضیه|نمبر عریضه|نمبر ثبت|",
    # gu kn ml mr te or as si
    "અરજી નંબર|કેસ નંબર|ફાઇલ નંબર|સંદર્ભ નંબર|બુકિંગ નંબર|ફરિયાદ નંબર|ಅರ್ಜಿ ಸಂಖ್ಯೆ|ಪ್ರಕರಣ ಸಂಖ್ಯೆ|ಕೇಸ್ ನಂಬರ್|",
    "ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ|ಬುಕಿಂಗ್ ಸಂಖ್ಯೆ|ದೂರು ಸಂಖ್ಯೆ|അപേക്ഷ നമ്പർ|കേസ് നമ്പർ|ഫയൽ നമ്പർ|റഫറൻസ് നമ്പർ|ബുക്കിംഗ് നമ്പർ|",
    "പരാതി നമ്പർ|तक्रार क्रमांक|नोंदणी क्रमांक|बुकिंग क्रमांक|केस क्रमांक|गुन्हा रजिस्टर क्रमांक|ఫిర్యాదు సంఖ్య|",
    "బుకింగ్ నంబర్|నమోదు సంఖ్య|కేసు సంఖ్య|ଆବେଦନ ନମ୍ବର|ମାମଲା ନମ୍ବର|କେସ ନମ୍ବର|ଫାଇଲ ନମ୍ବର|ଅଭିଯୋଗ ନମ୍ବର|ବୁକିଂ ନମ୍ବର|",
    "আবেদন নম্বৰ|গোচৰ নম্বৰ|কেছ নম্বৰ|ফাইল নম্বৰ|বুকিং নম্বৰ|অভিযোগ নম্বৰ|අයදුම්පත් අංකය|නඩු අංකය|යොමු අංකය|",
    "ගොනු අංකය|පැමිණිලි අංකය|වෙන්කිරීම් අංකය|",
    # km lo my
    "លេខករណី|លេខពាក្យស្នើសុំ|លេខយោង|លេខកក់|លេខសំណុំរឿង|ເລກທີຄຳຮ້ອງ|ເລກທີຄໍາຮ້ອງ|ເລກອ້າງອີງ|ເລກທີຄະດີ|ເລກການຈອງ|",
    "လျှောက်လွှာအမှတ်|အမှုအမှတ်|ရည်ညွှန်းအမှတ်|ကိုးကားအမှတ်|ဘိုကင်နံပါတ်|",
    # ig ln mg rw sn so om ti xh zu
    "nọmba ntụaka|nomba ntụaka|nimero ya dosie|nimero ya likambo|laharan'ny dosie|laharana fanondroana|",
    "laharan'ny fangatahana|laharana famandrihana|nimero ya dosiye|nimero y'ikirego|nimero y'ubusabe|nhamba yekesi|",
    "nhamba yereferensi|nhamba yechikumbiro|lambarka codsiga|lambarka kiiska|lambarka tixraaca|lambarka dalabka|",
    "lambarka ballanta|lambarka faylka|lakkoofsa iyyannoo|lakkoofsa galmee|lakkoofsa dhimmaa|lakkoofsa beellamaa|",
    "ቁጽሪ መመልከቲ|ቁጽሪ ጉዳይ|ቁጽሪ ፋይል|ቁጽሪ መወከሲ|inombolo yesalathiso|inombolo yetyala|inombolo yesicelo|inombolo yereferensi|",
    "inombolo yecala",
)

# Person cues. Kinship and role words before a name, with the possessive forms that carry "my" where
# the bare word is common or is also a given name.
RELATION = split_terms(
    # fi is nb nn et
    "poikani|tyttäreni|vaimoni|mieheni|aviomieheni|puolisoni|veljeni|siskoni|sisareni|äitini|isäni|isoäitini|mummoni|",
    "isoisäni|serkkuni|setäni|enoni|tätini|poikaystäväni|tyttöystäväni|ystäväni|kihlattuni|kollegani|työkaverini|",
    "työnantajani|esimieheni|pomoni|naapurini|asianajajani|lapseni|anoppini|appeni|lankoni|kälyni|vävyni|miniäni|",
    "lapsenlapseni|sonur minn|dóttir mín|konan mín|maðurinn minn|bróðir minn|systir mín|mamma mín|pabbi minn|",
    "móðir mín|faðir minn|amma mín|afi minn|vinur minn|vinkona mín|kærastinn minn|kærastan mín|frændi minn|",
    "frænka mín|eiginkona mín|eiginmaður minn|samstarfsmaður minn|vinnuveitandi minn|sønnen min|datteren min|",
    "dattera mi|kona mi|mannen min|broren min|søsteren min|systera mi|forlovede|ektemann|ektefelle|svigersønn|",
    "svigerdatter|nevø|niese|advokaten min|sjefen min|kjæresten min|stefar|stemor|oldemor|oldefar|poeg|tütar|mu vend|",
    "minu vend|õde|minu ema|mu ema|minu isa|mu isa|minu naine|mu naine|minu mees|mu mees|abikaasa|vanaema|vanaisa|",
    "minu onu|tädi|nõbu|sõber|sõbranna|poiss-sõber|tüdruksõber|kihlatu|kolleeg|tööandja|ülemus|naaber|lapselaps|ämm|",
    "väimees|minia|",
    # gl
    "fillo|irmán|irmá|miña nai|avoa|curmán|curmá|sobriño|sobriña|miña muller|meu home|meu mozo|miña moza|veciño|",
    "veciña|xefe|xefa|avogado|avogada|compañeiro|compañeira|xenro|empregador|empregadora|",
    # lt lv
    "sūnus|dukra|žmona|mano vyras|brolis|sesuo|sesė|mamytė|tėvas|tėtis|močiutė|senelis|pusbrolis|pusseserė|dėdė|",
    "draugas|draugė|sužadėtinis|sužadėtinė|darbdavys|viršininkas|kaimynas|kaimynė|advokatas|anūkas|anūkė|uošvis|",
    "uošvė|anyta|žentas|dēls|meita|sieva|mans vīrs|brālis|māsa|māte|tēvs|tētis|vecmāmiņa|vectēvs|brālēns|māsīca|",
    "tēvocis|draugs|draudzene|līgavainis|līgava|kolēģis|kolēģe|darba devējs|priekšnieks|kaimiņš|kaimiņiene|advokāts|",
    "mazdēls|mazmeita|vīramāte|sievasmāte|znots|vedekla|",
    # sk sl bs
    "dedko|starý otec|stará mama|ujo|kamarát|kamarátka|synovec|neter|družka|soprog|soproga|nečak|nečakinja|",
    "partnerica|delodajalka|stara mama|stari oče|kćerka|amidža|daidža|dajdža|komšinica|advokatica|vjerenik|vjerenica|",
    "punica|punac|nećak|nećakinja|poslodavka|",
    # sq mk be
    "djali im|vajza ime|gruaja ime|burri im|vëllai im|motra ime|nëna ime|babai im|gjyshja ime|gjyshi im|kushëriri im|",
    "kushërira ime|xhaxhai im|daja im|tezja ime|halla ime|shoku im|shoqja ime|i fejuari im|e fejuara ime|kolegu im|",
    "kolegia ime|punëdhënësi im|shefi im|fqinji im|avokati im|nipi im|mbesa ime|bashkëshortja|bashkëshorti|",
    "bashkëshortja ime|bashkëshorti im|ќерка|ќерката|сопруга|сопруг|сопругата|сопругот|мојот маж|татко|татко ми|",
    "мајка ми|братучед|братучетка|вујко|чичко|пријател|пријателка|колешка|газда|внука|снаа|свекрва|работодавач|дачка|",
    "жонка|сястра|маці|бацька|дзядуля|унучка|дзядзька|цётка|сябар|сяброўка|нявеста|жаніх|калега|сусед|суседка|",
    "начальнік|наймальнік|адвакат|мой хлопец|мая дзяўчына|стрыечны брат|стрыечная сястра|дваюрадны брат|",
    "дваюрадная сястра|свякроў|цесць|зяць|",
    # af
    "my seun|dogter|my vrou|suster|oupa|niggie|tannie|my kêrel|my meisie|werkgewer|prokureur|kleinseun|",
    "kleindogter|skoonma|skoonpa|skoonseun|skoondogter|swaer|skoonsuster|eggenoot|eggenote|my ma|my pa|my broer|",
    "my suster|",
    # ka hy
    "ჩემი შვილი|შვილი|ვაჟი|ჩემი ვაჟი|ქალიშვილი|ცოლი|ქმარი|მეუღლე|ძმა|ჩემი და|დედა|მამა|ბებია|ბაბუა|ბიძაშვილი|",
    "დეიდაშვილი|ბიძა|დეიდა|მამიდა|მეგობარი|შეყვარებული|საცოლე|საქმრო|კოლეგა|დამსაქმებელი|მეზობელი|ადვოკატი|",
    "შვილიშვილი|სიძე|რძალი|დისშვილი|ძმისშვილი|որդիս|տղաս|աղջիկս|կինս|ամուսինս|եղբայրս|քույրս|մայրս|մամաս|հայրս|պապաս|",
    "տատիկս|պապիկս|զարմիկս|հորեղբայրս|քեռիս|մորաքույրս|հորաքույրս|ընկերս|ընկերուհիս|նշանածս|գործընկերս|գործատուս|",
    "հարևանս|փաստաբանս|թոռս|փեսաս|հարսս|ղեկավարս|շեֆս|",
    # az kk uz ky tg mn
    "qızım|həyat yoldaşım|ərim|arvadım|qardaşım|bacım|atam|nənəm|əmim|xalam|bibim|əmioğlum|xalaoğlum|dostum|rəfiqəm|",
    "həmkarım|işəgötürənim|müdirim|qonşum|vəkilim|nəvəm|kürəkənim|gəlinim|ұлым|қызым|әйелім|күйеуім|жұбайым|ағам|",
    "інім|әпкем|апам|сіңлім|қарындасым|анам|әкем|әжем|атам|немерем|жиенім|досым|құрбым|жігітім|қалыңдығым|әріптесім|",
    "жұмыс берушім|бастығым|көршім|адвокатым|күйеу балам|келінім|o'g'lim|oʻgʻlim|o‘g‘lim|o’g’lim|og'lim|oglim|qizim|",
    "xotinim|turmush o'rtog'im|turmush oʻrtogʻim|akam|ukam|opam|singlim|onam|otam|buvim|bobom|nevaram|jiyanim|",
    "do'stim|doʻstim|dostim|dugonam|yigitim|hamkasbim|ish beruvchim|boshlig'im|boshligʻim|qo'shnim|qoʻshnim|",
    "advokatim|kuyovim|kelinim|ўғлим|қизим|хотиним|турмуш ўртоғим|акам|укам|опам|синглим|онам|отам|бувим|бобом|",
    "неварам|жияним|дўстим|дугонам|ҳамкасбим|бошлиғим|қўшним|адвокатим|куёвим|келиним|уулум|кызым|аялым|күйөөм|",
    "жубайым|агам|иним|эжем|карындашым|сиңдим|энем|чоң энем|чоң атам|небирем|досум|курбум|кесиптешим|начальнигим|",
    "кошунам|күйөө балам|писарам|духтарам|шавҳарам|ҳамсарам|бародарам|хоҳарам|модарам|падарам|бибиям|бобоям|набераам|",
    "ҷиянам|дӯстам|ҳамкорам|корфармоям|ҳамсояам|адвокатам|домодам|келинам|арӯсам|амакам|тағоям|холаам|писари ман|",
    "духтари ман|зани ман|шавҳари ман|бародари ман|хоҳари ман|модари ман|падари ман|дӯсти ман|миний хүү|миний охин|",
    "эхнэр|нөхөр|миний ах|эгч|дүү|ээж|аав|эмээ|өвөө|ач хүү|найз|найз залуу|найз охин|хамтран ажиллагч|ажил олгогч|",
    "дарга|хөрш|өмгөөлөгч|хүргэн|нагац ах|авга ах|авга эгч|",
    # ku (ckb kmr) ps prs
    "کوڕەکەم|کچەکەم|ژنەکەم|مێردەکەم|هاوسەرەکەم|براکەم|خوشکەکەم|دایکم|باوکم|داپیرەم|باپیرەم|ئامۆزاکەم|خاڵم|مامم|پورم|",
    "هاوڕێکەم|هاوڕێم|دەزگیرانەکەم|هاوکارەکەم|خاوەنکارەکەم|دراوسێکەم|پارێزەرەکەم|نەوەکەم|کوڕم|کچم|ژنم|مێردم|برام|",
    "خوشکم|kurê min|keça min|jina min|mêrê min|birayê min|xwişka min|diya min|bavê min|dapîra min|bapîrê min|",
    "pismamê min|apê min|xalê min|hevalê min|hevala min|dergistiya min|hevkarê min|cîranê min|parêzerê min|",
    "neviyê min|زما زوی|زوی|زما لور|زما مېرمن|زما ښځه|خاوند|مېړه|ورور|زما خور|زما مور|پلار|زما نیا|نیکه|زما تره|",
    "ملګری|ملګرې|همکار|کارفرما|ګاونډی|لمسی|نږور|خسر|زما وکیل|پسرم|دخترم|خانمم|همسرم|شوهرم|برادرم|خواهرم|مادرم|پدرم|",
    "مادرکلانم|پدرکلانم|کاکایم|مامایم|خاله‌ام|خاله ام|عمه‌ام|عمه ام|بچه کاکایم|دختر کاکایم|دوستم|نامزدم|همکارم|",
    "کارفرمایم|همسایه‌ام|همسایه ام|وکیلم|نواسه‌ام|نواسه ام|دامادم|عروسم|",
    # gu kn ml mr te or as si
    "મારો દીકરો|દીકરો|દીકરી|પુત્ર|પુત્રી|પત્ની|પતિ|મારો ભાઈ|મારી બહેન|મમ્મી|પપ્પા|પિતા|પિતાજી|દાદા|દાદી|કાકા|કાકી|",
    "મામા|મામી|માસી|ફોઈ|પિતરાઈ|મિત્ર|બહેનપણી|મંગેતર|સહકર્મી|માલિક|પડોશી|વકીલ|પૌત્ર|પૌત્રી|જમાઈ|વહુ|ભત્રીજો|ભત્રીજી|",
    "ભાણો|ભાણી|ನನ್ನ ಮಗ|ಮಗಳು|ಹೆಂಡತಿ|ಪತ್ನಿ|ಗಂಡ|ಪತಿ|ಅಣ್ಣ|ನನ್ನ ತಮ್ಮ|ಅಕ್ಕ|ತಂಗಿ|ಅಮ್ಮ|ಅಪ್ಪ|ತಾಯಿ|ತಂದೆ|ಅಜ್ಜಿ|ಅಜ್ಜ|ಚಿಕ್ಕಪ್ಪ|",
    "ದೊಡ್ಡಪ್ಪ|ಮಾವ|ಅತ್ತೆ|ಸ್ನೇಹಿತ|ಸ್ನೇಹಿತೆ|ಗೆಳೆಯ|ಗೆಳತಿ|ಸಹೋದ್ಯೋಗಿ|ಮಾಲೀಕ|ವಕೀಲ|ಮೊಮ್ಮಗ|ಮೊಮ್ಮಗಳು|ಅಳಿಯ|ಸೊಸೆ|ಸಹೋದರ|ಸಹೋದರಿ|",
    "എന്റെ മകൻ|മകൻ|മകൾ|ഭാര്യ|ഭർത്താവ്|സഹോദരൻ|സഹോദരി|ചേട്ടൻ|അനിയൻ|ചേച്ചി|അനിയത്തി|അമ്മ|അച്ഛൻ|അമ്മൂമ്മ|അപ്പൂപ്പൻ|",
    "മുത്തശ്ശി|മുത്തച്ഛൻ|അമ്മാവൻ|സുഹൃത്ത്|കൂട്ടുകാരൻ|കൂട്ടുകാരി|സഹപ്രവർത്തകൻ|തൊഴിലുടമ|അയൽക്കാരൻ|വക്കീൽ|അഭിഭാഷകൻ|",
    "കൊച്ചുമകൻ|മരുമകൻ|മരുമകൾ|माझा मुलगा|मुलगा|मुलगी|बायको|पत्नी|नवरा|पती|भाऊ|बहीण|माझी आई|माझे बाबा|वडील|आजी|आजोबा|",
    "काका|काकू|मामा|मावशी|आत्या|चुलत भाऊ|चुलत बहीण|मित्र|मैत्रीण|मालक|वकील|नातू|जावई|सून|पुतण्या|पुतणी|भाचा|भाची|",
    "నా కొడుకు|కొడుకు|కూతురు|భార్య|భర్త|అన్నయ్య|తమ్ముడు|అక్క|చెల్లెలు|చెల్లి|అమ్మ|నాన్న|తల్లి|తండ్రి|అమ్మమ్మ|నానమ్మ|",
    "తాతయ్య|మామయ్య|బాబాయ్|అత్తయ్య|పిన్ని|స్నేహితుడు|స్నేహితురాలు|సహోద్యోగి|యజమాని|న్యాయవాది|మనవడు|మనవరాలు|అల్లుడు|",
    "కోడలు|ମୋ ପୁଅ|ପୁଅ|ଝିଅ|ପତ୍ନୀ|ସ୍ୱାମୀ|ଭାଇ|ଭଉଣୀ|ମୋ ମା|ବାପା|ଜେଜେମା|ଜେଜେବାପା|ମଉସା|ମାଉସୀ|ମାମୁଁ|ମୋ ସାଙ୍ଗ|ବନ୍ଧୁ|ସହକର୍ମୀ|",
    "ମାଲିକ|ପଡ଼ୋଶୀ|ଓକିଲ|ନାତି|ନାତୁଣୀ|ଜ୍ୱାଇଁ|ବୋହୂ|মোৰ পুত্ৰ|পুত্ৰ|মোৰ ছোৱালী|কন্যা|পত্নী|ঘৈণী|স্বামী|ককাই|বাইদেউ|ভনী|",
    "দেউতা|মোৰ মা|আইতা|ককা|বন্ধু|বান্ধৱী|সহকৰ্মী|মালিক|উকীল|নাতি|জোঁৱাই|বোৱাৰী|මගේ පුතා|පුතා|දුව|බිරිඳ|මගේ නෝනා|",
    "සැමියා|අයියා|මල්ලී|අක්කා|නංගී|අම්මා|තාත්තා|ආච්චි|සීයා|මාමා|නැන්දා|බාප්පා|යාළුවා|මිතුරා|මිතුරිය|සහෝදරයා|සහෝදරිය|",
    "සගයා|සේවා යෝජකයා|ලොක්කා|අසල්වාසියා|නීතිඥයා|මුණුබුරා|බෑණා|ලේලි|",
    # km lo my
    "កូនប្រុស|កូនស្រី|ប្រពន្ធ|ប្ដី|ប្តី|ភរិយា|ស្វាមី|បងប្រុស|ប្អូនប្រុស|បងស្រី|ប្អូនស្រី|ម្ដាយ|ម្តាយ|ឪពុក|ជីដូន|ជីតា|",
    "មីង|មិត្តភក្តិ|មិត្តភក្ដិ|សង្សារ|គូដណ្ដឹង|គូដណ្តឹង|មិត្តរួមការងារ|និយោជក|ថៅកែ|អ្នកជិតខាង|មេធាវី|ចៅប្រុស|ចៅស្រី|",
    "កូនប្រសារ|ລູກຊາຍ|ລູກສາວ|ເມຍ|ຜົວ|ອ້າຍ|ນ້ອງຊາຍ|ເອື້ອຍ|ນ້ອງສາວ|ພໍ່ຂອງຂ້ອຍ|ແມ່ຂອງຂ້ອຍ|ແມ່ຕູ້|ພໍ່ຕູ້|ລຸງ|ປ້າ|ເພື່ອນ|",
    "ແຟນ|ຄູ່ໝັ້ນ|ເພື່ອນຮ່ວມງານ|ນາຍຈ້າງ|ເຈົ້ານາຍ|ເພື່ອນບ້ານ|ທະນາຍຄວາມ|ຫຼານຊາຍ|ຫຼານສາວ|ຫລານຊາຍ|ຫລານສາວ|ລູກເຂີຍ|ລູກໄພ້|",
    "ကျွန်တော့်သား|ကျွန်မသား|သမီး|ဇနီး|ခင်ပွန်း|အစ်ကို|အစ်မ|ညီမ|မောင်လေး|အမေ|အဖေ|အဘွား|အဘိုး|ဦးလေး|အဒေါ်|သူငယ်ချင်း|",
    "ရည်းစား|လုပ်ဖော်ကိုင်ဖက်|အလုပ်ရှင်|အိမ်နီးချင်း|ရှေ့နေ|မြေး|သမက်|ချွေးမ|",
    # ig ln mg rw sn so om ti wo xh zu
    "nwa m nwoke|nwa m nwaanyị|nwa m nwaanyi|nwunye m|di m|nwanne m nwoke|nwanne m nwaanyị|nwanne m|nne m|nna m|",
    "nne nne m|nna nna m|enyi m|enyi m nwaanyị|onye ọrụ ibe m|onye agbata obi m|onye ọka iwu m|nwa nwa m|ọgọ m|",
    "mwana na ngai ya mobali|mwana na ngai ya mwasi|mwana na ngai|mwasi na ngai|mwasi ya ngai|mobali na ngai|",
    "mobali ya ngai|ndeko na ngai|mama na ngai|papa na ngai|tata na ngai|nkoko na ngai|yaya na ngai|leki na ngai|",
    "moninga na ngai|patron na ngai|avocat na ngai|noko na ngai|zanako lahy|zanako vavy|zanako|vadiko|rahalahiko|",
    "anadahiko|anabaviko|rahavaviko|reniko|raiko|renibeko|raibeko|dadatoako|nenitoako|namako|sipako|fofombadiko|",
    "mpiara-miasa amiko|mpampiasa ahy|lehibeko|zafiko|vinantoko|umuhungu wanjye|umukobwa wanjye|umugore wanjye|",
    "umugabo wanjye|musaza wanjye|mushiki wanjye|mukuru wanjye|murumuna wanjye|mubyara wanjye|inshuti yanjye|",
    "umukunzi wanjye|mugenzi wanjye|umukoresha wanjye|umuturanyi wanjye|umwunganizi wanjye|umwuzukuru wanjye|",
    "nyogokuru|sogokuru|marume|masenge|papa wanjye|mwanakomana wangu|mwanasikana wangu|mwana wangu|mukadzi wangu|",
    "murume wangu|mukoma wangu|munin'ina wangu|hanzvadzi yangu|amai vangu|baba vangu|mbuya vangu|sekuru vangu|",
    "babamunini|babamukuru|tete vangu|shamwari yangu|mukomana wangu|musikana wangu|muvakidzani wangu|gweta rangu|",
    "muzukuru wangu|wiilkayga|wiilkeyga|gabadhayda|inantayda|xaaskayga|xaaskeyga|ninkayga|seygayga|walaalkay|",
    "walaalkey|walaashay|walaashey|hooyaday|aabbahay|aabahay|ayeeyaday|awowgay|ina adeerkay|adeerkay|abtigay|",
    "eeddaday|habaryartay|saaxiibkay|saaxiibtay|maamulahayga|deriskayga|qareenkayga|ilma koo|ilmi koo|intala koo|",
    "intalli koo|haadha manaa koo|haati manaa koo|abbaa manaa koo|abbaan manaa koo|obboleessa koo|obboleessi koo|",
    "obboleettii koo|obbolaa koo|haadha koo|haati koo|abbaa koo|abbaan koo|akaakayyuu koo|akkoo koo|michuu koo|",
    "hiriyaa koo|adaadaa koo|eessuma koo|abbeeraa koo|ollaa koo|abukaatoo koo|qacaraa koo|jaalallee koo|ወደይ|ጓለይ|",
    "በዓልቲ ቤተይ|ሰበይተይ|በዓል ቤተይ|ሓወይ|ሓፍተይ|ኣደይ|ኣቦይ|ዓባየይ|ኣባሓጎይ|ሓወቦይ|ኣኮይ|ሓትነይ|ዓርከይ|መሓዛይ|ብጻየይ|ጎረቤተይ|ጠበቓይ|sama doom ju góor|",
    "sama doom ju jigéen|sama doom|sama jabar|sama jëkkër|sama mag|sama rakk|sama yaay|sama baay|sama maam|",
    "sama xarit|sama nijaay|sama bàjjan|sama patron|sama dëkkandoo|sama awokaa|unyana wam|intombi yam|umfazi wam|",
    "inkosikazi yam|umyeni wam|indoda yam|ubhuti wam|usisi wam|umama wam|utata wam|umakhulu wam|utatomkhulu wam|",
    "umzala wam|umhlobo wam|iqabane lam|umqeshi wam|ummelwane wam|igqwetha lam|umzukulwana wam|umalume wam|",
    "umntakwethu|ubhuti|usisi|umalume|indodana yami|indodakazi yami|unkosikazi wami|umkami|umyeni wami|ubaba wami|",
    "umama wami|ubhuti wami|usisi wami|umfowethu|udadewethu|ugogo wami|umkhulu wami|umzala wami|umngane wami|",
    "umalume wami|umqashi wami|umakhelwane wami|ummeli wami|umzukulu wami|isoka lami|intombi yami|ugogo",
)

# Titles and role words written before a name ("zoti Berisha", "cənab Əliyev", "Obbo Lammaa").
TITLE = split_terms(
    # fi is nb nn et
    "herra|rouva|neiti|tohtori|konsuli|suurlähettiläs|professori|asianajaja|lääkäri|komisario|ylikonstaapeli|pastori|",
    "frú|séra|ræðismaður|sendiherra|lögmaður|læknir|frøken|frk.|ambassadør|lege|härra|proua|preili|suursaadik|arst|",
    "vandeadvokaat|politseinik|",
    # gl
    "avogado|avogada|xuíz|xuíza|",
    # lt lv
    "ponas|ponia|panelė|gerb.|konsulas|ambasadorius|advokatas|gydytojas|daktaras|inspektorius|kunigas|teisėjas|",
    "konsuls|vēstnieks|advokāts|ārsts|dakteris|inspektors|mācītājs|tiesnesis|cien.|",
    # sk sl bs
    "slečna|veľvyslanec|lekár|inšpektor|sudca|judr.|mudr.|phdr.|rndr.|paeddr.|mvdr.|gdč.|veleposlanik|sodnik|župnik|",
    "gospođica|gosp.|g-din|g-đa|ljekar|ljekarka|sudija|sutkinja|",
    # sq mk be
    "zoti|zonja|zonjusha|konsulli|ambasadori|avokati|avokatja|doktori|mjeku|mjekja|inspektori|gjyqtari|госпоѓа|",
    "госпоѓица|г-ѓа|г-дин|конзул|амбасадор|судија|спадар|спадарыня|пасол|адвакат|доктар|урач|суддзя|інспектар|",
    # af
    "mnr.|mev.|mej.|dominee|prokureur|mevrou|juffrou|kaptein|inspekteur|regter|",
    # ka hy
    "ბატონი|ქალბატონი|ბ-ნი|ქ-ნი|კონსული|ელჩი|ადვოკატი|ექიმი|დოქტორი|მოსამართლე|ინსპექტორი|պարոն|տիկին|օրիորդ|պրն.|",
    "տկն.|հյուպատոս|դեսպան|փաստաբան|բժիշկ|դոկտոր|դատավոր|",
    # az kk uz ky tg mn
    "cənab|həkim|səfir|vəkil|müstəntiq|елші|дәрігер|тергеуші|janob|elchi|shifokor|sudya|tergovchi|жаноб|элчи|шифокор|",
    "терговчи|доктур|дарыгер|тергөөчү|ҷаноб|сафир|духтур|муфаттиш|ноён|хатагтай|элчин сайд|эмч|шүүгч|мөрдөгч|",
    # ku (ckb kmr) ps prs
    "بەڕێز|کاک|خاتوو|کۆنسوڵ|باڵیۆز|پارێزەر|دکتۆر|دادوەر|birêz|parêzer|dadger|ښاغلی|ښاغلي|مېرمن|اغلې|قونسل|سفیر|وکیل|",
    "ډاکټر|قاضي|انجنیر|حاجي|آقای|محترم|محترمه|خانم|جناب|داکتر|قاضی|استاد|حاجی|",
    # gu kn ml mr te or as si
    "શ્રી|શ્રીમતી|કુ.|કુમારી|ડૉ.|ડો.|વકીલ|ડોક્ટર|ન્યાયાધીશ|ಶ್ರೀ|ಶ್ರೀಮತಿ|ಕುಮಾರಿ|ಡಾ.|ವಕೀಲ|ನ್ಯಾಯಾಧೀಶ|ശ്രീ|ശ്രീമതി|",
    "കുമാരി|ഡോ.|അഡ്വ.|വക്കീൽ|श्री|श्रीमती|कु.|डॉ.|ॲड.|श्रीयुत|सौ.|वकील|न्यायाधीश|శ్రీ|శ్రీమతి|కుమారి|డా.|డాక్టర్|",
    "న్యాయవాది|ଶ୍ରୀ|ଶ୍ରୀମତୀ|କୁମାରୀ|ଡା.|ଡାକ୍ତର|ଓକିଲ|শ্ৰী|শ্ৰীমতী|শ্ৰীযুত|কুমাৰী|ডাঃ|উকীল|ডাক্তৰ|ආචාර්ය|වෛද්‍ය|වෛද්ය|",
    "නීතිඥ|ගරු|පූජ්‍ය|පූජ්ය|",
    # km lo my
    "លោក|លោកស្រី|ឯកឧត្តម|លោកជំទាវ|វេជ្ជបណ្ឌិត|បណ្ឌិត|មេធាវី|អ្នកស្រី|ທ້າວ|ທ່ານນາງ|ດຣ.|ທ່ານໝໍ|ກົງສຸນ|ဦး|ဒေါ်|ဒေါက်တာ|",
    "ရှေ့နေ|ကောင်စစ်ဝန်|သံအမတ်ကြီး|",
    # ig ln mg rw sn so om ti wo xh zu
    "maazị|mazi|oriakụ|oriaku|odoziaku|dọkịta|monganga|avoka|mokonzi|andriamatoa|ramatoa|ramatoakely|atoa|rtoa|",
    "dokotera|mpisolovava|madamu|nyakubahwa|umuganga|dogiteri|padiri|pasiteri|chiremba|gweta|mufundisi|mudane|marwo|",
    "marwada|dhakhtar|qareen|qunsul|safiir|sheekh|xildhibaan|ustaad|obbo|aadde|durbee|doktar|dooktara|abukaatoo|ኣቶ|",
    "ወይዘሮ|ወይዘሪት|ዶክተር|ጠበቓ|ቆንስል|ኣምባሳደር|ቀሺ|doktoor|awokaa|mnu.|umnu.|mnumzana|umnumzana|nkk.|unkk.|nkosikazi|unkosikazi|",
    "nkosazana|unkosazana|dokotela|udokotela|ugqirha|umfundisi",
)

# Salutations ("Dear …"): a lone word after them must be a known name.
GREETING = split_terms(
    # fi is nb nn et
    "arvoisa|hyvää päivää|moikka|kæri|kæra|góðan dag|góðan daginn|sæll|sæl|komdu sæll|komdu sæl|hæ|halló|god dag|",
    "god morgen|heisann|tere|lugupeetud|tere päevast|tervist|",
    # gl
    "bos días|boas tardes|boas noites|estimados|",
    # lt lv
    "gerbiamas|gerbiama|gerbiamieji|mielas|laba diena|sveiki|cienījamais|cienījamā|labdien|čau|dārgais|",
    # sk sl bs
    "milý|milá|dobrý deň|zdravím|vážení|pozdravljeni|živjo|dober dan|dobar dan|selam alejkum|esselamu alejkum|",
    # sq mk be
    "i nderuar|e nderuar|të nderuar|i dashur|e dashur|përshëndetje|pershendetje|tungjatjeta|mirëdita|miredita|",
    "почитуван|почитувана|почитувани|здраво|добар ден|паважаны|паважаная|паважаныя|дарагі|дарагая|прывітанне|",
    "добры дзень|",
    # af
    "geagte|liewe|goeie môre|goeiedag|",
    # ka hy
    "ძვირფასო|პატივცემულო|გამარჯობა|ბატონო|ქალბატონო|სალამი|հարգելի|սիրելի|բարև|բարև ձեզ|բարի օր|ողջույն|",
    # az kk uz ky tg mn
    "hörmətli|salam əleyküm|sabahınız xeyir|құрметті|қымбатты|сәлеметсіз бе|сәлем|армысыз|hurmatli|assalomu alaykum|",
    "xayrli kun|ҳурматли|ассалому алайкум|урматтуу|кымбаттуу|саламатсызбы|муҳтарам|ассалому алейкум|рӯз ба хайр|",
    "эрхэм|хүндэт|эрхэм хүндэт|сайн байна уу|сайн уу|",
    # ku (ckb kmr) ps prs
    "خۆشەویست|سڵاو|ڕۆژباش|silav|rojbaş|ګرانه|ګرانې|السلام علیکم|سلام|ستړي مه شې|سلام علیکم|روز بخیر|صبح بخیر|",
    # gu kn ml mr te or as si
    "પ્રિય|નમસ્તે|આદરણીય|જય શ્રી કૃષ્ણ|ಪ್ರಿಯ|ನಮಸ್ಕಾರ|ಆತ್ಮೀಯ|ಗೌರವಾನ್ವಿತ|പ്രിയ|പ്രിയപ്പെട്ട|നമസ്കാരം|ബഹുമാനപ്പെട്ട|",
    "प्रिय|नमस्कार|आदरणीय|माननीय|ప్రియమైన|నమస్కారం|గౌరవనీయులైన|నమస్తే|ପ୍ରିୟ|ନମସ୍କାର|ଆଦରଣୀୟ|ମାନ୍ୟବର|প্ৰিয়|নমস্কাৰ|",
    "সন্মানীয়|মৰমৰ|ආයුබෝවන්|හිතවත්|ප්‍රිය|ප්රිය|",
    # km lo my
    "ជម្រាបសួរ|សួស្តី|គោរពជូន|ສະບາຍດີ|ຮຽນ ທ່ານ|မင်္ဂလာပါ|ချစ်သော|လေးစားအပ်ပါသော|",
    # ig ln mg rw sn so om ti wo xh zu
    "ndewo|ezigbo|kedu|mbote|mbote na yo|mbote na bino|manao ahoana|tompoko|hajaina|muraho|mwaramutse|mwiriwe|mhoro|",
    "mhoroi|makadii|mangwanani|masikati|iska warran|salaan|akkam|akkam jirta|kabajamoo|jaalatamaa|ክቡር|ክብርቲ|ሰላም|ሰላምታ|",
    "salamaleekum|asalaa maalekum|nanga def|molweni|mhlekazi|sawubona|sanibonani|mnumzane",
)

# Lowercase role words that may open a name ("konsuli Virtanen", "vəkil Məmmədov"); all are also TITLE
# cues here or in `cues.py`.
ROLE_TITLES = split_terms(
    # fi is nb nn et
    "konsuli|suurlähettiläs|asianajaja|lääkäri|tohtori|komisario|ræðismaður|sendiherra|lögmaður|læknir|ambassadør|",
    "lege|suursaadik|arst|vandeadvokaat|",
    # gl
    "avogado|avogada|xuíz|xuíza|",
    # lt lv
    "konsulas|ambasadorius|advokatas|gydytojas|daktaras|inspektorius|teisėjas|konsuls|vēstnieks|advokāts|ārsts|",
    "dakteris|inspektors|tiesnesis|",
    # sk sl bs
    "veľvyslanec|lekár|inšpektor|sudca|veleposlanik|sodnik|ljekar|ljekarka|sudija|sutkinja|",
    # sq mk be
    "konsulli|ambasadori|avokati|avokatja|doktori|mjeku|mjekja|inspektori|gjyqtari|конзул|амбасадор|судија|пасол|",
    "адвакат|доктар|урач|суддзя|інспектар|",
    # af
    "prokureur|inspekteur|regter|dominee|",
    # ka hy
    "კონსული|ელჩი|ადვოკატი|ექიმი|დოქტორი|მოსამართლე|ინსპექტორი|հյուպատոս|դեսպան|փաստաբան|բժիշկ|դոկտոր|դատավոր|",
    # az kk uz ky tg mn
    "həkim|səfir|vəkil|müstəntiq|елші|дәрігер|тергеуші|elchi|shifokor|sudya|tergovchi|элчи|шифокор|терговчи|доктур|",
    "дарыгер|тергөөчү|сафир|духтур|муфаттиш|элчин сайд|эмч|шүүгч|мөрдөгч|",
    # ku (kmr)
    "parêzer|dadger|",
    # ig ln mg rw sn so om xh zu
    "dọkịta|monganga|avoka|dokotera|mpisolovava|umuganga|dogiteri|padiri|pasiteri|chiremba|gweta|mufundisi|dhakhtar|",
    "qareen|qunsul|safiir|doktar|dooktara|abukaatoo|dokotela|udokotela|ugqirha|umfundisi",
)

NAME_INTRO = split_terms(
    # fi is nb nn et
    "mun nimi on|minun nimi on|ég heiti|nafnið mitt er|nafn mitt er|mitt navn er|navnet mitt er|eg heiter|",
    "namnet mitt er|minu nimi on|mu nimi on|",
    # gl
    "chámome|",
    # lt lv
    "mano vardas|mano vardas yra|vadinuosi|mani sauc|mans vārds ir|",
    # sk sl bs
    "moje meno je|volam sa|moje ime je|pišem se|",
    # sq mk be
    "quhem|unë quhem|emri im është|emri im|се викам|моето име е|мяне завуць|маё імя|мяне клічуць|",
    # af; mt (I am / she is / he is called)
    "my naam is|ek heet|jisimni|jisimha|jismu|",
    # ka hy
    "მე მქვია|ჩემი სახელია|ჩემი სახელი არის|իմ անունը|անունս|",
    # az kk uz ky tg mn
    "mənim adım|менің атым|менің есімім|есімім|mening ismim|mening otim|менинг исмим|исмим|менинг отим|менин атым|",
    "номи ман|номам|миний нэр|",
    # ku (ckb kmr) ps prs
    "ناوم|ناوی من|navê min|navê wî|navê wê|navê wan|navê kurê min|"
    "navê keça min|زما نوم|نوم مې|نام من|اسم من|نامم|اسمم|",
    # gu kn ml mr te or as si
    "મારું નામ|ನನ್ನ ಹೆಸರು|എന്റെ പേര്|माझे नाव|माझं नाव|నా పేరు|ମୋ ନାମ|ମୋର ନାମ|মোৰ নাম|මගේ නම|මාගේ නම|",
    # km lo my
    "ខ្ញុំឈ្មោះ|ឈ្មោះខ្ញុំ|ខ្ញុំបាទឈ្មោះ|ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|ຊື່ຂອງຂ້ອຍ|ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော့်အမည်|",
    "ကျွန်မ၏အမည်|",
    # ig ln mg rw sn so om ti wo xh zu
    "aha m bụ|aha m bu|nkombo na ngai|nkombo na ngai ezali|ny anarako dia|anarako|nitwa|izina ryanjye ni|",
    "amazina yanjye ni|zita rangu ndi|zita rangu|ndinonzi|magacaygu waa|magacayga|magaceygu waa|waxaa la i yiraahdaa|",
    "maqaan koo|maqaan kiyya|ስመይ|ሽመይ|maa ngi tudd|ma ngi tudd|sama tur|igama lam|igama lami",
)

NAME_LABEL = split_terms(
    # fi is nb nn et
    "nimi:|koko nimi:|sukunimi:|etunimi:|etunimet:|hakija:|nafn:|fullt nafn:|umsækjandi:|etternavn:|fornavn:|",
    "mellomnavn:|søker:|ees- ja perekonnanimi:|perekonnanimi:|eesnimi:|taotleja:|",
    # gl
    "apelidos:|nome e apelidos:|",
    # lt lv
    "vardas:|pavardė:|vardas, pavardė:|vardas ir pavardė:|pareiškėjas:|vārds:|uzvārds:|vārds, uzvārds:|pieteicējs:|",
    # sk sl bs
    "žiadateľ:|ime:|priimek:|vlagatelj:|prezime:|ime i prezime|podnosilac zahtjeva:|",
    # sq mk be
    "emri:|mbiemri:|emri dhe mbiemri:|emër mbiemër:|aplikanti:|барател:|імя:|прозвішча:|імя і прозвішча:|",
    "прозвішча, імя:|заяўнік:|",
    # af
    "volle naam:|aansoeker:|",
    # ka hy
    "სახელი:|გვარი:|სახელი და გვარი:|სახელი, გვარი:|განმცხადებელი:|անուն:|ազգանուն:|անուն ազգանուն:|անուն, ազգանուն:|",
    "անուն՝|ազգանուն՝|դիմող:|",
    # az kk uz ky tg mn
    "soyad:|ad, soyad:|adı, soyadı:|ata adı:|ərizəçi:|аты-жөні:|аты:|тегі:|әкесінің аты:|өтініш беруші:|familiya:|",
    "f.i.sh.:|f.i.sh|ism-sharifi:|otasining ismi:|ф.и.ш.:|исм-шарифи:|исми:|аты-жөнү:|фамилиясы:|атасынын аты:|",
    "ному насаб:|ном:|насаб:|номи падар:|нэр:|овог:|овог нэр:|",
    # ku (ckb kmr) ps prs
    "ناو:|ناوی تەواو:|پاشناو:|ناوی سیانی:|nav:|paşnav:|nav û paşnav:|نوم:|تخلص:|د پلار نوم:|نام پدر:|نام و تخلص:|",
    # gu kn ml mr te or as si
    "નામ:|પૂરું નામ:|અટક:|ಹೆಸರು:|ಪೂರ್ಣ ಹೆಸರು:|പേര്:|മുഴുവൻ പേര്:|नाव:|पूर्ण नाव:|आडनाव:|పేరు:|పూర్తి పేరు:|ନାମ:|",
    "ପୂରା ନାମ:|নাম:|সম্পূৰ্ণ নাম:|නම:|සම්පූර්ණ නම:|",
    # km lo my
    "ឈ្មោះ:|ឈ្មោះ៖|នាមត្រកូល៖|ຊື່:|ຊື່ ແລະ ນາມສະກຸນ:|ນາມສະກຸນ:|အမည်:|နာမည်:|",
    # ig ln mg rw so om ti wo xh zu
    "aha:|aha nna:|nkombo:|anarana:|anarana feno:|izina:|amazina:|magaca:|magaca oo buuxa:|magaca qoyska:|maqaa:|",
    "maqaa guutuu:|maqaa abbaa:|ስም፦|ምሉእ ስም:|ስም ኣቦ:|igama:|ifani:|isibongo:",
)

SIGNOFF = split_terms(
    # fi is nb nn et
    "kiitos|kiitos paljon|kiittäen|parhain terveisin|yst. terv.|kunnioittavasti|kveðja|bestu kveðjur|með kveðju|",
    "virðingarfyllst|takk fyrir|kær kveðja|takk kærlega|beste hilsen|tusen takk|venleg helsing|med venleg helsing|",
    "beste helsing|lugupidamisega|parimate soovidega|tervitades|aitäh|tänan|suur tänu|",
    # gl
    "saúdos|un saúdo|grazas|moitas grazas|",
    # lt lv
    "pagarbiai|su pagarba|ačiū|labai ačiū|geriausi linkėjimai|dėkoju|ar cieņu|paldies|liels paldies|cieņā|",
    # sk sl bs
    "ďakujem pekne|s priateľským pozdravom|vďaka|lepo pozdravljeni|hvala lepa|najlepša hvala|pozdrav|hvala lijepa|",
    "unaprijed hvala|puno hvala|",
    # sq mk be
    "me respekt|faleminderit|ju faleminderit|me nderime|shumë faleminderit|gjithë të mirat|со почит|благодарам|",
    "ви благодарам|срдечен поздрав|со почитување|фала|з павагай|дзякуй вялікі|шчыра|усяго добрага|",
    # af
    "groete|vriendelike groete|beste groete|dankie|baie dankie|die uwe|",
    # ka hy
    "პატივისცემით|მადლობა|დიდი მადლობა|გმადლობთ|საუკეთესო სურვილებით|հարգանքով|շնորհակալություն|շնորհակալ եմ|",
    "մեծ շնորհակալություն|լավագույն մաղթանքներով|",
    # az kk uz ky tg mn
    "hörmətlə|təşəkkürlər|təşəkkür edirəm|çox sağ olun|ən xoş arzularla|құрметпен|рахмет|рақмет|көп рахмет|алғысымен|",
    "hurmat bilan|katta rahmat|oldindan rahmat|ҳурмат билан|катта раҳмат|олдиндан раҳмат|урматтоо менен|чоң рахмат|",
    "ыраазычылык менен|бо эҳтиром|ташаккур|ташаккури зиёд|бо эҳтироми зиёд|хүндэтгэсэн|баярлалаа|маш их баярлалаа|",
    # ku (ckb kmr) ps prs
    "لەگەڵ ڕێزدا|سوپاس|زۆر سوپاس|بە ڕێزەوە|spas|gelek spas|bi rêz|bi hurmet|مننه|ډېره مننه|په درناوي|له درناوي سره|",
    "تشکر|تشکر از شما|با احترام|با عرض احترام|ممنون|سپاس|خدا حافظ|خداحافظ|",
    # gu kn ml mr te or as si
    "આભાર|ખૂબ ખૂબ આભાર|આપનો વિશ્વાસુ|સાદર|ಧನ್ಯವಾದಗಳು|ಧನ್ಯವಾದ|ವಂದನೆಗಳು|ಇಂತಿ ನಿಮ್ಮ|ಇಂತಿ|നന്ദി|വളരെ നന്ദി|വിശ്വസ്തതയോടെ|",
    "സ്നേഹപൂർവ്വം|ആശംസകളോടെ|धन्यवाद|आपला विश्वासू|आपली विश्वासू|कळावे|आभारी आहे|ధన్యవాదాలు|కృతజ్ఞతలు|ఇట్లు|",
    "మీ విధేయుడు|ଧନ୍ୟବାଦ|ଆପଣଙ୍କ ବିଶ୍ୱସ୍ତ|ধন্যবাদ|আপোনাৰ বিশ্বাসী|শুভেচ্ছাৰে|ස්තූතියි|ස්තුතියි|බොහොම ස්තූතියි|",
    "මෙයට විශ්වාසී|",
    # km lo my
    "អរគុណ|សូមអរគុណ|អរគុណច្រើន|ដោយក្តីគោរព|ដោយក្ដីគោរព|ຂອບໃຈ|ຂອບໃຈຫຼາຍໆ|ຂອບໃຈຫລາຍ|ດ້ວຍຄວາມເຄົາລົບ|ကျေးဇူးတင်ပါတယ်|",
    "ကျေးဇူးပါ|လေးစားစွာဖြင့်|",
    # ig ln mg rw sn so om ti wo xh zu
    "daalụ|daalu|ekele|matondo mingi|na limemya|misaotra|misaotra betsaka|amim-panajana|veloma|murakoze|",
    "murakoze cyane|urakoze|mbikesheje|ndatenda|ndatenda zvikuru|maita basa|mahadsanid|mahadsan|si xushmad leh|",
    "nabad gelyo|waad mahadsantahay|galatoomi|galatoomaa|baay'ee galatoomi|kabajaan|nagaatti|የቐንየለይ|የቐንየልና|ብኽብሪ|",
    "ምስ ሰላምታ|jërëjëf|jerejef|ba beneen|enkosi|enkosi kakhulu|ozithobileyo|ngiyabonga|ngiyabonga kakhulu|ozithobayo",
)

# Month names in cased scripts (lowercase; nominative plus the genitive, partitive, locative or
# dative forms that dates use), for `dates.MONTHS`.
MONTHS = (
    # fi is
    "tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu|"
    "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|"
    "marraskuuta|joulukuuta|janúar|febrúar|apríl|maí|júní|júlí|ágúst|nóvember|"
    # gl et
    "xaneiro|febreiro|xuño|xullo|decembro|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|jaanuaril|"
    "veebruaril|märtsil|aprillil|mail|juunil|juulil|augustil|septembril|oktoobril|novembril|detsembril|"
    # lt lv
    "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|janvārī|"
    "februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|"
    # sk sl bs sq
    "marec|máj|jún|júl|avgust|junij|julij|septembar|oktobar|novembar|decembar|janar|shkurt|prill|qershor|korrik|"
    "gusht|shtator|tetor|nëntor|nentor|dhjetor|"
    # mk be
    "јануари|мај|јуни|јули|студзень|люты|сакавік|красавік|травень|чэрвень|ліпень|жнівень|верасень|кастрычнік|"
    "лістапад|снежань|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|"
    "снежня|"
    # af
    "januarie|junie|"
    # ka hy
    "იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი|იანვარს|"
    "თებერვალს|მარტს|აპრილს|მაისს|ივნისს|ივლისს|აგვისტოს|სექტემბერს|ოქტომბერს|ნოემბერს|დეკემბერს|հունվար|փետրվար|"
    "մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր|հունվարի|փետրվարի|մարտի|ապրիլի|"
    "մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի|"
    # az uz kk ky tg mn
    "yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|sentabr|oktabr|қаңтар|ақпан|наурыз|сәуір|"
    "мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|"
    "январь|февраль|апрель|июнь|июль|сентябрь|октябрь|ноябрь|декабрь|үчтүн айы|бирдин айы|жалган куран|чын куран|"
    "бугу|кулжа|теке|баш оона|аяк оона|тогуздун айы|жетинин айы|бештин айы|январи|феврали|марти|апрели|майи|июни|"
    "июли|августи|сентябри|октябри|ноябри|декабри|нэгдүгээр сар|хоёрдугаар сар|гуравдугаар сар|дөрөвдүгээр сар|"
    "тавдугаар сар|зургаадугаар сар|долдугаар сар|наймдугаар сар|есдүгээр сар|аравдугаар сар|арван нэгдүгээр сар|"
    "арван хоёрдугаар сар|"
    # ku (kmr)
    "kanûna paşîn|sibat|adar|nîsan|gulan|hezîran|tîrmeh|tebax|îlon|cotmeh|mijdar|kanûna pêşîn|"
    # ig mg rw sn so om xh zu
    "jenụwarị|febrụwarị|maachị|eprel|julaị|ọgọst|ọktoba|disemba|janoary|febroary|martsa|aprily|mey|jolay|aogositra|"
    "septambra|novambra|desambra|mutarama|gashyantare|werurwe|mata|gicurasi|kamena|nyakanga|kanama|nzeri|ukwakira|"
    "ugushyingo|ukuboza|ndira|kukadzi|kurume|kubvumbi|chivabvu|chikumi|chikunguru|nyamavhuvhu|gunyana|gumiguru|"
    "mbudzi|zvita|janaayo|febraayo|maarso|abriil|maajo|juun|luulyo|agoosto|sebtembar|oktoobar|nofembar|diseembar|"
    "disembar|"
    "amajjii|guraandhala|bitootessa|ebla|caamsaa|waxabajjii|adooleessa|hagayya|fuulbana|onkoloolessa|sadaasa|muddee|"
    "janyuwari|februwari|matshi|epreli|meyi|julayi|agasti|okthobha|januwari|mashi|ephreli|septhemba|okthoba|"
    "umasingana|unhlolanja|undasa|umbasa|unhlaba|unhlangulana|untulikazi|uncwaba|umandulo|umfumfu|ulwezi|uzibandlela|"
    # zu xh: the locative "in <month>" that dates use ("ngomhla zi-14 kuNdasa 1961", "we-17 kuJulayi 2019")
    "kumasingana|kunhlolanja|kundasa|kumbasa|kunhlaba|kunhlangulana|kuntulikazi|kuncwaba|kumandulo|kumfumfu|kulwezi|"
    "kuzibandlela|kujanuwari|kufebhuwari|kumashi|kuephreli|kumeyi|kujuni|kujulayi|kuagasti|kusepthemba|kuokthoba|"
    "kunovemba|kudisemba|kujanyuwari|kufebruwari|kumatshi|kuepreli|kuokthobha|kunovemba"
)

# Month names in scripts without case, for `dates._OTHER_MONTHS`.
OTHER_MONTHS = (
    # ku (ckb): Gregorian and Kurdish solar
    "کانوونی دووەم|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەممووز|ئاب|ئەیلوول|تشرینی یەکەم|تشرینی دووەم|کانوونی یەکەم|"
    "خاکەلێوە|بانەمەڕ|جۆزەردان|پووشپەڕ|گەلاوێژ|خەرمانان|ڕەزبەر|گەڵاڕێزان|سەرماوەز|بەفرانبار|ڕێبەندان|ڕەشەمە|"
    # ps prs: Gregorian, Afghan solar (Pashto and Dari names)
    "جنوري|فبروري|اپرېل|مۍ|جولای|اګست|سپتمبر|فبروری|می|وری|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|"
    "کب|حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|"
    # gu kn ml
    "જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઑગસ્ટ|ઓગસ્ટ|સપ્ટેમ્બર|ઑક્ટોબર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર|ಜನವರಿ|"
    "ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಮೇ|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್|ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|"
    "ഏപ്രിൽ|മേയ്|മെയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|ആഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ|"
    # or as si
    "ଜାନୁଆରୀ|ଫେବୃଆରୀ|ମାର୍ଚ୍ଚ|ଅପ୍ରେଲ|ମେ|ଜୁନ|ଜୁଲାଇ|ଅଗଷ୍ଟ|ସେପ୍ଟେମ୍ବର|ଅକ୍ଟୋବର|ନଭେମ୍ବର|ଡିସେମ୍ବର|জানুৱাৰী|ফেব্ৰুৱাৰী|মাৰ্চ|"
    "এপ্ৰিল|আগষ্ট|ছেপ্টেম্বৰ|অক্টোবৰ|নৱেম্বৰ|ডিচেম্বৰ|ජනවාරි|පෙබරවාරි|මාර්තු|අප්‍රේල්|අප්රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|"
    "සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්|"
    # km lo my
    "មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ|ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|"
    "ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|ဪဂုတ်|စက်တင်ဘာ|"
    "အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ|"
    # ti (Eritrean month names)
    "ጥሪ|ለካቲት|ሰነ|ሓምለ|ነሓሰ|ጥቅምቲ|ሕዳር|ታሕሳስ"
)

# Round-6 tune writers (w34, w36): short forms people type for these labels.
PHONE = split_terms(
    # vi (also without diacritics), lo, mn, ko, km
    "sdt|sdt:|số đt|so dt|so dien thoai|ເບີໂທ|ເບີຂ້ອຍ|ເບີໂທລະສັບ|утас|утасны дугаар|утасны|전화번호는|"
    "លេខខ្ញុំ|លេខទូរស័ព្ទ"
)
PASSPORT_MORE = split_terms("закордонний|закордонного|paspornya|no paspornya|nomor paspornya|pasporku|hộ chiếu số")
CASE_MORE = split_terms(
    "리포트 번호|리포트 번호는|신고 번호|신고번호|접수 번호|nomor laporannya|nomor laporan|số biên bản"
)
BIRTH_MORE = split_terms("ngay sinh|sinh ngay|sinh")
NATIONAL_ID_MORE = split_terms("регистрийн дугаар|регистрийн")
# Vietnamese kinship titles before a given name ("cô Hạnh", "anh Tuấn"): titles in Vietnamese only (see
# cues.ONLY_CUE_IN), where they are written in lowercase before a capitalised name.
VI_TITLES = split_terms("anh|chị|cô|chú|bác")
# Mongolian kinship words before a name ("Ах Батбаяр", "Охин Номин-Эрдэнэ маань"): Mongolian only.
MN_RELATION = split_terms("ах|эгч|охин|хүү|ээж|аав|дүү|нөхөр|эхнэр|найз|ах маань|охин маань|хүү маань")
