"""Session 11 (speakers): speaker constructions found in held-out 5..9, each checked on corpus articles outside the
eval sets."""


def test_glued_compound_preposition_opens_no_mention(quotes):
    # irnews/0097 «درپی شدت گرفتن تظاهرات مردمی لبنان، نخست‌وزیر موقت این کشور از … انتقاد کرد», farsnews/0629
    # «درپي وقوع انفجار …، رييس جمهوري لبنان … خواستار … شد»: «درپی» is «در پی» glued, a preposition like «درخصوص»
    out = quotes("درپی شدت گرفتن تظاهرات مردمی لبنان، نخست‌وزیر موقت این کشور از طولانی شدن روند تشکیل دولت "
                 "جدید انتقاد کرد.")
    assert out and all(not q["mention"].startswith("درپی") for q in out)
