"""Nothing lost: on a corpus with deliberately broken files, every file is in the build report
exactly once with its decision, and every extracted record is either written or quarantined."""
import json

import polars as pl
import pytest

from builder import build as build_module
from builder.build import build
from builder.columns import CONFIGS
from builder.pipeline import extract_article
from builder.reader import decode

from .conftest import SEED

GOOD = "## خبر {n}\n\nوزیر اقتصاد گفت: «تورم {n} درصد کاهش یافت.»\n\nاو افزود که در سال ۱۴۰۲ بودجه {n} هزار میلیارد بود.\n"
BROKEN_ON_PURPOSE = "outlet/raises.txt"
CORRUPTED = "outlet/corrupted.txt"

#: file → (status, a reason or note that must be reported for it, or None)
EXPECTED = {
    "seed.txt": ("built", None),
    "z-copy-of-seed.txt": ("duplicate", "same text as"),
    "outlet/good-1.txt": ("built", None),
    "outlet/good-2.txt": ("built", None),
    "outlet/cp1256.txt": ("built", "Windows-1256"),
    "outlet/utf16.txt": ("built", "decoded as UTF-16"),
    "outlet/picture.txt": ("rejected", "PNG"),
    "outlet/nul.txt": ("rejected", "NUL"),
    "outlet/latin1.txt": ("rejected", "not UTF-8"),
    "outlet/empty.txt": ("built", "empty file"),
    "outlet/title-only.txt": ("built", "title only, no body"),
    "outlet/no-title.txt": ("built", "no '## title' line"),
    "outlet/html.txt": ("built", "HTML remnants"),
    "outlet/bidi.txt": ("built", "bidi/zero-width"),
    BROKEN_ON_PURPOSE: ("failed", "extraction raised RuntimeError"),
    CORRUPTED: ("built", None),
}


def _write_corpus(root):
    (root / "outlet").mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "z-copy-of-seed.txt").write_bytes(SEED.read_bytes())
    for n in (1, 2):
        (root / f"outlet/good-{n}.txt").write_text(GOOD.format(n=n * 10), encoding="utf-8")
    old_style = str.maketrans("یک۰۱۲۳۴۵۶۷۸۹", "يك0123456789")     # what Windows-1256 can hold
    (root / "outlet/cp1256.txt").write_bytes(GOOD.format(n=3).translate(old_style).encode("cp1256"))
    (root / "outlet/utf16.txt").write_bytes(GOOD.format(n=4).encode("utf-16"))
    (root / "outlet/picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (root / "outlet/nul.txt").write_bytes(GOOD.format(n=5).encode() + b"\x00" * 8)
    (root / "outlet/latin1.txt").write_bytes("café naïve déjà vu, ½ €".encode("latin-1", errors="replace") * 20)
    (root / "outlet/empty.txt").write_bytes(b"")
    (root / "outlet/title-only.txt").write_text("## فقط عنوان\n", encoding="utf-8")
    (root / "outlet/no-title.txt").write_text("رئیس سازمان گفت که ۴۰ درصد کارها انجام شد.\n", encoding="utf-8")
    (root / "outlet/html.txt").write_text(
        '## خبر&nbsp;ویژه\n\n<p class="lead">وزیر گفت: «<b>۶۰</b> درصد.»</p><br/>&zwnj;\n', encoding="utf-8")
    (root / "outlet/bidi.txt").write_text("## خبر\n\n\u202bمدیر گفت که ۷۰ درصد\u200f پیشرفت داشتیم.\u202c\n",
                                          encoding="utf-8")
    (root / BROKEN_ON_PURPOSE).write_text(GOOD.format(n=8), encoding="utf-8")
    (root / CORRUPTED).write_text(GOOD.format(n=9), encoding="utf-8")
    (root / "outlet/meta.jsonl").write_text(
        '{"file": "good-1.txt", "outlet": "ایرنا", "date": "1402-01-01"}\n'
        '{"file": "good-2.txt", "outlet": \n'
        'just some words\n'
        '{"file": "good-2.txt", "outlet": "فارس"}\n'
        '{"file": "missing.txt", "outlet": "فارس"}\n', encoding="utf-8")


def _extract(text, file, meta=None):
    """The real extraction, except that one file raises and one gets a record with bad offsets."""
    if file == BROKEN_ON_PURPOSE:
        raise RuntimeError("an extractor bug, on purpose")
    records = extract_article(text, file, meta)
    if file == CORRUPTED:
        records["claims"][0]["start"] += 1
    return records


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("broken-corpus")
    _write_corpus(root)
    patch = pytest.MonkeyPatch()
    patch.setattr(build_module, "extract_article", _extract)
    try:
        result = build(root, tmp_path_factory.mktemp("dist"), workers=1)
    finally:
        patch.undo()
    return root, result


def test_files_found_is_every_txt_file(built):
    root, result = built
    assert result.report["files_found"] == len(EXPECTED) == len(list(root.rglob("*.txt")))


def test_every_file_appears_once_with_its_decision(built):
    _, result = built
    entries = {e["file"]: e for e in result.report["files"]}
    assert len(entries) == len(result.report["files"]) == len(EXPECTED)
    for file, (status, said) in EXPECTED.items():
        entry = entries[file]
        assert entry["status"] == status, file
        if said:
            shown = " ".join([entry.get("reason") or ""] + entry.get("notes", []))
            assert said in shown, (file, entry)


def test_statuses_add_up_to_files_found(built):
    _, result = built
    report = result.report
    statuses = report["file_status"]
    assert set(statuses) <= {"built", "rejected", "duplicate", "failed"}
    assert sum(statuses.values()) == report["files_found"]
    assert statuses == {"built": 11, "duplicate": 1, "failed": 1, "rejected": 3}


def test_rejected_and_failed_files_carry_a_reason(built):
    _, result = built
    for entry in result.report["files"]:
        assert bool(entry.get("reason")) == (entry["status"] != "built"), entry


def test_record_counts_equal_the_rows_written(built):
    _, result = built
    for config in CONFIGS:
        rows = pl.read_parquet(result.folder / "data" / config).height
        assert rows == result.report["counts"][config], config
    assert result.report["counts"]["articles"] == result.report["file_status"]["built"]


def test_every_extracted_record_is_written_or_quarantined(built):
    root, result = built
    extracted: dict[str, int] = {}  # the per-article configs (tracks are built across articles)
    for entry in result.report["files"]:
        if entry["status"] == "built":
            text = (root / entry["file"]).read_bytes()
            for config, rows in _extract(decode(text)[0], entry["file"]).items():
                extracted[config] = extracted.get(config, 0) + len(rows)
    quarantined = {config: 0 for config in CONFIGS}
    for q in result.report["quarantine"]:
        quarantined[q["config"]] += 1
    assert set(extracted) == {"articles", "quotations", "claims", "mentions"}
    for config in extracted:
        assert extracted[config] == result.report["counts"][config] + quarantined[config], config


def test_the_corrupted_record_is_in_the_quarantine_with_its_reason(built):
    _, result = built
    lines = (result.folder / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == result.report["quarantined_records"] == 1
    entry = json.loads(lines[0])
    assert entry["file"] == CORRUPTED and entry["config"] == "claims"
    assert "is not the record's text" in entry["problems"][0]["message"]
    assert result.exit_code == 3


def test_malformed_meta_lines_are_reported_with_line_numbers_and_the_article_still_builds(built):
    _, result = built
    problems = [(p["meta_file"], p["line"]) for p in result.report["meta_problems"]]
    assert problems == [("outlet/meta.jsonl", 2), ("outlet/meta.jsonl", 3), ("outlet/meta.jsonl", 5)]
    articles = pl.read_parquet(result.folder / "data" / "articles")
    outlets = dict(articles.select("file", "outlet").iter_rows())
    assert outlets["outlet/good-1.txt"] == "ایرنا" and outlets["outlet/good-2.txt"] == "فارس"


def test_the_written_report_holds_every_decision(built):
    _, result = built
    written = json.loads((result.folder / "build_report.json").read_text(encoding="utf-8"))
    assert written["files"] == result.report["files"]
    assert written["file_status"] == result.report["file_status"]


def test_the_report_states_the_accounting_explicitly(built):
    _, result = built
    acc = result.report["accounting"]
    assert acc["files_found"] == acc["built"] + acc["rejected"] + acc["duplicate"] + acc["failed"] == len(EXPECTED)
    assert acc["records_written"] == result.report["counts"]
    assert sum(acc["records_quarantined"].values()) == result.report["quarantined_records"] == 1
