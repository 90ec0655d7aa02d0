"""«مبنی بر»: a statement noun and its owner before «مبنی بر» report the content after it (DECISIONS 50, 58, 63, 75),
one behaviour each, with the Persian sentence that shows it (sentences written for these tests)."""


def based(qs):
    return [q for q in qs if q["cue"] in ("مبنی بر", "مبني بر")]


def test_a_named_owner_speaks_the_clause_after_it(quotes):
    qs = quotes("وزیر خارجه با اشاره به اظهارات علی احمدی، سخنگوی دولت مبنی بر اینکه مذاکرات ادامه دارد، گفت: "
                "ما آماده گفت‌وگو هستیم.")
    q, = based(qs)
    assert (q["speaker"], q["mention"], q["content"], q["kind"]) == ("علی احمدی", "علی احمدی", "مذاکرات ادامه دارد",
                                                                    "indirect")


def test_a_bare_report_speaks_as_the_report_and_ends_before_the_verb(quotes):
    qs = quotes("مدیر آموزش و پرورش شهر نسبت به اخبار منتشر شده مبنی بر تعطیلی مدارس شهر واکنش نشان داد.")
    q, = based(qs)
    assert (q["speaker"], q["mention"], q["content"]) == ("اخبار منتشر شده", "اخبار منتشر شده", "تعطیلی مدارس شهر")


def test_an_announcing_body_speaks(quotes):
    qs = quotes("در پی اعلام اداره هواشناسی استان مبنی بر احتمال بارش برف سنگین، مدارس تعطیل شد.")
    q, = based(qs)
    assert (q["speaker"], q["content"]) == ("اداره هواشناسی استان", "احتمال بارش برف سنگین")


def test_findings_speak_as_the_findings(quotes):
    qs = quotes("شواهدی مبنی بر تاثیر این دارو در درمان بیماری قلبی وجود دارد.")
    q, = based(qs)
    assert (q["speaker"], q["mention"], q["content"]) == ("شواهد", "شواهدی", "تاثیر این دارو در درمان بیماری قلبی")


def test_denied_evidence_reports_nothing(quotes):
    assert based(quotes("هیچ مدرکی مبنی بر اینکه این ویروس از حیوانات منتقل شده وجود ندارد.")) == []
    assert based(quotes("با این حال شواهدی مبنی بر اینکه این دارو سرطان را درمان می‌کند وجود ندارد.")) == []


def test_a_quoted_content_is_direct(quotes):
    qs = quotes("سخنگو با یادآوری سخنان رئیس سازمان مبنی بر اینکه «هیچ کارگری اخراج نمی‌شود» گفت: این وعده عملی شد.")
    q, = based(qs)
    assert (q["kind"], q["speaker"], q["content"]) == ("direct", "رئیس سازمان", "هیچ کارگری اخراج نمی‌شود")


def test_a_title_owner_takes_the_name_the_article_ties_to_it(quotes):
    qs = quotes("محمد رضایی وزیر کشاورزی گفت: تولید گندم امسال افزایش یافت. نمایندگان با پیشنهاد وزیر کشاورزی مبنی بر "
                "افزایش قیمت خرید تضمینی موافقت کردند.")
    q, = based(qs)
    assert (q["speaker"], q["mention"], q["content"]) == ("محمد رضایی", "وزیر کشاورزی", "افزایش قیمت خرید تضمینی")


def test_the_owner_named_in_passing_is_not_whom_a_later_pronoun_means(quotes):
    qs = quotes("علی رضایی گفت: برنامه اجرا می‌شود. وی با اشاره به اظهارات حسن کریمی مبنی بر اینکه بودجه کافی نیست، "
                "افزود: بودجه این طرح تامین شده است.")
    q, = based(qs)
    assert (q["speaker"], q["content"]) == ("حسن کریمی", "بودجه کافی نیست")
    added, = [r for r in qs if r["cue"] == "افزود"]
    assert added["speaker"] == "علی رضایی"


def test_a_reporters_question_is_narration(quotes):
    qs = quotes("وی در پاسخ به سوالی مبنی بر اینکه چرا قیمت‌ها افزایش یافته است، گفت: تورم جهانی دلیل آن است.")
    assert based(qs) == []


def test_a_rumour_with_no_one_named_is_not_a_quotation(quotes):
    assert based(quotes("شایعاتی مبنی بر استعفای مدیرعامل شرکت در فضای مجازی منتشر شد.")) == []


def test_intelligence_the_police_receive_is_not_a_quotation(quotes):
    assert based(quotes("ماموران با کسب خبری مبنی بر فعالیت یک باند قاچاق در شهر وارد عمل شدند.")) == []


def test_a_resolution_prescribes_and_reports_nothing(quotes):
    assert based(quotes("پیش از این قرار بود قطعنامه‌ای مبنی بر اعزام نیرو به منطقه تصویب شود.")) == []


def test_a_statement_noun_with_no_owner_names_no_one(quotes):
    assert based(quotes("وزیر نفت برخی ادعاها مبنی بر افزایش قیمت بنزین را تکذیب کرد.")) == []


def test_a_report_an_outlet_carries_is_the_outlets(quotes):
    qs = quotes("سخنگوی وزارت خارجه خبر منتشر شده در خبرگزاری رویترز مبنی بر تعطیلی سفارت را رد کرد.")
    assert based(qs) == []


def test_a_form_of_address_before_a_title_is_kept(quotes):
    qs = quotes("حضرت امام فرمودند: ما می‌توانیم.")
    assert [q["speaker"] for q in qs] == ["حضرت امام"]
