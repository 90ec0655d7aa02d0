"""Session 11 (speakers): speaker constructions found in held-out 5..9, each checked on corpus articles outside the
eval sets."""


def test_glued_compound_preposition_opens_no_mention(quotes):
    # irnews/0097 «درپی شدت گرفتن تظاهرات مردمی لبنان، نخست‌وزیر موقت این کشور از … انتقاد کرد», farsnews/0629
    # «درپي وقوع انفجار …، رييس جمهوري لبنان … خواستار … شد»: «درپی» is «در پی» glued, a preposition like «درخصوص»
    out = quotes("درپی شدت گرفتن تظاهرات مردمی لبنان، نخست‌وزیر موقت این کشور از طولانی شدن روند تشکیل دولت "
                 "جدید انتقاد کرد.")
    assert out and all(not q["mention"].startswith("درپی") for q in out)


def test_bare_organization_head_is_the_organization_spoken_of_last(quotes):
    # irnews/2468 «پلیس عمان … نوشت: … پلیس همچنین اعلام کرد»، farsnews/1147 «پليس اسرائيل اعلام كرد … بنا بر اعلام
    # پليس»، farsnews/0219 «سازمان مجاهدين خلق … گفته است … سازمان مدعي شد»
    out = quotes("به گزارش ایسنا، پلیس عمان در حساب کاربری خود در توییتر نوشت: صدور انواع روادید موقتاً متوقف شده "
                 "است. پلیس همچنین اعلام کرد، فرآیند ورود مراجعان به ادارات دولتی ساماندهی خواهد شد.")
    assert [q["speaker"] for q in out] == ["پلیس عمان", "پلیس عمان"]
