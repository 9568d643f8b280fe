"""Birth cue words of the round-16 pass: African, South Asian, Central Asian and East European languages,
with the inflected and abbreviated forms people write on forms and in messages. Data only.

Lowercase, '|'-separated, joined into `cues.BIRTH` (before the date) and `cues.BIRTH_AFTER` (after it).
"""

from __future__ import annotations

from consuldesk.pipeline.pii.cues_world import split_terms

BIRTH = split_terms(
    # am ti om so (relative "who was born", possessive "her/his/my birth date")
    "የተወለድኩት|የተወለደው|የተወለደችው|የተወለዱት|የተወለድከው|የተወለድሽው|የተወለደበት|የተወለደችበት|የተወለድኩበት|የተወለዱበት|",
    "ተወለድኩ|የልደት ቀኔ|የልደት ቀኑ|የልደት ቀኗ|የትውልድ ዘመን|ዕለተ ልደታ|ዕለተ ልደቱ|ዕለተ ልደተይ|ዕለተ ልደትካ|ዕለተ ልደትኪ|",
    "ዕለት ልደታ|ዕለት ልደቱ|ዕለት ልደተይ|ዝተወለደሉ|ዝተወለደትሉ|ዝተወለድኩሉ|ዝተወለደሉ ዕለት|guyyaan dhalootaa|guyyaan dhaloota|",
    "guyyaa dhaloota|kan dhalate|kan dhalatte|taariikhda dhalashadiisa|taariikhda dhalashadeeda|",
    "taariikhda dhalashadayda|taariikh dhalasho|dhalasho:|waxay dhalatay|wuxuu dhashay|waan dhashay|",
    # ti spelled with ል (the writers of round 47): "ዝተወልደሉ"
    "ዝተወልደሉ|ዝተወልደትሉ|ዝተወልድኩሉ|ተወሊዱ|ተወሊዳ|",
    # kn (a nominalised "was born": "ಹುಟ್ಟಿದ್ದು ೧೮ ಅಕ್ಟೋಬರ್ ೨೦೧೯")
    "ಹುಟ್ಟಿದ್ದು|ಜನಿಸಿದ್ದು|",
    # lg rn ig wo xh zu yo ht
    "nazaalibwa|yazaalibwa|twazaalibwa|bazaalibwa|wazaalibwa|eyazaalibwa|olunaku lw'okuzaalibwa|",
    "olunaku lw’okuzaalibwa|okuzaalibwa|bavutse|wavutse|twavutse|yavutse ku|mụrụ|amụrụ|a mụrụ|ụbọchị a mụrụ|",
    "juddu naa|juddoo naa|juddu nañu|juddu nga|bés bi mu juddoo|bisu juddoom|yazalwa|yazalelwa|wazalelwa|",
    "ndazalelwa|ngazalelwa|ozalwe|owazalwa|bazalwa|sazalwa|izalwe|ozalelwe|ngomhla wokuzalwa|wọ́n bí|wọn bí|",
    "bí ní|won bi ni|fèt|ki fèt|li fèt|dat nesans|dat nesans li|dat nesans mwen|dat de nesans|",
    # st tn tw (Sesotho, Setswana, Twi)
    "o tsoetsoe|ke tsoetsoe|a tsoetsoe|tsoetsoe|o tswetswe|ke tswetswe|o tsetswe|ke tsetswe|tsetswe|tswetswe|",
    "letsatsi la tsoalo|letsatsi la tswalo|letsatsi la matsalo|wɔwoo me|wɔwoo no|wɔwoo|awoda|",
    # mt ga
    "twieled|twieldet|twelidt|twieldu|imwieled|imwielda|imwieldin|data tat-twelid|data tat-twelid:|rugadh|",
    "rugadh mé|rugadh é|rugadh í|a rugadh|dáta breithe|dáta breithe:|dáta breith|",
    # sq el lt lv sl hr sr bs cs sk pl
    "ka lindur|ka lindur më|kanë lindur|ke lindur|jam lindur|është lindur|lindur më|datëlindjes|datëlindjen|",
    "lindur me|ka lindur me|ka le me|",  # typed without ë; Gheg "ka le" (was born)
    "γεν.|γενν.|γεννηθείς|γεννηθείσα|γεννηθέντος|γεννηθείσας|γεννημένο|γεννημένου|γεννημένης|ημ/νία γέννησης|",
    "ημ. γεν.|ημερ. γέννησης|γεννήθηκαν|gim.|gimusio|gimusios|gimusį|gimusią|gimusiam|gimusiai|gimę|gim. data|",
    "dzimušam|dzimušai|dzimusī|dzimušais|dzim.|rojeno|rojenega|rojene|rojenemu|rojstni datum|rođenog|rođene|",
    "rođenoj|rođenom|rođeno|rođenu|rođ.|datum rođ.|rodjen|rodjena|rodjenog|rodjene|datum rodjenja|рођеног|рођене|",
    "рођеном|рођено|рођ.|narodeného|narodenej|narodenému|narodené|narozeného|narozené|narozenému|narozenou|",
    "dat. nar.|datum nar.|urodzonego|urodzonej|urodzoną|urodzonym|urodzone|urodziło się|",
    # ru uk bg mk ro hu
    "родившегося|родившейся|родившийся|родившаяся|рожд.|дата рожд|народженого|народженої|народжена|народжений|",
    "народився|родена на|родено|родения|родената|роденият|născutul|născutei|nascut|nascuta|nascută|data nasterii|",
    "születési ideje|szül. idő|",
    # tg tk az kk ky uz
    "таваллудаш|таваллудам|таваллуди|т.в.|санаи таваллудаш|таърихи таваллуд|таърихи таваллудаш|соли таваллудаш|",
    "зода шудааст|doglan|doglan güni|doglan senesi|dogulan|doglandyr|doğulub|doğulmuşdur|doğulduğu tarix|",
    "туған жері|туулган жылы|tug'ilgan sanasi|tugʻilgan sanasi|tugilgan sanasi|",
    # romanised ur hi bn te kn ml gu; ug
    "paida hua|paida hui|paida huwa|paida hue|tareekh e paidaish|tarikh e paidaish|tareekh-e-paidaish|",
    "tareekh paidaish|jonmo tarikh|jonmotarikh|jonmo|jonmechhe|jonmechilo|puttina tedi|puttina tedhi|",
    "puttina roju|huttida dinanka|janana theeyathi|janana thiyathi|janm tarikh|janam tarikh|تۇغۇلغان|",
    "تۇغۇلغان ۋاقتى|تۇغۇلغان كۈنى|تۇغۇلغان چېسلا|",
    # ne pa sd ur ps he
    "janma miti|janmamiti|janma mithi|janmeko|janmiyeko|janmeko miti|janam miti|ਜਨਮ ਮਿਤੀ|ਜਨਮ ਤਾਰੀਖ|ਜਨਮ ਤਾਰੀਖ਼|",
    "ਜਨਮ ਤਰੀਕ|ਜਨਮ ਦੀ ਤਾਰੀਖ|ਜਨਮ ਦੀ ਤਾਰੀਖ਼|ਜਨਮਿਆ|ਜਨਮੀ|ਜਨਮ ਹੋਇਆ|ਪੈਦਾ ਹੋਇਆ|ਪੈਦਾ ਹੋਈ|ਜਨਮ|ڄمڻ جي تاريخ|ڄائو|ڄائي|",
    "پیدائش کی تاریخ|تاریخِ پیدائش|د زیږون نیټه|د زېږون نېټه|د زیږېدو نېټه|زېږېدلې|נולדתי|נולדנו|נולדו|",
    "תאריך הלידה|ת. לידה|",
    # as kok (Assamese spells জন্ম with ৰ after it: "জন্মৰ তাৰিখ"; Konkani "जल्म")
    "জন্মৰ তাৰিখ|জন্ম তাৰিখ|জন্মৰ|जल्म|जल्मलो|जल्मली|जल्मल्या|",
    # fa (Persian "his/her/my birth")
    "تولدش|تولدم|تولدت|",
    # eu "jaiotze data", "Txilen jaio zen, 2024ko …"; dv "born", "born on", "date of birth"
    "jaiotze data|jaiotze-data|jaio zen|jaio nintzen|jaio zinen|jaio ziren|އުފަންވީ|އުފަން ތާރީޚު|އުފަން",
)

# Written after the date: "… 2016-cı il 14 fevral təvəllüdlüdür", "… په کوټه کې زېږېدلې", "… ਨੂੰ ਜਨਮਿਆ".
BIRTH_AFTER = split_terms(
    "təvəllüdlüdür|təvəllüdlüyəm|təvəllüdlüdü|doğulmuşdur|doğulmuşam|زېږېدلې|زېږېدلی|زیږېدلی|زیږېدلې|زېږیدلی|",
    "ਜਨਮਿਆ|ਜਨਮੀ|ਜਨਮ ਹੋਇਆ|ਪੈਦਾ ਹੋਇਆ|ਪੈਦਾ ਹੋਈ|ڄائو|ڄائي|doglan|doglandyr|dünýä indi|nazaalibwa|yazaalibwa|",
    "wazalwa|yazalwa|yazalelwa|ndazalwa|twieled|twieldet|rugadh|ተወልጄ|ተወልዷል|ተወልዳለች|ተወለድኩ|туулган|tug'ildim|",
    # romanised hi ur bn te ta
    "paida hua|paida hui|paida huwa|paida hue|janm hua|janam hua|janm hui|janam hui|jonmechhe|jonmechilo|",
    "jonmo hoyechhe|puttadu|puttindi|pirandhaan|pirandhaal|piranthaan|piranthaal|janmeko|janmeki|janmiyeko|",
    "janmeka|",
    # uz with the apostrophes phones type; kk tt "туды"; tk; ky; mn; tg (round 41)
    "tug‘ildi|tug’ildi|tugildi|tug`ildi|tug‘ilgan|tug‘ildim|туды|туган|туылды|doguldy|dogulan|doglandy|туулган экен|"
    "төрөлгөн экен|төрсөн юм|таваллуд шудааст|таваллуд шудам|ба дунё омадааст|",
    # eu: "1988ko urriaren 2an jaioa", "… jaio nintzen"; dv "… ގައި އުފަންވީ"
    "jaioa|jaio zen|jaio nintzen|jaio zinen|jaio ziren|jaio da|jaio",
)

# Abbreviations that are birth cues in a few languages only: Finnish/Estonian "s." (syntynyt, sündinud),
# Danish/Norwegian/Swedish "f." (født, född); elsewhere a page, a street, a first-name initial.
ONLY_IN: dict[str, frozenset[str]] = {
    "s.": frozenset(("fi", "et")),
    "f.": frozenset(("da", "nb", "nn", "no", "sv")),
}
BIRTH_ONLY_IN = split_terms("s.|f.")
