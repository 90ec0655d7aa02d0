"""Session 11 (speakers and sources): source-chain constructions found in held-out 5..9, each checked on corpus articles
outside the eval sets."""


def test_kind_of_medium_between_outlet_word_and_quoted_name(sources):
    # irnews/0936 «شبکه خبری «السومریه نیوز» عراق، نخست خبر داد که», irnews/1442 «؛ وبسایت خبری «آکسیوس» آمریکا در
    # گزارشی ... اعلام کرد» and later «به گزارش وبسایت خبری آکسیوس» (the same outlet, its bare name: DECISIONS 57)
    assert sources("به گزارش تابناک، راکت‌ها شلیک شد. شبکه خبری «السومریه نیوز» عراق، نخست خبر داد که چند راکت "
                   "به اطراف سفارت اصابت کرد.") == ["تابناک", "السومریه نیوز"]
    assert sources("به گزارش «تابناک»؛ وبسایت خبری «آکسیوس» آمریکا در گزارشی به نقل از مقامات آگاه اعلام کرد، نشستی "
                   "برگزار شد. به گزارش وبسایت خبری آکسیوس، العتیبه در این نشست بود.") == ["تابناک", "آکسیوس"]
