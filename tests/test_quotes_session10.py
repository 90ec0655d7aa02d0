"""Session 10: quotation recall and boundaries (DECISIONS 63, 64)."""


def test_colon_content_stops_at_the_outlets_background(quotes):
    # DECISION 64: in a one-paragraph body «لازم به ذکر است» / «گفتنی است» is the outlet again (irnews 2787, 0655)
    qs = quotes("حسن روحانی رئیس جمهور گفت: مدارس و دانشگاه ها تا پایان فروردین ماه تعطیل خواهند بود. لازم به ذکر "
                "است مدارس کشور از ابتدای اسفند ماه به دلیل شیوع کرونا تعطیل شده اند.")
    assert [q["content"] for q in qs] == ["مدارس و دانشگاه ها تا پایان فروردین ماه تعطیل خواهند بود."]
    qs = quotes("وزیر ونزوئلا خاطرنشان کرد: سفر برگشت سنگ به ونزوئلا چند هفته طول خواهد کشید. گفتنی است، سنگ "
                "کوئکا تا سال ۱۹۹۸ در پارک ملی کانیما قرار داشت.")
    assert [q["content"] for q in qs] == ["سفر برگشت سنگ به ونزوئلا چند هفته طول خواهد کشید."]


def test_colon_content_stops_at_a_dated_sentence(quotes):
    # irnews' "this day" digests: «… تفاوتی ندارد. 18 بهمن 1394، …» starts another day's news (irnews 1149, 2437)
    qs = quotes("دکتر محمد مصدق گفت: راه‌آهن منافع مادی مستقیم ندارد. 1 اسفند 1307، شعب بانک ملی ایران در بازار "
                "تهران افتتاح شد.")
    assert [q["content"] for q in qs] == ["راه‌آهن منافع مادی مستقیم ندارد."]


def test_a_tweet_is_a_cue(quotes):
    # «توئیت کرد (که)» reports like «نوشت» (irnews 0219, 0660, 2715)
    qs = quotes("به دنبال این حمله، مایک پمپئو وزیر امور خارجه آمریکا توئیت کرد که مردم در خیابان‌های عراق در حال "
                "رقصیدن و شادی هستند.")
    assert [(q["cue"], q["mention"], q["content"]) for q in qs] == [
        ("توئیت کرد", "مایک پمپئو", "مردم در خیابان‌های عراق در حال رقصیدن و شادی هستند.")]
    qs = quotes("سجاد بنابی، عضو هیأت‌مدیره شرکت ارتباطات زیرساخت توییت کرد: اختلال اینترنت رخ داده است.")
    assert [q["cue"] for q in qs] == ["توییت کرد"]


def test_experts_believing_inside_a_colon_content_are_their_own_quotation(quotes):
    # DECISIONS 37: speech with an overt subject inside a quotation is its own; a named group of people
    # («کارشناسان», «تحلیلگران») is such a subject, a quantifier («برخی», «بسیاری») is not (63)
    qs = quotes("هولكي‌اوز گفت: كارشناسان و متخصصان معتقدند كه 80 تا 90 درصد از اين مرگ‌ها را مي‌توان جلوگيري كرد.")
    assert [(q["mention"], q["cue"]) for q in qs] == [("هولكي‌اوز", "گفت"), ("كارشناسان و متخصصان", "معتقدند")]
    qs = quotes("هولكي‌اوز گفت: بسیاری معتقدند كه اين مرگ‌ها را مي‌توان جلوگيري كرد.")
    assert [(q["mention"], q["cue"]) for q in qs] == [("هولكي‌اوز", "گفت")]


def test_criticizing_or_welcoming_an_object_is_a_quotation(quotes):
    # DECISIONS 22, 63: «با انتقاد (شدید) از X», «با استقبال از X», «با اظهار خشنودی از X» + a main cue
    qs = quotes("الهاشمی با انتقاد شدید از این اصلاحات اعلام کرد که آن را وتو خواهد کرد.")
    assert [(q["cue"], q["content"]) for q in qs] == [
        ("با انتقاد شدید از", "این اصلاحات"), ("اعلام کرد", "آن را وتو خواهد کرد.")]
    qs = quotes("رئیس جمهور روسیه با استقبال از اعلام آمادگی ایران برای میزبانی اجلاس آتی گفت: همکاری ادامه دارد.")
    assert [(q["cue"], q["content"]) for q in qs][0] == ("با استقبال از", "اعلام آمادگی ایران برای میزبانی اجلاس آتی")
    qs = quotes("رئيس جمهور ونزوئلا با اظهار خشنودی از امضای چند سند همکاری میان تهران و کاراکاس گفت: ما اهداف بزرگی داریم.")
    assert [q["cue"] for q in qs] == ["با اظهار خشنودی از", "گفت"]


def test_according_to_an_order_a_rule_or_a_pronouns_view(quotes):
    # DECISION 63: «براساس دستور X» has X as speaker; «به تعبیر وی» is according-to; DECISIONS 51: «بر اساس این
    # قوانین جدید،» has the document as speaker; «به عقیده من …» is no according-to
    qs = quotes("براساس دستور رییس‌جمهور، ستاد پیشگیری و مقابله با کرونا در وزارت بهداشت تشکیل می‌شود.")
    assert [(q["kind"], q["mention"], q["cue"]) for q in qs] == [("according_to", "رییس‌جمهور", "براساس دستور")]
    qs = quotes("وی سخن گفت. به تعبیر وی برنامه آینده برخورد با ایران در آن طراحی شده است.")
    assert [(q["mention"], q["cue"], q["content"]) for q in qs] == [
        ("وی", "به تعبیر", "برنامه آینده برخورد با ایران در آن طراحی شده است.")]
    qs = quotes("بر اساس این قوانین جدید، این پنج رسانه چینی باید فهرست پرسنل خود را اعلام کنند.")
    assert [(q["mention"], q["cue"]) for q in qs] == [("این قوانین جدید", "بر اساس")]
    assert quotes("وی سخن گفت. به عقیده من شکست اصلاح‌طلبان بیشتر به دلیل عملکرد خودشان بوده است.") == []
