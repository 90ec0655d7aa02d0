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
