"""The scorer: its own normalization, one-to-one greedy matching, the figures it reports."""
import json
import os

from builder import evaluate as ev


def test_scorer_normalizes_letters_digits_and_zwnj_itself():
    assert ev.norm_tokens("وزير گفت ۲۰ درصد") == ["وزیر", "گفت", "20", "درصد"]
    assert ev.norm_tokens("می‌گوید «تأکید»") == ["می", "گوید", "تاکید"]


def test_token_f1():
    assert ev.token_f1("الف ب ج د", "الف ب ج د") == 1.0
    assert ev.token_f1("الف ب", "ج د") == 0.0
    assert abs(ev.token_f1("الف ب ج د", "الف ب") - 2 * 1 * 0.5 / 1.5) < 1e-9


def test_matching_is_one_to_one_and_greedy_by_best_overlap():
    gold = [{"content": "الف ب ج د"}, {"content": "الف ب ه و"}]
    pred = [{"content": "الف ب ج د"}]
    pairs = ev.match(gold, pred, 0.5)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0)]


def test_threshold_drops_weak_pairs():
    gold = [{"content": "الف ب ج د ه و ز ح"}]
    pred = [{"content": "الف ب ج د ی ک"}]
    assert len(ev.match(gold, pred, 0.5)) == 1
    assert ev.match(gold, pred, 0.8) == []


def _article(gq, pq, gs=(), ps=()):
    return {"file": "x", "text": "", "gold_quotations": gq, "pred_quotations": pq,
            "gold_sources": list(gs), "pred_sources": list(ps), "gold_claims": [], "pred_claims": [],
            "gold_mentions": [], "pred_mentions": []}


def test_score_reports_prf_speaker_kind_cue_and_sources():
    g = [{"content": "الف ب ج", "speaker": "علی", "kind": "direct", "cue": "گفت"},
         {"content": "د ه و", "speaker": "رضا", "kind": "indirect", "cue": "افزود"}]
    p = [{"content": "الف ب ج", "speaker": "علي", "kind": "direct", "cue": "گفت"},
         {"content": "ز ح ط", "speaker": "رضا", "kind": "indirect", "cue": "افزود"}]
    res = ev.score([_article(g, p, ["ایسنا"], ["ايسنا"]), _article([], [], ["فارس"], [])])
    q = res["quotations"]["overlap_0.5"]
    assert (q["precision"], q["recall"], q["f1"]) == (0.5, 0.5, 0.5)
    assert res["speaker_accuracy"] == 1.0 and res["kind_accuracy"] == 1.0 and res["cue_accuracy"] == 1.0
    assert res["sources_exact"] == 0.5


def test_scorer_does_not_use_the_builders_normalization():
    src = open(ev.__file__, encoding="utf-8").read()
    assert "builder.normalize" not in src.replace("never ``builder.normalize``", "") and "from .normalize" not in src


GOLD = "/work/shared/gold"
CORPUS = "/work/shared/corpus"


def test_cli_on_the_dev_set_writes_json(tmp_path, capsys):
    if not os.path.exists(os.path.join(GOLD, "dev.jsonl")):
        import pytest
        pytest.skip("shared gold not available")
    out = tmp_path / "eval.json"
    assert ev.main(["--gold", GOLD, "--corpus", CORPUS, "--json", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["quotations"]["overlap_0.5"]["gold"] > 0
    assert "quotations @0.5" in capsys.readouterr().out


def test_release_mode_reads_parquet_and_joins_on_file(tmp_path):
    import polars as pl

    gold_dir = tmp_path / "gold"
    corpus = tmp_path / "corpus"
    (corpus / "seed").mkdir(parents=True)
    gold_dir.mkdir()
    text = "## عنوان\n\nعلی رضایی گفت: این طرح اجرا می‌شود.\n"
    (corpus / "seed" / "a.txt").write_text(text, encoding="utf-8")
    (gold_dir / "dev-files.txt").write_text("seed/a.txt\n", encoding="utf-8")
    gold = {"file": "a.txt", "sources": [], "claims": [], "mentions": [],
            "quotations": [{"kind": "indirect", "speaker": "علی رضایی", "mention": "علی رضایی", "cue": "گفت",
                            "content": "این طرح اجرا می‌شود."}]}
    (gold_dir / "dev.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    rel = tmp_path / "release"
    for cfg in ("articles", "quotations"):
        (rel / "data" / cfg).mkdir(parents=True)
    pl.DataFrame({"article_id": ["A1"], "file": ["seed/a.txt"], "title": ["عنوان"], "text": [text],
                  "sources": [[]]}, schema_overrides={"sources": pl.List(pl.Utf8)}).write_parquet(
        rel / "data" / "articles" / "train.parquet")
    pl.DataFrame({"quote_id": ["q1"], "article_id": ["A1"], "kind": ["direct"], "speaker": ["علی رضایی"],
                  "mention": ["علی رضایی"], "cue": ["گفت"], "content": ["این طرح اجرا می‌شود."],
                  "start": [0], "end": [1]}).write_parquet(rel / "data" / "quotations" / "train.parquet")
    res = ev.evaluate(str(gold_dir), str(corpus), str(rel))
    assert res["mode"] == "release"
    assert res["quotations"]["overlap_0.8"]["f1"] == 1.0
    assert res["speaker_accuracy"] == 1.0 and res["kind_accuracy"] == 0.0 and res["sources_exact"] == 1.0
