"""Canonical speakers: the error families an audit of unseen corpus articles found (session 6)."""


def speakers(qs):
    return [(q["mention"], q["speaker"]) for q in qs]


def test_a_lead_title_reaches_the_name_through_an_office_cited_with_be_naql_az(quotes):
    """«به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره اطلاع‌رسانی و روابط عمومی آموزش و پرورش استان شاهرخ
    کناری …»: the office's name puts the name more than ten words into the paragraph; the lead's title is still his,
    and a later title of another office is someone else."""
    qs = quotes("فرماندار شهرستان بویراحمد گفت: برخی ساختمان‌های آموزش و پرورش تغییر کاربری می‌یابند.\n\n"
                "به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره اطلاع‌رسانی و روابط عمومی آموزش و پرورش استان شاهرخ "
                "کناری در نشست شورای آموزش و پرورش بویراحمد حضور یافت.\n\n"
                "وی افزود: هزینه تغییر کاربری این زمین‌ها رایگان است.\n\n"
                "رئیس آموزش و پرورش بویراحمد هم گفت: ۲۶ مدرسه استیجاری داریم.\n\n"
                "علی حسن‌زاده گفت: ۹۳ مدرسه در زلزله خسارت دیدند.")
    got = speakers(qs)
    assert got[0] == ("فرماندار شهرستان بویراحمد", "شاهرخ کناری")
    assert got[1] == ("وی", "شاهرخ کناری")
    assert got[2] == ("رئیس آموزش و پرورش بویراحمد", "علی حسن‌زاده")
