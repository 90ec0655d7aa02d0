from builder.reader import decode, iter_corpus, read_meta

PERSIAN = "## عنوان\n\nوزیر گفت که ۲۰ درصد."


def test_utf8_with_bom_is_read_without_the_bom():
    text, encoding, error = decode("\ufeff".encode() + PERSIAN.encode())
    assert text == PERSIAN and encoding == "utf-8-sig" and error is None


def test_windows_1256_is_detected():
    text, encoding, _ = decode("## خبر\n\nوزير گفت".encode("cp1256"))
    assert encoding == "windows-1256" and "وزير" in text


def test_utf16_with_bom_is_detected():
    text, encoding, _ = decode(PERSIAN.encode("utf-16"))
    assert text == PERSIAN and encoding == "utf-16"


def test_binary_file_is_rejected_with_reason():
    text, _, error = decode(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert text is None and "NUL" in error


def test_undecodable_latin_bytes_are_rejected_with_reason():
    text, _, error = decode(b"caf\xe9 \xff\xfe\xfa na\xefve " * 5)
    assert text is None and "not UTF-8" in error


def test_corpus_is_read_recursively_with_meta(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "a" / "meta.jsonl").write_text('{"file": "x.txt", "outlet": "ایرنا"}\nnot json\n', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    files = {f.file: f for f in iter_corpus(tmp_path)}
    assert files["a/x.txt"].meta["outlet"] == "ایرنا"
    assert files["b.txt"].text is None and files["b.txt"].error
    _, problems = read_meta(tmp_path)
    assert [(p.meta_file, p.line) for p in problems] == [("a/meta.jsonl", 2)]
