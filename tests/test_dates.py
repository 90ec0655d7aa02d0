"""Publication dates: Solar Hijri ↔ Gregorian arithmetic and reading dates as outlets print them."""
from datetime import date, timedelta

import pytest

from builder.dates import gregorian_to_jalali, is_jalali_leap, jalali_to_gregorian, to_iso


@pytest.mark.parametrize("jalali, gregorian", [
    ((1399, 1, 1), date(2020, 3, 20)),
    ((1384, 6, 29), date(2005, 9, 20)),
    ((1357, 11, 22), date(1979, 2, 11)),
    ((1403, 12, 30), date(2025, 3, 20)),   # 1403 is a leap year
    ((1404, 1, 1), date(2025, 3, 21)),
    ((1404, 6, 14), date(2025, 9, 5)),
])
def test_known_jalali_dates_convert_both_ways(jalali, gregorian):
    assert jalali_to_gregorian(*jalali) == gregorian
    assert gregorian_to_jalali(gregorian) == jalali


def test_every_day_of_three_centuries_round_trips():
    d = date(1900, 1, 1)
    while d < date(2200, 1, 1):
        assert jalali_to_gregorian(*gregorian_to_jalali(d)) == d
        d += timedelta(days=1)


def test_esfand_has_30_days_only_in_leap_years():
    assert is_jalali_leap(1399) and is_jalali_leap(1403) and not is_jalali_leap(1400)
    with pytest.raises(ValueError):
        jalali_to_gregorian(1400, 12, 30)


@pytest.mark.parametrize("printed, iso", [
    ("1384-06-29", "2005-09-20"),                      # farsnews: Solar Hijri, ASCII digits
    ("2020-03-07 08:43:00", "2020-03-07"),             # irnews: Gregorian with a time
    ("۱۴ شهریور ۱۴۰۴ - ۱۲:۵۶", "2025-09-05"),          # Tasnim: Persian digits, month name
    ("پنجشنبه ۳۰ مرداد ۱۴۰۴ - ۱۵:۰۱", "2025-08-21"),    # with the weekday
    ("۱۴۰۴/۰۶/۱۴ - ۱۳:۳۰:۲۴", "2025-09-05"),           # slashes, Persian digits
    ("۲۰ مارس ۲۰۲۰", "2020-03-20"),                     # Gregorian month name in Persian
])
def test_dates_as_outlets_print_them_become_iso_gregorian(printed, iso):
    assert to_iso(printed) == iso


@pytest.mark.parametrize("printed", [None, "", "دیروز", "1400-12-30", "2020-02-30"])
def test_unreadable_or_impossible_dates_are_none(printed):
    assert to_iso(printed) is None


def test_a_calendar_hint_overrides_the_year_rule():
    assert to_iso("1384-06-29", "gregorian") == "1384-06-29"
    assert to_iso("1399-01-01", "jalali (Solar Hijri)") == "2020-03-20"


def _mentions(text):
    from builder.pipeline import extract_article
    return [(m["kind"], m["text"], m["value"]) for m in extract_article(text, "t.txt")["mentions"]]


def test_a_range_of_days_before_a_month_gives_two_dates():
    ms = _mentions("این جشنواره از 13 تا 20 شهریورماه 1404 برگزار می‌شود.")
    assert ms == [("date", "13", 1404.0), ("date", "20 شهریورماه 1404", 1404.0)]


def test_a_range_of_days_without_year_gives_two_dates_without_value():
    ms = _mentions("شعبات بین 10 تا 17 فوریه بازگشایی می‌شوند.")
    assert ms == [("date", "10", None), ("date", "17 فوریه", None)]


def test_a_month_glued_to_mah_before_a_two_digit_year_is_a_date():
    assert ("date", "آذرماه ۹۹", 1399.0) in _mentions("این نشست در آذرماه ۹۹ برگزار می‌شود.")


def test_words_ending_in_am_are_no_ordinals():
    assert _mentions("شاخص سهام آزاد شناور بالا رفت و ارتش صدام حسین عقب نشست.") == []


def test_a_month_alone_after_az_or_glued_to_mah_is_a_date_without_value():
    assert _mentions("این طرح از دی تا اسفندماه سال جاری اجرا می‌شود.") == [("date", "دی", None), ("date", "اسفندماه", None)]


def test_a_gregorian_month_alone_is_a_date_and_with_a_year_has_its_value():
    assert _mentions("از آوریل تا ژوئیه ۲۰۲۵ درمان شدند.") == [("date", "آوریل", None), ("date", "ژوئیه ۲۰۲۵", 2025.0)]


def test_a_solar_month_name_used_as_a_person_name_is_no_date():
    assert _mentions("بهمن گفت که دی‌ان‌ای آن بررسی شد.") == []


def test_a_year_after_sal_may_be_before_1800():
    assert _mentions("این شهر در سال 1796 ساخته شد.") == [("year", "1796", 1796.0)]


def test_a_decade_is_a_year_mention():
    assert _mentions("در دهه ۶۰ به تهران آمد.") == [("year", "دهه ۶۰", 1360.0)]


def test_a_two_digit_year_after_a_period_of_months_is_a_year():
    assert ("year", "98", 1398.0) in _mentions("بانک پارسیان 9 ماهه 98 را با زیان پشت سر گذاشت.")
