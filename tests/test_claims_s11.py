"""Claims and mentions that held-out 9 (opened in session 11) and the corpus showed missing or wrong
(builder.claims), one behaviour per test with the Persian phrase that shows it."""
from .test_claims_audit import mentions, run


def claims(text):
    return [(c["kind"], c["text"], c["value"], c["qualifier"]) for c in run(text)[0]]


def test_line_opening_dash_labels_are_ordinal_mentions_not_counts():
    text = "این ویژه‌نامه شامل بخش های زیر است\n\n1- دل نوشته محرم\n\n2- خیام حسینی\n\n۱۲- تاسیسات عمومی: تاسیساتی که"
    cl, ms = run(text)
    assert cl == []
    assert [(m["kind"], m["text"], m["value"]) for m in ms] == [("ordinal", "1", 1), ("ordinal", "2", 2),
                                                                ("ordinal", "۱۲", 12)]


def test_a_dash_inside_a_line_is_no_list_label():
    assert [m for m in mentions("کودکان در سن 1-4 سالگی") if m[0] == "ordinal"] == []


def test_digits_before_a_larger_ordinal_are_no_fraction():
    # ساعت ۱۶ هفتم اسفندماه: the hour 16 and the seventh of Esfand, not 16/7
    ms = mentions("تا ساعت ۱۶ هفتم اسفندماه مرخص شدند.")
    assert ("time", "ساعت ۱۶", 16) in ms and ("date", "هفتم اسفندماه", None) in ms


def test_a_proper_fraction_in_digits_still_reads():
    assert claims("رشد 29 صدم درصد بود.") == [("percent", "29 صدم درصد", 0.29, "exact")]


def test_two_digits_and_persons_after_a_month_are_a_count_not_a_year():
    text = "در روز ۱۹ اسفند ۱۷۰ نفر و در ۲۰ اسفند ۴۹ نفر مراجعه کردند."
    cl, ms = run(text)
    assert ("count", "۴۹ نفر", 49, "exact") in [(c["kind"], c["text"], c["value"], c["qualifier"]) for c in cl]
    assert ("date", "۲۰ اسفند", None) in [(m["kind"], m["text"], m["value"]) for m in ms]


def test_dahom_after_a_compound_verb_noun_is_the_verb_not_the_tenth():
    assert mentions("نمی‌توانم به طور دقیق پاسخ دهم ولی در مجموع") == []
    assert mentions("می‌خواستم این کار را انجام دهم؛ اما") == []
    assert mentions("مجلس دهم تشکیل شد.") == [("ordinal", "دهم", 10)]


def test_once_after_only_or_a_qualifier_is_a_count():
    assert claims("تغییر نام هر متقاضی فقط یک بار امکان پذیر است.") == [("count", "یک بار", 1, "exact")]
    assert claims("برای تغییر نام، بیشتر از یک مرتبه، امکان اقدام وجود ندارد.") == \
        [("count", "بیشتر از یک مرتبه", 1, "more_than")]


def test_once_again_and_disposable_are_no_counts():
    assert claims("او فقط یک بار دیگر آمد.") == []
    assert claims("استفاده از ظروف یک بار مصرف") == []
    assert claims("این یک بار سنگین بر دوش آنهاست.") == []


def test_do_chandan_is_a_ratio_two():
    # DECISION 61: «دو چندان» is a ratio 2 (the lexicon had it as an idiom)
    assert claims("واکنش شدید و پاسخ دو چندان تهران را در پی خواهد داشت.") == [("ratio", "دو چندان", 2, "exact")]
    assert claims("اهمیت این کشور را دوچندان کرده است.") == [("ratio", "دوچندان", 2, "exact")]
    assert claims("در آینده نه چندان دور") == []


def test_number_in_an_adjective_compound_is_no_count():
    assert claims("شترهای دو کوهانه استان اردبیل") == []
    assert claims("روسای قوای سه گانه دیدار کردند.") == []
    assert [c[2] for c in claims("در این استان سه پروژه افتتاح شد.")] == [3]     # a plain noun still counts


def test_middle_of_a_month_without_mah_is_a_date():
    # DECISION 74: نیمه شعبان is a date with a null value
    assert mentions("رئیس‌جمهور فرمودند تا نیمه شعبان این پیک تمام شود.") == [("date", "نیمه شعبان", None)]
    assert mentions("کشت باید از نیمه اسفندماه آغاز شود.") == [("date", "نیمه اسفندماه", None)]
