"""Canonical speakers: junk mentions and unnamed groups (session 10, held-out 8's speaker errors)."""


def speakers(qs):
    return [(q["mention"], q["speaker"]) for q in qs]


def test_unnamed_officials_are_named_by_description(quotes):
    """DECISIONS 65: «دو تن از مقامات ارشد وزارت امور خارجه آمریکا … گفتند» is the group (the count is not who
    speaks); «یکی از این مقامات» / «یکی دیگر از این مقامات» are one of that group (the mention keeps the
    demonstrative and «دیگر»); «وی», «مقامات مذکور», «این دو مقام» go back to them."""
    qs = quotes("به گزارش ایسنا، دو تن از مقامات ارشد وزارت امور خارجه آمریکا که خواستند نامشان فاش نشود، گفتند: "
                "این تصمیم اتخاذ شده است. یکی از این مقامات گفت: کنترل بر رسانه‌ها شدت گرفته است. "
                "یکی دیگر از این مقامات گفت: به پکن اطلاع رسانی نشده بود. وی افزود: کنترل پکن افراطی شده است. "
                "مقامات مذکور گفتند: تصمیم روز سه‌شنبه ارتباطی به تحولات اخیر ندارد. "
                "این دو مقام افزودند: این رسانه‌ها باید تاییدیه بگیرند.")
    group = "مقامات ارشد وزارت امور خارجه آمریکا"
    assert speakers(qs) == [
        ("دو تن از مقامات ارشد وزارت امور خارجه آمریکا", group),
        ("یکی از این مقامات", "یکی از " + group),
        ("یکی دیگر از این مقامات", "یکی دیگر از " + group),
        ("وی", "یکی دیگر از " + group),
        ("مقامات مذکور", group),
        ("این دو مقام", group)]


def test_one_more_of_a_plural_group_keeps_its_description(quotes):
    """farsnews 1266: «يكي ديگر از ماموران اداره آگاهي گفت» was cut to «يكي»: «دیگر» and «از» go on the partitive."""
    qs = quotes("يكي ديگر از ماموران اداره آگاهي گفت: متهم به سرقت اعتراف كرد.")
    assert speakers(qs) == [("يكي ديگر از ماموران اداره آگاهي", "يكي ديگر از ماموران اداره آگاهي")]


def test_a_clause_opening_with_a_verb_yields_to_an_honorific_after_its_comma(quotes):
    """irnews 1710: «ادعا می کنند ما ساعت 5 … آماده بودیم، آقای مرادی ناظر بازی با شهامت اعلام کرد»: the words that
    open the clause hold a present verb written apart and «ما», no one's noun phrase; the subject is the
    honorific's phrase after the comma."""
    qs = quotes("ورزشگاه بدون تماشاگر بود. ادعا می کنند ما ساعت 5 بعد از ظهر آماده بازی بودیم، آقای مرادی ناظر "
                "بازی با شهامت اعلام کرد آقای باشگاه سپاهان چرا لیست بازیکنانتان را ارائه ندادید؟")
    assert [q["mention"] for q in qs] == ["آقای مرادی ناظر بازی"]


def test_a_one_paragraph_lead_title_takes_the_name_of_the_next_sentence(quotes):
    """DECISIONS 65, irnews 1710 (and 0757, 0857): a whole article in one paragraph, «مدیرعامل باشگاه پرسپولیس گفت: …
    نداشت. به گزارش فارس، محمد حسن انصاری فرد در گفت و گو با … انجام داد:»: the sentence after the lead opens the
    body with «به گزارش X» and names the person; the lead's title is that name («فرد» ends a surname in two pieces)."""
    qs = quotes("## مدیرعامل پرسپولیس: ادعاهای قلعه نویی کذب محض است\n\n"
                "مدیرعامل باشگاه پرسپولیس گفت: ما تا ساعت 5 آماده بودیم اما سپاهان عزمی برای برگزاری بازی نداشت. "
                "به گزارش فارس، محمد حسن انصاری فرد در گفت و گو با برنامه سلام صبح به خیر صحبت های زیر را انجام داد: "
                "دیروز سپاهان هیچ اراده ای برای برگزاری این مسابقه نداشت.")
    assert {q["speaker"] for q in qs} == {"محمد حسن انصاری فرد"}


def test_a_quoted_name_after_the_report_is_taken_whole(quotes):
    """irnews 0857: «به گزارش روز نو :"عباس مسجدی آرانی" رییس پزشکی قانونی کشور …»: the name in quote marks is the
    lead title's name whole, its second surname included."""
    qs = quotes("رییس سازمان پزشکی قانونی گفت: اعلام آمار برعهده دولت است. به گزارش روز نو :\"عباس مسجدی آرانی\" "
                "رییس پزشکی قانونی کشور در واکنش به سخنان رییس‌جمهور در نشست خبری خود مبنی بر اینکه آمار در اختیار "
                "پزشکی قانونی است و اگر برای آنها روشن است که باید روشن شده باشد، باید اعلام کنند، گفت: دولت باید این "
                "آمار را اعلام کند. وی ادامه داد: وظیفه دولت است که این آمار را اعلام کند.")
    # («سخنان رییس‌جمهور … مبنی بر اینکه …» is the president's own quotation, DECISION 75)
    assert {q["speaker"] for q in qs if q["kind"] != "according_to" and q["cue"] != "مبنی بر"} == {"عباس مسجدی آرانی"}
    assert [q["speaker"] for q in qs if q["cue"] == "مبنی بر"] == ["رییس‌جمهور"]


def test_a_mention_that_is_no_noun_phrase_lets_the_speaker_go_on(quotes):
    """farsnews 0230: «هولكي‌اوز گفت: ولي متأسفانه … مي‌دهند، گفت: …» (DECISIONS 64): the second cue's mention is the
    sentence adverb «متأسفانه», no one; the speaker goes on, and so does the «وي» after it (irnews 2757
    «خوشبختانه اعلام کردیم», irnews 0857 «… که باید روشن شده باشد، باید اعلام کنند، گفت» likewise)."""
    qs = quotes("محمت هولكي‌اوز نماينده صندوق جمعيت ملل متحد گفت: اين صندوق فعال است.\n\n"
                "هولكي‌اوز گفت: ولي متأسفانه با وجود فعاليت‌هاي خوب ايران هنوز سالانه 420 زن جان خود را از دست "
                "مي‌دهند، گفت: اين آمار نشان‌دهنده مرگ روزانه مادران است.\n\n"
                "وي افزود: وزارت بهداشت بايد مرگ مادران را كاهش دهد.")
    assert {q["speaker"] for q in qs} == {"محمت هولكي‌اوز"}


def test_tariq_is_a_given_name_so_the_lead_title_reaches_him(quotes):
    """farsnews 0907: «"طارق الهاشمي" معاون رئيس جمهور عراق» after a lead «معاون رئيس جمهور عراق … گفت»: «طارق» opens
    a name (first_names.txt), so the lead's title and the later «وي» are him."""
    qs = quotes("خبرگزاري فارس: معاون رئيس جمهور عراق وتوي مجدد قانون انتخابات را تكذيب كرد و گفت كه قانون را وتو "
                "نخواهم كرد.\n\nبه ‌گزارش خبرنگار فارس در بغداد ،\"طارق الهاشمي\" معاون رئيس جمهور عراق روز گذشته مواضع "
                "خود را تشريح كرد.\n\nوي اظهار داشت: از حق قانوني خود استفاده‌ خواهم كرد.")
    assert {q["speaker"] for q in qs} == {"طارق الهاشمي"}
