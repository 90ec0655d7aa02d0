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
