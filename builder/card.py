"""The dataset card (``README.md`` with Hugging Face YAML) and ``CITATION.cff`` of a release.

Field tables come from the JSON Schemas, so the card never drifts from what is validated.
"""
from __future__ import annotations

import json
from pathlib import Path

from .columns import CONFIGS
from .validate import load_schema
from .columns import SCHEMA_FILE

NAME = "goftar"
PRETTY_NAME = "goftar: quotations and numeric claims in Persian news"
LICENSE = "cc-by-4.0"
AUTHORS = "goftar developers"
REPO_URL = "https://huggingface.co/datasets/goftar/goftar"
EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"

_DESCRIPTION = {
    "articles": "one row per article: its text exactly as read, title, source chain and metadata",
    "quotations": "who said what: each attributed quotation with its speaker, cue and content offsets",
    "claims": "which numbers were claimed: value, range, unit, qualifier, subject and speaker",
    "mentions": "years, dates, ordinals and clock times (numbers that are not claims)",
    "quote_tracks": "one statement by one speaker across articles, outlets and time (verbatim or lightly edited)",
    "claim_tracks": "every figure given for one quantity (subject, kind, unit): who gave it, when, and whether they agree",
}


def size_category(n: int) -> str:
    for bound, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < bound:
            return label
    return "10M<n<100M"


def bibtex(version: str, date: str) -> str:
    key = f"goftar_{version.replace('.', '_')}"
    return (f"@misc{{{key},\n"
            f"  title        = {{{{goftar}}: Quotations and Numeric Claims in Persian News, version {version}}},\n"
            f"  author       = {{{{{AUTHORS}}}}},\n"
            f"  year         = {{{date[:4]}}},\n"
            f"  month        = {{{int(date[5:7])}}},\n"
            f"  version      = {{{version}}},\n"
            f"  howpublished = {{Hugging Face dataset, revision v{version}}},\n"
            f"  url          = {{{REPO_URL}}},\n"
            f"  note         = {{Release v{version} of {date}}}\n"
            f"}}")


def _yaml(report: dict) -> str:
    lines = ["---", f"pretty_name: \"{PRETTY_NAME}\"", "language:", "- fa", f"license: {LICENSE}",
             "size_categories:", f"- {size_category(report['counts'].get('articles', 0))}",
             "task_categories:", "- token-classification", "- text-classification",
             "tags:", "- quotation-attribution", "- numeric-claims", "- fact-checking", "- persian", "- news",
             "configs:"]
    for config in CONFIGS:
        lines += [f"- config_name: {config}", "  data_files:", "  - split: train",
                  f"    path: data/{config}/*.parquet"]
    lines.append("---")
    return "\n".join(lines)


def _field_table(config: str) -> str:
    schema = load_schema(SCHEMA_FILE[config])
    arrow = CONFIGS[config]
    rows = ["| column | type | meaning |", "|---|---|---|"]
    for field in arrow:
        desc = schema["properties"].get(field.name, {}).get("description", "")
        enum = schema["properties"].get(field.name, {}).get("enum")
        if enum:
            desc += " One of: " + ", ".join(f"`{e}`" for e in enum) + "."
        rows.append(f"| `{field.name}` | `{field.type}` | {desc.replace('|', '/')} |")
    return "\n".join(rows)


#: The evaluation sets whose figures the card reports (``make eval`` writes ``eval/<name>.json``).
EVAL_SETS = (
    ("dev", "development set (`gold/dev.jsonl`, 11 articles; the rules were tuned on it)"),
    ("heldout", "held-out set (`eval/heldout.jsonl`, 14 random articles annotated independently; used for error analysis)"),
    ("heldout2", "second held-out set (`eval/heldout2.jsonl`, 20 random articles annotated independently in session 2; used for error analysis)"),
    ("heldout3", "third held-out set (`eval/heldout3.jsonl`, 20 random articles annotated independently in session 3; scored unseen, then used for error analysis)"),
    ("heldout4", "fourth held-out set (`eval/heldout4.jsonl`, 20 random articles annotated independently in session 4; scored unseen at the end of that session, then used for error analysis)"),
    ("heldout5", "fifth held-out set (`eval/heldout5.jsonl`, 20 random articles annotated independently in session 5; scored unseen in sessions 5 and 6, then used for error analysis)"),
    ("heldout6", "sixth held-out set (`eval/heldout6.jsonl`, 20 random articles annotated independently in session 6; scored unseen in sessions 6 to 8, then used for error analysis)"),
    ("heldout7", "seventh held-out set (`eval/heldout7.jsonl`, 20 random articles annotated independently in session 8; scored unseen in session 8, then used for error analysis)"),
    ("heldout8", "eighth held-out set (`eval/heldout8.jsonl`, 20 random articles annotated independently in session 9; scored unseen in session 9, then used for error analysis)"),
    ("heldout9", "ninth held-out set (`eval/heldout9.jsonl`, 20 random articles annotated independently in session 10; scored unseen in session 10, then used for error analysis)"),
    ("heldout10", "tenth held-out set (`eval/heldout10.jsonl`, 20 random articles annotated independently in session 11; never looked at while writing rules)"),
    ("test", "test set (`eval/test.jsonl`, random articles annotated independently; never looked at while writing rules)"),
)


def headline_figures(figures: dict) -> list[tuple[str, float]]:
    """The figures a reader needs, in a fixed order, from ``goftar eval --json`` output."""
    q, c, m = figures.get("quotations", {}), figures.get("claims", {}), figures.get("mentions", {})
    rows = []
    for t in ("0.5", "0.8"):
        for k in ("precision", "recall", "f1"):
            rows.append((f"quotations {k} @ overlap {t}", q.get(f"overlap_{t}", {}).get(k)))
    rows += [("quotation speaker accuracy", figures.get("speaker_accuracy")),
             ("quotation kind accuracy", figures.get("kind_accuracy")),
             ("quotation cue accuracy", figures.get("cue_accuracy")),
             ("source chains exact", figures.get("sources_exact"))]
    rows += [(f"claims {k}", c.get(k)) for k in ("precision", "recall", "f1")]
    rows += [(f"claim {k.replace('_', ' ')}", c.get(k)) for k in
             ("qualifier_accuracy", "kind_accuracy", "unit_accuracy", "subject_accuracy", "speaker_accuracy")]
    rows += [(f"mentions {k}", m.get(k)) for k in ("precision", "recall", "f1")]
    return [(name, value) for name, value in rows if isinstance(value, (int, float))]


def _eval_section() -> str:
    parts = []
    for name, what in EVAL_SETS:
        path = EVAL_DIR / f"{name}.json"
        if not path.exists():
            continue
        figures = json.loads(path.read_text(encoding="utf-8"))
        n = figures.get("articles", "?")
        rows = "\n".join(f"| {name} / {label} | {value:.3f} |" for label, value in headline_figures(figures))
        parts.append(f"**{name}**: {what}; {n} articles.\n\n| measure | value |\n|---|---|\n{rows}")
    if not parts:
        return "No evaluation figures were recorded for this version."
    return ("Measured with `make eval` (`goftar eval`), against articles annotated by hand under "
            "`gold/GUIDELINES.md`. Quotations match one-to-one by token F1 of their content; claims match "
            "on value and overlapping span.\n\n" + "\n\n".join(parts))


def render_card(report: dict, version: str) -> str:
    from . import RELEASE_DATE

    counts = report["counts"]
    status = report.get("file_status", {})
    count_rows = "\n".join(f"| `{c}` | {counts.get(c, 0):,} | {_DESCRIPTION[c]} |" for c in CONFIGS)
    fields = "\n\n".join(f"### `{c}`\n\n{_field_table(c)}" for c in CONFIGS)
    loads = "\n".join(f'{c} = load_dataset("<org>/{NAME}", "{c}", revision="v{version}", split="train")'
                      for c in CONFIGS)
    return f"""{_yaml(report)}

# {PRETTY_NAME} (v{version})

**Who said what, and which numbers were claimed**, extracted from Persian news articles: every
attributed quotation (direct, indirect, mixed and *according-to*) with its speaker resolved to a
canonical name and its reporting cue, every numeric claim (value, range, unit, qualifier, subject,
speaker) and every year, date, ordinal and time mention. Every span is given by offsets into the
article text exactly as it was read, so `text[start:end]` is the span's string.

Release `v{version}` of {RELEASE_DATE}, built by goftar {version}.

## Contents

| config | rows | what a row is |
|---|---|---|
{count_rows}

Files read: {report.get('files_found', 0):,} ({', '.join(f'{k}: {v:,}' for k, v in status.items()) or 'none'}).
Records quarantined (failed their JSON Schema, kept in `quarantine.jsonl`): {report.get('quarantined_records', 0):,}.

## Loading

```python
from datasets import load_dataset

{loads}
```

Pin the `revision`: a release never changes once written, and citing `v{version}` gives
everyone the same rows. A local copy loads with `load_dataset("path/to/v{version}", "quotations",
split="train")`; note that `datasets` caches a local folder by its name, so after rebuilding a
folder with the same name pass `download_mode="force_redownload"`.

## Fields

{fields}

## How it was built

The `goftar` builder reads every `*.txt` article (`## title`, blank line, paragraphs) and its
optional `meta.jsonl`, decodes UTF-8, UTF-16 or Windows-1256, and then runs, for each article:
normalize (a length-preserving fold of Arabic/Persian letter forms, three digit scripts and
zero-width characters, with hazm's character table, so offsets stay those of the original) →
segment (paragraphs and quote-aware sentences) → attribute quotations (cue lexicon, speakers and
coreference) → extract numeric claims and mentions (a Persian number grammar) → validate every
record against the JSON Schemas in `schema/` (draft 2020-12). Records that fail are quarantined, never
written. Parquet files have a fixed Arrow schema, rows sorted by id; ids are hashes of the article
text and the span, so an unchanged article keeps its ids in every release. `MANIFEST.sha256` lists
the SHA-256 of every file; `build_report.json` accounts for every input file.
After extraction, records are linked across articles: copies of one story (`articles.duplicate_of`),
one statement across outlets (`quote_tracks`) and every figure given for one quantity
(`claim_tracks`), by MinHash near-duplicate matching with fixed seeds; `articles.date_iso` is the
publication date in the Gregorian calendar (Solar Hijri dates converted).

## Evaluation

{_eval_section()}

## Licence and sources

The annotations are released under CC BY 4.0. The article texts belong to their outlets; the
builder records which outlets each article is sourced from in `articles.sources`.

## Citation

```bibtex
{bibtex(version, RELEASE_DATE)}
```

The release also carries `CITATION.cff`, `.zenodo.json` and `croissant.json` (with the SHA-256 of
every file); what changed since the previous release is in `CHANGELOG.md` and `changes.json`.
"""


def render_citation(version: str, date: str) -> str:
    return f"""cff-version: 1.2.0
message: "If you use this dataset, please cite this release as below."
type: dataset
title: "{PRETTY_NAME}"
version: "{version}"
date-released: "{date}"
authors:
  - name: "{AUTHORS}"
license: CC-BY-4.0
url: "{REPO_URL}"
keywords:
  - Persian
  - news
  - quotation attribution
  - numeric claims
  - fact-checking
abstract: >-
  Attributed quotations (who said what) and numeric claims (which numbers were claimed)
  extracted from Persian news articles, with offsets into the article text, released as a
  versioned Hugging Face dataset.
"""
