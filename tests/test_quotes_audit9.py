"""Quotations the audit of 27 unseen corpus articles (tools/audit9) found missed or cut wrong, one behaviour
each, with the Persian sentence that shows it (GUIDELINES.md, eval/DECISIONS.md)."""


def only(qs, **kw):
    return [q for q in qs if all(q[k] == v for k, v in kw.items())]


def cues(qs):
    return [(q["cue"], q["mention"], q["content"]) for q in qs]


# --- «X ابراز/اظهار امیدواری کرد Y» with no «که»: the hoped-for clause (DECISIONS 14, 59) ----------------

def test_hope_with_a_plain_clause(quotes):
    qs = quotes("سرمربی برزیلی تیم ملی فوتبال قطر ابراز امیدواری کرد شاگردانش مقابل لبنان ظاهر شوند.")
    assert cues(qs) == [("ابراز امیدواری کرد", "سرمربی برزیلی تیم ملی فوتبال قطر", "شاگردانش مقابل لبنان ظاهر شوند.")]


def test_hope_with_izhar_and_a_plain_clause(quotes):
    qs = quotes("روحانی اظهار امیدواری کرد با تلاش مدافعان سلامت کسادی کسب و کار جبران شود.")
    assert [q["content"] for q in qs] == ["با تلاش مدافعان سلامت کسادی کسب و کار جبران شود."]


def test_hope_without_content_is_none(quotes):
    assert quotes("وزیر در پایان ابراز امیدواری کرد.") == []


# --- «X این کشور نسبت به/از/بر Y …»: the subject names its body again before the noun-phrase content --------

def test_warning_by_a_ministry_of_this_country(quotes):
    qs = quotes("وزارت بهداشت این کشور نسبت به افزایش آمار مبتلایان به کووید 19 هشدار داد.")
    assert cues(qs) == [("هشدار داد", "وزارت بهداشت", "افزایش آمار مبتلایان به کووید 19")]


def test_criticism_by_the_prime_minister_of_this_country(quotes):
    qs = quotes("نخست وزیر موقت این کشور از طولانی شدن روند تشکیل دولت جدید انتقاد کرد.")
    assert [q["content"] for q in qs] == ["طولانی شدن روند تشکیل دولت جدید"]


def test_news_from_the_spokesman_of_this_country(quotes):
    qs = quotes("سخنگوی دولت این کشور از افزایش صادرات خبر داد.")
    assert [q["content"] for q in qs] == ["افزایش صادرات"]


# --- «X (به Y) اطمینان داد (که) Z»: an assurance is a report of what will be (DECISIONS 14) ----------------

def test_assurance_with_that(quotes):
    qs = quotes("پمپئو به وی اطمینان داد که ایالات متحده همچنان به امنیت اسرائیل پایبند است.")
    assert cues(qs) == [("اطمینان داد", "پمپئو", "ایالات متحده همچنان به امنیت اسرائیل پایبند است.")]


def test_assurance_in_the_present_with_a_plain_clause(quotes):
    qs = quotes("شورای نگهبان به ملت ایران اطمینان می‌دهد شرایط نمایندگی بر اساس مدارک معتبر بررسی می‌شود.")
    assert [(q["mention"], q["content"]) for q in qs] == [
        ("شورای نگهبان", "شرایط نمایندگی بر اساس مدارک معتبر بررسی می‌شود.")]


# --- «TITLE EVENT-NOUN … را Y دانست»: the object opens at a change or event noun after a title or a name ---

def test_a_title_does_not_swallow_the_object(quotes):
    qs = quotes("رئیس اتحادیه کشوری طلا و جواهر بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا دانست.")
    assert cues(qs) == [("دانست", "رئیس اتحادیه کشوری طلا و جواهر",
                         "بهبود بورس در آمریکا و افزایش ارزش دلار را عامل کاهش قیمت طلا")]


def test_a_victory_opens_the_object_of_qalamdad(quotes):
    qs = quotes("وزير امور خارجه ونزوئلا پيروزي رئيس جمهور كشورش در همه پرسي اخير را پيروزي ملت هاي جنوب قلمداد كرد.")
    assert [(q["mention"], q["content"]) for q in qs] == [
        ("وزير امور خارجه ونزوئلا", "پيروزي رئيس جمهور كشورش در همه پرسي اخير را پيروزي ملت هاي جنوب")]


def test_an_event_noun_inside_an_office_name_stays(quotes):
    # «ستاد کاهش …»: the noun follows an office's head, it is part of the name
    qs = quotes("رئیس ستاد کاهش آسیب‌های اجتماعی استان گفت: طرح اجرا می‌شود.")
    assert [q["mention"] for q in qs] == ["رئیس ستاد کاهش آسیب‌های اجتماعی استان"]


# --- «X با/ضمن اعلام Y CUE» with no comma: an announced figure or position (DECISIONS 14) ---------------

def test_announcing_a_figure_with_no_comma(quotes):
    qs = quotes("وزارت بهداشت افغانستان با اعلام ابتلای 6402 نفر به کرونا در این کشور هشدار داد "
                "در صورتیکه مردم به توصیه‌های بهداشتی توجهی نکنند، افراد بیشتری مبتلا خواهند شد.")
    assert [q["content"] for q in only(qs, cue="با اعلام")] == ["ابتلای 6402 نفر به کرونا در این کشور"]


def test_announcing_a_position_with_no_comma(quotes):
    qs = quotes("ائتلاف پارلمانی ضمن اعلام مخالفت با طرح صلح موسوم به معامله قرن گفت: این طرح شکست می‌خورد.")
    assert [q["content"] for q in only(qs, cue="ضمن اعلام")] == ["مخالفت با طرح صلح موسوم به معامله قرن"]


def test_announcing_this_news_or_an_act_is_no_quotation(quotes):
    qs = quotes("شهردار با اعلام این خبر گفت: آماده پذیرایی از مسافران هستیم.")
    assert [q["cue"] for q in qs] == ["گفت"]
    qs = quotes("قاضی با اعلام ختم جلسه رسیدگی گفت: رأی صادر می‌شود.")
    assert [q["cue"] for q in qs] == ["گفت"]


# --- a colon's content ends where the narrator tells the event again («در این نشست …»، past tense) ---------

def test_colon_content_ends_before_the_scene_told_again(quotes):
    qs = quotes("واعظی بیان داشت: آمریکا بدون هیچ پیش شرطی خواستار مذاکره است. در این نشست جمعی از فعالان "
                "اقتصادی استان گلستان خواسته‌های خود را مطرح کردند.")
    assert [q["content"] for q in only(qs, cue="بیان داشت")] == ["آمریکا بدون هیچ پیش شرطی خواستار مذاکره است."]


def test_colon_content_ends_before_the_end_of_the_session(quotes):
    qs = quotes("برادر الهام گفت: می‌خواهم دیه از بیت المال پرداخت شود. در پایان جلسه، قضات وارد شور شدند.")
    assert [q["content"] for q in qs] == ["می‌خواهم دیه از بیت المال پرداخت شود."]


def test_the_speaker_going_on_about_the_session_stays(quotes):
    # the future or the present: the speaker's own words, not the narrator's
    qs = quotes("مصری گفت: جلسه مجلس هفته آینده مجازی برگزار می‌شود. در این جلسه نمایندگان حضورشان را "
                "اعلام خواهند کرد.")
    assert [q["content"] for q in qs] == [
        "جلسه مجلس هفته آینده مجازی برگزار می‌شود. در این جلسه نمایندگان حضورشان را اعلام خواهند کرد."]


# --- «بر اساس/طبق پیش‌بینی X Y» with no comma: the forecast's holder speaks (DECISIONS 4, 5) ---------------

def test_forecast_by_experts_inside_a_quotation(quotes):
    qs = quotes("حسنی غربا تصریح کرد: بر اساس پيش‌بيني كارشناسان هواشناسي اين توده در اواخر شب گذشته "
                "به آرامي از استان ايلام خارج شد.")
    assert [(q["mention"], q["content"]) for q in only(qs, kind="according_to")] == [
        ("كارشناسان هواشناسي", "اين توده در اواخر شب گذشته به آرامي از استان ايلام خارج شد.")]


def test_forecast_with_no_holder_is_no_quotation(quotes):
    assert quotes("بر اساس پیش‌بینی‌های انجام شده این توده هوا فردا وارد استان می‌شود.") == []


# --- «با/ضمن کم‌اهمیت/بی‌اساس/مهم/مثبت شمردن/خواندن/دانستن X»: a judgement with its object (DECISIONS 59) ---

def test_playing_down_as_a_participial_stance(quotes):
    qs = quotes("دن برویت، وزیر انرژی آمریکا با کم اهمیت شمردن قدرت اوپک، اخیرا در مصاحبه ای اظهار کرد: "
                "این گروه نفوذی ندارد.")
    assert [q["content"] for q in only(qs, cue="با کم اهمیت شمردن")] == ["قدرت اوپک"]


def test_judging_positive_with_no_comma_ends_before_the_next_about_phrase(quotes):
    qs = quotes("علی مطهری ضمن مثبت دانستن آزادی زندانیان پس از شیوع کرونا درباره‌ی انتقاداتی که نیروی انتظامی "
                "کرده است گفت: این کار درست بود.")
    assert [q["content"] for q in only(qs, cue="ضمن مثبت دانستن")] == ["آزادی زندانیان پس از شیوع کرونا"]


# --- «X در این دیدار Y را Z دانست»: the scene told before is no part of the object -------------------------

def test_scene_with_a_demonstrative_before_the_object(quotes):
    qs = quotes("خاتمی در این دیدار برگزاری انتخابات آزاد را نشانه استقلال دانست.")
    assert [q["content"] for q in qs] == ["برگزاری انتخابات آزاد را نشانه استقلال"]


# --- «X برضرورت/برحفظ Y تاکید کرد»: «بر» written onto the word (no space) still opens the content -----------

def test_glued_bar_opens_the_stressed_phrase(quotes):
    qs = quotes("عربستان برحفظ روند فعلی تولید نفت تاکید کرد.")
    assert cues(qs) == [("تاکید کرد", "عربستان", "حفظ روند فعلی تولید نفت")]


def test_glued_barasas_is_no_glued_bar(quotes):
    # «براساس» is the compound preposition: the content is the «بر» phrase before it
    qs = quotes("عباس بر لزوم پایبندی به اصول بین‌المللی براساس راه‌کار دو کشوری تأکید کرد.")
    assert [q["content"] for q in qs] == ["لزوم پایبندی به اصول بین‌المللی براساس راه‌کار دو کشوری"]


# --- «به گفته/بر اساس X که …، Y»: the relative clause on the speaker or document is not the content ---------

def test_according_to_a_person_with_a_relative_clause(quotes):
    qs = quotes("با این حال، به گفته مئیر که پیش از این در بخش تحقیقات ارتش اسرائیل فعالیت داشت، گزارش های بخش "
                "اطلاعات مبتنی بر آن است که تهران تحرک جدی نداشته است.")
    assert [(q["mention"], q["content"]) for q in only(qs, kind="according_to")] == [
        ("مئیر", "گزارش های بخش اطلاعات مبتنی بر آن است که تهران تحرک جدی نداشته است.")]


def test_according_to_a_report_someone_published(quotes):
    qs = quotes("بر اساس گزارشی که سازمان ملل متحد در اکتبر سال ۲۰۱۹ منتشر کرد، تنها در ۹ ماه نخست آن سال "
                "دست کم ۵۷۹ نفر کشته شدند.")
    assert [q["content"] for q in only(qs, kind="according_to")] == [
        "تنها در ۹ ماه نخست آن سال دست کم ۵۷۹ نفر کشته شدند."]


def test_a_comma_inside_the_content_is_no_end_of_a_relative_clause(quotes):
    qs = quotes("بر اساس قانون و مقرراتی که داریم باید قیمت حامل‌های انرژی، پلکانی و هر سال درصدی اضافه می‌شد.")
    assert all(not q["content"].startswith("پلکانی") for q in qs)


# --- «شرکت "اینوویو" (Inovio) از Y خبر داد»: a name in quotation marks or a Latin gloss after the subject --------

def test_a_quoted_company_name_with_a_latin_gloss(quotes):
    qs = quotes('شرکت "اینوویو" (Inovio) از اهدای کمک هزینه ۹ میلیون دلاری برای ساخت واکسن خبر داد.')
    assert [q["content"] for q in qs] == ["اهدای کمک هزینه ۹ میلیون دلاری برای ساخت واکسن"]


def test_a_latin_gloss_alone_after_the_subject(quotes):
    qs = quotes("شرکت اینوویو (Inovio) از اهدای کمک هزینه ۹ میلیون دلاری برای ساخت واکسن خبر داد.")
    assert [q["content"] for q in qs] == ["اهدای کمک هزینه ۹ میلیون دلاری برای ساخت واکسن"]
