"""Tracks across articles: copies of one story, one statement across outlets, one figure over time."""
import json
import random
import re
import shutil
from pathlib import Path

import polars as pl
import pytest

from builder import __version__
from builder.build import build
from builder.tracking import article_info, claim_tracks, normalize_subject, quote_tracks, track_id
from builder.validate import problems

ROOT = Path(__file__).resolve().parent.parent

STATEMENT = ("بیش از دو میلیون نفر از ساکنان مناطق سیل‌زده استان خوزستان هنوز به خانه‌های خود "
             "بازنگشته‌اند و دولت همه امکانات خود را برای بازگشت آنها به کار گرفته است")
BODY = ("وزیر کشور روز دوشنبه در جمع خبرنگاران گفت: «" + STATEMENT + ".»\n\n"
        "وی افزود: «ستاد بحران استان تا پایان هفته گزارش کاملی از خسارت‌ها ارائه خواهد داد.»\n\n"
        "براساس این گزارش، ۲ میلیون آواره در اردوگاه‌های موقت ساکن هستند و ۳۰۰ مدرسه تخریب شده است.")


def _article(outlet_intro: str, body: str = BODY, title: str = "آوارگان سیل خوزستان") -> str:
    return f"## {title}\n\nبه گزارش {outlet_intro}، {body}\n"


def _info(*rows):
    return article_info([{"article_id": aid, "text": text, "date": date, "outlet": outlet, "sources": []}
                         for aid, text, date, outlet in rows])


def _quote(qid, aid, speaker, content):
    return {"quote_id": qid, "article_id": aid, "speaker": speaker, "content": content}


def _claim(cid, aid, subject, value, speaker=None, kind="count", unit=None):
    return {"claim_id": cid, "article_id": aid, "kind": kind, "text": str(value), "value": value,
            "value_high": None, "unit": unit, "subject": subject, "speaker": speaker, "end": 0}


INFO = _info(("a" + "1" * 16, "متن اول", "1399-01-01", "Fars"),
             ("a" + "2" * 16, "متن دوم", "2020-04-01", "Tabnak"),
             ("a" + "3" * 16, "متن سوم", "2021-01-01", "Asr-e Iran"))
A1, A2, A3 = ("a" + d * 16 for d in "123")


def test_copies_of_an_article_are_linked_to_the_earliest_copy():
    info = _info(("a" + "b" * 16, _article("تابناک"), "2020-03-08 10:00:00", "Tabnak"),
                 ("a" + "a" * 16, _article("عصر ایران"), "2020-03-09 09:00:00", "Asr-e Iran"),
                 ("a" + "c" * 16, _article("مهر", body="متن دیگری درباره بازار ارز و قیمت طلا در تهران."),
                  "2020-03-07", "Mehr"))
    assert info["a" + "a" * 16]["duplicate_of"] == "a" + "b" * 16   # the earlier copy, not the smaller id
    assert info["a" + "b" * 16]["duplicate_of"] is None
    assert info["a" + "c" * 16]["duplicate_of"] is None


def test_a_roundup_containing_a_story_is_not_its_copy():
    roundup = BODY + "\n\n" + " ".join(f"خبر کوتاه شماره {i} درباره موضوعی دیگر در شهر {i * 3} منتشر شد." for i in range(40))
    info = _info(("a" + "b" * 16, _article("تابناک"), "2020-03-08", "Tabnak"),
                 ("a" + "a" * 16, _article("عصر ایران", roundup), "2020-03-09", "Asr-e Iran"))
    assert info["a" + "a" * 16]["duplicate_of"] is None


def test_verbatim_republication_is_one_track_counted_once_per_story():
    info = _info(("a" + "b" * 16, _article("تابناک"), "2020-03-08", "Tabnak"),
                 ("a" + "a" * 16, _article("عصر ایران"), "2020-03-09", "Asr-e Iran"))
    quotes = [_quote("q" + "1" * 16, "a" + "b" * 16, "وزیر کشور", STATEMENT),
              _quote("q" + "2" * 16, "a" + "a" * 16, "وزیر کشور", STATEMENT)]
    tracks, back = quote_tracks(quotes, info)
    assert len(tracks) == 1 and back["q" + "1" * 16] == back["q" + "2" * 16] == tracks[0]["track_id"]
    t = tracks[0]
    assert (t["n_quotes"], t["n_articles"], t["n_stories"], t["n_outlets"]) == (2, 2, 1, 2)
    assert (t["first_seen"], t["last_seen"], t["first_article_id"]) == ("2020-03-08", "2020-03-09", "a" + "b" * 16)


def test_a_lightly_edited_quote_joins_the_track():
    edited = STATEMENT.replace("هنوز", "تاکنون").replace("ساکنان", "اهالی") \
        .replace("بازنگشته‌اند", "برنگشته اند").replace("ي", "ی")
    trimmed = STATEMENT.split(" و دولت")[0]
    quotes = [_quote("q" + "1" * 16, A1, "وزیر کشور", STATEMENT),
              _quote("q" + "2" * 16, A2, "وزير کشور", edited),             # Arabic yeh in the name
              _quote("q" + "3" * 16, A3, "وزیر کشور", trimmed)]
    tracks, back = quote_tracks(quotes, INFO)
    assert len(set(back.values())) == 1
    assert tracks[0]["content"] == STATEMENT and tracks[0]["first_quote_id"] == "q" + "1" * 16


def test_the_same_words_from_different_speakers_are_different_tracks():
    quotes = [_quote("q" + "1" * 16, A1, "وزیر کشور", STATEMENT),
              _quote("q" + "2" * 16, A2, "استاندار خوزستان", STATEMENT)]
    _, back = quote_tracks(quotes, INFO)
    assert back["q" + "1" * 16] != back["q" + "2" * 16]


def test_a_template_repeated_with_new_figures_is_a_new_statement():
    day1 = "از ظهر دیروز تا امروز ۷۴۳ بیمار جدید مبتلا به کووید۱۹ در کشور شناسایی شدند"
    day2 = day1.replace("۷۴۳", "۱۰۷۵")
    quotes = [_quote("q" + "1" * 16, A1, "سخنگوی وزارت بهداشت", day1),
              _quote("q" + "2" * 16, A2, "سخنگوی وزارت بهداشت", day2)]
    _, back = quote_tracks(quotes, INFO)
    assert back["q" + "1" * 16] != back["q" + "2" * 16]


def test_every_quotation_is_in_exactly_one_track():
    quotes = [_quote("q" + f"{i:016x}", A1, "وزیر کشور", f"جمله شماره {i} درباره موضوعی کاملا متفاوت {i * 7}")
              for i in range(50)]
    tracks, back = quote_tracks(quotes, INFO)
    assert sorted(back) == sorted(q["quote_id"] for q in quotes)
    assert sum(t["n_quotes"] for t in tracks) == 50


def test_track_ids_do_not_depend_on_order_or_on_unrelated_articles():
    base = [_quote("q" + "1" * 16, A1, "وزیر کشور", STATEMENT),
            _quote("q" + "2" * 16, A2, "وزیر کشور", STATEMENT)]
    extra = [_quote("q" + f"{i:016x}", A3, f"سخنگوی شماره {i}", f"سخنی دیگر به شماره {i} درباره بودجه سال آینده")
             for i in range(3, 40)]
    tracks_a, back_a = quote_tracks(base, INFO)
    mixed = base + extra
    random.Random(3).shuffle(mixed)
    tracks_b, back_b = quote_tracks(mixed, INFO)
    assert back_a["q" + "1" * 16] == back_b["q" + "1" * 16] == track_id("qt", ["q" + "1" * 16, "q" + "2" * 16])
    assert [t for t in tracks_b if t["track_id"] == tracks_a[0]["track_id"]] == tracks_a
    assert [t["track_id"] for t in tracks_b] == sorted(t["track_id"] for t in tracks_b)


def test_subjects_are_normalized_conservatively():
    assert normalize_subject("تعداد آواره‌ها") == normalize_subject("آواره ها") == "آواره"
    assert normalize_subject("شمار آوارههای") == "آواره"
    assert normalize_subject("نرخ بيكاري") == normalize_subject("نرخ بیکاری") == "نرخ بیکاری"
    assert normalize_subject("نرخ تورم") != normalize_subject("نرخ بیکاری")
    assert normalize_subject("شمار آوارگان") == "آواره" and normalize_subject("مبتلایان") == "مبتلا"
    assert normalize_subject("مردم ایران") == "مردم ایران" and normalize_subject("گروگان‌ها") == "گروگان"


def test_claim_tracks_group_one_quantity_and_flag_disagreement():
    claims = [_claim("c" + "1" * 16, A1, "آوارگان سیل", 1_000_000, "وزیر کشور"),
              _claim("c" + "2" * 16, A2, "آوارگان سیل", 1_020_000, "استاندار"),
              _claim("c" + "3" * 16, A3, "آوارگان سیل", 2_000_000, "هلال احمر"),
              _claim("c" + "4" * 16, A3, "آوارگان سیل", 20, kind="percent", unit="percent"),
              _claim("c" + "5" * 16, A1, "کشته‌شدگان سیل", 70)]
    tracks, back = claim_tracks(claims, INFO, {})
    assert back["c" + "1" * 16] == back["c" + "2" * 16] == back["c" + "3" * 16]
    assert len({back["c" + "1" * 16], back["c" + "4" * 16], back["c" + "5" * 16]}) == 3
    t = next(t for t in tracks if t["track_id"] == back["c" + "1" * 16])
    assert t["values"] == [1_000_000, 1_020_000, 2_000_000]            # earliest first
    assert t["speakers"] == ["وزیر کشور", "استاندار", "هلال احمر"]
    assert t["dates"] == ["2020-03-20", "2020-04-01", "2021-01-01"]
    assert t["agree"] is False and t["subject_from"] == "claim"
    two, _ = claim_tracks(claims[:2], INFO, {})
    assert two[0]["agree"] is True                                     # within 5%


def test_a_claim_without_subject_reads_its_subject_after_the_number():
    text = "براساس این گزارش، ۲ میلیون آواره در اردوگاه‌ها ساکن هستند. ۳۰ مرداد"
    end = text.index(" آواره")
    month = text.index(" مرداد")
    claims = [{**_claim("c" + "1" * 16, A1, None, 2e6), "end": end},
              {**_claim("c" + "2" * 16, A1, None, 30), "end": month}]
    tracks, back = claim_tracks(claims, INFO, {A1: text})
    assert [t["subject_key"] for t in tracks] == ["آواره اردوگاه"]
    assert tracks[0]["subject_from"] == "context" and "c" + "2" * 16 not in back   # a date has no subject


# ------------------------------------------------------------------ on a built release

@pytest.fixture(scope="module")
def tracked(tmp_path_factory):
    """A small corpus: one agency story in two outlets, and a later article with another figure."""
    corpus = tmp_path_factory.mktemp("tracked") / "corpus"
    later = ("رئیس جمعیت هلال احمر امروز در بازدید از اردوگاه‌های اهواز اعلام کرد که ۳ میلیون آواره در "
             "استان‌های جنوبی نیازمند چادر، پتو و غذا هستند و کمک‌های مردمی به تنهایی کافی نیست.\n\n"
             "هلال احمر تاکنون ۵۰ هزار چادر و ۱۲۰ هزار بسته غذایی در شهرهای سیل‌زده توزیع کرده است.")
    files = {"tabnak/0001.txt": (_article("تابناک"), "2020-03-08 10:00:00", "Tabnak"),
             "asriran/0001.txt": (_article("عصر ایران"), "2020-03-09 09:30:00", "Asr-e Iran"),
             "fars/0001.txt": (_article("خبرگزاری فارس", later, "آمار تازه آوارگان"), "1399-01-10", "Fars")}
    for rel, (text, date, outlet) in files.items():
        path = corpus / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        with open(path.parent / "meta.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"file": path.name, "date": date, "outlet": outlet}, ensure_ascii=False) + "\n")
    return build(corpus, corpus.parent / "dist", workers=1).folder


def test_a_built_release_links_copies_and_shares_their_quote_track(tracked):
    data = tracked / "data"
    articles = pl.read_parquet(data / "articles").sort("date_iso")
    assert articles["date_iso"].to_list() == ["2020-03-08", "2020-03-09", "2020-03-29"]
    assert articles["duplicate_of"].to_list() == [None, articles["article_id"][0], None]
    quotes = pl.read_parquet(data / "quotations").filter(pl.col("content").str.contains("سیل"))
    by_article = quotes.group_by("quote_track_id").agg(pl.col("article_id").n_unique())
    assert by_article["article_id"].max() == 2      # the statement is one track over both copies
    tracks = pl.read_parquet(data / "quote_tracks")
    assert set(quotes["quote_track_id"]) <= set(tracks["track_id"])
    assert set(tracks.filter(pl.col("n_articles") == 2)["n_stories"]) == {1}   # copies count once


def test_track_ids_are_the_same_in_a_build_with_other_articles(tracked, tmp_path):
    corpus = tmp_path / "corpus"
    for folder in ("tabnak", "asriran"):                      # the two copies, without the Fars article
        shutil.copytree(tracked.parent.parent / "corpus" / folder, corpus / folder)
    (corpus / "extra.txt").write_text(_article("ایسنا", "سخنگوی دولت گفت: «جلسه هیئت دولت فردا برگزار می‌شود.»"),
                                      encoding="utf-8")
    other = build(corpus, tmp_path / "dist", workers=1).folder

    def shared(release):
        return set(pl.read_parquet(release / "data" / "quote_tracks").filter(pl.col("n_articles") == 2)["track_id"])

    assert shared(tracked) and shared(other) == shared(tracked)


def test_every_track_row_of_a_release_passes_its_schema(tracked):
    for config in ("quote_tracks", "claim_tracks"):
        rows = pl.read_parquet(tracked / "data" / config).to_dicts()
        assert rows, config
        for row in rows:
            assert problems(config, row) == [], row


def test_the_readme_query_runs_on_a_built_release(tracked):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- tracking-example -->\s*```python\n(.*?)```", readme, re.S).group(1)
    code = code.replace(f'"dist/v{__version__}"', repr(str(tracked)))
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    figures = scope["figures"]
    assert {"value", "speaker", "date", "outlet"} <= set(figures.columns)
    assert {2e6, 3e6} <= set(figures["value"].to_list())


def test_copy_checks_on_shingle_arrays_count_exactly_what_python_sets_count():
    from builder.minhash import jaccard, overlap
    from builder.tracking import article_shingles, jaccard_arrays, overlap_arrays

    a, b = article_shingles(_article("ایرنا")), article_shingles(_article("ایسنا", BODY[:200]))
    assert jaccard_arrays(a, b) == jaccard(set(a.tolist()), set(b.tolist()))
    assert overlap_arrays(a, b) == overlap(set(a.tolist()), set(b.tolist()))


def test_tracks_read_from_article_shards_match_tracks_from_texts(tmp_path):
    from builder.tracking import stream_articles

    text = _article("ایرنا")
    end = text.index("۲ میلیون") + len("۲ میلیون")
    rows = [("a1", text, "1403-01-02", "ایرنا"), ("a2", _article("ایسنا"), "1403-01-01", None)]
    (tmp_path / "articles").mkdir()
    for n, row in enumerate(rows):   # one article per shard: the second shard is read after the first
        pl.DataFrame([dict(zip(("article_id", "text", "date", "outlet"), row), sources=["ایسنا"])]).write_parquet(
            tmp_path / "articles" / f"train-{n}.parquet")
    info, contexts = stream_articles(tmp_path, {"a1": [end]})
    expected = article_info([{"article_id": aid, "text": t, "date": d, "outlet": o, "sources": ["ایسنا"]}
                             for aid, t, d, o in rows])
    assert info == expected and info["a1"]["duplicate_of"] == "a2"
    claim = dict(_claim("c1", "a1", None, 2000000), end=end)
    assert claim_tracks([claim], info, contexts=contexts) == claim_tracks([claim], info, {"a1": text})


def test_shingles_of_many_sets_at_once_are_each_sets_own_shingles():
    """``shingles_many`` (one vectorised step for all of an article's quotations) gives every set's
    ``shingles`` exactly: empty sets, one-word sets (one shingle of the word) and repeated grams."""
    import numpy as np

    from builder.minhash import shingles, shingles_many, token_hashes

    rng = random.Random(7)
    words = STATEMENT.split()
    texts = ["", "گفت", "گفت گفت گفت", STATEMENT, "۲۰ درصد", ""] + [
        " ".join(rng.choice(words) for _ in range(rng.randrange(0, 12))) for _ in range(200)]
    for k in (1, 2, 3):
        ids = [token_hashes(t) for t in texts]
        values, sizes = shingles_many(np.concatenate(ids), [len(x) for x in ids], k)
        ends = np.cumsum(sizes)
        for text, x, end, size in zip(texts, ids, ends, sizes):
            assert values[end - size:end].tobytes() == shingles(x, k).astype(np.uint32).tobytes(), (text, k)


def test_signatures_of_flat_sets_are_those_of_the_sets():
    """``MinHasher.signatures_flat`` over sets laid end to end equals ``signatures`` of the list,
    across the chunk bound and with empty sets (all-max rows) in between."""
    import numpy as np

    from builder import minhash

    rng = np.random.RandomState(3)
    sets = [np.unique(rng.randint(0, 2**32, size=n).astype(np.uint32)) for n in (0, 5, 0, 30_000, 25_000, 1, 0, 900)]
    hasher = minhash.MinHasher(16)
    flat = np.concatenate(sets)
    reference = np.full((len(sets), 16), np.iinfo(np.uint64).max, dtype=np.uint64)
    for i, s in enumerate(sets):
        if len(s):
            reference[i] = (hasher.a * s.astype(np.uint64)[None, :] + hasher.b).min(axis=1)
    assert (hasher.signatures_flat(flat, [len(s) for s in sets]) == reference).all()
    assert (hasher.signatures(sets) == reference).all()


def test_an_articles_quote_features_at_once_are_each_quotations_own():
    """``quotes_features`` (the track inputs of all of an article's quotations) equals
    ``quote_features`` of each: speaker tokens, content shingles and the numbers in it."""
    import numpy as np

    from builder.tracking import quote_features, quotes_features

    quotes = [_quote("q1", "a1", "وزیر کشور", STATEMENT), _quote("q2", "a1", None, "۷۴۳ مورد جدید و ۲۰ درصد"),
              _quote("q3", "a1", "وی", ""), _quote("q4", "a1", "سخنگو", "بله")]
    speakers, values, sizes, numbers = quotes_features(quotes)
    ends = np.cumsum(sizes)
    for q, sp, end, size, nums in zip(quotes, speakers, ends, sizes, numbers):
        ref = quote_features(q)
        assert (sp, values[end - size:end].tobytes(), nums) == (ref[0], ref[1].tobytes(), ref[2])
    assert quotes_features([])[1].size == 0
