"""Quotations the held-out 5 analysis added (session 6), one behaviour each, with the Persian sentence
that shows it (GUIDELINES.md, eval/DECISIONS.md)."""


def only(qs, **kw):
    return [q for q in qs if all(q[k] == v for k, v in kw.items())]


def contents(qs):
    return [q["content"] for q in qs]


# --- «مدعی»: a claim with a clause or a noun phrase (DECISIONS 37) ------------------------------

def test_claims_with_a_plain_clause(quotes):
    qs = quotes("وزیر دفاع آمریکا مدعی است ورود دارو به ایران آزاد است.")
    assert [(q["cue"], q["content"]) for q in qs] == [("مدعی است", "ورود دارو به ایران آزاد است.")]


def test_claims_a_noun_phrase_between_nominal_and_verb(quotes):
    qs = quotes("منابع خبری معارض دولت سوریه با انتشار تصاویری مدعی حمله شیمیایی در شهر دوما شدند.")
    assert [(q["cue"], q["content"]) for q in qs] == [("مدعی ... شدند", "حمله شیمیایی در شهر دوما")]


def test_claims_a_noun_phrase_with_the_copula(quotes):
    qs = quotes("فاطمه ذوالقدر مدعی تخصص در طب اسلامی است.")
    assert [(q["cue"], q["content"]) for q in qs] == [("مدعی ... است", "تخصص در طب اسلامی")]


def test_claim_phrase_stops_at_a_finite_verb(quotes):
    # the second «است» is the clause's own verb, not the end of «مدعی ... است»
    qs = quotes("رئیس‌جمهور مدعی است وضعیت کشور عادی است.")
    assert contents(qs) == ["وضعیت کشور عادی است."]


def test_copula_of_a_perfect_ends_no_claim(quotes):
    qs = quotes("این مدعی طبابت اسلامی مورد بازجویی قرار گرفته است.")
    assert only(qs, cue="مدعی ... است") == []


def test_contender_is_no_claim(quotes):
    assert quotes("سندرز مدعی اصلی نامزدی حزب در انتخابات است.") == []


# --- a quotation that is never closed (DECISIONS 44) -----------------------------------------

def test_unclosed_quotation_ends_before_the_next_colon_quotation(quotes):
    qs = quotes("سخنگوی قوه قضائیه گفته بود: «این آمار نیاز به «جداسازی و تفکیک» دارد. "
                "او در توضیح این تفکیک گفت: «اینکه چند نفر از اینها جزء شهدا بوده‌اند، باید روشن شود.»")
    assert contents(qs) == ["این آمار نیاز به «جداسازی و تفکیک» دارد.",
                            "اینکه چند نفر از اینها جزء شهدا بوده‌اند، باید روشن شود."]


# --- «به نقل از روابط عمومی X، ...»: a press office's according-to quotation (DECISIONS 35, 41) -----

def test_press_office_report_is_an_according_to_quotation(quotes):
    qs = quotes("به گزارش خبرگزاری فارس از اصفهان به نقل از روابط عمومی پژوهشگاه شاخص‌پژوه، این دوره آموزشی "
                "با حضور 350 نفر از کارشناسان برگزار شد.")
    assert [(q["kind"], q["mention"], q["cue"], q["content"]) for q in qs] == [
        ("according_to", "روابط عمومی پژوهشگاه شاخص‌پژوه", "به نقل از",
         "این دوره آموزشی با حضور 350 نفر از کارشناسان برگزار شد.")]


def test_press_office_passing_on_an_official_adds_no_quotation(quotes):
    qs = quotes("به گزارش خبرگزاری فارس به نقل از روابط عمومی شهرداری تبریز، محمدحسین حسن‌زاده اظهار داشت: "
                "گلکاری‌ها آسیب ندیده‌اند.")
    assert [(q["kind"], q["cue"]) for q in qs] == [("indirect", "اظهار داشت")]


def test_via_an_outlet_is_no_press_office(quotes):
    qs = quotes("به گزارش ایرنا به نقل از خبرگزاری رویترز، نشست وزیران نفت اوپک روز دوشنبه برگزار می‌شود.")
    assert only(qs, kind="according_to") == []


# --- cues from held-out 5 ----------------------------------------------------------------------

def test_according_to_opinion_with_bana_be(quotes):
    qs = quotes("بنا به نظر سازمان جهانی بهداشت، هیچ شواهدی مبنی بر ناقل بودن سگ‌ها وجود ندارد.")
    assert [(q["kind"], q["mention"], q["cue"]) for q in qs] == [("according_to", "سازمان جهانی بهداشت", "بنا به نظر")]


def test_bana_be_a_report_is_the_outlets_lead(quotes):
    qs = quotes("بنا به گزارش خبرنگار ما از این نمایشگاه، هنرمندان پیشکسوت آثار خود را عرضه کردند.")
    assert only(qs, kind="according_to") == []


def test_recommends_with_ta(quotes):
    qs = quotes("او توصیه می‌کند تا به دقت بهداشت فردی را رعایت کنیم.")
    assert [(q["cue"], q["content"]) for q in qs] == [("توصیه می‌کند", "به دقت بهداشت فردی را رعایت کنیم.")]


def test_reveals_and_insists_with_ke(quotes):
    assert contents(quotes("آذری جهرمی همچنین افشا کرد که وزارت ارتباطات سه سال تلاش کرده است.")) == [
        "وزارت ارتباطات سه سال تلاش کرده است."]
    assert contents(quotes("او اصرار دارد که افشین قطبی می‌آید.")) == ["افشین قطبی می‌آید."]


def test_object_naming_a_class_takes_its_predicate(quotes):
    # «X را Y بیان کرد» where X names a class (دلایل، اهداف، اولویت‌ها): read like «دانست» (DECISIONS 18)
    qs = quotes("وی دلایل موفقیت کشتی در استان را وجود ورزشکاران با استعداد بیان کرد.")
    assert contents(qs) == ["دلایل موفقیت کشتی در استان را وجود ورزشکاران با استعداد"]


def test_object_naming_a_class_with_a_place_is_no_predicate(quotes):
    assert quotes("وزیر دلایل استعفای خود را در نامه‌ای اعلام کرد.") == []


# --- speech reported inside a quotation (DECISIONS 37) -----------------------------------------

def test_named_speaker_inside_a_quotation_is_its_own_quotation(quotes):
    qs = quotes("وی خاطر نشان کرد: دولت 1600 میلیارد تومان بدهکار است ولی دولت نیز اعتقاد دارد "
                "بخشی از آن بدهی محسوب نمی‌شود.")
    assert [(q["mention"], q["cue"], q["content"]) for q in only(qs, cue="اعتقاد دارد")] == [
        ("دولت", "اعتقاد دارد", "بخشی از آن بدهی محسوب نمی‌شود.")]


def test_habitual_unnamed_speech_inside_a_quotation_is_not(quotes):
    assert len(quotes("وی گفت: قدیم می‌گفتند چندهمسری برای مردان وجود دارد.")) == 1


def test_our_own_words_inside_a_quotation_are_not(quotes):
    # our view now («ما می‌گوییم», «معتقدیم») is no quotation of its own (DECISIONS 37) ...
    assert len(quotes("وی گفت: ما می‌گوییم که نظرات خود را ارسال کنند.")) == 1
    # ... what we said before is («ما گفتیم …», DECISIONS 15; session 9), with the outer speaker
    qs = quotes("وی گفت: ما بارها اعلام کردیم که نظرات خود را ارسال کنند.")
    assert [(q["cue"], q["speaker"]) for q in qs] == [("گفت", "وی"), ("اعلام کردیم", "وی")]


def test_joined_clause_after_a_present_written_apart(quotes):
    # «نمی شود و X اعلام کرد که»: the prefix «نمی» written apart still ends the previous clause
    qs = quotes("غذای چینی باعث بیماری نمی شود و سازمان جهانی بهداشت همچنین اعلام کرد که دریافت نامه خطری ندارد.")
    assert [(q["mention"], q["content"]) for q in qs] == [("سازمان جهانی بهداشت", "دریافت نامه خطری ندارد.")]


def test_figure_object_and_ke_clause_are_two_quotations(quotes):
    # DECISIONS 38: «X را N اعلام کرد که Y»
    qs = quotes("معاون گردشگری کشور میزان اقامت در مراکز اقامتی را 21 میلیون نفر اعلام کرد که "
                "نسبت به سال قبل، 19 درصد رشد داشته است.")
    assert contents(qs) == ["میزان اقامت در مراکز اقامتی را 21 میلیون نفر", "نسبت به سال قبل، 19 درصد رشد داشته است."]


def test_etcetera_ellipsis_ends_no_sentence(quotes):
    qs = quotes("معاون گردشگری کشور میزان اقامت در هتل‌ها، مهمانپذیرها و... را 21 میلیون نفر اعلام کرد.")
    assert [q["mention"] for q in qs] == ["معاون گردشگری کشور"]


def test_ke_clause_ends_before_and_a_pronoun_clause(quotes):
    qs = quotes("نتایج تحقیقات نشان می‌دهد که در مسئله دوما دست‌کاری شده است و او به دلیل ارائه واقعیت به حاشیه رفته است.")
    assert contents(qs) == ["در مسئله دوما دست‌کاری شده است"]


def test_condemning_a_stated_noun_phrase_is_a_quotation(quotes):
    # DECISIONS 42: «ضمن محکوم کردن» + NP
    qs = quotes("این مقام سوری ضمن محکوم کردن پنهان شدن رژیم صهیونیستی پشت هواپیمای مسافربری، تصریح کرد: "
                "اسرائیل نگران است.")
    assert [(q["cue"], q["content"]) for q in qs] == [
        ("ضمن محکوم کردن", "پنهان شدن رژیم صهیونیستی پشت هواپیمای مسافربری"), ("تصریح کرد", "اسرائیل نگران است.")]


def test_report_passing_on_a_speakers_cue_adds_no_quotation(quotes):
    qs = quotes("این گزارش حاکی است، وی افزود: تا پایان تابستان کلیه مذاکرات انجام خواهد شد.")
    assert [q["cue"] for q in qs] == ["افزود"]


def test_while_clause_is_no_content(quotes):
    # «X در حالی ... اعلام کرد که Y»: Y is the circumstance («while Y»), not what X said
    qs = quotes("شش مدیر باشگاه در حالی استعفای خود را اعلام کردند که خواستار برگزاری انتخابات شدند.")
    assert only(qs, cue="اعلام کردند") == []


def test_while_clause_closed_before_the_cue_leaves_the_cue(quotes):
    qs = quotes("این اظهارات در حالی مطرح می‌شود که پیشتر یک منبع نظامی سودانی فاش کرد که این دیدار "
                "توسط امارات ترتیب داده شده بود.")
    assert contents(qs) == ["این دیدار توسط امارات ترتیب داده شده بود."]


def test_according_to_content_starts_after_a_title_in_apposition(quotes):
    qs = quotes("به گفته کایل رودا، تحلیلگر شرکت آی جی مارکتس، مردم نگران گسترش ویروس کرونا در سراسر جهان هستند.")
    assert [(q["mention"], q["content"]) for q in qs] == [
        ("کایل رودا", "مردم نگران گسترش ویروس کرونا در سراسر جهان هستند.")]


def test_a_documents_comma_clause_is_no_apposition(quotes):
    qs = quotes("بنابر این گزارش، وزیر امور خارجه، امروز درباره نتایج کنفرانس صلح با خبرنگاران گفتگو کرد و گفت نتایج خوب بود.")
    assert all(not q["content"].startswith("امروز") for q in only(qs, kind="according_to"))


# --- session 8: recall on held-out 2–5 ---------------------------------------------------------

def test_contrast_opens_the_cues_own_clause(quotes):
    # «..., اما X cue»: the subject is the noun phrase after «اما», not one in the clause before
    qs = quotes("حتما دیده‌اید که افرادی شروع به استفاده از ماسک کرده‌اند، اما شواهد نشان می‌دهد که "
                "استفاده از ماسک تأثیر چندانی ندارد.")
    assert [(q["mention"], q["content"]) for q in qs] == [("شواهد", "استفاده از ماسک تأثیر چندانی ندارد.")]


def test_contrast_after_a_clause_names_the_speaker_after_it(quotes):
    qs = quotes("آدلايد در 9 بازي قبلي خود تنها سه بار دروازه اش باز شده است، اما ويدمار مي گويد: "
                "ما با برد خوبي روحيه گرفته ايم.")
    assert [q["mention"] for q in qs] == ["ويدمار"]


def test_contrast_after_the_subject_keeps_the_subject(quotes):
    qs = quotes("وزیر اما در ادامه گفت: این کار شدنی است.")
    assert [q["mention"] for q in qs] == ["وزیر"]


def test_introduces_as_with_a_predicate_is_a_quotation(quotes):
    # «X را Y معرفی کرد» is like «دانست» (DECISIONS 18)
    qs = quotes("او سردار سلیمانی را دوست خوب خود معرفی کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [("معرفی کرد", "سردار سلیمانی را دوست خوب خود")]


def test_introducing_someone_is_no_quotation(quotes):
    assert quotes("سایت فورفور تو انگلیس بهترین گل فصل لیگ جزیره را معرفی کرد.") == []
    assert quotes("اسکوچیچ تا کنون زگانیر و تونی اوسنیک را به عنوان دستیاران خارجی خود معرفی کرد.") == []
    assert quotes("این سازمان 125 دفتر متخلف را شناسايي و به مراجع ذي صلاح معرفي كرده است.") == []


def test_ra_cue_subject_opens_the_last_coordinated_clause(quotes):
    qs = quotes("در این بین زور خبرنگاران به رئیس‌جمهور هم نرسید و حسن روحانی در نشست خبری خود «سازمان پزشکی قانونی» "
                "را مسئول اعلام آمار کشته‌شدگان آبان ۹۸ معرفی کرد تا از مسئولیت اعلام این آمار شانه خالی کند.")
    assert [(q["mention"], q["cue"]) for q in qs] == [("حسن روحانی", "معرفی کرد")]


def test_ra_content_starts_after_a_clause_with_its_own_object(quotes):
    # «X Y را … انداخته و Z را W دانسته»: the first clause is narration, the content is «Z را W»
    qs = quotes("وزیر ارتباطات، توپ را به زمین صداوسیما انداخته و آنها را مقصر دانسته است.")
    assert [(q["mention"], q["content"]) for q in qs] == [("وزیر ارتباطات", "آنها را مقصر")]


def test_pointing_at_a_continuing_state_is_a_quotation(quotes):
    # «با اشاره به ادامه/انجام ...» states something (DECISIONS 6), like «با اشاره به افزایش ...»
    qs = quotes("غلامحسین دهقانی در جلسه مجمع عمومی سخنرانی کرد و با اشاره به ادامه ناامنی و بی‌ثباتی در افغانستان، "
                "هدف گروه‌های تروریستی را جلوگیری از صلح دانست.")
    assert only(qs, cue="با اشاره به")[0]["content"] == "ادامه ناامنی و بی‌ثباتی در افغانستان"


def test_participial_ends_where_the_main_cues_own_phrase_opens(quotes):
    qs = quotes("وی با اشاره به انجام صدها پروژه توسط ایران در افغانستان، به موافقت‌نامه سه‌جانبه توسعه بندر چابهار "
                "بین ایران، افغانستان و هندوستان، سفر مقامات دو کشور و مقابله با تروریسم اشاره کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [
        ("با اشاره به", "انجام صدها پروژه توسط ایران در افغانستان"),
        ("اشاره کرد", "موافقت‌نامه سه‌جانبه توسعه بندر چابهار بین ایران، افغانستان و هندوستان، سفر مقامات دو کشور "
                      "و مقابله با تروریسم")]


def test_ra_object_that_is_a_list_keeps_its_first_items(quotes):
    # the commas separate the object's items, not a subject's apposition
    qs = quotes("وی برگزاری محافل انس با قرآن، گفتمان‌های دانشجویی و حفظ سوره حجرات را از برنامه‌های مهم فرهنگی "
                "در مراسم اعتکاف امسال دانشگاهیان برشمرد.")
    assert [q["content"] for q in qs] == [
        "برگزاری محافل انس با قرآن، گفتمان‌های دانشجویی و حفظ سوره حجرات را از برنامه‌های مهم فرهنگی "
        "در مراسم اعتکاف امسال دانشگاهیان"]


def test_ra_object_after_an_apposition_or_an_adverbial_starts_after_the_comma(quotes):
    qs = quotes("خلیل نصرالله، روزنامه‌نگار لبنانی، این اقدامات و تصمیمات را بی‌سابقه دانست.")
    assert [q["content"] for q in qs] == ["این اقدامات و تصمیمات را بی‌سابقه"]
    qs = quotes("رئيس جمهور در اين ديدارها ضمن بيان سياست‌هاي دولت، افتخار ملت بزرگ و متمدن ايران را پيروي از دين اسلام دانست.")
    assert only(qs, cue="دانست")[0]["content"] == "افتخار ملت بزرگ و متمدن ايران را پيروي از دين اسلام"


def test_because_clause_after_a_cues_comma_is_content(quotes):
    qs = quotes("او معتقد بود، چون این لوایح با امضای وزیر اقتصاد به مجلس ارسال می‌شود، باید در دولت جدید دوباره بررسی شود.")
    assert [(q["cue"], q["content"]) for q in qs] == [
        ("معتقد بود", "چون این لوایح با امضای وزیر اقتصاد به مجلس ارسال می‌شود، باید در دولت جدید دوباره بررسی شود.")]


def test_an_organizations_report_in_the_body_is_an_according_to_quotation(quotes):
    # DECISIONS 23: «به گزارش وزارت بهداشت غزه» is an according-to quotation, not a source
    qs = quotes("گزارش کمیته قحطی را تأیید کرد.\n\nدر همین راستا به گزارش وزارت بهداشت غزه، ۲۷۱ نفر، از جمله ۱۱۲ کودک، "
                "از گرسنگی و سوءتغذیه جان باخته‌اند.")
    assert [(q["kind"], q["mention"], q["cue"], q["content"]) for q in only(qs, cue="به گزارش")] == [
        ("according_to", "وزارت بهداشت غزه", "به گزارش", "۲۷۱ نفر، از جمله ۱۱۲ کودک، از گرسنگی و سوءتغذیه جان باخته‌اند.")]


def test_a_press_office_or_the_lead_paragraph_report_is_no_body_report(quotes):
    assert only(quotes("به گزارش سازمان ملل، بیش از یک میلیون نفر آواره شده‌اند."), cue="به گزارش") == []
    assert only(quotes("خبر کوتاه است.\n\nبه گزارش روابط عمومی دانشگاه تهران، هدف از این کنفرانس آشنایی دانشجویان "
                       "با نرم افزارهای کاربردی است."), cue="به گزارش") == []


def test_ra_object_starts_past_time_and_scene_adverbials(quotes):
    qs = quotes("وزیر روز گذشته در حاشیه سفر به کرمان در گفت‌و‌گو با خبرنگار فارس اشراف بر حوزه گردشگری را "
                "مهم‌ترین سیاست سازمان دانست.")
    assert [q["content"] for q in qs] == ["اشراف بر حوزه گردشگری را مهم‌ترین سیاست سازمان"]
    qs = quotes("حسن روحانی در نشست خبری خود «سازمان پزشکی قانونی» را مسئول اعلام آمار معرفی کرد.")
    assert [q["content"] for q in qs] == ["«سازمان پزشکی قانونی» را مسئول اعلام آمار"]


def test_a_place_phrase_before_the_object_is_not_taken_for_a_scene(quotes):
    # «در تهران» names no scene: with no scene noun the content is left as read
    qs = quotes("وزیر کشور در تهران امنیت انتخابات را مهم‌ترین اولویت دانست.")
    assert [q["content"] for q in qs] == ["در تهران امنیت انتخابات را مهم‌ترین اولویت"]


def test_a_stance_noun_headline_is_a_quotation(quotes):
    # «تاکید X بر Y» in a headline is «X بر Y تاکید کرد»
    qs = quotes("شهردار مشهد گفت: سازمان میادین اقدامی جدی کند.", title="تأكيد شهردار مشهد بر رفع مزاحمت‌هاي مشاغل شهري")
    assert [(q["mention"], q["cue"], q["content"]) for q in only(qs, cue="تأكيد ... بر")] == [
        ("شهردار مشهد", "تأكيد ... بر", "رفع مزاحمت‌هاي مشاغل شهري")]


def test_a_stance_noun_headline_with_no_one_named_is_none(quotes):
    assert quotes("متن خبر.", title="تاکید بر همدستی دولت انگلیس با رژیم صهیونیستی در ارتکاب جنایات") == []


def test_a_criticism_noun_headline_is_a_quotation(quotes):
    qs = quotes("مایک پامپئو گفت: ترکیه باید کنار بکشد.", title="انتقاد پامپئو از مواضع ترکیه درباره منازعه قره‌باغ کوهستانی")
    assert [(q["mention"], q["cue"], q["content"]) for q in only(qs, cue="انتقاد ... از")] == [
        ("پامپئو", "انتقاد ... از", "مواضع ترکیه درباره منازعه قره‌باغ کوهستانی")]


def test_a_stance_headline_skips_the_manner_and_stops_at_a_second_headline(quotes):
    qs = quotes("علی ربیعی گفت: گرانی منطقی نیست.", title="انتقاد صریح ربیعی از گرانی بی‌منطق برخی اجناس/آمار مبتلایان صعودی نیست")
    assert [(q["mention"], q["content"]) for q in only(qs, cue="انتقاد ... از")] == [("ربیعی", "گرانی بی‌منطق برخی اجناس")]


def test_an_invitation_to_do_something_is_the_clause_after_the_cue(quotes):
    # DECISIONS 14: «X از Y دعوت کرد Z»: Z (a subjunctive clause) is what Y is invited to do
    qs = quotes("ابراهیم حیدری، مدیرعامل خانه کتاب، بخشی از فعالیت‌های این موسسه را معرفی و از آنها دعوت کرد "
                "از غرفه ایران در نمایشگاه کتاب مسکو بازدید کنند.")
    assert [(q["cue"], q["content"]) for q in qs] == [("دعوت کرد", "از غرفه ایران در نمایشگاه کتاب مسکو بازدید کنند.")]


def test_an_invitation_with_a_past_clause_after_it_is_not_read_so(quotes):
    qs = quotes("وزیر از مردم برای شرکت در انتخابات دعوت کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [("از ... دعوت کرد", "مردم برای شرکت در انتخابات")]


def test_an_organizations_advice_with_a_long_name_is_an_according_to_quotation(quotes):
    qs = quotes("این موضوع شامل دستگیره‌ درها هم می‌شود. بنا بر توصیهٔ ادارهٔ بهداشت عمومی انگلیس برای ابتلا به این "
                "بیماری باید در تماس مستقیم با فرد بیمار قرار داشته باشید.")
    assert [(q["kind"], q["mention"], q["cue"]) for q in qs] == [
        ("according_to", "ادارهٔ بهداشت عمومی انگلیس", "بنا بر توصیهٔ")]
    qs = quotes("بنابر توصیه مراکز کنترل و پیشگیری از بیماری آمریکا، این زنان باید تا 4,000 میکروگرم اسید فولیک "
                "در روز مصرف کنند.")
    assert [q["mention"] for q in qs] == ["مراکز کنترل و پیشگیری از بیماری آمریکا"]


# --- quotation audit of 12 random corpus articles (session 8, .audit/quotes-audit.tsv) ----------

def test_x_ra_y_zekr_kard_states_like_barshemord(quotes):
    # DECISIONS 18/45: «X را Y ذکر کرد» reads like «X را Y برشمرد» (content «X را Y»)
    qs = quotes("وی اتمام عملیات تملک و آزادسازی خیابان‌های جدید در شهرضا را از دیگر برنامه‌های شهرداری ذکر کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [
        ("ذکر کرد", "اتمام عملیات تملک و آزادسازی خیابان‌های جدید در شهرضا را از دیگر برنامه‌های شهرداری")]


def test_zekr_kard_with_no_predicate_only_mentions(quotes):
    assert quotes("او در هر مورد آیه مورد نظر را نیز ذکر کرد.") == []
    assert quotes("می‌توان آن‌ها را اصول لایتغیر برای تعیین نمایندگی مجلس ذکر نمود.") == []


def test_ra_cue_whose_predicate_holds_a_participle_keeps_the_named_subject(quotes):
    # «تدوین شده» in the predicate is no clause of the subject's own; the article names «شهردار شهرضا»
    qs = quotes("شهردار شهرضا گفت: همه چیز خوب است.\n\nشهردار شهرضا بهسازی معابر عمومی شهری را از دیگر اهداف و "
                "برنامه‌های تدوین شده برشمرد و ادامه داد: بر همین اساس اقدام شده است.")
    assert [(q["cue"], q["mention"], q["content"]) for q in only(qs, cue="برشمرد")] == [
        ("برشمرد", "شهردار شهرضا", "بهسازی معابر عمومی شهری را از دیگر اهداف و برنامه‌های تدوین شده")]


def test_ra_cue_with_a_long_object_after_a_named_title(quotes):
    # the subject and a ten-word object run together; the article's own mention splits them
    qs = quotes("امام جمعه شهرستان هريس گفت: همه چیز خوب است.\n\nامام جمعه شهرستان هريس حفظ انديشه و ميراث حضرت "
                "امام خميني(ره) را وظيفه اصلي مردم و مسئولان برشمرد و تاكيد كرد: همه موظفيم تابع ولايت فقيه باشيم.")
    assert [(q["mention"], q["content"]) for q in only(qs, cue="برشمرد")] == [
        ("امام جمعه شهرستان هريس", "حفظ انديشه و ميراث حضرت امام خميني(ره) را وظيفه اصلي مردم و مسئولان")]


def test_ra_cue_with_a_long_object_and_no_known_mention_is_not_read(quotes):
    qs = quotes("امام جمعه شهرستان هريس حفظ انديشه و ميراث حضرت امام خميني(ره) را وظيفه اصلي مردم و مسئولان برشمرد.")
    assert only(qs, cue="برشمرد") == []


def test_condemning_an_object_is_a_stance_quotation(quotes):
    # DECISIONS 50 (stance verbs with a noun phrase), like «ضمن محکوم کردن» in held-out 5
    qs = quotes("نخست وزیر عراق، حمله موشکی به سفارت آمریکا در بغداد را به شدت محکوم کرد.")
    assert [(q["cue"], q["mention"], q["content"]) for q in qs] == [
        ("محکوم کرد", "نخست وزیر عراق", "حمله موشکی به سفارت آمریکا در بغداد را")]


def test_a_court_sentence_is_no_condemnation(quotes):
    assert quotes("یک دادگاه سعودی هشت تن را به دست داشتن در این قتل محکوم کرد.") == []
    assert quotes("دادگاه او را به تحمل ۱۸ ماه حبس محکوم کرد.") == []
