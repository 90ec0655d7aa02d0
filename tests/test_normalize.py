from builder.normalize import normalize


def test_normalization_keeps_length_so_offsets_are_shared():
    text = "وزير خارجه گفت: «۲۰ درصد» و ٣٠ هزار\u200cنفر ــ تأکید"
    assert len(normalize(text)) == len(text)


def test_arabic_letters_fold_to_persian():
    assert normalize("كشور علي") == "کشور علی"


def test_three_digit_scripts_fold_to_ascii():
    assert normalize("۱۲ ١٢ 12") == "12 12 12"


def test_hamza_alef_folds_so_takid_variants_match():
    assert normalize("تأکید") == normalize("تاکید")


def test_curly_quotes_keep_their_direction():
    assert normalize("“سلام”") == "“سلام”"


def test_the_letter_table_is_hazms_own():
    from builder.hazm_data import hazm_letter_pairs, letter_table

    assert letter_table() == hazm_letter_pairs()


def test_a_joiner_at_a_word_edge_becomes_a_space():
    # «به گفته‌ مجروح»: the ZWNJ before the space joins nothing
    assert normalize("به گفته\u200c مجروح") == "به گفته  مجروح"
    assert normalize("گفت: \u200cامارات") == "گفت:  امارات"


def test_a_joiner_inside_a_word_stays():
    assert normalize("می\u200cگوید") == "می\u200cگوید"


def test_a_tatweel_dash_and_a_lone_joiner_stay_tokens():
    # «۲ ـ عدم», «۷ـ اگر»: a tatweel used as a list dash is no word edge
    assert normalize("۲ ـ عدم") == "2 \u200c عدم"
    assert normalize("۷ـ اگر") == "7\u200c اگر"
    assert normalize("الف \u200c ب") == "الف \u200c ب"


def test_according_to_reads_past_a_joiner_left_before_the_space():
    from builder.pipeline import extract_article

    text = "## عنوان\n\nبه گفته\u200c مجروح، افراد بیشتری مبتلا خواهند شد.\n"
    quotes = extract_article(text, "x.txt")["quotations"]
    assert [(q["kind"], q["speaker"]) for q in quotes] == [("according_to", "مجروح")]


def test_a_hamza_or_diacritic_at_a_word_end_stays_part_of_its_word():
    # «بنا بر توصیهٔ اداره»: the ٔ belongs to «توصیهٔ», it is no joiner
    assert normalize("توصیهٔ اداره") == "توصیه\u200c اداره"


def test_a_vowel_mark_at_a_word_end_folds_like_a_joiner():
    # «الیزابت اندرسونِ فیلسوف»: the ezafe kasra ends the name
    assert normalize("اندرسونِ فیلسوف") == "اندرسون  فیلسوف"
