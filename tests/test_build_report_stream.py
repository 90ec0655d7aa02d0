"""build_report.json streams the per-file entries (``build.FileLog``) with the bytes of one json.dump."""
import io
import json

import pytest

from builder.build import FileLog
from builder.release import dump_build_report

CASES = [
    [],
    [{"file": "a.txt", "status": "built", "encoding": "utf-8", "article_id": "a1"}],
    [{"file": "الف «ب».txt", "status": "rejected", "reason": "empty\n<x> & \"q\"", "notes": ["n1", "n2"]},
     {"file": "b.txt", "status": "built", "encoding": "cp1256", "notes": [], "article_id": "b2"},
     {"file": "c.txt", "status": "failed", "reason": "r", "notes": [{"k": [1, 2.5, None, True]}]}],
]


@pytest.mark.parametrize("entries", CASES)
def test_streamed_build_report_is_one_json_dump(entries):
    log = FileLog()
    for entry in entries:
        log.append(entry)
    slim = {"version": "9.9.9", "files_found": len(entries), "files": log, "meta_problems": [],
            "counts": {"articles": 1}, "accounting": {"nested": {"x": []}}}
    streamed, whole = io.StringIO(), io.StringIO()
    dump_build_report(slim, streamed)
    json.dump(dict(slim, files=entries), whole, ensure_ascii=False, indent=2, sort_keys=True)
    whole.write("\n")
    assert streamed.getvalue() == whole.getvalue()
    assert list(log) == entries and len(log) == len(entries)
    assert log.statuses == {s: sum(e["status"] == s for e in entries) for s in {e["status"] for e in entries}}


def test_entries_past_a_compressed_chunk_come_back_in_order():
    """The log compresses a thousand lines at a time; iterating gives every entry back, in order."""
    log = FileLog()
    entries = [{"file": f"پوشه/{i:05d}.txt", "status": "built" if i % 7 else "rejected", "notes": ["«x»"] * (i % 3)}
               for i in range(2 * FileLog.CHUNK + 5)]
    for entry in entries:
        log.append(entry)
    assert len(log) == len(entries) and list(log) == entries
    assert log.statuses == {"built": sum(i % 7 != 0 for i in range(len(entries))),
                            "rejected": sum(i % 7 == 0 for i in range(len(entries)))}
