"""Session 11: quotation recall (DECISIONS 50, 63, 69, 70, 71)."""


def test_confirming_or_denying_a_claim_object_is_a_quotation(quotes):
    # DECISIONS 63, 69: «X را تکذیب کرد / تأیید کرد» keep «را», like «رد کرد» (50); the claim word opens the
    # object and ends the subject (farsnews 0647, irnews 0291, heldout9 farsnews 1062)
    qs = quotes("حزب اسلامي افغانستان شايعه پيوستن به دولت را تكذيب كرد.")
    assert [(q["cue"], q["mention"], q["content"]) for q in qs] == [
        ("تكذيب كرد", "حزب اسلامي افغانستان", "شايعه پيوستن به دولت را")]
    qs = quotes("وزارت ارتباطات و فناوری اطلاعات ایران این خبر را تکذیب کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [("تکذیب کرد", "این خبر را")]
    qs = quotes("معاون اقتصادی بانک مرکزی خبر درج شده در خبرگزاری رویترز مبنی بر گشایش دفاتر سه بانک را تأیید کرد.")
    assert [(q["cue"], q["mention"]) for q in qs] == [("تأیید کرد", "معاون اقتصادی بانک مرکزی")]
    # a comma clause after the cue still reads as before (irnews 1811)
    qs = quotes("وزارت کشور افغانستان تایید کرد، حسین محمد برادرش را با شلیک گلوله کشته است.")
    assert [(q["cue"], q["content"]) for q in qs] == [("تایید کرد", "حسین محمد برادرش را با شلیک گلوله کشته است.")]


def test_approving_an_act_or_an_object_not_opening_with_a_claim_is_no_quotation(quotes):
    # approving an act is not a statement; the object must open with the claim, not end in one
    assert quotes("شورای نگهبان این مصوبه را تایید کرد.") == []
    assert quotes("این اپیدمیولوژیست گفت: ولی هنوز نمی‌توان آن را تایید کرد.")[1:] == []


def test_an_order_or_a_pledge_with_its_clause_is_a_quotation(quotes):
    # DECISION 63: «دستور داد» + clause (like calls, 14) and the promise «متعهد شده است تا X» are cues; the content
    # follows the verb with or without «که/تا» (irnews 1687, 2663, 2815; heldout8 irnews 1710, farsnews 0863)
    qs = quotes("جوزپه کونته دستور داد بخش‌هایی از شمال این کشور قرنطینه شود.")
    assert [(q["cue"], q["mention"], q["content"]) for q in qs] == [
        ("دستور داد", "جوزپه کونته", "بخش‌هایی از شمال این کشور قرنطینه شود.")]
    qs = quotes("ملک سلمان پادشاه سعودی، به گارد ملی این کشور دستور داد تا در مرز با یمن مستقر شوند.")
    assert [(q["cue"], q["content"]) for q in qs] == [("دستور داد", "در مرز با یمن مستقر شوند.")]
    qs = quotes("رایزنی فرهنگی ایران متعهد شده است تا استادان مورد نیاز این کلاس‌ها را تأمین کند.")
    assert [(q["cue"], q["mention"], q["content"]) for q in qs] == [
        ("متعهد شده است", "رایزنی فرهنگی ایران", "استادان مورد نیاز این کلاس‌ها را تأمین کند.")]
    # an order as a noun is no cue
    assert quotes("انبار مذکور با دستور دادستان شهرستان فاروج پلمپ شد.") == []


def test_a_glued_scene_adverbial_is_no_speaker(quotes):
    # «درهمین راستا/خصوص» written as one word opens the clause like «در همین راستا» (irnews 2293; heldout8 farsnews 0863)
    qs = quotes("درهمین راستا دبیر کل تولید کنندگان لوله و پروفیل فولادی ایران گفت که این معاملات باید ابطال شود.")
    assert [q["mention"] for q in qs] == ["دبیر کل تولید کنندگان لوله و پروفیل فولادی ایران"]
    qs = quotes("درهمين خصوص نيز رايزني فرهنگي ايران متعهد شده است تا استادان مورد نياز را تأمين كند.")
    assert [q["mention"] for q in qs] == ["رايزني فرهنگي ايران"]


def test_a_painter_is_a_title_in_apposition(quotes):
    # «نقاش» names an occupation after a name like «شاعر», «بازیگر» (titles.txt; heldout9 irnews 1273)
    qs = quotes("«آناهیتا درگاهی» نقاش و بازیگر سینما و تئاتر ایران از تصمیمش برای راه‌اندازی نمایشگاه خبر داد.")
    assert [(q["cue"], q["speaker"], q["content"]) for q in qs] == [
        ("از ... خبر داد", "آناهیتا درگاهی", "تصمیمش برای راه‌اندازی نمایشگاه")]
    qs = quotes("آناهیتا درگاهی نقاش و بازیگر سینما گفت که نمایشگاه برپا می‌شود.")
    assert [q["mention"] for q in qs] == ["آناهیتا درگاهی"]


def test_mutabiq_is_according_to_like_tibq(quotes):
    # DECISION 70: «مطابق قانون X، …», «مطابق اعلام X، …» read like «طبق» (irnews 2071, 2241, 2299; heldout9 farsnews 0102)
    qs = quotes("وی گفت: مطابق قانون تقویت و توسعه نظام استاندارد، دستگاه مرکزی وظیفه راهبری را برعهده دارد.")
    assert [(q["kind"], q["cue"], q["mention"], q["content"]) for q in qs][1:] == [
        ("according_to", "مطابق", "قانون تقویت و توسعه نظام استاندارد", "دستگاه مرکزی وظیفه راهبری را برعهده دارد.")]
    qs = quotes("مطابق اعلام سازمان مدیریت صنعتی، میزان فروش صد شرکت اول ۵۴۹ هزار میلیارد تومان بوده است.")
    assert [(q["cue"], q["mention"]) for q in qs] == [("مطابق اعلام", "سازمان مدیریت صنعتی")]
    # manner, no content (DECISION 59)
    assert [q["kind"] for q in quotes("وی گفت: باید مطابق قانون برخورد شود.")] == ["indirect"]


def test_a_quoted_name_opening_the_reported_clause_makes_it_mixed(quotes):
    # DECISION 43: «تاكيد كردند "ولاديمير شاموف" هنگام اين حادثه ... حضور نداشت» is one mixed quotation, not a direct
    # quotation of the name (heldout9 farsnews 0750; irnews 0099, 1137, 1133; farsnews 0717)
    qs = quotes('اين منابع تاكيد كردند "ولاديمير شاموف" هنگام اين حادثه در خودرو حضور نداشت.')
    assert [(q["kind"], q["content"]) for q in qs] == [
        ("mixed", '"ولاديمير شاموف" هنگام اين حادثه در خودرو حضور نداشت.')]
    qs = quotes('وی گفت: "صهیونیسم عربی" صهیونیسم سوم و گسترش صهیونیسم مسیحی است.')
    assert [q["kind"] for q in qs] == ["mixed"]
    # a whole quoted sentence, or a quote a new cue follows, stays direct
    qs = quotes("وی گفت: «تنباکویش چطور است؟» رئیس نگهبانان گفت: خوب است.")
    assert [(q["kind"], q["content"]) for q in qs][0] == ("direct", "تنباکویش چطور است؟")
    assert [q["kind"] for q in quotes("وی گفت «ما آماده‌ایم» و رفت.")] == ["direct"]


def test_an_indefinite_study_is_a_document_speaking(quotes):
    # DECISION 70: «بر اساس یک مطالعه مروری در سال ۲۰۱۵، …» is according-to with the study as speaker
    # (heldout9 headlines2025 0029; irnews 0167 «طبق یک نظرسنجی، …»)
    qs = quotes("بر اساس یک مطالعه مروری در سال ۲۰۱۵، افراد مبتلا به اضطراب سطوح کلسیدیول را نیز کاهش می‌دهند.")
    assert [(q["kind"], q["mention"], q["content"]) for q in qs] == [
        ("according_to", "یک مطالعه مروری در سال ۲۰۱۵", "افراد مبتلا به اضطراب سطوح کلسیدیول را نیز کاهش می‌دهند.")]
    assert quotes("نباید که طبق یک گزارش محلی صرف، اعلام نظر کرده باشیم.") == []
