"""Fast paths taken for speed give exactly what the general code gives (issue 7: same bytes, less CPU)."""
import subprocess
import sys

import numpy as np

from builder import tracking
from builder.minhash import MinHasher, tokens
from builder.quotes import _ends_of
from builder.speakers import _given_among, first_names, is_given_name


def test_one_set_signature_is_the_row_the_chunked_path_gives():
    rng = np.random.RandomState(7)
    hasher = MinHasher(64)
    for size in (1, 2, 37, 600, 4000):
        one = np.unique(rng.randint(0, 2**32, size=size).astype(np.uint64)).astype(np.uint32)
        other = np.unique(rng.randint(0, 2**32, size=50).astype(np.uint64)).astype(np.uint32)
        alone = hasher.signatures_flat(one, np.array([len(one)]))
        both = hasher.signatures_flat(np.concatenate([one, other]), np.array([len(one), len(other)]))
        assert alone.shape == (1, 64) and (alone[0] == both[0]).all()


def test_a_quotation_numbers_are_its_folded_digit_words():
    quotes = [{"content": "قیمت ۱۲۰ هزار تومان و 45 درصد رسید", "speaker": "علی احمدی"},
              {"content": "٣٠ نفر", "speaker": None}, {"content": "", "speaker": "وزیر"}]
    numbers = tracking.quotes_features(quotes)[3]
    assert numbers == [frozenset(t for t in tokens(q["content"]) if t.isdigit()) for q in quotes]
    assert numbers[0] == {"120", "45"} and numbers[1] == {"30"}


def test_ends_of_finds_every_end_of_a_part_in_range_in_order():
    for w, part in (("استانهارئیس", "ها"), ("هاهاها", "ها"), ("استمعاون", "است"), ("نیستوی", "نیست")):
        for lo, hi in ((2, len(w) - 2), (3, len(w) - 4), (0, len(w))):
            brute = [i for i in range(lo, hi + 1) if w[:i].endswith(part)]
            assert _ends_of(w, part, lo, hi) == brute


def test_given_names_among_words_are_those_is_given_name_accepts():
    words = {"علی", "امیدعلی", "حجتالله", "فعلی", "وزیر", "گفت", "محمدرضا", "رمضانعلی"} | set(list(first_names())[:50])
    assert _given_among(words) == frozenset(w for w in words if is_given_name(w))


def test_the_forkserver_warm_up_loads_the_lexicons_without_importing_hazm():
    code = "import sys, builder.warm as w; assert w.warm_up(); assert 'hazm' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_verb_prefix_mi_is_skipped_but_the_month_may_is_read():
    """«می‌گوید» is no month (read at once as no date); «۵ می ۲۰۲۰», «می ۲۰۲۰» and «ماه می» still are."""
    from builder.claims import extract_claims
    from builder.normalize import normalize
    from builder.segment import paragraphs

    def dates(text):
        norm = normalize(text)
        _, mentions = extract_claims(text, norm, paragraphs(text), [])
        return [(m["text"], m["value"]) for m in mentions if m["kind"] == "date"]

    assert dates("او می‌گوید که این طرح در ۵ می ۲۰۲۰ آغاز شد.") == [("۵ می ۲۰۲۰", 2020.0)]
    assert dates("این طرح در می\u200c۲۰۲۰ آغاز شد.") == [("می\u200c۲۰۲۰", 2020.0)]   # a year after the ZWNJ: read
    assert dates("این طرح در ماه می آغاز شد.") == [("ماه می", None)]
    assert dates("او می‌گوید کار خوب است.") == []
