from builder.segment import paragraphs, sentences


def test_title_line_is_its_own_paragraph_without_the_marker():
    text = "\n\n## عنوان خبر\n\nبند اول.\n\nبند دوم."
    ps = paragraphs(text)
    assert ps[0].is_title and text[ps[0].start:ps[0].end] == "عنوان خبر"
    assert [text[p.start:p.end] for p in ps[1:]] == ["بند اول.", "بند دوم."]


def test_crlf_paragraphs_exclude_line_ends():
    text = "## عنوان\r\n\r\nبند اول\r\n\r\nبند دوم\r\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["عنوان", "بند اول", "بند دوم"]


def test_quotation_over_several_sentences_stays_one_sentence():
    text = 'وی گفت: «جمله اول. جمله دوم.» سپس رفت. پایان.'
    spans = sentences(text, 0, len(text))
    assert text[spans[0][0]:spans[0][1]] == 'وی گفت: «جمله اول. جمله دوم.» سپس رفت.'
    assert len(spans) == 2


def test_unclosed_quote_keeps_rest_of_paragraph_together():
    text = 'او افزود: "اول. دوم. سوم.'
    assert sentences(text, 0, len(text)) == [(0, len(text))]
