"""Canonical speakers: one string per entity across an article's quotations."""


def speakers(qs):
    return [(q["mention"], q["speaker"]) for q in qs]


def test_title_in_apposition_ties_to_the_name(quotes):
    qs = quotes("الدار ممدیاراف وزیر امور خارجه جمهوری آذربایجان در نشست شرکت کرد.\n\n"
                "وزیر امور خارجه جمهوری آذربایجان خاطر نشان کرد: ما آماده صلح هستیم.")
    assert speakers(qs) == [("وزیر امور خارجه جمهوری آذربایجان", "الدار ممدیاراف")]


def test_surname_resolves_to_full_name(quotes):
    qs = quotes("الدار ممدیاراف وزیر امور خارجه در نشست شرکت کرد. ممدیاراف اعلام کرد که باکو صبر نمی‌کند.")
    assert speakers(qs) == [("ممدیاراف", "الدار ممدیاراف")]


def test_pronoun_resolves_to_the_last_speaker(quotes):
    qs = quotes("علی‌اصغر خرم‌روی اظهار داشت: طرح اجرا شد.\n\nوی افزود: کالاها کشف شد.")
    assert speakers(qs)[1] == ("وی", "علی‌اصغر خرم‌روی")


def test_pronoun_resolves_to_a_person_named_in_narration(quotes):
    qs = quotes('امیر پرتز گفت: ما متحد هستیم. رقیب او "بنی گانتز" است. گانتز اتحاد را ستود. وی گفت: خوشحالم.')
    assert speakers(qs)[-1] == ("وی", "بنی گانتز")


def test_this_official_resolves_to_the_last_speaker(quotes):
    qs = quotes("سردار محمد قنبری گفت: انبارها پلمپ شد.\n\nاین مقام انتظامی خاطر نشان کرد: متخلفان دستگیر شدند.")
    assert [q["speaker"] for q in qs] == ["محمد قنبری", "محمد قنبری"]


def test_honorific_is_not_part_of_the_canonical_name(quotes):
    qs = quotes("سردار محمد قنبری اظهار داشت: عملیات اجرا شد.\n\nسردار قنبری افزود: مواد کشف شد.")
    assert [q["speaker"] for q in qs] == ["محمد قنبری", "محمد قنبری"]


def test_lead_title_ties_to_the_person_named_next(quotes):
    qs = quotes("فرمانده مرزبانی استان هرمزگان از توقیف دو شناور خبر داد.\n\n"
                "به گزارش خبرگزاری فارس، علی‌اصغر خرم‌روی اظهار داشت: طرح اجرا شد.")
    assert [q["speaker"] for q in qs] == ["علی‌اصغر خرم‌روی", "علی‌اصغر خرم‌روی"]


def test_organisation_mentions_share_the_fullest_name(quotes):
    qs = quotes("سفارت ایران در وین اعلام کرد در تلاش است پرواز برقرار کند.\n\n"
                "سفارت جمهوری اسلامی ایران در وین اعلام کرد که پرواز برقرار می‌شود.")
    assert {q["speaker"] for q in qs} == {"سفارت جمهوری اسلامی ایران در وین"}


def test_unnamed_title_is_its_own_canonical_speaker(quotes):
    qs = quotes("یک کارشناس اقتصادی گفت: انتشار اوراق تورم‌زاست.")
    assert speakers(qs) == [("یک کارشناس اقتصادی", "یک کارشناس اقتصادی")]


def test_canonical_speaker_is_written_as_in_the_text(quotes):
    qs = quotes("علي‌اصغر خرم‌روي اظهار داشت: طرح اجرا شد.\n\nخرم‌روي افزود: كالاها كشف شد.")
    assert [q["speaker"] for q in qs] == ["علي‌اصغر خرم‌روي", "علي‌اصغر خرم‌روي"]


def test_subject_after_ke_right_before_the_cue(quotes):
    qs = quotes("در حالی که جزئیات این اقدام منتشر نشده است، منابع پلیس اعلام کردند که این فرد بازداشت شد.")
    assert [q["mention"] for q in qs] == ["منابع پلیس"]


def test_spelling_variants_are_one_speaker(quotes):
    qs = quotes("علیرضا رئیسی معاون وزیر بهداشت گفت: آمار کاهش یافت.\n\nرییسی افزود: مردم در خانه بمانند.")
    assert speakers(qs)[1][1] == "علیرضا رئیسی"


def test_middle_word_of_a_three_word_name(quotes):
    qs = quotes("مهدی یونسی رستمی استاندار مازندران اظهار داشت: زنان نقش دارند.\n\nیونسی افزود: سهم زنان باید بیشتر شود.")
    assert speakers(qs)[1] == ("یونسی", "مهدی یونسی رستمی")


def test_epithet_resolves_to_the_recent_person(quotes):
    qs = quotes("مهدی یونسی رستمی، استاندار مازندران اظهار داشت: توسعه ادامه دارد.\n\n"
                "مقام عالی دولت در مازندران افزود: زنان نقش بسزایی دارند.")
    assert speakers(qs)[1][1] == "مهدی یونسی رستمی"


def test_plural_pronoun_resolves_to_the_group(quotes):
    qs = quotes("احزاب کارگر و مرتس اعلام کردند که متحد می‌شوند.\n\nعلی احمدی گفت: این اتحاد مهم است.\n\n"
                "آنها اعلام کردند که شانس خود را افزایش می‌دهند.")
    assert speakers(qs)[-1] == ("آنها", "احزاب کارگر و مرتس")


def test_statistics_are_attributed_to_who_announced_them(quotes):
    qs = quotes("علیرضا رئیسی معاون وزیر بهداشت آخرین آمار مبتلایان را اعلام کرد. "
                "طبق این آمار تاکنون 1135 نفر در ایران جان باخته‌اند.")
    assert speakers(qs)[-1] == ("این آمار", "علیرضا رئیسی")


def test_descriptor_title_in_apposition_ends_the_name(quotes):
    qs = quotes("مرتضی مکی کارشناس مسائل بین‌الملل دراینباره می‌گوید: مرزها بسته شد.\n\nمکی گفت: روسیه پیشگیری کرد.")
    assert [q["speaker"] for q in qs] == ["مرتضی مکی", "مرتضی مکی"]


def test_a_title_that_is_also_an_honorific_stays_a_title(quotes):
    qs = quotes("آیت‌الله علوی گرگانی اظهار داشت: دشمن شکست می‌خورد.\n\nاستاد حوزه علمیه قم گفت: ملت متحد است.")
    assert qs[1]["speaker"] != "حوزه علمیه قم"


def test_pronoun_skips_an_according_to_document(quotes):
    qs = quotes("طاهر موهبتی اظهار کرد: هزینه کاهش یافت.\n\nبراساس قانون برنامه پنجم توسعه این میزان باید کم شود.\n\n"
                "وی ادامه داد: سلامت سیاسی نیست.")
    assert qs[-1]["speaker"] == "طاهر موهبتی"


def test_a_plural_group_is_not_the_name_of_a_lone_title(quotes):
    qs = quotes("منابع خبری اعلام کردند که نخست وزیر استعفا داد.\n\n"
                "سخنگوی دفتر نخست وزیر مالزی گفته است که بیانیه‌ای منتشر می‌شود.")
    assert qs[-1]["speaker"] == "سخنگوی دفتر نخست وزیر مالزی"


def test_a_dropped_subject_continues_the_last_speaker(quotes):
    qs = quotes("علی ربیعی گفت: قرنطینه اجرا شد.\n\nسه گفت: قم مثبت می‌شود.")
    assert qs[-1]["speaker"] == "علی ربیعی"


def test_headline_surname_takes_the_full_name_given_later(quotes):
    qs = quotes("مجتبی ذوالنور در همایش ایثارگران سخنرانی کرد. ذوالنور گفت: مردم باید رأی دهند.",
                title="ذوالنور: مردم به نماینده ای رأی دهند که تعهد دهد")
    assert {q["speaker"] for q in qs} == {"مجتبی ذوالنور"}


def test_surname_takes_a_full_name_named_outside_any_quotation(quotes):
    qs = quotes("نادر دست‌نشان در گفت‌وگو با خبرنگاران حاضر شد.\n\nدست‌نشان گفت: تیم آماده است.")
    assert speakers(qs) == [("دست‌نشان", "نادر دست‌نشان")]


def test_a_surname_written_in_two_pieces_matches_the_glued_full_name(quotes):
    qs = quotes("محمود احمدی‌نژاد رئیس جمهور در مراسم شرکت کرد.\n\nاحمدی نژاد گفت: ورزش مقدس است.")
    assert speakers(qs) == [("احمدی نژاد", "محمود احمدی‌نژاد")]


def test_this_plus_a_profession_resolves_to_the_last_person(quotes):
    qs = quotes("عبدالمجید شیخی اظهار کرد: دولت باید نظارت کند.\n\nاین اقتصاددان تصریح کرد: بانک‌ها در خدمت تولید نیستند.")
    assert [q["speaker"] for q in qs] == ["عبدالمجید شیخی", "عبدالمجید شیخی"]


def test_this_country_is_not_a_person(quotes):
    qs = quotes("علی لاریجانی گفت: مذاکره ادامه دارد.\n\nاین کشور اعلام کرد که سفیر خود را فرا می‌خواند.")
    assert qs[-1]["speaker"] == "این کشور"


def test_two_word_title_is_not_a_name(quotes):
    qs = quotes("نخست وزیر کانادا گفت: تعرفه‌ها باید لغو شود.")
    assert speakers(qs) == [("نخست وزیر کانادا", "نخست وزیر کانادا")]


def test_a_later_title_goes_to_the_speaker_who_goes_on(quotes):
    qs = quotes("مرتضی روحانی مدرس دانشگاه گفت: رابطه مانند فرزند است.\n\n"
                "حمید صادقیان، مشاور خانواده، گفت: دوران طلایی است.\n\n"
                "روانشناس خانواده ادامه داد: همسران نباید کنکاش کنند.")
    assert [q["speaker"] for q in qs] == ["مرتضی روحانی", "حمید صادقیان", "حمید صادقیان"]


def test_a_title_takes_the_nearest_earlier_apposition(quotes):
    qs = quotes("مهدی کوچک‌زاده نماینده مردم تهران در مجلس گفت: این حرف درست نیست.\n\n"
                "فاطمه آلیا نماینده مردم تهران در مجلس نیز گفت: آزادی مطالبه مردم نیست.\n\n"
                "نماینده مردم تهران در مجلس همچنین گفت: افراطی‌ها قانون را قبول ندارند.")
    assert [q["speaker"] for q in qs] == ["مهدی کوچک‌زاده", "فاطمه آلیا", "فاطمه آلیا"]


def test_a_title_with_another_complement_is_another_office(quotes):
    qs = quotes("اسماعیل کوثری عضو کمیسیون امنیت ملی مجلس در نشست حاضر شد.\n\n"
                "عضو کمیسیون آموزش مجلس گفت: دولت ترکیبی از افراد مختلف است.")
    assert qs[-1]["speaker"] != "اسماعیل کوثری"


def test_a_title_word_prefix_matches_its_longer_form(quotes):
    qs = quotes("محمود احمدی‌نژاد رئیس جمهور کشورمان در مراسم حاضر شد.\n\n"
                "رئیس جمهوری گفت: جوانان شایسته قهرمانی هستند.")
    assert qs[-1]["speaker"] == "محمود احمدی‌نژاد"


def test_a_common_word_can_be_a_surname_after_a_given_name(quotes):
    qs = quotes("همزمان محمدباقر قالیباف رئیس مجلس شورای اسلامی در جلسه حاضر شد.\n\n"
                "رئیس مجلس گفت: غزه آخرین سنگر است.")
    assert qs[-1]["speaker"] == "محمدباقر قالیباف"


def test_a_given_name_that_is_a_common_word_names_no_one(quotes):
    qs = quotes("متن پیام تبریک در سایت منتشر شد.\n\nتبریک گفت: این پیام رسمی است.")
    assert all(q["speaker"] != "پیام تبریک" for q in qs)


def test_an_anonymous_headline_official_ties_to_the_named_speaker(quotes):
    qs = quotes("والتر ریچاردی نماینده ایتالیا گفت: تعداد مبتلایان بالاست.",
                title="مقام ایتالیایی: ممکن است مبتلایان به ۱۲ میلیون نفر برسد")
    assert {q["speaker"] for q in qs} == {"والتر ریچاردی"}


def test_pronoun_resolves_to_a_named_subject_of_narration(quotes):
    qs = quotes("گفت‌وگو با دکتر سعید معیدفر، جامعه‌شناس، انجام شد. سعید معیدفر به پرسش‌ها پاسخ داد.\n\n"
                "وی گفت: سرمایه اجتماعی از بالا تزریق نمی‌شود.")
    assert qs[-1]["speaker"] == "سعید معیدفر"


def test_title_before_name_with_a_comma_ties_them(quotes):
    qs = quotes("وزیر امور خارجه جمهوری آذربایجان، الدار ممدیاراف در نشست شرکت کرد.\n\n"
                "وزیر امور خارجه جمهوری آذربایجان گفت: ما آماده صلح هستیم.\n\nوی افزود: صلح ممکن است.")
    assert [q["speaker"] for q in qs] == ["الدار ممدیاراف", "الدار ممدیاراف"]


def test_a_surname_in_two_pieces_stays_whole(quotes):
    qs = quotes("خالد الجار الله معاون وزیر خارجه کویت در نشست شرکت کرد.\n\nالجار الله گفت: وساطت ادامه دارد.")
    assert qs[-1]["speaker"] == "خالد الجار الله"


def test_this_body_resolves_to_the_body_of_that_kind_spoken_of_last(quotes):
    qs = quotes("یک منبع نظامی ترکیه‌ای گفت: نیروها مستقر شدند.\n\nاین منبع افزود: عملیات ادامه دارد.")
    assert [q["speaker"] for q in qs] == ["یک منبع نظامی ترکیه‌ای", "یک منبع نظامی ترکیه‌ای"]


def test_a_document_named_again_is_not_a_person(quotes):
    qs = quotes("شهرام گیل آبادی گفت: بازار آرام است.\n\nدر این یادداشت آمده است: قیمت‌ها کاهش می‌یابد.")
    assert qs[-1]["speaker"] != "شهرام گیل آبادی"


def test_pronoun_takes_a_full_name_from_the_lead_clause(quotes):
    qs = quotes("به گزارش خبرگزاری تسنیم، حمید پیروی، در آستانه روز جهانی پیشگیری در همایش حضور یافت.\n\n"
                "وی، در ادامه با بیان این‌که عوامل خطر تک‌بعدی نیستند، گفت: فرسودگی زمینه‌ساز است.")
    assert {q["speaker"] for q in qs} == {"حمید پیروی"}
    assert [q["mention"] for q in qs] == ["وی", "وی"]


def test_a_surname_followed_by_the_object_of_the_cue_is_that_person(quotes):
    qs = quotes("ابراهیم رزاقی اقتصاددان در همایش سخنرانی کرد.\n\n"
                "رزاقی وابستگی شدید درآمدهای دولت به نفت را عامل تورم عنوان کرد.")
    assert qs[-1]["speaker"] == "ابراهیم رزاقی"


def test_a_glued_surname_matches_a_spaced_full_name(quotes):
    qs = quotes("سید رضا صالحی امیری رئیس کمیته ملی المپیک گفت: ورزش تعطیل است.\n\nصالحی‌امیری افزود: به زودی تصمیم می‌گیریم.")
    assert {q["speaker"] for q in qs} == {"سید رضا صالحی امیری"}


def test_a_given_name_alone_takes_the_one_full_name_it_opens(quotes):
    qs = quotes("«هومن مهری» یکی از بسیجیان است. او می‌گوید: «کار ما عشق است.»\n\nهومن می‌گوید: «امروز کاری نداریم.»")
    assert {q["speaker"] for q in qs} == {"هومن مهری"}


def test_an_honorific_before_a_two_piece_surname_names_no_new_person(quotes):
    qs = quotes("سردار امیرعلی حاجی‌زاده فرمانده نیروی هوافضا گفت: موشک آماده است.\n\n"
                "سردار حاجی زاده خاطرنشان کرد: کنترل موشک ممکن شد.")
    assert {q["speaker"] for q in qs} == {"امیرعلی حاجی‌زاده"}


def test_a_singular_noun_ending_in_an_is_an_epithet_too(quotes):
    qs = quotes("کیمیا علیزاده گفت: تصمیم گرفتم بروم.\n\nاین قهرمان ۲۱ ساله تکواندو افزود: ایران را دوست دارم.")
    assert [q["speaker"] for q in qs] == ["کیمیا علیزاده", "کیمیا علیزاده"]


def test_a_headline_surname_that_is_a_common_word_takes_the_full_name(quotes):
    qs = quotes("مصطفی معین می گوید: مردم دیگر حوصله دعوا ندارند.", title="معین: مردم دیگر تحمل دعوای سیاسی ندارند")
    assert {q["speaker"] for q in qs} == {"مصطفی معین"}


def test_an_honorific_and_a_bare_surname_in_apposition_tie_the_title(quotes):
    qs = quotes("سردار سلامی فرمانده کل سپاه در مراسم حاضر شد.\n\nفرمانده کل سپاه گفت: دشمن شکست خورده است.")
    assert qs[-1]["speaker"] == "سلامی"


def test_they_resolves_to_the_group_that_spoke_last(quotes):
    qs = quotes("احزاب کارگر و مرتس اعلام کردند که متحد می‌شوند.\n\n"
                "نیتزان هورویتز گفت: این اتحاد مهم است.\n\nآنها اعلام کردند که فهرست مشترک می‌دهند.")
    assert qs[-1]["speaker"] == "احزاب کارگر و مرتس"


def test_a_long_title_then_a_name_is_that_person(quotes):
    qs = quotes("دبیر شورای عالی انقلاب فرهنگی عبدالحسین خسروپناه گفت: دانشگاه‌ها باید فعال باشند.")
    assert qs[-1]["speaker"] == "عبدالحسین خسروپناه"


def test_a_one_word_title_before_a_name_is_a_possessive(quotes):
    qs = quotes("وکیل ابراهیم اسلامی اعلام کرد: موکلم بی‌گناه است.")
    assert qs[-1]["speaker"] != "ابراهیم اسلامی"


def test_another_title_after_a_titled_name_is_another_person(quotes):
    qs = quotes("دبیر شورای عالی انقلاب فرهنگی عبدالحسین خسروپناه گفت: دانشگاه‌ها باید فعال باشند.\n\n"
                "وزیر علوم گفت: کلاس‌ها حضوری است.")
    assert qs[-1]["speaker"] == "وزیر علوم"


def test_pronoun_skips_a_document_that_spoke_in_between(quotes):
    qs = quotes("مسعود شریفی اظهار داشت: طرح در ده استان اجرا شد.\n\n"
                "نتایج این طرح نشان می‌دهد که مصرف آب کم شده است.\n\nوی افزود: طرح ادامه دارد.")
    assert speakers(qs)[-1] == ("وی", "مسعود شریفی")


def test_a_text_is_a_document_speaker():
    from builder.speakers import is_document
    assert is_document("نتایج این تحقیق") and is_document("این نظرسنجی") and is_document("ماده ۷۵ قانون")
    assert not is_document("مسعود شریفی")


def test_an_opening_phrase_before_its_comma_is_not_the_speaker(quotes):
    qs = quotes("علاوه بر این، اتحادیه دولت‌های عربی اعلام کرد که دولت‌ها باید همکاری کنند.")
    assert speakers(qs) == [("اتحادیه دولت‌های عربی", "اتحادیه دولت‌های عربی")]


def test_the_subject_follows_an_opening_dar_hamin_hal(quotes):
    qs = quotes("در همین حال، سخنگوی وزارت خارجه گفت: ما آماده‌ایم.")
    assert speakers(qs)[0][0] == "سخنگوی وزارت خارجه"


def test_a_title_never_resolves_to_an_organization(quotes):
    qs = quotes("اتحادیه دولت‌های عربی اعلام کرد که دولت‌ها باید همکاری کنند.\n\n"
                "عبدالله الغیلانی تحلیلگر مسائل استراتژیک در گفت‌وگو با ما حضور داشت.\n\n"
                "این تحلیلگر عمانی گفت: بحران ادامه دارد.")
    assert speakers(qs)[-1][1] == "عبدالله الغیلانی"


def test_an_organization_is_not_person_like():
    from builder.speakers import is_person_like
    assert not is_person_like("اتحادیه دولت‌های عربی") and not is_person_like("سازمان ملل متحد")


def test_an_adverb_opener_without_a_comma_is_not_the_speaker(quotes):
    qs = quotes("علاوه بر این سخنگوی جبهه پایداری گفت: ما آماده‌ایم.")
    assert speakers(qs) == [("سخنگوی جبهه پایداری", "سخنگوی جبهه پایداری")]


def test_a_time_opener_is_not_the_speaker(quotes):
    qs = quotes("چندی پیش خانمی در رسانه ملی اظهار کرد که همه ناراضی‌اند.")
    assert speakers(qs)[0][0] == "خانمی"


def test_this_report_is_the_mention_and_its_issuer_the_speaker(quotes):
    qs = quotes("به گزارش ایرنا، وزیر نیرو از افتتاح سد خبر داد.\n\n"
                "این گزارش می‌افزاید: آمار خرید تضمینی گندم افزایش یافت.")
    assert speakers(qs)[-1][0] == "این گزارش"


def test_a_quotation_inside_the_outlets_own_report_stays(quotes):
    qs = quotes("بنا بر این گزارش، این مقام غربی که خواست نامش فاش نشود، گفت: «ایران پیشرفت کرده است».")
    assert [(q["mention"], q["content"]) for q in qs] == [("این مقام غربی", "ایران پیشرفت کرده است")]


def test_the_object_before_ra_is_not_the_name_of_a_title_before_a_comma(quotes):
    q = quotes("وزیر نیرو، ساخت سد را از اولویت‌های دولت دانست.")[0]
    assert q["speaker"] == "وزیر نیرو"


def test_a_figure_is_never_the_name_behind_a_title(quotes):
    q = quotes("شهردار شیکاگو از شهروندان خواسته است تا در خانه بمانند. ۳۲۱ مورد ابتلا در این شهر ثبت شد.")[0]
    assert q["speaker"] == "شهردار شیکاگو"


# A person's name never runs on into the next word (lexicons/name_breaks.txt, speakers.ends_name)

def test_a_time_word_ends_the_name(quotes):
    qs = quotes("عباس گلرو جمعه شب در حاشیه بازدید از نمایشگاه اظهار داشت: مردم همراه هستند.")
    assert speakers(qs) == [("عباس گلرو", "عباس گلرو")]


def test_a_glued_time_word_ends_the_name(quotes):
    qs = quotes("علی افتخاری بعدازظهر امروز در نشست خبری بیان داشت: طرح اجرا می‌شود.")
    assert speakers(qs) == [("علی افتخاری", "علی افتخاری")]


def test_a_glued_preposition_ends_the_name(quotes):
    qs = quotes("کیانوش جهانپور درتوضیح آخرین آمار ابتلا گفت: ۱۲ نفر بستری شدند.")
    assert speakers(qs)[0][1] == "کیانوش جهانپور"


def test_the_noun_that_opens_the_object_ends_the_name(quotes):
    qs = quotes("علی لاریجانی اخبار منتشر شده در خصوص هک تلفن را زاییده خیال دانست.")
    assert [q["speaker"] for q in qs] == ["علی لاریجانی"]


def test_a_plural_ends_the_name(quotes):
    qs = quotes("جواد آرین‌منش رقابت‌های انتخاباتی در مشهد را درون اصولگرایی دانست.")
    assert [q["speaker"] for q in qs] == ["جواد آرین‌منش"]


def test_a_name_given_elsewhere_without_the_next_word_drops_it(quotes):
    qs = quotes("محسن عابدینی در جلسه حاضر شد. محسن عابدینی به خبرنگاران پاسخ داد.\n\n"
                "محسن عابدینی اتمام پروژه‌های نیمه تمام شهر قم مورد تاکید قرار داد و تصریح کرد: کارها ادامه دارد.")
    assert {q["speaker"] for q in qs} == {"محسن عابدینی"}


def test_a_second_surname_piece_in_i_stays_in_the_name(quotes):
    qs = quotes("محسن هاشمی در جلسه حاضر شد. محسن هاشمی به خبرنگاران پاسخ داد.\n\n"
                "محسن هاشمی رفسنجانی گفت: شورا تصمیم گرفت.")
    assert speakers(qs) == [("محسن هاشمی رفسنجانی", "محسن هاشمی رفسنجانی")]


def test_a_surname_in_e_ai_is_no_plural(quotes):
    qs = quotes("سید هادی خامنه‌ای گفت: اصلاحات ادامه دارد.")
    assert speakers(qs) == [("سید هادی خامنه‌ای", "سید هادی خامنه‌ای")]


def test_title_before_a_two_word_surname_given_twice(quotes):
    # «قاضی مسعودی مقام» twice: the judge's surname is «مسعودی مقام», never another speaker
    qs = quotes("جلسه دادگاه به ریاست قاضی مسعودی مقام برگزار شد.\n\nقاضی مسعودی مقام گفت: احسان خادم متواری است. "
                "در ادامه مسعود شاه محمدی نماینده دادستان به قرائت کیفرخواست پرداخت. شاه محمدی خاطرنشان کرد: تخلفات محرز است.")
    assert speakers(qs) == [("قاضی مسعودی مقام", "مسعودی مقام"), ("شاه محمدی", "مسعود شاه محمدی")]


def test_scene_opener_before_name_and_title(quotes):
    # «در ادامه X نماینده دادستان»: «ادامه» opens the sentence, so the full name ties to the title
    qs = quotes("در ادامه مسعود شاه محمدی نماینده دادستان به قرائت کیفرخواست پرداخت. "
                "نماینده دادستان اضافه کرد: اشخاص قابل تعقیب هستند.")
    assert speakers(qs) == [("نماینده دادستان", "مسعود شاه محمدی")]


def test_time_adverb_before_title_subject(quotes):
    qs = quotes("قاضی مسعودی مقام جلسه را آغاز کرد. هنگام ظهر قاضی مسعودی مقام اعلام کرد: جلسه بعدی متعاقبا اعلام می‌شود.")
    assert speakers(qs)[-1] == ("قاضی مسعودی مقام", "مسعودی مقام")


def test_name_as_title_ties_the_title(quotes):
    # «امیر قلعه‌نویی به عنوان یک سرمربی»: a later «سرمربی سپاهان» is that person
    qs = quotes("تقابل او با امیر قلعه‌نویی از آن جهت جذاب است که سرمربی سپاهان را نماد فوتبال سنتی می‌شناسیم. "
                "یک طرف امیر قلعه‌نویی به عنوان یک سرمربی با تجربه قرار دارد. "
                "سرمربی سپاهان بارها به این نکته اشاره کرده که هافبک بازیساز مهم است.")
    assert speakers(qs) == [("سرمربی سپاهان", "امیر قلعه‌نویی")]


def test_title_naming_another_country_is_not_the_titled_person(quotes):
    # «وزیر خارجه پاکستان» is not «فیصل بن‌فرحان» whom the text calls «وزیر خارجه عربستان»
    qs = quotes("فیصل بن‌فرحان وزیر خارجه عربستان گفت: ما آماده مذاکره هستیم.\n\n"
                "وزیر خارجه پاکستان گفت: ما میانجی خواهیم بود.")
    assert speakers(qs)[-1] == ("وزیر خارجه پاکستان", "وزیر خارجه پاکستان")


def test_title_of_another_office_stays_the_title(quotes):
    # «سخنگوی قوه قضائیه» is not «هاشم یکه‌زارع مدیرعامل ایران خودرو»: no person the text ties to the judiciary
    qs = quotes("هاشم یکه‌زارع مدیرعامل ایران خودرو گفت: قیمت‌ها افزایش نیافته است.\n\n"
                "سخنگوی قوه قضائیه اظهار کرد: دو نفر دیگر بازداشت هستند.")
    assert speakers(qs)[-1] == ("سخنگوی قوه قضائیه", "سخنگوی قوه قضائیه")


def test_semicolon_apposes_name_and_title(quotes):
    qs = quotes("علی ربیعی سخنگوی دولت گفت: برکناری عمدی بود. غلامحسین اسماعیلی؛ سخنگوی قوه قضائیه نیز در این باره سخن گفت.\n\n"
                "سخنگوی قوه قضائیه اظهار کرد: دو نفر دیگر بازداشت هستند.")
    assert speakers(qs)[-1] == ("سخنگوی قوه قضائیه", "غلامحسین اسماعیلی")


def test_pronoun_skips_a_speaker_that_names_no_one(quotes):
    # «قرار بوده» (a clause read as a subject) is no one «وی» can mean: the last real speaker goes on
    qs = quotes("محمد برجی رئیس اداره فرهنگ و ارشاد گفت: نمایشگاه برگزار می‌شود.\n\n"
                "قرار بوده اعلام کند: این نمایشگاه سه روز است.\n\nوی افزود: استقبال خوب بود.")
    assert speakers(qs)[-1] == ("وی", "محمد برجی")


def test_junk_speakers():
    from builder.speakers import is_junk_speaker

    for s in ("قرار بوده", "امسال سومين", "شروع واگذاری", "آمدیم خانه ساخته ایم", "حدود ۱۰ درصد مردم"):
        assert is_junk_speaker(s), s
    for s in ("محمد برجی", "جلیلی", "عظیم فرد", "این منبع آگاه", "وزیر خارجه پاکستان", "حزب‌الله لبنان",
              "یکی از پزشکان", "روابط عمومی سپاه", "داوید کونارسکی"):
        assert not is_junk_speaker(s), s


def test_name_title_and_title_keeps_the_name(quotes):
    # «X title1 و title2»: the name without the first title and its «و»
    qs = quotes("پیام محبی دامپزشک و رئیس بیمارستان دامپزشکی تهران گفت: سگ‌ها واکسینه شدند.\n\n"
                "محبی افزود: این کار ادامه دارد.")
    assert speakers(qs) == [("پیام محبی دامپزشک و رئیس بیمارستان دامپزشکی تهران", "پیام محبی"), ("محبی", "پیام محبی")]


def test_two_speakers_named_together_stay_whole(quotes):
    qs = quotes("دولت و رئیس جمهور اعلام کردند: وقت ملاقات تمام است.")
    assert speakers(qs) == [("دولت و رئیس جمهور", "دولت و رئیس جمهور")]


def test_mention_ending_in_and_is_a_clause():
    from builder.speakers import _before_and

    # «زندان‌بان آمد و گفت»: the subject before the verb; «آهی کشید و گفت», «سلام کردند و»: a dropped subject
    assert _before_and(["رئیس", "زندان", "آمد"], []) == ["رئیس", "زندان"]
    assert _before_and(["آهی", "کشید"], []) == []
    assert _before_and(["سلام", "کردند"], []) == []
    assert _before_and(["سازمان", "حمل"], []) == ["سازمان", "حمل"]  # no verb: only the «و» goes


def test_pronoun_does_not_mean_a_name_that_opens_what_was_said(quotes):
    qs = quotes("مهدی شاه‌محمدی گفت: حمید غفاری فرزند محمد متولد سال ۵۸ است. وی افزود: متهمان دستگیر شدند.")
    assert speakers(qs)[-1] == ("وی", "مهدی شاه‌محمدی")


def test_pronoun_may_mean_a_person_an_outlet_writes_about(quotes):
    qs = quotes("دویچه وله نوشت: نفتالی بنت، وزیر دفاع اسرائیل، روز سه شنبه گفت که استراتژی تغییر می‌کند. "
                "او گفت: اسرائیل تهاجمی می‌شود.")
    assert speakers(qs)[-1] == ("او", "نفتالی بنت")


def test_speaker_does_not_run_on_into_an_adverb(quotes):
    qs = quotes("ایروان به‌طور علنی اعلام کرد که آماده بازگشایی راه‌آهن است.")
    assert [q["speaker"] for q in qs] == ["ایروان"]


def test_speaker_does_not_run_on_into_a_time_word(quotes):
    qs = quotes("به گزارش «تابناک»، یک منبع موثق در فرمانداری دامغان لحظاتی پیش اظهار داشت: آرا شمارش شد.")
    assert [q["speaker"] for q in qs] == ["یک منبع موثق در فرمانداری دامغان"]


def test_conjunction_before_the_subject_is_no_part_of_it(quotes):
    qs = quotes("شرایط ما مناسب است، بلکه آمارها می‌گوید که ملت ما فداکار بوده است.")
    assert [q["speaker"] for q in qs] == ["آمارها"]


def test_report_speaks_for_its_issuer(quotes):
    qs = quotes("طبق گزارش انجمن صادرکنندگان برنج تایلند، قیمت برنج ۱۲ درصد افزایش یافت.")
    assert [q["speaker"] for q in qs] == ["انجمن صادرکنندگان برنج تایلند"]


def test_a_provision_speaks_as_its_code(quotes):
    qs = quotes("طبق ماده ۱۹ منشور سازمان ملل، یازده کشور حق رأی دادن ندارند.")
    assert [q["speaker"] for q in qs] == ["منشور سازمان ملل"]


def test_latest_is_no_part_of_a_document(quotes):
    qs = quotes("آخرین آمارها نشان می‌دهد که ۱۵۱ هزار نفر مبتلا شده‌اند.")
    assert [q["speaker"] for q in qs] == ["آمارها"]


def test_a_document_with_no_issuer_named_stays():
    from builder.speakers import issuer_of

    assert issuer_of("گزارش‌های آزمایشگاهی".split()) == ["گزارش‌های", "آزمایشگاهی"]
    assert issuer_of("بیانیه این شرکت".split()) == ["این", "شرکت"]  # then resolved to the company named last


def test_groups_and_bodies_are_no_junk_speakers():
    from builder.speakers import is_junk_speaker

    assert not is_junk_speaker("برخی") and not is_junk_speaker("عده‌ای")
    assert not is_junk_speaker("کاخ سفید") and not is_junk_speaker("سازمان حمل و")


def test_clause_fragments_are_junk_speakers():
    from builder.speakers import is_junk_speaker

    assert is_junk_speaker("زندان‌بان آمد و") and is_junk_speaker("ترامپ گفت و")
    assert is_junk_speaker("من حسی دارم شبیه")


def test_a_surname_in_two_words_stays_in_the_full_name(quotes):
    qs = quotes("این نشست با حضور علی اکبر امین تفرشی مدیر عامل شرکت برگزار شد.\n\n"
                "امین تفرشی افزود: بازار رشد می‌کند.\n\nتفرشی تاکید کرد: شاخص بالا می‌رود.")
    assert [q["speaker"] for q in qs] == ["علی اکبر امین تفرشی", "علی اکبر امین تفرشی"]


def test_a_compound_given_name_in_ali_or_allah_is_a_given_name():
    from builder.speakers import is_given_name

    assert all(is_given_name(w) for w in ("امیدعلی", "رمضانعلی", "حجتالله", "عنایتاله", "نورالله"))
    # common words, bodies and places in the same endings are none
    assert not any(is_given_name(w) for w in ("فعلی", "مقاله", "حزبالله", "آیتالله", "انصارالله", "رامالله"))


def test_a_surname_resolves_to_a_compound_given_name(quotes):
    qs = quotes("امیدعلی پارسا در نشست خبری حاضر شد.\n\nپارسا گفت: کارتخوان‌ها نصب می‌شوند.")
    assert speakers(qs) == [("پارسا", "امیدعلی پارسا")]


def test_an_untied_title_goes_to_the_one_person_quoted_by_name(quotes):
    qs = quotes("به گزارش روز نو، علی تاجرنیا، فعال سیاسی اصلاح‌طلب درباره اقتصاد گفت: رقابت لازم است.\n\n"
                "نماینده مجلس ششم گفت: تنش اقتصاد را متلاطم می‌کند.")
    assert [q["speaker"] for q in qs] == ["علی تاجرنیا", "علی تاجرنیا"]


def test_this_source_is_the_unnamed_source_introduced_before(quotes):
    qs = quotes("یک منبع امنیتی فاش کرد، تدابیر امنیتی شدیدی برقرار شد.\n\n"
                "این منبع در گفتگو با سایت بغداد الیوم اظهار کرد: گارد حفاظتی مستقر شد.")
    assert speakers(qs)[-1] == ("این منبع", "یک منبع امنیتی")


def test_this_source_after_a_body_is_that_body(quotes):
    qs = quotes("مرکز اطلاع‌رسانی امنیتی عراق اعلام کرد، ۳۹ تروریست به هلاکت رسیدند.\n\n"
                "این منبع افزود: یک انبار سلاح کشف شد.")
    assert speakers(qs)[-1] == ("این منبع", "مرکز اطلاع‌رسانی امنیتی عراق")


def test_this_official_skips_a_body_quoted_in_between(quotes):
    qs = quotes("بشار الجعفری نماینده دائم سوریه در سازمان ملل گفت: حمایت از تروریسم باید متوقف شود.\n\n"
                "شورای امنیت خواستار نشست فوق‌العاده شده است.\n\n"
                "این مقام سوری تأکید کرد: متجاوزان ثروت سوریه را غارت می‌کنند.")
    assert speakers(qs)[-1] == ("این مقام سوری", "بشار الجعفری")


def test_an_arab_surname_with_and_without_al_is_one_person(quotes):
    qs = quotes("بشار الجعفری گفت که دمشق خواهان توزیع جغرافیایی است. بشار جعفری گفت: «اطلاعات منتشر شده تناقض دارد». "
                "جعفری گفت که ترکیه نقش دارد.")
    assert {q["speaker"] for q in qs} == {"بشار الجعفری"}


def test_a_reflexive_after_the_subject_is_no_part_of_it(quotes):
    qs = quotes("سرژ اوریه مدافع ساحل عاجی پرسپولیس بیماری دارد.\n\n"
                "این بازیکن خودش مدعی شده که از ۱۵ سال قبل بیماری دارد.")
    assert [q["speaker"] for q in qs] == ["سرژ اوریه"]


def test_a_speaker_never_runs_on_into_tahte(quotes):
    qs = quotes("این در حالی است که ایران تحت فشار شدید برای توقف برنامه قرار دارد که می‌گوید کاملا صلح‌آمیز است.")
    assert [q["speaker"] for q in qs] == ["ایران"]


def test_a_title_named_inside_a_quotation_is_not_its_speaker_going_on(quotes):
    qs = quotes("علی مطهری گفت: رهبر انقلاب فرموده‌اند که ممکن است کسی نظری مخالف نظر من داشته باشد.")
    assert [(q["mention"], q["speaker"]) for q in qs] == [("علی مطهری", "علی مطهری"), ("رهبر انقلاب", "رهبر انقلاب")]


def test_the_speaker_goes_on_after_a_title_named_inside_his_quotation(quotes):
    qs = quotes("حسن روحانی گفت: وزیر نفت اعلام کرده است که هیچ موردی از ابتلا مشاهده نشده است.\n\n"
                "وی افزود: تولید کشور باید پاسخگوی نیازها باشد.")
    assert [q["speaker"] for q in qs] == ["حسن روحانی", "وزیر نفت", "حسن روحانی"]


def test_a_title_word_after_a_plural_qualifies_it_and_ends_no_name(quotes):
    qs = quotes("چین و روسیه و کشورهای عضو جنبش غیرمتعهدها معتقدند که این کار حاصلی جز تشدید تنش‌ها ندارد.")
    assert [q["speaker"] for q in qs] == ["چین و روسیه و کشورهای عضو جنبش غیرمتعهدها"]


def test_a_name_after_the_noun_it_possesses_ties_to_its_title(quotes):
    qs = quotes("موسوی در پاسخ به پرسش خبرنگاران درباره اظهارات محمدجواد ظریف وزیر امور خارجه در مجلس سخن گفت.\n\n"
                "وزیر امور خارجه گفت: ایران پنج گام برداشته است.")
    assert [q["speaker"] for q in qs] == ["محمدجواد ظریف"]


def test_a_name_with_bin_is_not_cut_to_the_given_name_after_bin():
    from builder.normalize import normalize
    from builder.speakers import harvest

    pairs, _ = harvest(normalize("دیدار محمد بن عبدالکریم العیسی دبیرکل رابطه جهان اسلام با پاپ انجام شد."))
    assert not any(name == "عبدالکریم العیسی" for name, _, _ in pairs)


def test_a_medium_before_a_name_in_apposition_is_no_part_of_it(quotes):
    """«در توئيتر آذري جهرمي وزير ارتباطات»: the minister is «آذري جهرمي», «توئيتر» is what he owns."""
    qs = quotes("برخي کاربران در توئيتر آذري جهرمي وزير ارتباطات را مقصر دانستند.\n\n"
                "وزير ارتباطات گفت: شبکه موبايل به حداکثر ظرفيت رسيده است.")
    assert ("وزير ارتباطات", "آذري جهرمي") in speakers(qs)


def test_a_noun_the_name_owns_is_stripped_from_the_speaker():
    from builder.speakers import strip_possessed
    assert strip_possessed("پیام علی‌اصغر فانی") == "علی‌اصغر فانی"
    assert strip_possessed("پیام سردار حمیدی") == "سردار حمیدی"
    assert strip_possessed("نامه گلایه آمیز") == "نامه گلایه آمیز"  # no name after it


def test_a_weekday_after_a_body_is_the_time_it_spoke():
    from builder.speakers import cut_tail
    assert cut_tail("وزارت دفاع روسیه جمعه") == "وزارت دفاع روسیه"
    assert cut_tail("ستاد نماز جمعه") == "ستاد نماز جمعه"
    assert cut_tail("عبدالله جمعه") == "عبدالله جمعه"  # a person's surname


def test_a_common_word_is_no_given_name(quotes):
    """«نماینده تام الاختيار روسيه»: «تام» is «full», not «Tom»; «وي» is the envoy named before."""
    qs = quotes("به گزارش خبرگزاري فارس، «ماكسيم مدودكوف» نماينده تام الاختيار روسيه در مذاكرات گفت: فرصت مناسبي است.\n\n"
                "اين گزارش حاكي است، وي افزود: تا پايان تابستان مذاكرات انجام خواهد شد.")
    assert "تام الاختيار" not in {q["speaker"] for q in qs}
    assert speakers(qs)[-1] == ("وي", "ماكسيم مدودكوف")


def test_a_cited_office_with_a_comma_in_its_name_is_no_speaker(quotes):
    """«به نقل از روابط عمومی اداره صنعت، معدن و تجارت شهرستان ساری، اسماعیل هادی‌نژاد ... گفت»: the name after
    the whole office speaks, not the office's words after its inner comma."""
    qs = quotes("به گزارش خبرگزاری فارس از ساری به نقل از روابط عمومی اداره صنعت، معدن و تجارت شهرستان ساری، "
                "اسماعیل هادی‌نژاد در رابطه با طرح نظارتی گفت: تخلف در شهرستان ساری شناسایی شد.")
    assert speakers(qs) == [("اسماعیل هادی‌نژاد", "اسماعیل هادی‌نژاد")]


def test_a_clause_opener_before_a_title_is_no_part_of_the_speaker(quotes):
    """«آنگونه وزير ارتباطات مي‌گويد»: «as the minister says»; the minister is the one named before."""
    qs = quotes("آذري جهرمي وزير ارتباطات گفت: سه سال است تلاش مي‌کنيم.\n\n"
                "آنگونه وزير ارتباطات مي‌گويد ارتقاي شبکه بدون فرکانس امکان‌پذير نيست.")
    assert speakers(qs)[-1][1] == "آذري جهرمي"


def test_a_manner_adverb_after_a_body_is_no_part_of_it():
    from builder.speakers import cut_tail
    assert cut_tail("دولت عامدا") == "دولت"
    assert cut_tail("كالين پاول چندي") == "كالين پاول"


def test_a_lead_title_is_the_name_after_the_next_paragraphs_report(quotes):
    """A news agency's lead names the speaker by title, the paragraph after it by name right after «به گزارش X»,
    even where no quotation was found at the name; a deputy's title later is someone else."""
    qs = quotes("خبرگزاري فارس: شهردار مشهد گفت: سازمان ميادين در رفع مزاحمت‌ها اقدامي جدي كند.\n\n"
                "به گزارش خبرگزاري فارس از مشهد هاشم بني هاشمي نسب گذشته در آيين معرفي مديرعامل جديد حضور داشت.\n\n"
                "وي اظهار داشت: شهر مشهد از فضاهاي مناسب برخوردار است.\n\n"
                "معاون خدمات شهري شهرداري مشهد نيز گفت: اين مشاغل ساماندهي شدند.\n\n"
                "محمد طباطبايي افزود: قراردادي بسته شده است.")
    got = speakers(qs)
    assert got[0] == ("شهردار مشهد", "هاشم بني هاشمي نسب")
    assert got[1] == ("وي", "هاشم بني هاشمي نسب")
    assert got[2][1] != "هاشم بني هاشمي نسب"


def test_a_document_mention_takes_the_issuer_named_right_after_it(quotes):
    """«بر اساس تازه‌ترین آمار اعلامی از سوی وزارت بهداشت تعداد …» (no comma: the mention stops at «اعلامی»): the
    statistics speak for the ministry (DECISIONS 4)."""
    qs = quotes("بر اساس تازه‌ترین آمار اعلامی از سوی وزارت بهداشت تعداد مبتلایان به کرونا به ۹۵ نفر رسید.")
    assert [q["speaker"] for q in qs] == ["وزارت بهداشت"]


def test_a_provision_cut_at_its_bracket_speaks_as_its_code(quotes):
    qs = quotes("این در حالی است که طبق ماده (۷۵) قانون مدیریت خدمات کشوری امتیاز عیدی کارکنان در هر سال ۵۰۰۰ است.")
    assert [q["speaker"] for q in qs] == ["قانون مدیریت خدمات کشوری"]


def test_a_given_name_that_is_also_a_code_word_is_no_document():
    from builder.speakers import is_document
    assert is_document("قانون مدیریت خدمات کشوری")
    assert not is_document("پیمان نارویی")


def test_a_pronoun_skips_a_body_named_inside_the_last_quotation(quotes):
    """«چمران … گفت: … ولی دولت نیز اعتقاد دارد …. وی …»: the body is spoken of inside the speaker's words, so the
    «وی» of the next paragraph is the speaker who goes on."""
    qs = quotes("مهدی چمران خاطر نشان کرد: میزان دقیق این بدهی را نمی‌دانم ولی بر اساس اعلام رحمت‌الله حافظی عضو "
                "شورای اسلامی شهر تهران، دولت 1600 میلیارد تومان به شهرداری بدهکار است ولی دولت نیز اعتقاد دارد بخشی "
                "از آن بدهی محسوب نمی‌شود.\n\nوی درباره بدهی‌های شهرداری به مردم نیز اظهار داشت: این بدهی‌ها مشخص نیست.")
    assert speakers(qs)[-1] == ("وی", "مهدی چمران")


def test_a_given_name_glued_to_a_subheading_is_the_speaker(quotes):
    """irnews glues a subheading to the next sentence: «… به مرور بگیرندبوریس جانسون در اظهارات جدیدش تاکید کرده»:
    the given name and the surname after it are the subject."""
    qs = quotes("استراتژی انگلیس برای کرونا: پیرها قرنطینه شوند تا نگیرند، جوان ها به مرور بگیرندبوریس جانسون در "
                "اظهارات جدیدش تاکید کرده اکثریت مردم بریتانیا به این ویروس مبتلا خواهند شد.")
    assert [q["speaker"] for q in qs] == ["بوریس جانسون"]


def test_a_word_ending_in_a_given_name_is_no_glue():
    """«قهرمانی» is «قهرمان» and its ending, not «قهر» glued to «مانی»; in «عبدالمهدی» the name runs into «عبدال»."""
    from builder.speakers import _glued_split
    assert _glued_split("قهرمانی", frozenset(), given=True) is None
    assert _glued_split("عبدالمهدی", frozenset(), given=True) is None
    assert _glued_split("بگیرندبوریس", frozenset(), given=True) == "بوریس"


def test_a_lead_official_left_unnamed_is_the_person_the_next_paragraph_names(quotes):
    """«یک مقام مسئول در بورس کالا … گفت» in the lead, «علی پناهی ، معاون … بورس کالا … عنوان کرد» opening the next
    paragraph: the body names the official the lead left unnamed."""
    qs = quotes("یک مقام مسئول در بورس کالا با اشاره به نامه نعمت‌زاده، گفت: این نامه یک هفته پیش نگاشته شده است.\n\n"
                "علی پناهی ، معاون توسعه بازار و تحقیقات بورس کالا در گفت‌وگو با خبرنگار فارس عنوان کرد: "
                "نامه در پاسخ به رونوشت نامه بوده است.")
    assert [q["speaker"] for q in qs] == ["علی پناهی", "علی پناهی"]


def test_a_lead_official_placed_elsewhere_stays_unnamed(quotes):
    qs = quotes("یک مقام مسئول در وزارت نفت گفت: صادرات افزایش یافت.\n\n"
                "علی پناهی ، معاون توسعه بازار بورس کالا عنوان کرد: عرضه ادامه دارد.")
    assert qs[0]["speaker"] == "یک مقام مسئول در وزارت نفت"


def test_a_body_named_with_its_words_in_another_order_is_one_speaker(quotes):
    """«سازمان جهانی بهداشت» and «سازمان بهداشت جهانی» in one article: one body, in the form the text writes most."""
    qs = quotes("سازمان جهانی بهداشت اعلام کرد که ماسک کافی نیست. توصیه‌های سازمان جهانی بهداشت روشن است.\n\n"
                "سازمان بهداشت جهانی می‌گوید برای محافظت از خودتان دست‌ها را بشویید.")
    assert {q["speaker"] for q in qs} == {"سازمان جهانی بهداشت"}


def test_a_government_named_by_surname_takes_the_given_name_the_text_gives(quotes):
    """«دولت ترامپ … خوانده است» in an article that writes «دولت دونالد ترامپ»: the fullest form of the name."""
    qs = quotes("دولت دونالد ترامپ تحریم‌ها را تشدید کرد.\n\n"
                "دولت ترامپ یا این تلاش ها را خنثی کرده یا آن را نادیده گرفته و ایران را در انجام اصلاحات مالی "
                "ناتوان خوانده است.")
    assert [q["speaker"] for q in qs] == ["دولت دونالد ترامپ"]


def test_a_share_of_a_group_speaks_as_the_group(quotes):
    """«66 درصد از افراد مستقل ( که … ) معتقدند»: the group, not the figure, holds the view."""
    qs = quotes("66 درصد از افراد مستقل ( که نقش مهمی در تعیین نتیجه انتخابات دارند) معتقدند که ترامپ بحران را جدی نگرفته است.")
    assert [q["speaker"] for q in qs] == ["افراد مستقل"]


def test_a_share_with_no_group_stays_the_share(quotes):
    qs = quotes("در این نظرسنجی، ۴۱ درصد گفتند که به دولت اعتماد دارند.")
    assert [q["speaker"] for q in qs] == ["۴۱ درصد"]


def test_a_glued_given_name_reaches_past_adjuncts_to_its_cue(quotes):
    """«… تا ۷ متر به سطوح می‌چسبدعلیرضا رضا زالی، با حضور در برنامه «طبیب»، با اشاره به …، افزود»: the glued name is
    the subject however many adjuncts stand between it and the cue; the name is written as the text writes it."""
    qs = quotes("کرونا، بر اثر عطسه و سرفه، تا ۷ متر به سطوح می‌چسبدعلیرضا رضا زالی، با حضور در برنامه «طبیب»، با اشاره "
                "به آخرین آمار شیوع بیماری کرونا در تهران، افزود: ما به مرحله کنترل این بیماری نرسیده‌ایم.")
    assert [q["speaker"] for q in qs] == ["علیرضا رضا زالی"]


def test_a_name_that_opens_the_mention_is_no_glue(quotes):
    qs = quotes("خدارضا امیدی از شیوع بیماری در اقلید خبر داد و گفت: دام‌ها واکسینه شدند.")
    assert {q["speaker"] for q in qs} == {"خدارضا امیدی"}


def test_a_relative_clause_that_picks_out_the_speaker_is_kept(quotes):
    """«یکی از افرادی که این ایده را اجرایی کرده می گوید»: the noun alone names no one; the clause is part of the speaker,
    and «وی» after it means the same."""
    qs = quotes("یکی از افرادی که این ایده را اجرایی کرده می گوید: ما معتقدیم زنان سزاوار دسترسی به دستشویی تمیز هستند. "
                "وی افزود: ما روی زیبایی شناسی متمرکز شده ایم.")
    assert [q["speaker"] for q in qs] == ["یکی از افرادی که این ایده را اجرایی کرده"] * 2


def test_an_official_needs_no_relative_clause(quotes):
    qs = quotes("یک مقام ایرانی که نامش منتشر نشده است گفت: مذاکرات ادامه دارد.")
    assert [q["speaker"] for q in qs] == ["یک مقام ایرانی"]


def test_a_mention_cut_inside_a_two_word_title_gets_the_title_back(quotes):
    """«نخست وزير روسيه … را رد و تاكيد كرد»: the mention stopped at «نخست»; «نخست وزیر» is one title (titles.txt)."""
    qs = quotes("نخست وزير روسيه تشديد تحريم‌ها عليه ايران را رد و تاكيد كرد كه هيچ دليلي براي اين كار وجود ندارد.")
    assert [q["speaker"] for q in qs] == ["نخست وزير روسيه"]


def test_a_name_before_a_cut_two_word_title_is_the_speaker(quotes):
    qs = quotes("دفتر جاستین ترودو نخست وزیر کانادا پیش از این در بیانیه ای خبر داد که نتیجه آزمایش مثبت است.")
    assert [q["speaker"] for q in qs] == ["دفتر جاستین ترودو"]


def test_a_quantifier_ends_the_speaker(quotes):
    """«سردار جلالی چند روز پیش … گفت», «اداره بهداشت چند بار تماس گرفتند و گفتند»: «چند» opens an adverbial or the
    object (``[any_speaker]`` in name_breaks.txt), no part of who speaks."""
    qs = quotes("این درحالی است که سردار جلالی چند روز پیش در پاسخ به یک سوال گفت که ویروس کرونا ساخته آمریکاست.")
    assert [q["speaker"] for q in qs] == ["جلالی"]
    qs = quotes("از دو روز قبل، اداره بهداشت چند بار تماس گرفتند و گفتند چون با بیمار در تماس بوده‌اید، خونه بمونید.")
    assert [q["speaker"] for q in qs] == ["اداره بهداشت"]


def test_an_army_rank_after_amir_is_an_honorific(quotes):
    """«امیر سرتیپ دوم عیسی میرزایی افزود», later «امیر میرزایی»: «امیر» + rank (and its ordinal) is an honorific
    (titles.txt), and «امیر» alone before the surname is that rank shortened."""
    qs = quotes("امیر سرتیپ دوم عیسی میرزایی افزود: رزمایش برگزار شد.\n\nامیر میرزایی اضافه کرد: همه یگان‌ها حاضر بودند.")
    assert [q["speaker"] for q in qs] == ["عیسی میرزایی", "عیسی میرزایی"]


def test_amir_as_a_given_name_stays(quotes):
    qs = quotes("امیر سرتیپ امیر حاتمی اظهار کرد: توان دفاعی افزایش یافت.\n\nامیر حاتمی گفت: تحریم اثری ندارد.")
    assert [q["speaker"] for q in qs] == ["امیر حاتمی", "امیر حاتمی"]


def test_these_sources_are_the_sources_named_before(quotes):
    """«به نقل از منابع محلی، … . این منابع افزودند: …»: the plural sources the text named last."""
    qs = quotes("به گزارش ایسنا به نقل از منابع محلی، بالگردهای آمریکایی در شمال سوریه دیده شدند. این منابع افزودند: "
                "دو بالگرد آمریکایی یک بالگرد روس را مجبور به فرود کردند.")
    assert [q["speaker"] for q in qs] == ["منابع محلی"]


def test_a_report_published_by_an_issuer_speaks_for_it(quotes):
    """«بر اساس گزارش منتشر شده توسط مؤسسه تحقیقاتی Canalys، …»: the issuer after «منتشر شده توسط» (issuers.txt)."""
    qs = quotes("بر اساس گزارش منتشر شده توسط مؤسسه تحقیقاتی Canalys، فروش گوشی‌های هوشمند ۱۲ درصد کاهش یافت.")
    assert [q["speaker"] for q in qs] == ["مؤسسه تحقیقاتی Canalys"]


def test_an_issuer_stops_at_a_figure(quotes):
    qs = quotes("براساس آمار رسمی وزارت کار ۳. ۸ میلیون نفر بیکار داریم.")
    assert [q["speaker"] for q in qs] == ["وزارت کار"]


def test_a_lead_role_is_the_person_the_next_paragraph_names(quotes):
    """«یک فعال سیاسی اصولگرا گفت: …» in the lead, «محمد مهاجری … گفت» opening the body: the lead sums up the
    body's first named speaker; a role, unlike «یک مقام», needs no place repeated."""
    qs = quotes("یک فعال سیاسی اصولگرا گفت: پایداری‌ها نقش بازی به هم زن را دارند.\n\n"
                "به گزارش روز نو، محمد مهاجری در گفت‌وگو با خبرنگار ما گفت: این جریان همیشه چنین بوده است.")
    assert [q["speaker"] for q in qs] == ["محمد مهاجری", "محمد مهاجری"]


def test_a_lead_role_is_the_person_the_next_sentence_names(quotes):
    """irnews writes an article as one paragraph: «یک عضو کمیسیون … اظهار کرد که … . محمد علی پورمختار در گفت‌وگو
    با ایسنا … گفت»: the sentence right after the lead names him."""
    qs = quotes("یک عضو کمیسیون حقوقی و قضایی مجلس اظهار کرد که برنامه‌ها باید مبتنی بر نیاز مردم باشد. "
                "محمد علی پورمختار در گفت‌وگو با ایسنا گفت: مجلس مرکز قانونگذاری است.")
    assert [q["speaker"] for q in qs] == ["محمد علی پورمختار", "محمد علی پورمختار"]


def test_a_lead_role_is_not_tied_to_a_pronoun(quotes):
    """«او گفت» after the lead names no one: the role stays as written."""
    qs = quotes("یک فعال سیاسی اصلاح‌طلب گفت: جلسه تشکیل می‌شود.\n\nاو افزود: ما آماده‌ایم.")
    assert qs[0]["speaker"] == "یک فعال سیاسی اصلاح‌طلب"


def test_an_anonymous_source_in_the_lead_stays_unnamed(quotes):
    """«یک منبع آگاه» keeps its anonymity: only roles are summed up by the body's name."""
    qs = quotes("یک منبع آگاه گفت: مذاکرات ادامه دارد.\n\nمحمد مهاجری در گفت‌وگو با خبرنگار ما گفت: جلسه برگزار شد.")
    assert qs[0]["speaker"] == "یک منبع آگاه"


def test_a_body_described_by_its_country_takes_the_name_the_text_gives_without_it(quotes):
    """«باشگاه برزیلی فلامینگو» beside «باشگاه فلامینگو»: the body's name without its description."""
    qs = quotes("باشگاه برزیلی فلامینگو اعلام کرد که تست سرمربی مثبت بوده است. "
                "باشگاه فلامینگو افزود: همه بازیکنان منفی بوده‌اند.")
    assert {q["speaker"] for q in qs} == {"باشگاه فلامینگو"}


def test_a_company_described_by_its_country_is_its_bare_name(quotes):
    """«شرکت خودروسازی ژاپنی تویوتا … اعلام کرد», later «تویوتا»: the company's own name."""
    qs = quotes("شرکت خودروسازی ژاپنی تویوتا اعلام کرد که خودروی برقی خود را در چک تولید می‌کند. "
                "تویوتا افزود: تولید از سال آینده آغاز می‌شود.")
    assert {q["speaker"] for q in qs} == {"تویوتا"}


def test_a_country_adjective_before_no_name_stays(quotes):
    """«سفارت رژیم صهیونیستی در مصر»: nothing after the adjective names the body."""
    qs = quotes("سفارت رژیم صهیونیستی در مصر اعلام کرد که فعالیت خود را از سر می‌گیرد. در مصر اوضاع آرام است.")
    assert qs[0]["speaker"] == "سفارت رژیم صهیونیستی در مصر"


def test_a_surname_in_two_pieces_the_text_repeats_stays_whole(quotes):
    """«دکتر محمد رضا شانه ساز … شانه ساز افزود»: the name with both pieces of its surname, though «ساز» is a common word."""
    qs = quotes("بنابر اعلام وزارت بهداشت، دکتر محمد رضا شانه ساز در این باره گفت: دارو کافی است. "
                "شانه ساز افزود: کمبودی نداریم.")
    assert {q["speaker"] for q in qs if q["mention"] != "وزارت بهداشت"} == {"محمد رضا شانه ساز"}


def test_a_given_name_naming_a_commission_is_no_person(quotes):
    """«عضو هیأت رئیسه کمیسیون عمران مجلس»: «عمران» names the commission, not a person «عمران مجلس»."""
    qs = quotes("عضو هیأت رئیسه کمیسیون عمران مجلس گفت: قیمت مصالح بالا رفته است.")
    assert qs[0]["speaker"] == "عضو هیأت رئیسه کمیسیون عمران مجلس"


def test_in_this_regard_is_no_part_of_the_name_before_a_title(quotes):
    """«در همین زمینه حجت‌الله میرزایی، معاون اقتصادی وزارت کار … گفت»: «زمینه» belongs to «در همین زمینه»."""
    qs = quotes("در همین زمینه حجت‌الله میرزایی، معاون اقتصادی وزارت کار گفت: حقوق‌ها افزایش می‌یابد. "
                "معاون اقتصادی وزارت کار افزود: بودجه آماده است.")
    assert {q["speaker"] for q in qs} == {"حجت‌الله میرزایی"}


def test_a_surname_that_is_a_title_word_stays_with_its_given_name(quotes):
    """«جواد امام گفت»: «امام» closing the mention is his surname, no title of nothing; «امام افزود» is he."""
    qs = quotes("جواد امام، مدیر عامل بنیاد باران گفت: اصلاح‌طلبان لیست نمی‌دهند. امام افزود: ما منتظریم.")
    assert {q["speaker"] for q in qs} == {"جواد امام"}
    qs = quotes("جواد امام گفت: اصلاح‌طلبان لیست نمی‌دهند.")
    assert qs[0]["speaker"] == "جواد امام"


def test_a_title_of_the_body_that_spoke_last_is_someone_of_it(quotes):
    """«عصائب اهل الحق: …» in the headline, then «سخنگوی نظامی عصائب اهل الحق عراق … رد کرد» and «جواد الطلیباوی،
    سخنگوی نظامی جنبش عصائب اهل الحق عراق»: the spokesman, not the body going on."""
    qs = quotes("سخنگوی نظامی عصائب اهل الحق عراق هرگونه دست داشتن این گروه در حمله را رد کرد. به گزارش ایسنا، "
                "جواد الطلیباوی، سخنگوی نظامی جنبش عصائب اهل الحق عراق در سخنانی واکنش نشان داد. "
                "وی در این باره گفت: حمله کار ما نیست.", "عصائب اهل الحق: حمله کار گروه‌های مقاومت نیست")
    assert [q["speaker"] for q in qs if q["mention"] != "عصائب اهل الحق"] == ["جواد الطلیباوی", "جواد الطلیباوی"]


def test_an_honorific_glued_to_the_given_name_is_dropped(quotes):
    """irnews glues «دکتر» to the name: «دکترحسن عباسپور گفت» is «حسن عباسپور» (DECISIONS 48: no honorific)."""
    qs = quotes("دکترحسن عباسپور گفت: برق پایدار است. وی افزود: مصرف بالا رفته است.")
    assert [q["speaker"] for q in qs] == ["حسن عباسپور", "حسن عباسپور"]


def test_a_pronoun_finds_a_name_the_text_writes_with_a_zwnj(quotes):
    """«… نصرالله فلاح‌تبار، عضو هیئت علمی دانشگاه سخنران بعدی بود. او … گفت»: names are keyed without ZWNJ, the
    text writes one; the person named last is still found."""
    qs = quotes("حسین محمدی در این مراسم حضور داشت. نصرالله فلاح‌تبار، عضو هیئت علمی دانشگاه سخنران بعدی این برنامه "
                "بود. او با بیان خاطره‌ای گفت: استادان ما معتقد بودند.")
    assert qs[-1]["speaker"] == "نصرالله فلاح‌تبار"


def test_kanshgar_is_a_title_like_faal(quotes):
    """«علی صوفی کنشگر سیاسی اصلاح‌طلب گفت»: «کنشگر» (activist) is a title like «فعال», not part of the name."""
    qs = quotes("علی صوفی کنشگر سیاسی اصلاح‌طلب گفت: ائتلاف شکل نمی‌گیرد. این کنشگر سیاسی افزود: منتظر می‌مانیم.")
    assert [q["speaker"] for q in qs] == ["علی صوفی", "علی صوفی"]


def test_a_mention_is_not_widened_to_a_misread_one_that_runs_into_its_clause(quotes):
    """farsnews 0087: the mention «سازمان بسیج مهندسین در پایان این بیانیه آورده است: …» holds a verb; the body's other
    mentions («سازمان بسیج مهندسین») keep their own name instead of taking it as «a fuller name»."""
    from builder.speakers import _runs_into_clause
    assert _runs_into_clause("سازمان بسیج مهندسین در پایان این بیانیه آورده است ضمن".split())
    assert _runs_into_clause("ای بی سی عنوان می کند".split())
    assert not _runs_into_clause("کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی".split())
    assert not _runs_into_clause("متهم رضا ستوده".split())  # a participle may be a surname
