"""Never crash, offsets always right: over generated Persian-like news text, ``extract_article``
never raises, every span slices its exact string out of the text, and every record passes
its schema. Generic on purpose: it holds whichever extractors are plugged into the pipeline."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.columns import SPAN_COLUMN
from builder.normalize import normalize
from builder.pipeline import extract_article
from builder.segment import paragraphs
from builder.validate import problems

WORDS = ["وزیر", "رئیس", "سازمان", "دولت", "مجلس", "اقتصاد", "تورم", "بودجه", "کشور", "مردم",
         "سخنگوی", "وزارت", "امور", "خارجه", "این", "که", "در", "از", "به", "با", "را", "و", "او", "وی",
         "ايران", "علي", "كشور", "تأکید", "می\u200cشود", "نمی\u200cتوان", "ــ", "R&D", "<b>", "&nbsp;"]
CUES = ["گفت", "افزود", "اعلام کرد", "تاکید کرد", "تأکید کرد", "اظهار داشت", "ادامه داد",
        "خاطر نشان کرد", "تصریح کرد", "به گفته", "به گزارش", "به نقل از"]
NUMBER_WORDS = ["یک", "دو", "سه", "ده", "بیست", "صد", "هزار", "میلیون", "میلیارد", "درصد", "تومان",
                "ریال", "نفر", "حدود", "بیش از", "کمتر از", "نیم", "دهم", "اول", "سال"]
MARKS = ["«", "»", '"', "“", "”", ":", "،", ".", "؟", "!", "؛", "(", ")", "-", "/", "%", "٪", ","]
SPACES = [" ", " ", " ", "\u200c", "\n", "\n\n", "\t", "\u00a0", "\u200f", "\u202b", "\u200b", "\r\n"]
DIGITS = st.sampled_from(["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"]).flatmap(
    lambda script: st.text(alphabet=script, min_size=1, max_size=12))
NUMBER = st.one_of(DIGITS, st.builds(lambda a, sep, b: a + sep + b, DIGITS, st.sampled_from(",./٫٬"), DIGITS))
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(CUES), st.sampled_from(NUMBER_WORDS),
                  st.sampled_from(MARKS), NUMBER)
PIECE = st.one_of(TOKEN, st.sampled_from(SPACES))
BODY = st.lists(PIECE, max_size=120).map("".join)
TITLE = st.one_of(st.just(""), st.builds(lambda t: f"## {t}\n\n", st.lists(TOKEN, max_size=6).map(" ".join)))
ARTICLE = st.builds(lambda title, body: title + body, TITLE, BODY)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ARTICLE)
def test_extraction_never_raises_and_every_span_slices_its_string(text):
    records = extract_article(text, "generated.txt", {})
    for config, column in SPAN_COLUMN.items():
        for row in records[config]:
            assert 0 <= row["start"] < row["end"] <= len(text), (config, row)
            assert text[row["start"]:row["end"]] == row[column], (config, row)


@FAST
@given(ARTICLE)
def test_every_record_passes_its_schema(text):
    records = extract_article(text, "generated.txt", {})
    assert records["articles"][0]["text"] == text
    for config, rows in records.items():
        for row in rows:
            assert problems(config, row, text) == [], (config, row)


@FAST
@given(ARTICLE)
def test_normalization_and_segmentation_keep_offsets(text):
    assert len(normalize(text)) == len(text)
    for p in paragraphs(text):
        assert 0 <= p.start < p.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_at_all_never_raises(text):
    records = extract_article(text, "any.txt", {})
    for config, column in SPAN_COLUMN.items():
        for row in records[config]:
            assert text[row["start"]:row["end"]] == row[column]
