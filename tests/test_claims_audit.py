"""Claims and mentions that a corpus audit of session 6 (articles in no evaluation set) found wrong or missing
(builder.claims, builder.numbers), one behaviour per test with the Persian phrase that shows it."""
from builder.claims import extract_claims
from builder.normalize import normalize
from builder.segment import paragraphs


def run(text):
    claims, mentions = extract_claims(text, normalize(text), paragraphs(text), [])
    for r in claims + mentions:
        assert text[r["start"]:r["end"]] == r["text"]
    return claims, mentions


def claims(text):
    return [(c["kind"], c["text"], c["value"]) for c in run(text)[0]]


def mentions(text):
    return [(m["kind"], m["text"], m["value"]) for m in run(text)[1]]


# --- identifiers: service numbers, weight classes, names (DECISIONS 39, 56) ---

def test_emergency_service_numbers_are_no_claims():
    assert claims("۴ مصدوم دیگر توسط عوامل اورژانس ۱۱۵ به بیمارستان منتقل شدند.") == [("count", "۴", 4)]
    assert claims("در پی اعلام مرکز فوریت‌های پلیسی ۱۱۰ مبنی بر واژگونی خودرو") == []
    assert claims("پیامک ۱۲۳ را جدی بگیرید.") == []


def test_a_weight_class_is_the_name_of_a_contest():
    assert claims("در وزن 54- کیلوگرم، ستایش قانعی‌فرد ابتدا 2 بر یک برد.") == [("ratio", "2 بر یک", 2)]
    assert claims("در وزن ۶۷ کیلوگرم ولادیمیر خینچگاشویلی اول است.") == []
    assert claims("در وزن 70+کیلوگرم، حسام صیدی پیروز شد.") == []


def test_a_weight_that_is_measured_stays_a_claim():
    assert claims("کالای صادراتی به وزن ۸۳۰ هزار تن از گمرک خارج شد.") == [("measure", "۸۳۰ هزار تن", 830000)]
    assert claims("غدیر با وزن 120 تن قادر است 18 نفر را حمل کند.")[0] == ("measure", "120 تن", 120)


def test_a_commemoration_of_martyrs_is_an_event_name():
    assert claims("کنگره سه هزار شهید استان برگزار شد.") == []
    assert claims("کنگره 6 هزار و 500 شهید استان کرمان") == []
    assert claims("این کنگره 2 روزه است.") == [("duration", "2 روزه", 2)]


def test_the_outlet_varzesh_se_is_a_name():
    assert claims('به گزارش "ورزش سه"، ارسلان به تمرین برگشت.') == []
    assert claims("ورزش ۳۰ دقیقه در روز کافی است.") == [("duration", "۳۰ دقیقه", 30)]


def test_covid_19_with_spaced_dash_is_a_name():
    assert claims("ویروس کرونا که رسما کووید – ۱۹ نام دارد") == []


def test_a_scale_after_a_name_word_makes_an_amount():
    assert claims("وانت پراید ۴۹ میلیون و ۷۰۰ هزار تومان قیمت خورد.") == [
        ("money", "۴۹ میلیون و ۷۰۰ هزار تومان", 49700000)]
    assert claims("شاخص از کانال 445 هزار واحدی فراتر رفت.") == [("count", "445 هزار واحدی", 445000)]
    assert claims("پراید ۱۳۲ نیز فروخته می‌شود.") == []


# --- scores, minutes, clock spans ---

def test_a_score_against_a_team_is_one_ratio():
    assert claims("با نتیجه ۳ بر صفر برابر پاختاکور ازبکستان شکست خورد.") == [("ratio", "۳ بر صفر", 3)]


def test_plural_match_minutes_are_time_mentions():
    assert claims("سرگیف در دقایق ۵۵ و ۶۱ گل زد.") == []
    assert mentions("سرگیف در دقایق ۵۵ و ۶۱ گل زد.") == [("time", "دقایق ۵۵", 55), ("time", "۶۱", 61)]
    assert [m[2] for m in mentions("در دقایق 19، 39 و 57 گل زد.")] == [19, 39, 57]


def test_the_end_of_a_clock_span_is_a_time():
    assert claims("روز دوشنبه ساعت۱۹:۳۰ تا ۲۱ برگزار می‌شود.") == []
    assert mentions("روز دوشنبه ساعت۱۹:۳۰ تا ۲۱ برگزار می‌شود.") == [("time", "ساعت۱۹:۳۰", 19), ("time", "۲۱", 21)]
    assert claims("از 19:30 تا 5 نفر آمدند.") == [("count", "5 نفر", 5)]


# --- years and dates ---

def test_fused_consecutive_years_are_one_year_mention():
    assert mentions("فصل ۹۸۹۷ لیگ برتر آغاز شد.") == [("year", "۹۸۹۷", 1397)]
    assert claims("کسری بودجه در سال مالی ۲۰۱۹۲۰۲۰ بالا رفت.") == []
    assert mentions("ورودی‌های سال تحصیلی ۲۰۲۱۲۰۲۰ منتشر شد.") == [("year", "۲۰۲۱۲۰۲۰", 2020)]


def test_a_year_after_season_words_is_never_split():
    assert mentions("در سال 2019 و فصل 2021 رفت.") == [("year", "2019", 2019), ("year", "2021", 2021)]


def test_a_fused_year_range_gives_two_years():
    assert mentions("در جنگ جهانی اول (۱۹۱۴۱۹۱۸م) کشته شدند.")[1:] == [("year", "۱۹۱۴", 1914), ("year", "۱۹۱۸", 1918)]


def test_miladi_m_after_a_year_is_no_ordinal():
    assert mentions("او در سال ۱۹۳۷م درگذشت.") == [("year", "۱۹۳۷", 1937)]
    assert mentions("او ۱۴م شد.") == [("ordinal", "۱۴م", 14)]


def test_day_then_mah_then_a_month_is_a_date():
    assert claims("تا ۱۶ ماه آوریل جان خود را از دست بدهند.") == []
    assert mentions("تا ۱۶ ماه آوریل جان خود را از دست بدهند.") == [("date", "۱۶ ماه آوریل", None)]
    assert [m[1] for m in mentions("به 25 تا 28 ماه ژوئن رسید")] == ["25", "28 ماه ژوئن"]


def test_months_then_mi_as_verb_prefix_is_a_duration():
    assert claims("از آن روز ۲۰ ماه می گذرد")[0] == ("duration", "۲۰ ماه", 20)


# --- ordinals ---

def test_dahom_after_the_verb_prefix_is_no_ordinal():
    assert mentions("روابط را گسترش می‌دهم و نمی دهم.") == []
    assert mentions("معاون‌اول رئیس جمهور آمد.") == [("ordinal", "اول", 1)]


# --- qualifiers (DECISION 54) ---

def test_be_bala_after_the_unit_is_at_least():
    c = run("افراد ۶۰ سال به بالا واکسن می‌زنند.")[0]
    assert [(x["text"], x["qualifier"]) for x in c] == [("۶۰ سال به بالا", "at_least")]


# --- numbered labels (DECISION 55) ---

def test_numbered_labels_are_mentions_with_their_noun():
    assert mentions("طبق ماده ۶۱ قانون و تبصره 18 آن در منطقه 2 تهران.") == [
        ("ordinal", "ماده ۶۱", 61), ("ordinal", "تبصره 18", 18), ("ordinal", "منطقه 2", 2)]
    assert claims("مطابق ماده ۶۳ مکرر قانون خدمت وظیفه") == []


def test_each_number_of_an_enumerated_label_is_a_mention():
    assert mentions("بند 1 تا 3 و مواد ۱۲ و ۱۳ حذف شد.") == [
        ("ordinal", "بند 1", 1), ("ordinal", "3", 3), ("ordinal", "مواد ۱۲", 12), ("ordinal", "۱۳", 13)]


def test_a_label_noun_before_a_unit_or_scale_is_no_label():
    assert [m for m in mentions("در ماده 200 متر اول شد.") if m[2] == 200] == []
    assert claims("میانگین قیمت در این منطقه ۱۵ میلیون و ۹۰۰ هزار تومان است.") == [
        ("money", "۱۵ میلیون و ۹۰۰ هزار تومان", 15900000)]


# --- phone numbers (DECISION 56) and numerals followed by their own list (DECISION 39) ---

def test_phone_numbers_after_a_phone_word_are_no_claims():
    assert claims("شماره تماس: ۳۳۳۶۰۰۰۰ و ۳۳۳۶۰۰۰۱") == []
    assert claims("تلفن های ۸۸۷۷۶۶۵۵ و ۸۸۷۷۶۶۵۴ پاسخگوست.") == []
    assert claims("با تلفن 021 88 88 88 88 تماس بگیرید.") == []
    assert claims("تلفن گویای ۱۵۳۵ و سامانه پیامکی ۳۰۰۰۱۴۵۶") == []


def test_a_count_of_calls_is_still_a_claim():
    assert claims("شمار تماس‌ها به ۱۵۰۰ رسید.") == [("count", "۱۵۰۰", 1500)]
    assert claims("در تماس با ۱۰۰ نفر از مردم") == [("count", "۱۰۰ نفر", 100)]
    assert [c[2] for c in claims("در این نمایشگاه 400 شرکت داخلی و 500 شرکت خارجی حضور دارند.")] == [400, 500]


def test_two_in_digits_before_its_own_two_names_only_refers():
    assert claims("خصوصی سازی 2 باشگاه پرسپولیس و استقلال متوقف شد.") == []
    assert claims("برای راه اندازی ۲ بیمارستان تالش و لنگرود نیز ۲۲ میلیارد تومان") == [("money", "۲۲ میلیارد تومان", 22e9)]


def test_two_with_a_counter_before_another_figure_counts():
    assert claims("اداره كل تعداد 2 دستگاه آمبولانس و يك دستگاه كانكس فرستاد.") == [
        ("count", "2 دستگاه", 2), ("count", "يك دستگاه", 1)]
    assert claims("تعداد دو دستگاه آمبولانس و يك دستگاه كانكس فرستاد.")[0] == ("count", "دو دستگاه", 2)


# --- words that read like numbers, age classes and race events ---

def test_borde_is_a_word_not_bar_plus_ten():
    assert claims("چند شهر در این زمینه نام برده شد.") == []
    assert claims("بیش ازیک میلیون نفر آمدند.")[0][2] == 1e6


def test_an_age_class_after_rade_sen_is_a_name():
    assert claims("در رده سنی 11 تا 12 سال الما برنده شد.") == []
    assert claims("در رده سني 17-15 سال سروش خواجگي اول شد.") == []
    assert claims("در رده سنی نوجوانان 30 نفر شرکت کردند.") == [("count", "30 نفر", 30)]


def test_a_swimming_event_distance_is_a_name():
    assert claims("در 200 متر قورباغه محمد دلجو و در 800 متر آزاد فرشاد اول شدند.") == []
    assert claims("100 متر كرال پشت و 4 در 200 متر آزاد تيمي برگزار شد.") == []
    assert claims("۵۱۴۰۰ متر آزاد شد.") == [("measure", "۵۱۴۰۰ متر", 51400)]


def test_two_before_a_plain_noun_and_adjectives_still_counts():
    assert claims("نگاه می‌کنیم، 2 موضوع متفاوت و گاه متناقض را می‌بینیم.") == [("count", "2", 2)]


def test_ranks_and_grades_are_label_mentions():
    assert mentions("ایران در رده 33 جهان قرار دارد.") == [("ordinal", "رده 33", 33)]
    assert mentions("از رتبه ۳۲ به رتبه ۳ رسید.") == [("ordinal", "رتبه ۳۲", 32), ("ordinal", "رتبه ۳", 3)]
    assert mentions("توانسته به عنوان نفر ۳۰ وارد مجلس شود.") == [("ordinal", "نفر ۳۰", 30)]
    assert [m[2] for m in mentions("کلاس داوری درجه سه و درجه دو برگزار شد.")] == [3, 2]


def test_a_rank_noun_after_a_figure_is_its_unit():
    assert claims("سرانه هر نفر ۳۰ هزار تومان است.") == [("money", "۳۰ هزار تومان", 30000)]
    assert claims("دمای هوا ۴۰ درجه سه روز ادامه داشت.") == [("measure", "۴۰ درجه", 40), ("duration", "سه روز", 3)]


def test_a_list_of_weight_classes_is_names():
    assert claims("در روز نخست رقابت‌های اوزان ۵۷، ۶۵، ۷۰، ۷۹ و ۹۷ کیلوگرم برگزار شد.") == []


def test_varzesh_3_in_digits_is_the_outlet():
    assert claims("به گزارش ورزش 3، اگر نگاهی بیندازیم") == []


def test_a_model_code_with_a_leading_zero_is_no_quantity():
    assert claims("از منظر ابعاد؛ ال ام002 برابر با 4790 میلیمتر در طول است.") == [("measure", "4790 میلیمتر", 4790)]


def test_a_model_year_is_a_year_mention():
    assert mentions("یک نمونه از ال ام002 مدل 1988 است.") == [("year", "1988", 1988)]
    assert mentions("مدل 206 را خرید.") == []


# --- final audit sample: dates, citations, idioms ---

def test_a_day_before_rabi_is_a_date():
    assert claims("غالب علمای شیعه نیز 17 ربیع را میلاد پیامبر می‌دانند.") == []
    assert mentions("غالب علمای شیعه نیز 17 ربیع را میلاد پیامبر می‌دانند.") == [("date", "17 ربیع", None)]


def test_a_cited_verse_is_no_quantity():
    assert claims("وَعَدُوَّکُم (انفال/ 60) برادر ارجمند") == []
    assert claims("«یُبْعَثُونَ» (مؤمنون / 100 ـ 99) به‌") == []
    assert claims("شبکه ریلی در کشور/ 80 درصد ناوگان فرسوده است.") == [("percent", "80 درصد", 80)]


def test_number_idioms_are_no_claims():
    # (دو چندان is a ratio 2 by DECISION 61: tests/test_claims_s11.py::test_do_chandan_is_a_ratio_two)
    assert claims("بی‌حرمتی نسبت به بانوی دو عالم نشود.") == []
    assert claims("زیر این پرچم سه رنگ ایستادیم.") == []
    assert claims("دو جایگاه مخصوص انگشت شصت دارد.") == [("count", "دو", 2)]
    assert claims("سه رنگ مختلف انتخاب شد.") == [("count", "سه", 3)]


def test_rade_before_an_age_range_is_an_age_class():
    assert claims("رده 15 تا 17 سال سارینا نوروزی مقام اول") == []
    assert [m for m in mentions("رده 15 تا 17 سال سارینا نوروزی مقام اول") if m[0] == "ordinal"] == [("ordinal", "اول", 1)]


# --- clean audit sample: seasons, event years, results lists ---

def test_a_season_and_a_two_digit_year_is_a_date():
    assert mentions("رشد اجاره بهاي مسكن در زمستان 89") == [("date", "زمستان 89", 1389)]


def test_both_years_of_an_event_pair_are_mentions():
    assert mentions("در بزنگاه های همچون فتنه 78 و 88 و همچنین") == [("year", "78", 1378), ("year", "88", 1388)]


def test_a_season_written_end_dash_start_is_one_year():
    assert claims("امباپه از فصل ۱۶-۲۰۱۵ بیشتر پنالتی گرفته است.") == []
    assert mentions("در فصل ۲۴-۲۰۲۳ رکورد زد.") == [("year", "۲۴-۲۰۲۳", 2023)]


def test_a_division_and_omega_3_are_names():
    assert claims("رزمندگان لشکر 41 ثارالله") == []
    assert claims("اسیدهای چرب امگا ۳ را نمی‌سازد.") == []


def test_an_age_class_in_a_results_list_is_a_name():
    assert claims("50متر قورباغه 11تا12سال یاسمین اروجی مقام اول") == []
    assert claims("13 تا 14سال رژین شوشیان مقام اول هما دهقانی مقام دوم") == []
    assert claims("افراد 15 تا 20 سال بیشتر مبتلا شدند.") == [("duration", "15 تا 20 سال", 15)]


def test_slashes_between_three_digit_groups_are_thousands():
    assert claims("عارف با 1/608/926 رای نماینده شد.") == [("count", "1/608/926", 1608926)]
    assert mentions("مصوب 4/9/1396 است.") == [("date", "4/9/1396", 1396)]


def test_two_sided_and_bipolar_are_adjectives():
    assert claims("صدا و سیما مناظره دو طرفه را طراحی کرد.") == []
    assert claims("فضای دو قطبی بعد از مناظره شکل گرفت.") == []
    assert claims("در شش و بش ارائه تحلیل ماند.") == []
    assert claims("شش و نیم میلیون نفر آمدند.")[0][2] == 6.5e6


def test_base_of_an_exchange_rate_is_no_claim():
    # «یکصد روپیه پاکستان ۲۷ هزار ریال»: the price of 100 rupees; the 100 rupees are the rate's base (irnews 0201, 2893, 1586 …)
    claims, _ = run("دینار کویت ۱۳۸ هزار و ۲۲۸ ریال، یکصد روپیه پاکستان ۲۷ هزار و ۱۶۰ ریال، یک هزار وون کره جنوبی ۳۶ هزار و ۲۴ ریال و "
                 "ده روپیه سریلانکا ۲ هزار و ۳۱۷ ریال تعیین شد.")
    assert [(c["text"], c["value"]) for c in claims] == [
        ("۱۳۸ هزار و ۲۲۸ ریال", 138228), ("۲۷ هزار و ۱۶۰ ریال", 27160), ("۳۶ هزار و ۲۴ ریال", 36024), ("۲ هزار و ۳۱۷ ریال", 2317)]


def test_an_amount_with_money_adjective_before_another_amount_is_a_claim():
    claims, _ = run("وقتی قیمت دلار مثلا ۱۰۰۰ تومانی ۲هزار تومان شود قیمت حامل‌ها بالا می‌رود")
    assert [c["value"] for c in claims] == [1000, 2000]


def test_numeral_before_its_own_list_of_names_only_refers():
    # DECISION 39: «سه استان تهران، اصفهان و خراسان رضوی» (irnews 1050), «چهار شهرستان ساری، قائم‌شهر، بابل و آمل»
    claims, _ = run("۵۱ درصد از چک‌های کل کشور در سه استان تهران، اصفهان و خراسان رضوی مبادله گردیده است.")
    assert [c["text"] for c in claims] == ["۵۱ درصد"]
    claims, _ = run("این طرح در چهار شهرستان ساری، قائم‌شهر، بابل و آمل اجرا می‌شود.")
    assert claims == []


def test_numeral_before_a_noun_without_its_list_is_a_claim():
    claims, _ = run("سه استان کشور و دو روستا بیشترین سهم را داشتند.")
    assert [c["text"] for c in claims] == ["سه استان", "دو روستا"]


def test_n_barabari_is_a_ratio():
    # «افزایش سه‌برابری قیمت خودرو» (irnews 2767, twice), «رشد ۲ برابری» (11 corpus hits written with a space)
    claims, _ = run("افزایش سه‌برابری قیمت خودرو در دو سال گذشته و رشد ۲ برابری صادرات")
    assert [(c["kind"], c["text"], c["value"]) for c in claims if c["kind"] == "ratio"] == [
        ("ratio", "سه‌برابری", 3), ("ratio", "۲ برابری", 2)]


def test_barabari_after_lone_yek_or_na_is_equality_not_a_ratio():
    # «عدالت جنسيتي نه برابري جنسيتي» (farsnews 0107, twice), «یک برابری با بخش خصوصی» (irnews 2547)
    claims, _ = run("ما به دنبال عدالت جنسيتي نه برابري جنسيتي هستيم و یک برابری با بخش خصوصی می‌خواهیم.")
    assert claims == []


def test_football_formation_is_no_count():
    # «آرایش 253 استراماچونی» (irnews 0609), «سیستم 253» (irnews 0182, 1312), «سیستم 244» (irnews 1237)
    claims, _ = run("مجیدی قصد داشت تیمش را با آرایش 253 به میدان بفرستد اما از سیستم 244 استفاده کرد.")
    assert claims == []
    claims, _ = run("این سیستم 120 کاربر دارد.")
    assert [c["value"] for c in claims] == [120]


def test_two_in_apposition_after_the_two_names_points_back():
    # DECISION 56: «سیاوش یزدانی و عارف غلامی، دو مدافع آبی‌پوشان» (irnews 0609), «سامسونگ و ال جی، دو شرکت بزرگ» (irnews 2225)
    claims, _ = run("همچنین سیاوش یزدانی و عارف غلامی، دو مدافع آبی‌پوشان مصدوم هستند.")
    assert claims == []
    claims, _ = run("سازمان بورس و اوراق بهادار، دو کارکرد مهم افزایش شفافیت و تقویت بازار دارد.")
    assert [c["value"] for c in claims] == [2]


def test_a_measured_figure_after_a_label_is_no_further_label_number():
    claims, ms = run("در زمان شهردار منطقه ۱، ۸۸۴ متر مربع ملک مذکور واگذار شد.")
    assert [(m["kind"], m["text"]) for m in ms] == [("ordinal", "منطقه ۱")]
    assert [(c["text"], c["unit"]) for c in claims] == [("۸۸۴ متر مربع", "m2")]
