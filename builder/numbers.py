"""Persian numbers: digits in three scripts with scale words (first pass)."""
from __future__ import annotations

SCALES = {"هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9, "تریلیون": 1e12}


def parse_digits(s: str) -> float:
    """ASCII digits with ``,`` thousands and ``.`` or ``/`` decimals (on normalized text)."""
    s = s.replace(",", "").replace("/", ".")
    return float(s)
