"""Units of numeric claims (builder.claims with lexicons/units.tsv): DECISION 46 and the unit families a scan of
the corpus found after numbers with no unit. One behaviour per test, with the Persian phrase that shows it."""
import pytest

from builder.claims import extract_claims
from builder.normalize import normalize
from builder.segment import paragraphs


def run(text):
    claims, mentions = extract_claims(text, normalize(text), paragraphs(text), [])
    for r in claims + mentions:
        assert text[r["start"]:r["end"]] == r["text"]
    return claims


def one(text):
    claims = run(text)
    assert len(claims) == 1, claims
    c = claims[0]
    return c["text"], c["kind"], c["unit"], c["value"]


@pytest.mark.parametrize("sentence, expected", [
    # DECISION 46
    ("این تلویزیون ۵۵ اینچی است.", ("۵۵ اینچی", "measure", "inch", 55)),
    ("وزن آن کمتر از 7 اونس است.", ("کمتر از 7 اونس", "measure", "ounce", 7)),
    ("فاصله ۳ هزار سال نوری است.", ("۳ هزار سال نوری", "measure", "light_year", 3000)),
    ("ظرفیت آن 500 گیگابایت است.", ("500 گیگابایت", "measure", "GB", 500)),
    ("بلیت ورود 5 روپیه است.", ("5 روپیه", "money", "INR", 5)),
    # digital, imperial, electrical, small SI measures
    ("حافظه آن 128 مگابایت است.", ("128 مگابایت", "measure", "MB", 128)),
    ("این هواپیما در 50 مایلی شهر سقوط کرد.", ("50 مایلی", "measure", "mile", 50)),
    ("باتری آن 48 ولتی است.", ("48 ولتی", "measure", "V", 48)),
    ("روزانه 400 میکروگرم اسید فولیک لازم است.", ("400 میکروگرم", "measure", "µg", 400)),
    ("ذرات کمتر از 10 میکرون آلاینده‌اند.", ("کمتر از 10 میکرون", "measure", "µm", 10)),
    ("قطر ویروس 60 نانومتر است.", ("60 نانومتر", "measure", "nm", 60)),
    ("موتور آن 2500 سی سی است.", ("2500 سی سی", "measure", "cc", 2500)),
    ("الماسی 1758 قیراطی خرید.", ("1758 قیراطی", "measure", "carat", 1758)),
    # earthquakes and engines
    ("زلزله‌ای 5.9 ریشتری شهر را لرزاند.", ("5.9 ریشتری", "measure", "richter", 5.9)),
    ("گشتاور آن 420 نیوتن متر است.", ("420 نیوتن متر", "measure", "Nm", 420)),
    ("گشتاور آن 317 پوندفوت است.", ("317 پوندفوت", "measure", "lb-ft", 317)),
    # three-word units
    ("سرعت آن 120 کیلومتر بر ساعت است.", ("120 کیلومتر بر ساعت", "measure", "km/h", 120)),
    ("دمای آب 40 درجه سانتیگراد بود.", ("40 درجه سانتیگراد", "measure", "degree", 40)),
    # an age in months
    ("کودک در 18 ماهگی راه می‌رود.", ("18 ماهگی", "duration", "month", 18)),
])
def test_unit_lexicon(sentence, expected):
    text, kind, unit, value = one(sentence)
    assert (text, kind, unit) == expected[:3]
    assert value == pytest.approx(expected[3])


@pytest.mark.parametrize("sentence, expected", [
    ("نرخ یکصد تاکای بنگلادش اعلام شد.", ("یکصد تاکای بنگلادش", "BDT", 100)),
    ("نرخ یک هزار وون کره جنوبی اعلام شد.", ("یک هزار وون کره جنوبی", "KRW", 1000)),
    ("به ارزش 100 میلیارد لیره تصویب شد.", ("100 میلیارد لیره", "TRY", 100e9)),
    ("باشگاه 15 هزار فرانک سوئیس جریمه شد.", ("15 هزار فرانک سوئیس", "CHF", 15000)),
    ("درآمد دولت 917 میلیارد ریال سعودی است.", ("917 میلیارد ریال سعودی", "SAR", 917e9)),
    ("هر دلار معادل 64 روبل روسیه است.", ("64 روبل روسیه", "RUB", 64)),
    ("قیمت هر قرص 500 هزار تومن است.", ("500 هزار تومن", "IRT", 500_000)),
])
def test_currency_named_with_its_country(sentence, expected):
    text, kind, unit, value = one(sentence)
    assert (text, kind, unit, value) == (expected[0], "money", expected[1], expected[2])


def test_cents_alone_are_hundredths_of_a_dollar():
    assert one("نفت برنت 74 سنت افزایش یافت.") == ("74 سنت", "money", "USD", 0.74)


def test_cents_in_words_join_the_dollars():
    assert one("نقره 18 دلار و دو سنت معامله شد.") == ("18 دلار و دو سنت", "money", "USD", 18.02)


def test_a_lone_yek_before_sonnat_is_a_tradition_not_a_cent():
    assert run("این یک سنت جهانی است.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("سکه به 930هزارتومان رسید.", ("930هزارتومان", "money", "IRT", 930_000)),
    ("قیمت آن 39 هزاردلار است.", ("39 هزاردلار", "money", "USD", 39_000)),
    ("طرحی 5 میلیاردتومانی اجرا شد.", ("5 میلیاردتومانی", "money", "IRT", 5e9)),
    ("روزانه 95هزارتن مرغ مصرف می‌شود.", ("95هزارتن", "measure", "ton", 95_000)),
])
def test_scale_glued_to_its_unit(sentence, expected):
    assert one(sentence) == expected


def test_glued_scale_multiplies_only_the_last_group():
    c = run("ربع سکه یک میلیون و 530هزارتومانو سکه گرمی گران شد.")[0]
    assert (c["text"], c["unit"], c["value"]) == ("یک میلیون و 530هزارتومان", "IRT", 1_530_000)


@pytest.mark.parametrize("sentence, expected", [
    ("اقتصاد 1.1 درصدرشد داشت.", ("1.1 درصد", "percent", "percent", 1.1)),
    ("موشکی با برد 300 کیلومترموشک دیگری", ("300 کیلومتر", "measure", "km", 300)),
    ("روستاهایی هست که 90 درصدشان تحت پوشش هستند.", ("90 درصد", "percent", "percent", 90)),
])
def test_unit_glued_to_the_next_word_ends_the_span_inside_the_token(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "در نطنز فقط 164 سانتریفیوژ وجود دارد.",    # سانت + ریفیوژ is a word, not centimetres
    "این 25 سالن ورزشی دارد.",                  # durations are never read glued
])
def test_rare_units_are_not_read_glued(sentence):
    assert all(c["unit"] is None for c in run(sentence))


def test_half_before_a_unit_is_a_quantity():
    assert one("ضخامت آن حدود نیم اینچ است.") == ("حدود نیم اینچ", "measure", "inch", 0.5)


def test_half_alone_before_a_noun_is_a_product_name():
    assert run("نیم سکه گران شد.") == []


# --- qualifiers of DECISION 46 -----------------------------------------------------------------

def test_or_more_after_the_unit_is_at_least():
    c = [c for c in run("اگر به مدت 15 دقیقه یا بیشتر با بیمار بودید") if c["value"] == 15][0]
    assert (c["text"], c["qualifier"], c["unit"]) == ("15 دقیقه یا بیشتر", "at_least", "minute")


def test_or_less_after_the_unit_is_at_most():
    c = one("این دارو 5 روز یا کمتر مصرف می‌شود.")
    assert c[0] == "5 روز یا کمتر"
    assert run("این دارو 5 روز یا کمتر مصرف می‌شود.")[0]["qualifier"] == "at_most"


def test_ta_fasele_is_up_to_a_distance():
    c = run("سقوط آن از روی میز تا فاصله یک متری مشکلی ندارد.")[0]
    assert (c["text"], c["qualifier"], c["unit"]) == ("تا فاصله یک متری", "at_most", "m")


# --- claims that are not, or are ranges -------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high", [
    ("چاره‌ای جز ابتلای 6070 درصد از جمعیت نیست.", 60, 70),
    ("هر وقت مشارکت 5055 درصد به بالا بوده است", 50, 55),
])
def test_percent_range_that_lost_its_dash(sentence, low, high):
    c = run(sentence)[0]
    assert (c["value"], c["value_high"], c["qualifier"], c["unit"]) == (low, high, "range", "percent")


@pytest.mark.parametrize("sentence, value", [("بیکاری به 3000درصد رسید.", 3000), ("رشد 9967 درصدی بود.", 9967)])
def test_four_digit_percent_that_is_no_pair_of_round_figures_stays_one_number(sentence, value):
    assert run(sentence)[0]["value"] == value


def test_a_system_number_is_a_name():
    assert run("از طریق سامانه 4030 این مورد عملیاتی شده است.") == []


def test_a_paragraph_that_is_one_slashed_number_is_a_code():
    assert run("راه حل این است.\n\n۲۱۳/۴۲\n") == []


@pytest.mark.parametrize("sentence, text, low, high", [
    ("طبق نظر پزشکان از هفت، هشت روز دیگر می‌تواند تمرین کند.", "هفت، هشت روز", 7, 8),
    ("تا مجلس شکل بگیرد سه، چهار ماه می‌گذرد.", "سه، چهار ماه", 3, 4),
])
def test_two_consecutive_number_words_with_a_comma_are_a_range(sentence, text, low, high):
    c = run(sentence)[0]
    assert (c["text"], c["value"], c["value_high"], c["qualifier"]) == (text, low, high, "range")


def test_a_counted_list_of_numbers_is_no_range():
    assert all(c["qualifier"] == "exact" for c in run("یک، دو، سه، چهار"))


def test_playstation_number_is_a_product_name():
    assert run("روی پلی‌استیشن 4 و پلی‌استیشن 4 پرو هم تماشا کنند.") == []


@pytest.mark.parametrize("sentence, text, low, high", [
    ("جمعیت تهران دو یا سه برابر استان‌های دیگر است.", "دو یا سه برابر", 2, 3),
    ("نتایج ظرف دو یا سه روز آینده اعلام می‌شود.", "دو یا سه روز", 2, 3),
    ("ملی‌پوشان 3 یا 4 روز در تهران تمرین می‌کنند.", "3 یا 4 روز", 3, 4),
])
def test_two_increasing_figures_joined_by_ya_are_a_range(sentence, text, low, high):
    c = run(sentence)[0]
    assert (c["text"], c["value"], c["value_high"], c["qualifier"]) == (text, low, high, "range")


def test_ya_between_figures_far_apart_is_two_alternatives():
    claims = run("برای یک صندلی 170 یا 1700 نفر کاندیدا هستند.")
    assert [c["value"] for c in claims] == [170, 1700]


@pytest.mark.parametrize("sentence, text, value", [
    ("حالا که بیست‌وچند سال گذشته است", "بیست‌وچند سال", 20),
    ("۳ درصد پنجاه و چند سال داشتند.", "پنجاه و چند سال", 50),
])
def test_tens_and_some_is_more_than_the_tens(sentence, text, value):
    c = [c for c in run(sentence) if c["value"] == value][0]
    assert (c["text"], c["qualifier"], c["unit"]) == (text, "more_than", "year")


def test_first_of_a_coordinated_pair_shares_the_duration_unit():
    claims = run("سوریه و عراق به ترتیب 10 و 7 سال در فهرست خاکستری ماندند.")
    assert [(c["value"], c["kind"], c["unit"]) for c in claims] == [(10, "duration", "year"), (7, "duration", "year")]


def test_first_day_of_a_pair_in_this_month_takes_no_duration_unit():
    c = run("مسابقات در تاریخ 28 و 29 ماه جاری برگزار می‌شود.")[0]
    assert (c["value"], c["unit"]) == (28, None)


@pytest.mark.parametrize("sentence, value", [
    ("مرگ‌ومیر روزانه حداقل دو نفر به ازای هر ۱۰,۰۰۰ نفر است.", 2),
    ("شیوع اوتیسم 60 تا 70 نفر از هر 10 هزار نفر است.", 60),
    ("شاید از هر صد نفر یک نفر در لیست باشد.", 1),
])
def test_numerator_of_a_rate_is_a_ratio(sentence, value):
    c = [c for c in run(sentence) if c["value"] == value][0]
    assert c["kind"] == "ratio"


def test_the_whole_after_az_har_is_no_rate():
    c = [c for c in run("این جمعیت یک نفر از هر هشت نفر از 40 میلیون فرد مبتلا است.") if c["value"] == 40e6][0]
    assert c["kind"] == "count"


@pytest.mark.parametrize("text, span", [
    # «۳ تن در استان ذی‌قار کشته» (irnews 0903), «۱۷۰ تن در چین کشته شده» (irnews 1224),
    # «14991 تن در کل کشور به کرونا مبتلا شده اند» (irnews 2161)
    ("۹ تن در بغداد و ۳ تن در استان ذی‌قار کشته شدند.", "۳ تن"),
    ("تاکنون ۱۷۰ تن در چین کشته شده‌اند.", "۱۷۰ تن"),
    ("14991 تن در کل کشور به کرونا مبتلا شده اند.", "14991 تن"),
])
def test_tan_then_a_place_then_what_befell_people_counts_people(text, span):
    c = next(c for c in run(text) if c["text"] == span)
    assert (c["kind"], c["unit"]) == ("count", None)


@pytest.mark.parametrize("text, span", [
    ("عملکرد ۶ تن در هکتار گندم برداشت شد.", "۶ تن"),
    ("ظرفیت تولید ۲ میلیون تن در سال است.", "۲ میلیون تن"),
])
def test_tan_then_a_place_or_a_period_stays_tonnes(text, span):
    c = next(c for c in run(text) if c["text"] == span)
    assert (c["kind"], c["unit"]) == ("measure", "ton")


def test_spoons_are_kitchen_measures_and_a_pair_of_them_a_range():
    claims = run("چای زنجبیل را با افزودن یک یا دو قاشق چایخوری زنجبیل تازه آماده کنید.")
    assert [(c["text"], c["unit"], c["qualifier"], c.get("value_high")) for c in claims] == \
        [("یک یا دو قاشق چایخوری", "teaspoon", "range", 2.0)]
    assert one("2 قاشق غذاخوری روغن نارگیل اضافه کنید.") == ("2 قاشق غذاخوری", "measure", "tablespoon", 2.0)


def test_n_metri_after_a_plot_or_building_is_square_metres():
    assert one("این ملک تخلف اضافه بنای ۲۱۰۰ متری داشته است.") == ("۲۱۰۰ متری", "measure", "m2", 2100.0)
    assert one("تنها یک انباری 10 متری برای زندگی به ما داد.") == ("10 متری", "measure", "m2", 10.0)
    assert one("در فاصله دو متری او بود.") == ("دو متری", "measure", "m", 2.0)


def test_a_fraction_of_a_noun_is_a_ratio():
    from builder.claims import extract_claims
    from builder.normalize import normalize
    from builder.segment import paragraphs
    for s in ("این ویروس عامل یک سوم سرماخوردگی‌های شایع است.", "یک چهارم جمعیت کشور جوان هستند."):
        c = extract_claims(s, normalize(s), paragraphs(s), [])[0][0]
        assert c["kind"] == "ratio" and c["value"] < 1


def test_a_dash_range_typed_high_to_low_is_a_range():
    from builder.claims import extract_claims
    from builder.normalize import normalize
    from builder.segment import paragraphs
    s = "راندمان مالی این طرح بین 7-5 درصد است."
    c = extract_claims(s, normalize(s), paragraphs(s), [])[0][0]
    assert (c["kind"], c["value"], c["value_high"], c["qualifier"]) == ("percent", 5, 7, "range")
    s = "ما 4-3 نفر هستیم."
    c = extract_claims(s, normalize(s), paragraphs(s), [])[0][0]
    assert (c["value"], c["value_high"]) == (3, 4)
    # «۹۹-۹۸ هفته سوم»: a school year before an ordinal week, no range
    s = "امتحانات نیم سال دوم ۹۹-۹۸ هفته سوم برگزار می‌شود."
    assert all(c.get("value_high") != 99 for c in extract_claims(s, normalize(s), paragraphs(s), [])[0])


def test_a_cup_round_named_by_a_fraction_is_no_claim():
    from builder.claims import extract_claims
    from builder.normalize import normalize
    from builder.segment import paragraphs
    s = "پرسپولیس به یک هشتم نهایی لیگ قهرمانان رسید."
    assert extract_claims(s, normalize(s), paragraphs(s), [])[0] == []


@pytest.mark.parametrize("text, span, value, unit", [
    ("با تعیین سقف ۵/ ۲ میلیون تومان تفاوتی ندارد.", "۵/ ۲ میلیون تومان", 2_500_000, "IRT"),
    ("در مورد تعیین سقف ۵/ ۲میلیون تومان درآمد گفت.", "۵/ ۲میلیون تومان", 2_500_000, "IRT"),
    ("تورم ماهانه دهک اول به میزان منفی ۶۴/ ۰ درصد بوده است.", "۶۴/ ۰ درصد", 0.64, "percent"),
    ("خرید طلای خود را به ۴/ ۴۵ تن رسانده است.", "۴/ ۴۵ تن", 45.4, "ton"),
])
def test_decimal_flipped_by_right_to_left_rendering(text, span, value, unit):
    # DECISION 67: «۵/ ۲ میلیون تومان» is 2/5 (2.5) million written right to left, one claim, no stray count 5
    claims = run(text)
    assert [(c["text"], c["unit"]) for c in claims] == [(span, unit)]
    assert claims[0]["value"] == pytest.approx(value)


def test_date_with_spaced_slashes_is_no_flipped_decimal():
    values = [c["value"] for c in run("قانون مصوب ۴/ ۱۲/ ۱۳۹۲ ملزم به پرداخت درصد هزینه‌ها است.")]
    assert 12.4 not in values and 1392.12 not in values
