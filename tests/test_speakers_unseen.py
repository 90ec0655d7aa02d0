"""Canonical speakers: the error families an audit of unseen corpus articles found (session 6)."""


def speakers(qs):
    return [(q["mention"], q["speaker"]) for q in qs]


def test_a_lead_title_reaches_the_name_through_an_office_cited_with_be_naql_az(quotes):
    """«به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره اطلاع‌رسانی و روابط عمومی آموزش و پرورش استان شاهرخ
    کناری …»: the office's name puts the name more than ten words into the paragraph; the lead's title is still his,
    and a later title of another office is someone else."""
    qs = quotes("فرماندار شهرستان بویراحمد گفت: برخی ساختمان‌های آموزش و پرورش تغییر کاربری می‌یابند.\n\n"
                "به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره اطلاع‌رسانی و روابط عمومی آموزش و پرورش استان شاهرخ "
                "کناری در نشست شورای آموزش و پرورش بویراحمد حضور یافت.\n\n"
                "وی افزود: هزینه تغییر کاربری این زمین‌ها رایگان است.\n\n"
                "رئیس آموزش و پرورش بویراحمد هم گفت: ۲۶ مدرسه استیجاری داریم.\n\n"
                "علی حسن‌زاده گفت: ۹۳ مدرسه در زلزله خسارت دیدند.")
    got = speakers(qs)
    assert got[0] == ("فرماندار شهرستان بویراحمد", "شاهرخ کناری")
    assert got[1] == ("وی", "شاهرخ کناری")
    assert got[2] == ("رئیس آموزش و پرورش بویراحمد", "علی حسن‌زاده")


def test_a_title_glued_to_a_subheading_is_the_subject(quotes):
    """irnews' crawl glued a subheading to the next sentence («… سرمایه درگردشوزیر امور اقتصادی و دارایی گفت»):
    the mention found is the subheading's first words («بیش»); the subject is the title the glue hid."""
    qs = quotes("فرهاد دژپسند وزیر امور اقتصادی و دارایی گفت: رشد نقدینگی ۲۸ درصد بود. "
                "بیش از ۵۰ درصد تسهیلات بانکی برای تامین سرمایه درگردشوزیر امور اقتصادی و دارایی گفت: "
                "در ۹ ماه نخست امسال ۵۴ درصد تسهیلات برای سرمایه در گردش بوده است.")
    assert [q["speaker"] for q in qs] == ["فرهاد دژپسند", "فرهاد دژپسند"]


def test_a_surname_glued_to_a_subheading_is_the_subject(quotes):
    """«محور این برنامه تبلیغات مثبت استمونسان گفت»: the article's surname «مونسان» glued to «است»; a pronoun
    after it means him, not the subheading's «محور»."""
    qs = quotes("علی‌اصغر مونسان وزیر میراث فرهنگی اظهار کرد: نگرانی‌های شما را می‌دانم. "
                "محور این برنامه تبلیغات مثبت استمونسان گفت: گزارش جامعی فرستاده شده است. "
                "وی اضافه کرد: معاون گردشگری برنامه خوبی آماده کرده است.")
    assert [q["speaker"] for q in qs] == ["علی‌اصغر مونسان"] * 3


def test_a_title_word_written_as_one_is_no_glue():
    """«نخستوزیر», «نایب‌رئیس», a compound given name: one word, no subheading glued to a title."""
    from builder.speakers import _glued_split
    assert _glued_split("درگردشوزیر", frozenset()) == "وزیر"
    assert _glued_split("استمونسان", frozenset({"مونسان"})) == "مونسان"
    assert _glued_split("نخستوزیر", frozenset()) is None
    assert _glued_split("نایب‌رئیس", frozenset()) is None
    assert _glued_split("سیدمجتبی", frozenset({"مجتبی"})) is None


def test_a_subheading_figure_and_date_before_a_title_is_no_speaker(quotes):
    """«البرز ۱۵ نفرروز ٢۱ اسفند محمد آقایاری معاون دادستان کرج گفت»: a subheading's count and a date glued to the
    sentence; the speaker is the person after the date."""
    qs = quotes("البرز ۱۵ نفرروز ٢۱ اسفند محمد آقایاری معاون دادستان کرج گفت: تا دیشب ۱۵ نفر جان خود را از دست دادند.")
    assert [q["speaker"] for q in qs] == ["محمد آقایاری"]


def test_a_mention_found_inside_an_adjuncts_content_is_the_adjuncts_speaker(quotes):
    """«X با اشاره به اینکه قانون جدید تاکید بر … دارد گفت: …»: the adjunct has no subject of its own (GUIDELINES:
    «X با بیان اینکه Y، گفت: Z» is X's twice), so a mention found inside its content is no speaker."""
    qs = quotes("حمیدرضا غنی آبادی مدیرکل مجوزهای بانکی با اشاره به این‌که قانون جدید تاکید بر پیشگیری از صدور "
                "چک بلامحل دارد گفت: تا قبل از دهه 90 رویکرد بر اقدامات پس از عمل بود.")
    assert {q["speaker"] for q in qs} == {"حمیدرضا غنی آبادی"}


def test_the_object_of_a_first_verb_is_no_subject_of_the_second(quotes):
    """«وی … خبر داد و میانگین حضور نیروها را چهار دقیقه دانست و چنین توضیح داد: …»: the second and third verbs have
    the first one's subject; the noun phrase after «و» is their object (DECISIONS 31, 45)."""
    qs = quotes("مسعود دهبانی‌صابر گفت: ۹ ایستگاه فعال داریم. وی همچنین از برگزاری ۲ هزار جلسه آموزش ایمنی خبر داد و "
                "میانگین حضور نیروهای آتش‌نشان را چهار دقیقه دانست.")
    assert {q["speaker"] for q in qs} == {"مسعود دهبانی‌صابر"}


def test_a_letter_of_an_abbreviation_is_no_speaker(quotes):
    """«وی … برنامه‌های ارتش ج.ا.ا را … اعلام نمود»: the mention found is the last letter of «ج.ا.ا»; the speaker
    goes on. A two-letter surname («زم», «شف») after a sentence's full stop is someone."""
    qs = quotes("واعظي تصريح كرد: ارتش آماده است. وي برگزاري همايش سرباز و نمايشگاه دستاوردهاي ارتش ج.ا.ا را "
                "از ديگر برنامه ها اعلام نمود.")
    assert {q["speaker"] for q in qs} == {"واعظي"}
    qs = quotes("روح الله زم گفت: من پشیمانم. زم گفت: اشتباه کردم.")
    assert [q["speaker"] for q in qs] == ["روح الله زم", "روح الله زم"]


def test_a_compound_title_written_as_one_word_ties_to_the_same_title_written_as_two(quotes):
    """«رئیس‌جمهور آمریکا … خواست» in the lead, then «دونالد ترامپ، رئیس جمهور آمریکا … گفت»: one title, however the
    compound is spelt."""
    qs = quotes("رئیس‌جمهور آمریکا از دهلی‌نو خواست تا با تروریسم مبارزه کند. به گزارش ایسنا، دونالد ترامپ، "
                "رئیس جمهور آمریکا که در هند به سر می‌برد، گفت: دو توافق امضا شده است.")
    assert [q["speaker"] for q in qs] == ["دونالد ترامپ", "دونالد ترامپ"]


def test_a_title_with_niz_is_another_speaker_not_the_one_who_goes_on(quotes):
    """«معاون فنی و عمرانی شهرداری همدان نیز در این مراسم اظهار کرد: …» after «احسان صباغ» spoke, then «موسی رسولی …
    گفت»: «نیز» says someone else speaks too; the title is the person named next, not the last speaker."""
    qs = quotes("احسان صباغ در مراسم افتتاح پارک ترافیک اظهار کرد: پارک ترافیک افتتاح شد.\n\n"
                "معاون فنی و عمرانی شهرداری همدان نیز در این مراسم اظهار کرد: پارک سال‌ها پیش بهره‌برداری شده است.\n\n"
                "موسی رسولی با اشاره به روز راهور گفت: آموزش‌های لازم به کودکان داده می‌شود.")
    assert [q["speaker"] for q in qs][:2] == ["احسان صباغ", "موسی رسولی"]


def test_a_surname_split_another_way_is_the_full_name(quotes):
    """«محمدرضا مير تاج‌الديني» early, «ميرتاج الديني» later: the same two pieces joined at another place."""
    qs = quotes("حجت الاسلام محمدرضا مير تاج‌الديني نماينده مردم تبريز اظهار داشت: خادم شما خواهم ماند. "
                "ميرتاج الديني تصريح كرد: تهاجم عربستان به يمن محكوم است.")
    assert [q["speaker"] for q in qs] == ["محمدرضا مير تاج‌الديني"] * 2


def test_a_rank_or_body_word_before_a_quoted_name_takes_the_name(quotes):
    """«جنرال «کنث مک‌کنزی» رئیس ستاد … مدعی شده بود»: the mention stops at the quote mark; the rank's person is the
    quoted name. «جنبش «حماس» … گفت»: a body's head word and its quoted name are one name."""
    qs = quotes("جنرال «کنث مک‌کنزی» رئیس ستاد مشترک ارتش آمریکا پیشتر مدعی شده بود که ایران بزرگترین تهدید است.")
    assert [q["speaker"] for q in qs] == ["کنث مک‌کنزی"]
    qs = quotes("جنبش «حماس» به عملیات مقاومتی در قدس واکنش نشان داد و گفت: این عملیات واکنشی طبیعی بود.")
    assert [q["speaker"] for q in qs] == ["جنبش حماس"]
