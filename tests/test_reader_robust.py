"""Hostile input files: each is decoded or rejected by name with a reason, and every decision
is a note the build report shows."""
import time

import pytest

from builder import reader
from builder.build import process_file
from builder.markup import find_markup, mask_markup
from builder.normalize import normalize
from builder.pipeline import extract_article
from builder.reader import decode, read_file, read_meta

from .conftest import SEED

ARTICLE = "## خبر\n\nوزیر اقتصاد گفت: «تورم ۲۰ درصد کاهش یافت.»\n\nاو افزود که بودجه ۳۰ هزار میلیارد است.\n"


def _read(tmp_path, data: bytes, name="x.txt"):
    (tmp_path / name).write_bytes(data)
    return read_file(tmp_path, name)


def test_windows_1256_persian_is_decoded_and_noted(tmp_path):
    src = _read(tmp_path, ARTICLE.replace("ی", "ي").replace("ک", "ك").encode("cp1256", errors="replace"))
    assert src.encoding == "windows-1256" and "وزير" in src.text
    assert any("Windows-1256" in note for note in src.notes)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom_in_either_byte_order_is_decoded_and_noted(tmp_path, codec):
    data = ARTICLE.encode(codec) if codec == "utf-16" else "\ufeff".encode(codec) + ARTICLE.encode(codec)
    src = _read(tmp_path, data)
    assert src.text == ARTICLE and src.encoding == "utf-16"
    assert "decoded as UTF-16" in src.notes


def test_utf16_without_bom_is_recognised_by_its_nul_pattern(tmp_path):
    src = _read(tmp_path, ARTICLE.encode("utf-16-le"))
    assert src.text == ARTICLE and src.encoding == "utf-16-le"
    assert any("no BOM" in note for note in src.notes)


def test_utf32_with_bom_is_decoded(tmp_path):
    assert _read(tmp_path, ARTICLE.encode("utf-32")).text == ARTICLE


def test_nul_bytes_reject_the_file_with_the_reason():
    text, _, error = decode(ARTICLE.encode() + b"\x00\x00\x07binary\x00")
    assert text is None and "NUL" in error


@pytest.mark.parametrize("data,what", [(b"%PDF-1.4\n%\xe2\xe3", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"),
                                       (b"PK\x03\x04\x14\x00", "ZIP")])
def test_known_binary_formats_are_named_in_the_reason(data, what):
    text, _, error = decode(data + b"\x01" * 50)
    assert text is None and what in error


def test_control_characters_alone_are_not_text():
    text, _, error = decode(bytes(range(1, 32)) * 20)
    assert text is None and "control characters" in error


def test_utf8_with_a_few_broken_bytes_stays_utf8_not_cp1256_mojibake(tmp_path):
    data = ARTICLE.encode() * 5
    data = data[:40] + b"\xff" + data[40:]
    src = _read(tmp_path, data)
    assert src.encoding.startswith("utf-8") and "وزیر اقتصاد" in src.text
    assert any("replaced with U+FFFD" in note for note in src.notes)


def test_utf8_bom_is_removed_and_noted(tmp_path):
    src = _read(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode())
    assert src.text == ARTICLE and "UTF-8 byte-order mark removed" in src.notes


def test_empty_file_is_noted_and_still_builds(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    result = process_file(str(tmp_path), "e.txt", None)
    assert result.status == "built" and "empty file" in result.notes


def test_whitespace_only_file_counts_as_empty(tmp_path):
    assert "empty file" in _read(tmp_path, b"  \r\n\n\t\n").notes


def test_file_without_a_title_line_is_noted(tmp_path):
    assert "no '## title' line" in _read(tmp_path, "وزیر گفت که کار تمام است.".encode()).notes


def test_a_title_alone_is_noted_and_builds_with_its_title(tmp_path):
    (tmp_path / "t.txt").write_text("## فقط عنوان\n", encoding="utf-8")
    result = process_file(str(tmp_path), "t.txt", None)
    assert "title only, no body" in result.notes
    assert result.status == "built" and result.records["articles"][0]["title"] == "فقط عنوان"


def test_html_remnants_are_noted_and_the_text_is_kept_exactly(tmp_path):
    html = "## خبر&nbsp;فوری\n\n<p>وزیر گفت: «<b>۲۰</b> درصد.»</p><br/>\n"
    src = _read(tmp_path, html.encode())
    assert src.text == html
    assert "HTML remnants: 5 tags, 1 entity (kept in text, masked for matching)" in src.notes


def test_tags_are_masked_to_spaces_in_the_normalized_copy_only():
    text = '<span style="font-size: 12px">وزیر</span>&nbsp;گفت'
    norm = normalize(text)
    assert len(norm) == len(text)
    assert "12" not in norm and '"' not in norm and "nbsp" not in norm
    assert "وزیر" in norm and "گفت" in norm


def test_no_quotation_or_number_is_read_out_of_a_tag():
    text = '## خبر\n\n<div class="x" data-id="12345">متن عادی بدون نقل قول</div>\n'
    records = extract_article(text, "x.txt")
    assert records["quotations"] == [] and records["claims"] == [] and records["mentions"] == []


def test_markup_search_ignores_persian_comparisons_and_bare_ampersands():
    assert find_markup("اگر a < b و ۳ > ۲ و R&D باشد") == []
    assert mask_markup("بدون برچسب") == "بدون برچسب"


def test_bidi_and_zero_width_controls_are_counted_in_a_note(tmp_path):
    src = _read(tmp_path, "## خبر\n\n\u202bوزیر\u200f گفت\u200b\u202c\n".encode())
    assert "4 bidi/zero-width control character(s) (kept in text, ignored for matching)" in src.notes


def test_a_file_above_the_size_limit_is_rejected_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    src = _read(tmp_path, ARTICLE.encode() * 10)
    assert src.text is None and src.error.startswith("too large")


def test_a_5_mb_article_builds_in_reasonable_time(tmp_path):
    body = SEED.read_text(encoding="utf-8").split("\n", 5)[-1]
    text = "## مقاله بزرگ\n\n" + body * (5 * 2**20 // len(body.encode()) + 1)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    result = process_file(str(tmp_path), "big.txt", None)
    assert result.status == "built" and any(n.startswith("large file: 5.") for n in result.notes)
    assert result.records["quotations"] and result.records["claims"]
    assert time.perf_counter() - t0 < 120


def test_meta_problems_carry_their_line_numbers(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"file": "a.txt", "outlet": "x"}\n{broken\n[1, 2]\n\n{"file": "gone.txt"}\n{"file": "a.txt", "outlet": "y"}\n',
        encoding="utf-8")
    meta, problems = read_meta(tmp_path)
    assert [p.line for p in problems] == [2, 3, 5, 6]
    assert "invalid JSON" in problems[0].error and "gone.txt" in problems[2].error
    assert "second line" in problems[3].error and meta["a.txt"]["outlet"] == "y"


def test_control_characters_are_counted_apart_from_line_ends(tmp_path):
    """C0 controls are counted in their note, but tab, line feed, vertical tab, form feed and
    carriage return are not controls of a text; bidi marks have their own note."""
    text = ARTICLE * 5 + "\x01a\x1fb\t\x0b\x0c\r\n\u200f\u202b" + "\ufeff"
    src = _read(tmp_path, text.encode("utf-8"))
    assert "2 other control character(s) kept in text" in src.notes
    assert "3 bidi/zero-width control character(s) (kept in text, ignored for matching)" in src.notes


def test_a_located_meta_line_reads_back_the_same_record(tmp_path):
    """A build keeps only where each meta line is; reading it back gives read_meta's dict."""
    from builder.reader import meta_line

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_bytes(
        '\ufeff{"file": "a.txt", "outlet": "ایرنا"}\r\n{broken\n{"file": "b.txt", "date": "۱۴۰۲"}  \n'
        '{"file": "a.txt", "outlet": "later"}'.encode("utf-8"))
    meta, problems = read_meta(tmp_path)
    located, again = read_meta(tmp_path, locate=True)
    assert [p.line for p in again] == [p.line for p in problems]
    assert {key: meta_line(*where) for key, where in located.items()} == meta
