"""Chinese, Japanese and Korean name data shared by the caseless name finders: common surnames, the
regular-expression shapes of a full name, and kinship words. Data and patterns only (no finder here):
`caseless.py`, `names_cjk.py`, `names_japanese.py`, `suffixed.py` and the name scorer read them.
"""

from __future__ import annotations

from consuldesk.pipeline.lexicon import trie_pattern

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤陳黃張劉楊趙吳"
    "孫馬鄭許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒龔萬錢嚴湯歐司諸上"
    # more of the hundred commonest, minus those that are everyday words too (安 常 易 单 包 左 牛 华)
    "鲁魯俞柳岳聂聶倪殷骆駱施洪季苗葛温溫邢祝凤鳳伍卢詹颜顏蓝藍梅章柴申乔喬佟阎閻翟滕柯祁裴饶饒卓霍傅阮耿臧戚娄婁"
)
ZH_COMPOUND = "欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容"
JA_SURNAMES = (
    "佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|斎藤|斉藤|清水|"
    "山崎|森|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|"
    "西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|原|内田|柴田|酒井|"
    "宮崎|横山|高木|安藤|宮本|大野|小島|谷口|今井|工藤|高田|増田|丸山|杉山|村田|大塚|新井|小山|平野|藤本|河野|上野|"
    "野口|武田|松井|千葉|岩崎|菅原|木下|久保|佐野|野村|松尾|市川|菊地|杉本|古川|大西|島田|水野|桜井|高野|渡部|吉川|"
    "山内|西田|飯田|菊池|西川|小松|北村|安田|五十嵐|川口|平田|関|中田|久保田|服部|東|岩田|土屋|川崎|福島|本田|辻|"
    "樋口|秋山|田口|永井|山中|中西|吉村|川上|大橋|石原|松岡|浜田|馬場|森本|矢野|浅野|松下|星野|大久保|吉岡|小池|野田|"
    "荒木|大谷|内藤|松浦|熊谷|黒田|尾崎|永田|川村|望月|田辺|松村|荒井|堀|大島|平井|早川|菅野|栗原|西山|広瀬|横田|"
    "石橋|萩原|岩本|片山|関口|宮田|大石|本間|須藤|高山|岡崎|小田|伊東|鎌田|上原|篠原|小西|松原|福井|成田|古田|大森"
)
KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추"
    "도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
HAN = "\u4e00-\u9fff"
KANA = "\u3040-\u30ff"
ZH_NAME = rf"(?:{ZH_COMPOUND}|[{ZH_SURNAMES}])[{HAN}]{{1,2}}"
JA_NAME = rf"(?:{JA_SURNAMES})[ 　]?[{HAN}{KANA}]{{1,3}}?"
# A Korean name: surname syllable and one or two more; `KO_FULL_NAME` also takes the two-syllable surnames
# ("황보순자", "남궁민"), tried first.
KO_NAME = rf"[{KO_SURNAMES}][가-힣]{{1,2}}"
KO_FULL_NAME = rf"(?:황보|남궁|제갈|선우|독고|사공|서문|[{KO_SURNAMES}])[가-힣]{{1,2}}"
# A given name after a kinship word, longest first: its characters are not the function characters that
# follow a name ("韦杰在迪拜" → 韦杰, "袁德明今天" → 袁德明).
ZH_FUNCTION_CHARS = "在是的了于被和从去已还也说說不没沒要到给給跟对對把住刚剛这這个個们們呢吗嗎啊吧着著过過今昨"
ZH_NAME_AFTER_KIN = rf"(?:{ZH_COMPOUND}|[{ZH_SURNAMES}])(?:(?![{ZH_FUNCTION_CHARS}])[{HAN}]){{1,2}}"
# a pet name ("阿哲", "小晴"), not a relation or a word ("阿姨" auntie, "小时候" as a child)
ZH_PET_NAME = rf"(?!阿[姨婆公伯叔嫂媽妈爸哥姐妹弟嬤嬷爺爷]|小[孩姐弟妹哥伙子心时時学學])[阿小][{HAN}]"
KIN_ZH = (
    "儿子|女儿|丈夫|妻子|老公|老婆|哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|朋友|同事|兒子|女兒|媽媽|爸爸|朋友|我妈|我爸|"
    "我媽|男朋友|女朋友|同學|同学|室友|表哥|表姐|表妹|表弟|堂哥|堂姐|奶奶|爷爷|外婆|姥姥|阿姨|叔叔|"
    "舅舅|姑姑|伯伯|舅妈|姨妈|姑妈|外公|爺爺|老爸|老媽|老妈|我個仔|我個女|阿媽|阿爸|我老公|我老婆|先生|太太|丈夫|女婿|儿媳|"
    "孙子|孫子|孙女|孫女|侄子|姪子|外甥|同乡|同鄉|工友|老乡|老鄉|"
    # the short forms of speech ("我弟", "我哥"), and a few more relations and companions
    "我弟|我哥|我姐|我妹|我儿|我兒|我女儿|我爸|我妈|老伴|未婚夫|未婚妻|前夫|前妻|闺蜜|閨蜜|室友|舍友|队友|隊友|個仔|個女|"
    "男友|女友|家姐|家妹|細佬|细佬"
)
# as a trie: the engine follows one branch per character instead of trying sixty kinship words in turn
KIN_ZH_TRIE = trie_pattern(((w, False) for w in KIN_ZH.split("|")), None)
# A Japanese surname and a one- or two-kanji given name, written together ("佐藤花子").
JA_NAME_FULL = rf"(?:{JA_SURNAMES})[{HAN}]{{1,2}}"
JA_SURNAME = rf"(?:{JA_SURNAMES})"
KIN_JA = "娘|息子|夫|妻|母|父|兄|弟|姉|妹|友人|友達|彼氏|彼女|主人|祖母|祖父"
KIN_KO = "아들|딸|남편|아내|동생|형|누나|오빠|언니|친구|어머니|아버지|엄마|아빠|할머니|할아버지"
