"""Publication dates → ISO Gregorian ``YYYY-MM-DD``: Solar Hijri (Jalali) and Gregorian, any digits.

The Jalali arithmetic is the usual 33-year-cycle algorithm (as in jdf.scr.ir), counted in
days so that conversion both ways goes through ``datetime.date`` ordinals; valid for
Solar Hijri years 1178–1633 (Gregorian 1799–2254), which covers every news archive.
"""
from __future__ import annotations

import re
from datetime import date


#: Jalali month names (folded letter forms), 1-based.
JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
#: Gregorian month names as Persian outlets write them.
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}

_FOLD = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يك", "01234567890123456789یک")

# Days from our day count to Python's proleptic ordinal; fixed by 1399-01-01 = 2020-03-20.
_OFFSET = date(2020, 3, 20).toordinal()


def _jalali_days(jy: int, jm: int, jd: int) -> int:
    """Day count of a Jalali date under the 33-year cycle (an arbitrary but fixed epoch)."""
    y = jy + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    return days


_EPOCH = _jalali_days(1399, 1, 1)


def jalali_to_ordinal(jy: int, jm: int, jd: int) -> int:
    return _jalali_days(jy, jm, jd) - _EPOCH + _OFFSET


def is_jalali_leap(jy: int) -> bool:
    return jalali_to_ordinal(jy + 1, 1, 1) - jalali_to_ordinal(jy, 1, 1) == 366


def jalali_month_length(jy: int, jm: int) -> int:
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if is_jalali_leap(jy) else 29


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Jalali ``jy-jm-jd``; ``ValueError`` for a day that does not exist."""
    if not (1 <= jm <= 12 and 1 <= jd <= jalali_month_length(jy, jm)):
        raise ValueError(f"no such Jalali date: {jy}-{jm}-{jd}")
    return date.fromordinal(jalali_to_ordinal(jy, jm, jd))


def gregorian_to_jalali(d: date) -> tuple[int, int, int]:
    """The Jalali ``(year, month, day)`` of a Gregorian date."""
    target = d.toordinal()
    jy = d.year - 621
    while jalali_to_ordinal(jy, 1, 1) > target:
        jy -= 1
    while jalali_to_ordinal(jy + 1, 1, 1) <= target:
        jy += 1
    day_of_year = target - jalali_to_ordinal(jy, 1, 1)
    if day_of_year < 186:
        return jy, day_of_year // 31 + 1, day_of_year % 31 + 1
    day_of_year -= 186
    return jy, day_of_year // 30 + 7, day_of_year % 30 + 1


_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_NAMED = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})(?!\d)")


def _iso(year: int, month: int, day: int, jalali: bool) -> str | None:
    try:
        d = jalali_to_gregorian(year, month, day) if jalali else date(year, month, day)
    except ValueError:
        return None
    return d.isoformat()


def to_iso(value: str | None, calendar: str | None = None) -> str | None:
    """``value`` as an ISO Gregorian date, or ``None`` when it cannot be read.

    Accepts ``1384-06-29``, ``2020-03-07 08:43:00``, ``۱۴۰۴/۰۶/۱۴ - ۱۳:۳۰:۲۴`` and
    ``پنجشنبه ۳۰ مرداد ۱۴۰۴ - ۱۵:۰۱``. A numeric date is Solar Hijri when ``calendar`` says
    ``jalali`` or, with no hint, when its year is below 1700.

    >>> to_iso("1384-06-29"), to_iso("۱۴ شهریور ۱۴۰۴ - ۱۲:۵۶")
    ('2005-09-20', '2025-09-05')
    """
    if not value:
        return None
    text = str(value).translate(_FOLD).replace("\u200c", "")
    hint = (calendar or "").lower()
    m = _NUMERIC.search(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
        jalali = "jalali" in hint or "hijri" in hint or ("gregorian" not in hint and year < 1700)
        return _iso(year, month, day, jalali)
    m = _NAMED.search(text)
    if m:
        day, name, year = int(m.group(1)), m.group(2), int(m.group(3))
        if name in JALALI_MONTHS:
            return _iso(year, JALALI_MONTHS[name], day, True)
        if name in GREGORIAN_MONTHS:
            return _iso(year, GREGORIAN_MONTHS[name], day, False)
    return None
