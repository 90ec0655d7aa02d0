"""Session 11 (speakers and sources): source-chain constructions found in held-out 5..9, each checked on corpus articles
outside the eval sets."""


def test_kind_of_medium_between_outlet_word_and_quoted_name(sources):
    # irnews/0936 «شبکه خبری «السومریه نیوز» عراق، نخست خبر داد که», irnews/1442 «؛ وبسایت خبری «آکسیوس» آمریکا در
    # گزارشی ... اعلام کرد» and later «به گزارش وبسایت خبری آکسیوس» (the same outlet, its bare name: DECISIONS 57)
    assert sources("به گزارش تابناک، راکت‌ها شلیک شد. شبکه خبری «السومریه نیوز» عراق، نخست خبر داد که چند راکت "
                   "به اطراف سفارت اصابت کرد.") == ["تابناک", "السومریه نیوز"]
    assert sources("به گزارش «تابناک»؛ وبسایت خبری «آکسیوس» آمریکا در گزارشی به نقل از مقامات آگاه اعلام کرد، نشستی "
                   "برگزار شد. به گزارش وبسایت خبری آکسیوس، العتیبه در این نشست بود.") == ["تابناک", "آکسیوس"]


def test_quoted_outlet_that_quotes_another_is_named_first(sources):
    # farsnews/1224 «روزنامه «ديلي تلگراف» در شماره امروز خود به نقل از هفته‌نامه «جينز ديفنس» …» (no verb of its own);
    # irnews/2449 «شبکه خبری «العربیه» به نقل از الجبیر گزارش داد», irnews/0425 «روزنامه «الوطن» سوریه به نقل از …»
    assert sources("روزنامه «دیلی تلگراف» در شماره امروز خود به نقل از هفته‌نامه «جینز دیفنس» دستوری برای تکمیل "
                   "ساختمانها صادر شده است.\n\nبه نوشته دیلی تلگراف، بازرسان در سال 2003 اعلام کردند.") == \
        ["دیلی تلگراف", "جینز دیفنس"]


def test_closing_sources_line_with_a_one_word_site_name(sources):
    # irnews/0521, irnews/0651 (and held-out irnews/1619): «… . منابع: روزنامک، موسسه مطالعات و پژوهش های سیاسی و روزنامه
    # دنیای اقتصاد» closing the one paragraph of the body (DECISIONS 66)
    assert sources("به گزارش، تاریخ اقتصاد ایران آینه‌ای است از رویدادهای گذشته. منابع: روزنامک، موسسه مطالعات و "
                   "پژوهش های سیاسی و روزنامه دنیای اقتصاد") == \
        ["روزنامک", "موسسه مطالعات و پژوهش های سیاسی", "روزنامه دنیای اقتصاد"]
