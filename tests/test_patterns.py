"""The fast forms of the patterns searched through whole texts match exactly what their plain forms match
(builder/patterns.py): a pattern opening with a letter lets the regex engine skip ahead, one opening with
a look-behind is tried at every position."""
import random
import re

from builder import quotes
from builder.patterns import word_start

PLAIN_SENT_END = re.compile(r"[.!?؟]+(?=[\s\"»”]|$)|\n|[!?؟]+(?=[\u0621-\u06cc])|(?<=[\u0621-\u06cc])\.(?=[\u0621-\u06cc])")


def spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def random_texts(letters, n=4000, seed=5):
    r = random.Random(seed)
    alphabet = list(letters) + [" ", "\u200c", ".", "،", "\n", "x"]
    return ["".join(r.choice(alphabet) for _ in range(r.randint(0, 14))) for _ in range(n)]


def test_word_start_matches_only_at_a_word_start():
    fast = re.compile(word_start("با", "ضمن") + r"[ \u200c]+بیان")
    assert [m.start() for m in fast.finditer("وی با بیان این، ضمن بیان آن و کتابا بیان")] == [3, 16]
    assert fast.search("با بیان") and not fast.search("\u200cبا بیان")  # after a ZWNJ the word goes on


def test_word_start_is_the_look_behind_form():
    alternatives = ("با", "ضمن", r"به[ \u200c]+گفته")
    fast = re.compile("(" + word_start(*alternatives) + r")(?![\w\u200c])")
    plain = re.compile(r"(?<![\w\u200c])(" + "|".join(f"(?:{a})" for a in alternatives) + r")(?![\w\u200c])")
    for text in random_texts("بامضنهگفت") + ["به گفته وی", "وی به‌گفته او", "ضمن با"]:
        assert spans(fast, text) == spans(plain, text), text
        assert spans(fast, text[1:]) == spans(plain, text[1:])


def test_sentence_ends_are_the_plain_pattern():
    """«... چیست؟لاوروف گفت», «... است.وی افزود»: glued ends, digits «3.5», runs of marks «?!»."""
    examples = ["او گفت: «آیا این چیست؟لاوروف گفت...» بله.", "رشد 3.5 درصد است.وی افزود", "چرا?! «نه»\nخط دوم"]
    for text in examples + random_texts(".!?؟\"»”اب1"):
        assert spans(quotes._SENT_END, text) == spans(PLAIN_SENT_END, text), text


def test_surname_named_elsewhere_with_a_given_name():
    """«امیر قلعه‌نویی ... و قلعه‌نویی گفت»: the surname is a person's; the search stops at punctuation."""
    norm = "امیر قلعه‌نویی سرمربی تیم است. قلعه‌نویی گفت که ..."
    assert quotes._named_elsewhere(norm, "قلعه‌نویی")
    assert not quotes._named_elsewhere("امیر. قلعه‌نویی گفت", "قلعه‌نویی")
    assert not quotes._named_elsewhere("این تیم صراحتا گفت", "صراحتا")


def test_loose_find_is_the_regex_it_stands_for():
    """``loose_find`` gives the span of the per-name pattern ``speakers._surface`` searched with before."""
    from builder.patterns import loose_find

    r = random.Random(11)
    alphabet = ["ع", "ل", "ی", " ", " ", "\u200c", "\u200c", "\n", "_", "x", ".", "،"]
    for _ in range(20000):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 16)))
        words = ["".join(r.choice("علی") for _ in range(r.randint(1, 3))) for _ in range(r.randint(1, 3))]
        pat = r"(?<![\w\u200c])" + r"[\s\u200c]+".join("\u200c?".join(map(re.escape, w)) for w in words) + r"(?![\w\u200c])"
        m = re.search(pat, text)
        assert loose_find(text, words) == (m.span() if m else None), (text, words)


def test_loose_find_reads_a_name_written_with_zwnj():
    from builder.patterns import loose_find

    text = "به گفته محمد\u200cباقر  قالیباف، رئیس مجلس"
    assert text[slice(*loose_find(text, ["محمدباقر", "قالیباف"]))] == "محمد\u200cباقر  قالیباف"
    assert loose_find("محمدباقرقالیباف", ["محمدباقر", "قالیباف"]) is None
    assert loose_find("محمدباقر قالیباف\u200c", ["محمدباقر", "قالیباف"]) is None  # the word goes on


def test_via_and_see_in_are_their_look_behind_forms():
    """«به نقل از» (quotes._VIA) and «در X ببینید» (sources._SEE_IN), searched through every paragraph, open
    with a letter: the same matches as the look-behind patterns they were."""
    from builder import sources

    plain_via = re.compile(r"(?<![\w\u200c])به[ \u200c]+نقل[ \u200c]+از(?![\w\u200c])")
    plain_see = re.compile(r"(?<![\w\u200c])در[ \u200c]+((?:[\w\u200c]+[ \u200c]+){1,2}?)"
                           r"(?:می[ \u200c]*(?:بینید|خوانید)|ببینید|بخوانید)(?![\w\u200c])")
    examples = ["به گزارش ایسنا به نقل از روابط عمومی", "وبه نقل از", "این لحظات را در تابناک می بینید", "ارا در آن ببینید",
                "اصل خبر را در رویترز ببینید و آن را در سایت خبری بخوانید"]
    for text in examples + random_texts("بهنقلازرادیمخوانت", n=20000):
        assert spans(quotes._VIA, text) == spans(plain_via, text), text
        assert spans(sources._SEE_IN, text) == spans(plain_see, text), text


def test_named_elsewhere_is_the_plain_search():
    """``quotes._named_elsewhere`` asks the per-surname pattern only where a given name can come before an
    occurrence: the same answers as searching every stretch with it."""
    from builder import speakers as spk

    def plain(norm, surname):
        pat = quotes._after_word(surname)
        return any(spk.is_given_name(spk._k(m.group(1))) for lo, hi in quotes._stretches_with(norm, surname)
                   for m in pat.finditer(norm, lo, hi))

    r = random.Random(7)
    pieces = ["علی", "محمد", "رضایی", "حسن", "کتاب", " ", " ", "\u200c", "\u200c", "،", ".", "_", "1"]
    assert quotes._named_elsewhere("امیر قلعه\u200cنویی گفت", "قلعه\u200cنویی")
    assert quotes._named_elsewhere("علی\u200cرضایی گفت", "رضایی")
    for _ in range(20000):
        norm = "".join(r.choice(pieces) for _ in range(r.randint(0, 10)))
        surname = r.choice(["رضایی", "کتاب", "حسن", "ایی"])
        quotes._BARRIERS[0] = None
        assert quotes._named_elsewhere(norm, surname) == plain(norm, surname), (norm, surname)
