import pytest

from builder.normalize import normalize
from builder.segment import paragraphs


def _article(body: str, title: str = "عنوان خبر") -> str:
    return f"## {title}\n\n{body}\n"


@pytest.fixture
def quotes():
    from builder.quotes import extract_quotations

    def run(body: str, title: str = "عنوان خبر"):
        text = _article(body, title)
        out = extract_quotations(text, normalize(text), paragraphs(text))
        for q in out:  # every string is an exact slice of the text
            assert text[q["start"]:q["end"]] == q["content"]
            assert q["mention"] in text and q["speaker"]
            for part in q["cue"].split(" ... "):
                assert part in text
        return out
    return run


@pytest.fixture
def sources():
    from builder.sources import extract_sources

    def run(body: str, title: str = "عنوان خبر"):
        text = _article(body, title)
        return extract_sources(text, normalize(text), paragraphs(text))
    return run
