"""Quotations the session 9 recall analysis added (held-out 4-7), one behaviour each, with the Persian
sentence that shows it (GUIDELINES.md, eval/DECISIONS.md)."""


def only(qs, **kw):
    return [q for q in qs if all(q[k] == v for k, v in kw.items())]


def cues(qs):
    return [(q["cue"], q["mention"], q["content"]) for q in qs]


# --- findings: a study, a survey or records speak (DECISIONS 19, 42, 58) ---------------------------

def test_an_indefinite_study_shows(quotes):
    qs = quotes("یک مطالعه نشان داد که آب نارگیل ممکن است سطح آبرسانی مشابه با یک نوشیدنی ورزشی را ارائه کند.")
    assert cues(qs) == [("نشان داد", "یک مطالعه",
                         "آب نارگیل ممکن است سطح آبرسانی مشابه با یک نوشیدنی ورزشی را ارائه کند.")]


def test_some_studies_show(quotes):
    qs = quotes("برخی پژوهش ها نشان داده اند که سیر ممکن است دارای خواص آنتی بیوتیک باشد.")
    assert cues(qs) == [("نشان داده اند", "برخی پژوهش ها", "سیر ممکن است دارای خواص آنتی بیوتیک باشد.")]


def test_the_result_of_a_study_shows(quotes):
    qs = quotes("نتیجه یک تحقیق نشان می‌دهد که قرنطینه تنها در مورد برخی بیماری‌ها مفید است.")
    assert cues(qs) == [("نشان می‌دهد", "نتیجه یک تحقیق", "قرنطینه تنها در مورد برخی بیماری‌ها مفید است.")]


def test_records_show_a_plain_clause(quotes):
    qs = quotes("مدارک نشان می‌دهد مدیران شهرداری برای تغییر کاربری این ملک مسیر عجیبی طی کرده‌اند.")
    assert cues(qs) == [("نشان می‌دهد", "مدارک", "مدیران شهرداری برای تغییر کاربری این ملک مسیر عجیبی طی کرده‌اند.")]


def test_a_study_in_the_ezafe_form_shows(quotes):
    qs = quotes("جدیدترین بررسی‌های موسسه گارتنر نشان می‌دهد که درآمد جهانی فروش پهپاد رشد کرده است.")
    assert [q["cue"] for q in qs] == ["نشان می‌دهد"]


def test_some_people_showing_is_no_finding(quotes):
    # «برخی» alone is no document: people who show something report nothing
    assert quotes("برخی بازیکنان در این بازی نشان دادند که آمادگی ندارند.") == []


# --- «فرمود»: the honorific «said» takes a plain clause like «گفت» (DECISIONS 52, 59) --------------

def test_farmudand_with_a_plain_clause(quotes):
    qs = quotes("امام راحل عظیم‌الشأن فرمودند این هفته وحدت است.")
    assert cues(qs) == [("فرمودند", "امام راحل عظیم‌الشأن", "این هفته وحدت است.")]


def test_farmudand_inside_another_quotation_is_its_own(quotes):
    qs = quotes("وی گفت: امروز روز خوبی است، مقام معظم رهبری فرمودند این هفته وحدت است.")
    assert cues(only(qs, cue="فرمودند")) == [("فرمودند", "مقام معظم رهبری", "این هفته وحدت است.")]


def test_farmudand_as_a_light_verb_is_no_quotation(quotes):
    # «توجه فرمودند», «اساساً می‌فرمایند»: no one named speaks
    assert only(quotes("مردم به توصیه‌ها توجه فرمودند و همه در خانه ماندند."), cue="فرمودند") == []
    assert only(quotes("اساساً می فرمایند همه زمین برای آزمایش انسان است."), cue="می فرمایند") == []


# --- according-to a document («براساس این ابلاغیه، …», «براساس اسناد موجود، …»; DECISIONS 4, 19, 51) ---

def test_according_to_this_notice(quotes):
    qs = quotes("براساس این ابلاغیه، اعمال بهای خاموشی در قراردادهای مربوطه حذف خواهد شد.")
    assert cues(qs) == [("براساس", "این ابلاغیه", "اعمال بهای خاموشی در قراردادهای مربوطه حذف خواهد شد.")]


def test_according_to_this_agreement(quotes):
    qs = quotes("بر اساس این توافقنامه، طالبان متعهد به توقف یک هفته‌ای خشونت شده است.")
    assert cues(qs) == [("بر اساس", "این توافقنامه", "طالبان متعهد به توقف یک هفته‌ای خشونت شده است.")]


def test_according_to_records_before_a_comma(quotes):
    qs = quotes("براساس اسناد موجود، این ملک ۲۲۵۰ متری در ولنجک واقع شده است.")
    assert cues(qs) == [("براساس", "اسناد موجود", "این ملک ۲۲۵۰ متری در ولنجک واقع شده است.")]


def test_records_with_no_comma_are_manner(quotes):
    # «طبق اسناد … رفتار می‌کنیم»: with no comma the records are how something is done (DECISIONS 59)
    assert quotes("ما طبق مدارک با او رفتار می‌کنیم.") == []


def test_according_to_speaker_ends_at_a_colon(quotes):
    qs = quotes("بر اساس این ماده: «عقد نکاح دختر، قبل از رسیدن به سن 13 سال منوط است ‌به اذن ولیّ».")
    assert [q["mention"] for q in qs] == ["این ماده"]


# --- a clause ends at «و» + another speaker after a subjunctive («... قرار بگیرند و برخی دیگر معتقدند») ---

def test_content_ends_before_another_speaker_after_a_subjunctive(quotes):
    qs = quotes("وزیر گفت که باید در هر لیستی قرار بگیرند و رئیس مجلس گفت که نباید لیست بدهند.")
    assert cues(qs) == [("گفت", "وزیر", "باید در هر لیستی قرار بگیرند"),
                        ("گفت", "رئیس مجلس", "نباید لیست بدهند.")]


def test_some_others_believe(quotes):
    qs = quotes("برخی از احزاب معتقدند باید در هر لیستی قرار بگیرند و برخی دیگر معتقدند نباید لیست بدهند.")
    assert cues(qs) == [("معتقدند", "برخی از احزاب", "باید در هر لیستی قرار بگیرند"),
                        ("معتقدند", "برخی دیگر", "نباید لیست بدهند.")]


def test_subjunctives_are_keyed_apart_from_the_indicative():
    from builder.cues import finite_forms, subjunctive_forms
    assert {"بگیرند", "بدهد", "نکنند"} <= subjunctive_forms()
    assert "بگیرند" not in finite_forms()


# --- a time adverb opens the sentence before its subject («پیش از این هم X گفته بود») -------------------

def test_earlier_opens_the_subjects_clause(quotes):
    qs = quotes("پیش از این هم نتانیاهو گفته بود که قصد دارد طرحی را به کابینه ارائه کند.")
    assert cues(qs) == [("گفته بود", "نتانیاهو", "قصد دارد طرحی را به کابینه ارائه کند.")]


def test_after_that_opens_the_subjects_clause(quotes):
    qs = quotes("بعد از آن رئیس‌جمهور ترکیه مدعی شد که توپخانه‌ها به چهل موضع حمله کرده‌اند.")
    assert cues(qs) == [("مدعی شد", "رئیس‌جمهور ترکیه", "توپخانه‌ها به چهل موضع حمله کرده‌اند.")]


def test_after_that_with_ke_is_a_clause_of_its_own(quotes):
    # «پس از این که X اعلام کردند»: the subject is X, inside the «after» clause
    qs = quotes("پس از این که متخصصان سلامت چین اعلام کردند که این ویروس منتقل می‌شود، بازار سقوط کرد.")
    assert [q["mention"] for q in qs] == ["متخصصان سلامت چین"]


# --- «DOC حکایت/حاکی از X دارد/است»: a document's finding as a noun phrase (DECISIONS 58) ------------

def test_figures_indicate_a_noun_phrase(quotes):
    qs = quotes("این آمار حکایت از بهبود 80 درصدی کل مبتلایان دارد.")
    assert cues(qs) == [("حکایت از ... دارد", "این آمار", "بهبود 80 درصدی کل مبتلایان")]


def test_data_indicate_with_the_copula_and_a_time_phrase(quotes):
    qs = quotes("داده های منتشر شده از آمار اشتغال در آمریکا طی ماه آگوست (اوت) حکایت از افزایش نرخ بیکاری "
                "در این کشور به ۴.۳ درصد است؛ این شاخص بیشترین تاثیر را داشت.")
    assert cues(qs) == [("حکایت از ... است", "داده های منتشر شده از آمار اشتغال در آمریکا",
                         "افزایش نرخ بیکاری در این کشور به ۴.۳ درصد")]


def test_surveys_indicate_a_clause(quotes):
    qs = quotes("تازه‌ترین نظرسنجی ماهانه حکایت از آن دارد که تولید نفت اوپک کاهش یافته است.")
    assert cues(qs) == [("حکایت از آن دارد", "تازه‌ترین نظرسنجی ماهانه", "تولید نفت اوپک کاهش یافته است.")]


def test_rumours_indicate_nothing(quotes):
    # DECISIONS 33: no one named
    assert quotes("زمزمه‌هایی حکایت از استعفای وزیر دارد.") == []
    assert quotes("قبر باغی است حکایت از عذاب و نعمت الهی می‌کند.") == []


# --- «با تأکید بر X» + the main cue with no comma: what one stresses states a view (DECISIONS 22) --------

def test_stressing_a_noun_phrase_without_a_comma(quotes):
    qs = quotes("امام جمعه دلوار با تاکید بر تداوم راه آن شهید توسط فرزندان او گفت: ولایت‌پذیری از خصوصیات است.")
    assert cues(only(qs, cue="با تاکید بر")) == [("با تاکید بر", "امام جمعه دلوار", "تداوم راه آن شهید توسط فرزندان او")]


def test_pointing_at_a_topic_without_a_comma_is_still_none(quotes):
    qs = quotes("وی با اشاره به برنامه‌های پیش‌بینی شده خاطرنشان کرد: دیدار با نماینده ولی فقیه انجام می‌شود.")
    assert only(qs, cue="با اشاره به") == []


def test_participial_content_leaves_the_clauses_adverb(quotes):
    qs = quotes("وزیر کشور ضمن تاکید بر حسن نیت فقهای شورای نگهبان همچنین گفت: انتخابات سالم است.")
    assert [q["content"] for q in only(qs, cue="ضمن تاکید بر")] == ["حسن نیت فقهای شورای نگهبان"]


def test_pointing_at_a_concern_states_a_view(quotes):
    qs = quotes("اسحاق جهانگیری با اشاره به نگرانی کادر پزشکی از افزایش تعداد مبتلایان، گفت: باید در خانه ماند.")
    assert [q["content"] for q in only(qs, cue="با اشاره به")] == ["نگرانی کادر پزشکی از افزایش تعداد مبتلایان"]


def test_pointing_at_a_study_states_a_finding(quotes):
    qs = quotes("کارشناس خانواده با اشاره به تحقیق 20 ساله گاتمن بر روی 2 هزار زوج تصریح کرد: خروجی این تحقیق روشن است.")
    assert [q["content"] for q in only(qs, cue="با اشاره به")] == ["تحقیق 20 ساله گاتمن بر روی 2 هزار زوج"]


# --- «X گفت که Y و افزود که Z»: the same speaker's second cue ends the first «که» clause (DECISIONS 31) ---

def test_a_second_ke_cue_joined_by_va_is_its_own_quotation(quotes):
    qs = quotes("وزیر گفت که انتخابات برگزار می‌شود و افزود که مردم شرکت می‌کنند.")
    assert cues(qs) == [("گفت", "وزیر", "انتخابات برگزار می‌شود"), ("افزود", "وزیر", "مردم شرکت می‌کنند.")]


def test_a_second_ke_cue_with_another_verb(quotes):
    qs = quotes("جوزپه کونته اعلام کرد که مناطق شمالی قرنطینه می‌شوند و تاکید کرد که ورود به این مناطق تنها با مجوز ممکن است.")
    assert cues(qs) == [("اعلام کرد", "جوزپه کونته", "مناطق شمالی قرنطینه می‌شوند"),
                        ("تاکید کرد", "جوزپه کونته", "ورود به این مناطق تنها با مجوز ممکن است.")]


def test_haml_o_naql_stays_in_the_mention(quotes):
    # «نقل» (a stop word for «به نقل از») inside the compound «حمل و نقل» does not end the office's name
    qs = quotes("معاون اجرايي سازمان حمل و نقل گفت: تمامي آرم‌ها توزيع مي‌شود.")
    assert [q["mention"] for q in qs] == ["معاون اجرايي سازمان حمل و نقل"]


# --- «من گفتم که …» inside another's words: its own quotation, the outer speaker's (DECISIONS 15, 37) ----

def test_i_said_inside_a_quotation(quotes):
    qs = quotes("مهری اضافه کرد: پیشنهاد پرسپولیس مطرح شد و من با آقای درویش صحبت کردم. من گفتم که پست من شلوغ است.")
    q = only(qs, cue="گفتم")[0]
    assert (q["mention"], q["speaker"], q["content"]) == ("من", "مهری", "پست من شلوغ است.")
    assert only(qs, cue="اضافه کرد")[0]["content"].endswith("من گفتم که پست من شلوغ است.")


def test_we_had_stressed_at_the_start_of_a_colon(quotes):
    qs = quotes("سخنگوی جنبش گفت: ما تاکید کرده بودیم که گروه‌ها سفارتخانه‌ها را هدف قرار نخواهند داد.")
    assert [(q["mention"], q["speaker"]) for q in only(qs, cue="تاکید کرده بودیم")] == [("ما", "سخنگوی جنبش")]


def test_our_present_view_is_no_quotation_of_its_own(quotes):
    qs = quotes("وزیر گفت: ما معتقدیم که راه‌های زیادی وجود دارد و ما امیدواریم که این کشور همکاری کند.")
    assert [q["cue"] for q in qs] == ["گفت"]


def test_i_said_outside_any_quotation_is_dropped(quotes):
    assert quotes("من گفتم که پست من شلوغ است.") == []


# --- «X از Y ابراز نگرانی/تأسف/خرسندی/تردید کرد»: a stance with its object (DECISIONS 30, 50) -----------

def test_concern_about_an_object(quotes):
    qs = quotes("شی جن پنگ رییس جمهوری چین امروز از گسترش ویروس کرونا در کشورش ابراز نگرانی کرده است.")
    assert cues(qs) == [("از ... ابراز نگرانی کرده", "شی جن پنگ", "گسترش ویروس کرونا در کشورش")]


def test_regret_right_after_the_subject(quotes):
    qs = quotes("مدافع موناکو از باخت سنگین مقابل پاری‌سن‌ژرمن ابراز تأسف کرد.")
    assert cues(qs) == [("از ... ابراز تأسف کرد", "مدافع موناکو", "باخت سنگین مقابل پاری‌سن‌ژرمن")]


def test_stance_about_a_topic_phrase(quotes):
    qs = quotes("سیگار نسبت به درستی آمار کمک‌های آمریکا ابراز نگرانی کرده است.")
    assert [q["content"] for q in qs] == ["درستی آمار کمک‌های آمریکا"]


def test_stance_object_running_over_another_clause_is_none(quotes):
    qs = quotes("چهره‌های مطرح از اجرای کنوانسیون ها حمایت و درباره انزوای اقتصادی ایران ابراز نگرانی کردند.")
    assert only(qs, cue="از ... ابراز نگرانی کردند") == []


# --- headlines «TOPIC / X: …»: the speaker's part after the topic's «/» (GUIDELINES: headlines count) ---

def _headline(quotes, title):
    return [(q["mention"], q["content"]) for q in quotes("متن خبر اینجاست.", title=title) if q["cue"] == ":"]


def test_headline_speaker_after_a_topic(quotes):
    assert _headline(quotes, "آخرین وضعیت محورهای ورودی و خروجی استان تهران / پلیس: تا کنون دستوری برای بستن این راه‌ها ابلاغ نشده") \
        == [("پلیس", "تا کنون دستوری برای بستن این راه‌ها ابلاغ نشده")]


def test_headline_content_ends_before_the_next_speakers_part(quotes):
    assert _headline(quotes, "قرنطینه یک ماهه کشور منتفی شد /نماینده موافق: یک ماه است گریه می‌کنیم /نماینده مخالف: قرنطینه یعنی خودکشی") \
        == [("نماینده موافق", "یک ماه است گریه می‌کنیم")]


def test_headline_count_after_a_topic_is_a_label(quotes):
    assert _headline(quotes, "سیل در سیستان/ تعداد فوتی‌ها: ۸ نفر") == []


# --- more participials: «ضمن تکذیب», «با رد» + a denied claim, «با برشمردن», «با ادعای», «با هشدار نسبت به» ---

def test_denying_a_claim_in_a_participial(quotes):
    qs = quotes("مرکز آشتی روسیه ضمن تکذیب ادعای حمله جنگنده‌های ترکیه‌ای به ارتش سوریه، گفت: هواپیماها وارد حریم نشده‌اند.")
    assert [q["content"] for q in only(qs, cue="ضمن تکذیب")] == ["ادعای حمله جنگنده‌های ترکیه‌ای به ارتش سوریه"]


def test_rejecting_a_claim_but_not_a_candidacy(quotes):
    qs = quotes("سخنگو با رد ادعای دخالت ایران، گفت: این ادعا دروغ است.")
    assert [q["content"] for q in only(qs, cue="با رد")] == ["ادعای دخالت ایران"]
    assert only(quotes("وزیر با رد صلاحیت نامزدها گفت: انتخابات برگزار می‌شود."), cue="با رد") == []


def test_enumerating_in_a_participial(quotes):
    qs = quotes("قمی با بر شمردن اهمیت موضوع مسئله محوری در بسیج دانشجویی، گفت: بسیج باید فعال باشد.")
    assert [q["content"] for q in only(qs, cue="با بر شمردن")] == ["اهمیت موضوع مسئله محوری در بسیج دانشجویی"]


def test_warning_about_in_a_participial_but_not_to_someone(quotes):
    qs = quotes("حیدری با هشدار نسبت به بیماری‌زایی دخانیات، گفت: سیگار نکشید.")
    assert [q["content"] for q in only(qs, cue="با هشدار نسبت به")] == ["بیماری‌زایی دخانیات"]
    qs = quotes("چاوز با هشدار به برخی کشورها که به دنبال جنگ هستند، گفت: ما آماده‌ایم.")
    assert [q["cue"] for q in qs] == ["گفت"]


# --- «به گزارش خبرگزاری فارس از CITY NAME … cue» with no comma: the speaker follows the dateline city ---

def test_agency_lead_with_a_city_and_no_comma(quotes):
    qs = quotes("به گزارش خبرگزاري فارس از مشهد هاشم بني هاشمي نسب گذشته در آيين معرفي مديرعامل جديد افزود: "
                "ساماندهي مشاغل شهري دسترسي مردم را فراهم مي سازد.")
    assert cues(qs) == [("افزود", "هاشم بني هاشمي نسب", "ساماندهي مشاغل شهري دسترسي مردم را فراهم مي سازد.")]


def test_agency_reporter_lead_with_a_city(quotes):
    qs = quotes("به گزارش خبرنگار خبرگزاري فارس از كرمان محمد نيازي در مورد حادثه پاكدشت گفت: حادثه ضعف سيستم‌ها را نشان داد.")
    assert [q["mention"] for q in qs] == ["محمد نيازي"]


def test_announced_figure_after_a_rate_and_a_qualifier(quotes):
    # «X را N اعلام کرد» (DECISIONS 38) with «سالانه بیش از» before the figure
    qs = quotes("مدیر تعاون روستایی ميزان توليد گندم كشاورزان كردستاني را سالانه بيش از 800 هزار تن اعلام كرد.")
    assert [q["content"] for q in qs] == ["ميزان توليد گندم كشاورزان كردستاني را سالانه بيش از 800 هزار تن"]


def test_complaining_about_an_object(quotes):
    # DECISIONS 59: «از X گلایه دارند» is a stance with a noun-phrase content
    qs = quotes("رانندگان از افزایش قیمت بنزین گلایه کردند.")
    assert cues(qs) == [("از ... گلایه کردند", "رانندگان", "افزایش قیمت بنزین")]
    qs = quotes("وزیر از عملکرد شهرداری اظهار تأسف کرد.")
    assert cues(qs) == [("از ... اظهار تأسف کرد", "وزیر", "عملکرد شهرداری")]
