"""Sample-1 judgements (before any fix): wrong records by (file, start); default verdict ok. Missed numbers listed."""
Q = "farsnews/0022_ad49d784eee5ccbd.txt"
WRONG = {
 # group: year_q — a Hijri-qamari year (1417ق, سال 454 هـ.ق) taken as a count
 **{(Q, s): ("year_as_count", "Hijri-qamari year with ق: a year mention, not a count") for s in
    (633, 656, 683, 1208, 3351, 5827, 6785, 7105, 7335, 7361, 18660, 18761, 19021, 19347, 19827, 20109, 20180, 20328, 20421, 20898, 21060)},
 ("farsnews/0906_d07e807441c5d767.txt", 1706): ("year_as_count", "سال 454 هـ.ق is a year"),
 # group: rate_base — the base amount of an exchange rate (یکصد روپیه پاکستان ۲۷ هزار ریال) taken as a money claim
 **{("irnews/0201_d7d5687d9501c208.txt", s): ("rate_base", "the per-unit base of a rate goes into the subject (DECISION 55), not a claim")
    for s in (1576, 1615, 1920, 2105, 2144, 2204, 2261, 2355, 2425, 2569, 2707)},
 # group: refer_list — numeral followed by its own list / pointing back (DECISIONS 39, 56)
 ("farsnews/0906_d07e807441c5d767.txt", 2906): ("refer_list", "دو روستا نیز به نام‌های X و Y: its own list (39)"),
 ("farsnews/0980_9e29f9389b707df1.txt", 315): ("refer_list", "پنج بخش مختلف «خبر» «صدا» …: its own list (39)"),
 ("irnews/1050_3131245b51ee892f.txt", 1094): ("refer_list", "سه استان تهران، اصفهان و خراسان رضوی (39)"),
 ("irnews/2478_de9246dbb3bd75b8.txt", 2727): ("refer_list", "دو چالش …؛ یک … و دوم …: its own list (39)"),
 ("irnews/2996_e6111fd688b31090.txt", 1911): ("refer_back", "هر یک از دو فروند ناوهواپیمابر: the two carriers already named (56)"),
 ("irnews/0609_d5f546aba4c8d104.txt", 267): ("refer_back", "دو نماینده ایران: استقلال و شهرخودرو already named (56)"),
 ("irnews/0609_d5f546aba4c8d104.txt", 2183): ("refer_back", "X و Y، دو مدافع آبی‌پوشان: names then the numeral (56)"),
 ("irnews/0609_d5f546aba4c8d104.txt", 2363): ("refer_back", "در غیاب دو مدافع مرکزی: the two just named (56)"),
 ("irnews/0609_d5f546aba4c8d104.txt", 2411): ("refer_list", "چهار مدافع … یعنی X و Y …: its own list (39)"),
 ("irnews/2918_d3149db242ec2a82.txt", 853): ("refer_list", "دو فاکتور ضریب اطمینان پایین و هزینه‌های سنگین: its own list (39)"),
 # group: name_label — numbers in names/labels/idioms taken as claims
 ("irnews/2478_de9246dbb3bd75b8.txt", 1248): ("name_label", "کوید ـ ۱۹: a disease name"),
 ("irnews/0609_d5f546aba4c8d104.txt", 2285): ("name_label", "آرایش 253: a football formation (3-5-2)"),
 (Q, 5098): ("name_label", "(انعام(6): 152): a Quran verse citation"),
 ("irnews/2767_3e4abff40a10054e.txt", 2111): ("name_label", "دو دل می‌شوید: idiom (to hesitate)"),
 # other
 ("farsnews/0906_d07e807441c5d767.txt", 2731): ("ordinal_as_count", "نیمه سده هشت: the 8th century, an ordinal"),
 ("irnews/2918_d3149db242ec2a82.txt", 1632): ("date_false", "خودروی سوم مي رسد: verb prefix می, not May; an ordinal"),
 ("irnews/2292_b4be0e58398b9115.txt", 1156): ("indefinite", "ریاست جمهوری یک نفر: indefinite «a person»"),
 ("irnews/2478_de9246dbb3bd75b8.txt", 13764): ("wrong_kind", "یک سوم کردیم: a ratio 1/3, not a count"),
 ("farsnews/0906_d07e807441c5d767.txt", 2591): ("wrong_qualifier", "در زیر سه شاخه می‌شود: «underground», exact 3"),
 (Q, 18318): ("wrong_value", "سه ربع دینار: 0.75 dinar, not a count 3"),
 (Q, 18199): ("wrong_value", "یک دینار و نیم: 1.5"),
 (Q, 18284): ("wrong_value", "یک دینار و نیم: 1.5"),
}
MISSED = [
 ("farsnews/0906_d07e807441c5d767.txt", 2731, "mention", "سده هشت", "ordinal 8 (taken as count)"),
 ("irnews/2918_d3149db242ec2a82.txt", 1632, "mention", "سوم", "ordinal 3 (taken as a date)"),
 ("irnews/2767_3e4abff40a10054e.txt", 449, "claim", "سه‌برابری", "ratio 3 missed"),
 ("irnews/2767_3e4abff40a10054e.txt", 624, "claim", "سه‌برابری", "ratio 3 missed"),
 ("irnews/1039_e30a5df4601e32a6.txt", 321, "claim", "۳۱ واگن", "count 31 missed"),
 ("irnews/2292_b4be0e58398b9115.txt", 134, "claim", "سه دولت", "count 3 missed"),
 ("irnews/2292_b4be0e58398b9115.txt", 813, "claim", "سه دولت جمهوریخواه", "count 3 missed"),
 ("irnews/2478_de9246dbb3bd75b8.txt", 2359, "claim", "یک جلسه", "count 1 in a list of counts missed"),
 ("irnews/0609_d5f546aba4c8d104.txt", 847, "claim", "یک بار", "count 1 missed"),
 ("irnews/0609_d5f546aba4c8d104.txt", 1649, "claim", "یک جلسه تمرینی", "count 1 missed"),
 ("irnews/2478_de9246dbb3bd75b8.txt", 3816, "mention", "دوازهم", "ordinal 12 (typo) missed"),
] + [(Q, s, "mention", "NNNNق", "year mention missing (taken as count)") for s in
    (633, 656, 683, 1208, 3351, 5827, 6785, 7105, 7335, 7361, 18660, 18761, 19021, 19347, 19827, 20109, 20180, 20328, 20421, 20898, 21060)] + [
 ("farsnews/0906_d07e807441c5d767.txt", 1706, "mention", "454", "year mention missing (taken as count)"),
]
MENTION_KEYS = {("irnews/2918_d3149db242ec2a82.txt", 1632): "date"}
