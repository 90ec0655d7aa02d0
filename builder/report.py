"""``report.html`` of a release: one self-contained page (summary, SVG plots, article viewer).

Reading the release folder is the I/O edge (``load_release``); everything else is pure and
deterministic (no clocks, sorted output), so two builds of a release give the same bytes.
Plots are inline SVG drawn here; the viewer's data is embedded JSON rendered by inline JS.
"""
from __future__ import annotations

import html
import json
import heapq
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

TEMPLATES = Path(__file__).resolve().parent / "templates"
EVAL_FILE = Path(__file__).resolve().parent.parent / "eval" / "dev.json"
REPORT_FILE = "report.html"

#: Articles embedded in the viewer at most; the rest are counted, not shipped in the page.
MAX_ARTICLES = 300
#: Columns ``load_release`` leaves on disk, never drawn on the page (article texts are read for
#: the embedded articles only). Other configs (mentions, track tables) are counted, and give
#: labels (``_track_label``) and track membership: only those columns are read.
DEFERRED = {"articles": ("text",), "quotations": ("content",), "claims": ("text",)}
_LABELS = ("label", "name", "title", "subject", "speaker", "key", "unit")
_MEMBERSHIP = ("claim_track_id", "quote_track_id", "claim_id", "quote_id")
QUOTE_KINDS = ("direct", "indirect", "mixed", "according_to")
QUOTE_COLORS = {"direct": "#e4572e", "indirect": "#2e86ab", "mixed": "#8e44ad", "according_to": "#3f9b4a"}
CLAIM_COLOR = "#b8860b"
SERIES_COLORS = ("#2e86ab", "#b8860b")
TOP = 15
TRACKS_SHOWN = 6

_FA_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_JALALI_MONTHS = {name: i + 1 for i, name in enumerate(
    ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"))}
_ISO = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})\s+(\S+)\s+(\d{4})")


# --------------------------------------------------------------------------- reading (I/O edge)

@dataclass
class Release:
    """What the report needs from a release folder: rows per config (dicts, or a polars frame as
    ``load_release`` gives, so a large release is aggregated in Arrow, never as Python rows) and the side files."""
    tables: dict[str, "list[dict] | pl.DataFrame"]
    columns: dict[str, list[str]]
    build_report: dict = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)
    card: str = ""
    citation: str = ""
    eval_figures: list[tuple[str, str]] | None = None
    eval_source: str = ""
    #: The release folder when the articles were read without their texts (``load_release``):
    #: the page then reads the texts of the embedded articles only.
    folder: Path | None = None


def load_release(folder: str | Path, eval_file: Path | None = EVAL_FILE) -> Release:
    """Read every config under ``folder/data`` with polars (article texts excepted: ``DEFERRED``),
    plus the build report, quarantine and card."""
    import polars as pl

    folder = Path(folder)
    tables, columns = {}, {}
    data = folder / "data"
    for config_dir in sorted(p for p in data.iterdir() if p.is_dir()) if data.is_dir() else []:
        files = sorted(config_dir.glob("*.parquet"))
        if not files:
            continue
        names = list(pl.read_parquet_schema(files[0]))
        read = _read_columns(config_dir.name, names)
        seen = list(read)
        for f in files[1:]:   # the columns a diagonal concat of the shards would have, in order
            seen += [c for c in _read_columns(config_dir.name, list(pl.read_parquet_schema(f))) if c not in seen]
        tables[config_dir.name] = Shards(files, seen)
        columns[config_dir.name] = seen + [c for c in names if c not in seen]
    build_report = {}
    if (folder / "build_report.json").exists():   # the files' entries: only the page's (rejected, failed)
        build_report = json.loads((folder / "build_report.json").read_text(encoding="utf-8"), object_hook=_bad_file)
        if isinstance(build_report.get("files"), list):
            build_report["files"] = [f for f in build_report["files"] if f is not None]
    quarantine = []
    if (folder / "quarantine.jsonl").exists():
        quarantine = [json.loads(line) for line in
                      (folder / "quarantine.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    card = _read_text(folder / "README.md")
    release = Release(tables, columns, build_report, quarantine, card, _read_text(folder / "CITATION.cff"),
                      folder=folder)
    release.eval_figures = card_eval_table(card)
    release.eval_source = "the dataset card"
    if release.eval_figures is None and eval_file is not None and Path(eval_file).exists():
        release.eval_figures = flatten_figures(json.loads(Path(eval_file).read_text(encoding="utf-8")))
        release.eval_source = "eval/dev.json"
    return release


def _read_columns(config: str, names: list[str]) -> list[str]:
    """The columns of ``config`` the page uses (see ``DEFERRED``)."""
    if config in ("articles", "quotations", "claims"):
        return [c for c in names if c not in DEFERRED.get(config, ())]
    return [c for n, c in enumerate(names) if n == 0 or c in _LABELS or c in _MEMBERSHIP]


def article_texts(folder: Path, article_ids: list[str]) -> dict[str, str | None]:
    """``{article_id: text}`` of just these articles of the release in ``folder``, shard by shard."""
    import polars as pl

    wanted, out = set(article_ids), {}
    for path in sorted((Path(folder) / "data" / "articles").glob("*.parquet")):
        part = (pl.scan_parquet(path).select(["article_id", "text"])
                .filter(pl.col("article_id").is_in(list(wanted))).collect())
        out.update(zip(part["article_id"].to_list(), part["text"].to_list()))
    return out


def _bad_file(entry: dict) -> dict | None:
    """A ``build_report.json`` object as read for the page: a file's entry (``file`` and ``status``)
    only when the page lists it (rejected or failed), so a large build's entries are never all held."""
    if "file" in entry and "status" in entry and entry["status"] not in ("rejected", "failed"):
        return None
    return entry


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def write_report(folder: str | Path, out: str | Path | None = None, max_articles: int = MAX_ARTICLES) -> Path:
    """Render ``folder``'s report and write it (default ``folder/report.html``); returns the path."""
    out = Path(out) if out else Path(folder) / REPORT_FILE
    out.write_text(render_report(load_release(folder), max_articles), encoding="utf-8")
    return out


# --------------------------------------------------------------------------- card and figures

def card_eval_table(card: str) -> list[tuple[str, str]] | None:
    """The ``| measure | value |`` rows of the card's Evaluation section (empty when it records none),
    or None when the card has no such section."""
    m = re.search(r"^## Evaluation\s*$(.*?)(?=^## |\Z)", card, re.M | re.S)
    if not m:
        return None
    rows = []
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.strip().startswith("|") and len(cells) == 2 and cells != ["measure", "value"] \
                and not set(cells[0]) <= set("-: "):
            rows.append((cells[0], cells[1]))
    return rows


def flatten_figures(d: dict, prefix: str = "") -> list[tuple[str, str]]:
    """A nested dict of metrics as ``(a / b / c, value)`` rows, floats to three decimals."""
    out = []
    for key, value in d.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out += flatten_figures(value, name + " / ")
        elif isinstance(value, bool) or not isinstance(value, (int, float, str)):
            continue
        else:
            out.append((name, f"{value:.3f}" if isinstance(value, float) else str(value)))
    return out


def version_and_date(citation: str, card: str) -> tuple[str, str]:
    """The release's version and date, from CITATION.cff (or the card's title)."""
    v = re.search(r'^version:\s*"?([^"\n]+)"?', citation, re.M)
    d = re.search(r'^date-released:\s*"?([^"\n]+)"?', citation, re.M)
    version = v.group(1).strip() if v else (re.search(r"\(v([\w.\-]+)\)", card) or [None, "unknown"])[1]
    return version, d.group(1).strip() if d else ""


# --------------------------------------------------------------------------- dates

def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Solar Hijri → Gregorian (the arithmetic of the 33-year cycle, exact for 1178–1633 SH)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31


def iso_date(date_iso: str | None, date: str | None) -> str | None:
    """``YYYY-MM-DD`` (Gregorian) of an article: ``date_iso`` when the release has it, else parsed
    from ``date`` (Gregorian ``2020-03-07 08:43``, Solar Hijri ``1384-06-29`` or ``۱۴ شهریور ۱۴۰۴``)."""
    for raw in (date_iso, date):
        if not raw:
            continue
        s = str(raw).translate(_FA_DIGITS)
        m = _ISO.match(s)
        if m:
            y, mo, d = map(int, m.groups())
        else:
            w = _WORDS.search(s)
            if not w or w.group(2) not in _JALALI_MONTHS:
                continue
            y, mo, d = int(w.group(3)), _JALALI_MONTHS[w.group(2)], int(w.group(1))
        if 1200 <= y < 1700 and 1 <= mo <= 12 and 1 <= d <= 31:
            y, mo, d = jalali_to_gregorian(y, mo, d)
        if 1800 <= y < 2200 and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# --------------------------------------------------------------------------- offsets

def utf16_offsets(text: str, offsets: list[int]) -> list[int]:
    """Python ``str`` indices (code points) → JavaScript string indices (UTF-16 code units)."""
    if not text or max(text) <= "\uffff":
        return list(offsets)
    extra, prefix = 0, [0]
    for ch in text:
        extra += ord(ch) > 0xFFFF
        prefix.append(extra)
    return [o + prefix[min(max(o, 0), len(text))] for o in offsets]


# --------------------------------------------------------------------------- SVG plots

def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _fmt_value(v) -> str:
    if v is None:
        return ""
    return f"{int(v):,}" if float(v).is_integer() and abs(v) < 1e15 else f"{v:,.4g}"


def bar_chart(items: list[tuple[str, int]], title: str, colors: dict[str, str] | None = None,
              color: str = SERIES_COLORS[0], width: int = 560) -> str:
    """Horizontal bars, one per ``(label, count)``, label on the left; empty data says so."""
    if not items:
        return f'<p class="empty">{_esc(title)}: nothing in this release.</p>'
    label_w, bar_h, gap, top = 230, 20, 6, 28
    height = top + len(items) * (bar_h + gap) + 8
    scale = (width - label_w - 60) / max(max(v for _, v in items), 1)
    out = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<text class="chart-title" x="0" y="16">{_esc(title)}</text>']
    for i, (label, value) in enumerate(items):
        y = top + i * (bar_h + gap)
        fill = (colors or {}).get(label, color)
        short = _short(label)
        out.append(f'<text class="label" x="{label_w - 8}" y="{y + bar_h - 6}" text-anchor="end">{_esc(short)}</text>')
        out.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{_num(max(value * scale, 1))}" height="{bar_h}" '
                   f'fill="{fill}"><title>{_esc(label)}: {value:,}</title></rect>')
        out.append(f'<text class="value" x="{_num(label_w + value * scale + 4)}" y="{y + bar_h - 6}">{value:,}</text>')
    out.append("</svg>")
    return "".join(out)


def grouped_bar_chart(items: list[tuple[str, list[int]]], series: list[str], title: str, width: int = 560) -> str:
    """Horizontal bars, one group per label with one bar per series (e.g. quotations, claims)."""
    if not items:
        return f'<p class="empty">{_esc(title)}: nothing in this release.</p>'
    label_w, bar_h, gap, top = 230, 12, 10, 44
    group_h = bar_h * len(series) + gap
    height = top + len(items) * group_h + 8
    scale = (width - label_w - 60) / max(max(max(v) for _, v in items), 1)
    out = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<text class="chart-title" x="0" y="16">{_esc(title)}</text>']
    out += _legend(series, 0, 32)
    for i, (label, values) in enumerate(items):
        y0 = top + i * group_h
        short = _short(label)
        out.append(f'<text class="label" x="{label_w - 8}" y="{y0 + bar_h + 4}" text-anchor="end">{_esc(short)}</text>')
        for j, value in enumerate(values):
            y = y0 + j * bar_h
            out.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{_num(max(value * scale, 1))}" '
                       f'height="{bar_h - 1}" fill="{SERIES_COLORS[j % 2]}"><title>{_esc(label)} · '
                       f'{_esc(series[j])}: {value:,}</title></rect>')
            out.append(f'<text class="value small" x="{_num(label_w + value * scale + 4)}" y="{y + bar_h - 2}">{value:,}</text>')
    out.append("</svg>")
    return "".join(out)


def _x_positions(dates: list[str | None], x0: float, x1: float) -> list[float]:
    """x of each point: by date when every point has one (and they differ), else evenly by order."""
    if len(dates) == 1:
        return [(x0 + x1) / 2]
    if all(dates) and len(set(dates)) > 1:
        import datetime as dt

        days = [dt.date.fromisoformat(d).toordinal() for d in dates]
        first, last = min(days), max(days)
        return [x0 + (d - first) / (last - first) * (x1 - x0) for d in days]
    return [x0 + i * (x1 - x0) / (len(dates) - 1) for i in range(len(dates))]


def _short(label: str, n: int = 34) -> str:
    return label if len(label) <= n else label[:n - 1] + "…"


def _legend(series: list[str], x: int, y: int) -> list[str]:
    out = []
    for j, name in enumerate(series):
        out.append(f'<rect x="{x + j * 110}" y="{y - 9}" width="10" height="10" fill="{SERIES_COLORS[j % 2]}"/>'
                   f'<text class="label" x="{x + j * 110 + 14}" y="{y}">{_esc(name)}</text>')
    return out


def column_chart(buckets: list[tuple[str, list[int]]], series: list[str], title: str, width: int = 1140) -> str:
    """Vertical columns over time: one group per bucket (year or month), one column per series."""
    if not buckets:
        return f'<p class="empty">{_esc(title)}: no article of this release has a date.</p>'
    left, top, plot_h, bottom = 44, 44, 180, 56
    height = top + plot_h + bottom
    group_w = (width - left - 8) / len(buckets)
    col_w = max(min(group_w * 0.8 / len(series), 22), 1)
    peak = max(max(v) for _, v in buckets) or 1
    out = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<text class="chart-title" x="0" y="16">{_esc(title)}</text>']
    out += _legend(series, 0, 32)
    for tick in (0, 0.5, 1):
        y = top + plot_h - tick * plot_h
        out.append(f'<line class="grid" x1="{left}" x2="{width}" y1="{_num(y)}" y2="{_num(y)}"/>'
                   f'<text class="value small" x="{left - 4}" y="{_num(y + 3)}" text-anchor="end">{_num(peak * tick)}</text>')
    every = max(1, len(buckets) // 24)
    for i, (label, values) in enumerate(buckets):
        x0 = left + i * group_w + group_w * 0.1
        for j, value in enumerate(values):
            h = value / peak * plot_h
            out.append(f'<rect class="bar" x="{_num(x0 + j * col_w)}" y="{_num(top + plot_h - h)}" '
                       f'width="{_num(col_w)}" height="{_num(max(h, 0.5))}" fill="{SERIES_COLORS[j % 2]}">'
                       f'<title>{_esc(label)} · {_esc(series[j])}: {value:,}</title></rect>')
        if i % every == 0:
            x = x0 + col_w * len(values) / 2
            out.append(f'<text class="value small" transform="translate({_num(x)},{top + plot_h + 10}) rotate(45)">'
                       f'{_esc(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def track_chart(track: dict, embedded: set[str] | None = None, width: int = 560) -> str:
    """One claim track: its values in date order as dots; a dot opens its claim in the viewer when
    its article is embedded in the page."""
    points = [p for p in track["points"] if p.get("value") is not None]
    left, top, plot_h, bottom = 64, 34, 120, 40
    height = top + plot_h + bottom
    values = [p["value"] for p in points]
    lo, hi = min(values), max(values)
    span = (hi - lo) or abs(hi) or 1
    lo, hi = (max(lo - span * 0.1, 0) if lo >= 0 else lo - span * 0.1), hi + span * 0.1
    xs = _x_positions([p.get("date") for p in points], left + 10, width - 10)
    title = f"{track['label']} ({len(points)} claims)"
    out = [f'<svg class="chart track" role="img" aria-label="{_esc(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<text class="chart-title" x="0" y="16">{_esc(title[:70])}</text>']
    for v in (hi, lo):
        y = top + (hi - v) / (hi - lo) * plot_h
        out.append(f'<line class="grid" x1="{left}" x2="{width}" y1="{_num(y)}" y2="{_num(y)}"/>'
                   f'<text class="value small" x="{left - 4}" y="{_num(y + 3)}" text-anchor="end">{_fmt_value(v)}</text>')
    xy = [(x, top + (hi - p["value"]) / (hi - lo) * plot_h) for x, p in zip(xs, points)]
    out.append('<polyline class="line" fill="none" stroke="#888" points="'
               + " ".join(f"{_num(x)},{_num(y)}" for x, y in xy) + '"/>')
    for (x, y), p in zip(xy, points):
        linked = embedded is None or p["article_id"] in embedded
        dot = (f'<circle class="dot" cx="{_num(x)}" cy="{_num(y)}" r="5" fill="{CLAIM_COLOR if linked else "#ccc"}">'
               f'<title>{_fmt_value(p["value"])} {_esc(p.get("unit") or "")} · {_esc(p.get("date") or "no date")} · '
               f'{_esc(p.get("title") or "")}</title></circle>')
        out.append(f'<a href="#r-{_esc(p["record_id"])}">{dot}</a>' if linked else dot)
    dated = [p["date"] for p in points if p.get("date")]
    if dated:
        out.append(f'<text class="value small" x="{left}" y="{top + plot_h + 18}">{_esc(dated[0])}</text>'
                   f'<text class="value small" x="{width - 4}" y="{top + plot_h + 18}" text-anchor="end">{_esc(dated[-1])}</text>')
    out.append("</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- aggregation (pure)

def _counts(values) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v in values:
        if v is None or v == "":
            continue
        counts[str(v)] = counts.get(str(v), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _outlet(article: dict) -> str:
    if article.get("outlet"):
        return article["outlet"]
    return (article.get("sources") or ["unknown"])[0]


def _outlet_label(article: dict) -> str:
    """The outlet without its «(domain)» when that makes it long, to fit a chart's label column."""
    name = _outlet(article)
    return re.sub(r"\s*\([^)]*\)$", "", name) if len(name) > 26 else name


def first_article(embedded: list[str], q_by: dict[str, list[dict]], per_article: dict[str, int]) -> str | None:
    """The article the viewer opens with: most quotation kinds, then most records, so it shows the most colours."""
    kinds = {aid: len({q["kind"] for q in q_by.get(aid, [])}) for aid in embedded}
    return min(embedded, key=lambda a: (-kinds[a], -per_article[a], a)) if embedded else None


def over_time(articles: dict[str, dict], quotes: list[dict] | dict[str, int],
              claims: list[dict] | dict[str, int]) -> list[tuple[str, list[int]]]:
    """Quotations and claims per month (per year when the dates span more than three years), from
    their rows or the number of them per article (``{article_id: n}``)."""
    months: dict[str, list[int]] = {}
    for j, rows in enumerate((quotes, claims)):
        per_article = rows if isinstance(rows, dict) else Counter(r["article_id"] for r in rows)
        for aid, n in per_article.items():
            day = articles.get(aid, {}).get("_iso")
            if day:
                months.setdefault(day[:7], [0, 0])[j] += n
    return _month_buckets(months)


def _month_buckets(months: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
    """``over_time``'s buckets from the quotations and claims per month (``{YYYY-MM: [q, c]}``)."""
    if not months:
        return []
    first, last = min(months), max(months)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    if span > 36:
        years: dict[str, list[int]] = {}
        for m, v in months.items():
            acc = years.setdefault(m[:4], [0, 0])
            acc[0] += v[0]
            acc[1] += v[1]
        keys = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
        return [(k, years.get(k, [0, 0])) for k in keys]
    keys, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last:
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return [(k, months.get(k, [0, 0])) for k in keys]


def _track_label(row: dict, id_column: str) -> str:
    for name in _LABELS:
        if row.get(name):
            return str(row[name])
    return str(row.get(id_column, ""))


class Shards:
    """One config of a release folder left on disk: its Parquet shards and the columns the page
    reads of them. The page aggregates it shard by shard and reads rows only for what it shows."""

    def __init__(self, files: list[Path], columns: list[str]):
        self.files, self.columns = list(files), list(columns)
        self._len: int | None = None

    def __len__(self) -> int:
        if self._len is None:
            import polars as pl

            self._len = sum(pl.scan_parquet(f).select(pl.len()).collect().item() for f in self.files)
        return self._len

    def frames(self, columns: list[str] | None = None):
        """Each shard as a polars frame of ``columns`` (those it has; default: the page's columns)."""
        import polars as pl

        for f in self.files:
            names = set(pl.read_parquet_schema(f))
            yield pl.read_parquet(f, columns=[c for c in (columns or self.columns) if c in names])


class _Rows:
    """One config's rows, as given (dicts, a polars frame or ``Shards``): counted in polars a shard
    at a time, and turned into dicts only for the few records the page shows."""

    def __init__(self, rows: "list[dict] | pl.DataFrame | Shards | None"):
        import polars as pl

        self.dicts = rows if isinstance(rows, list) else None
        self.shards = rows if isinstance(rows, Shards) else None
        if isinstance(rows, pl.DataFrame):
            self.frame = rows
        elif self.shards is not None:
            self.frame = None
        else:
            self.frame = pl.DataFrame(rows, infer_schema_length=None, strict=False) if rows else pl.DataFrame()

    @property
    def columns(self) -> list[str]:
        return self.shards.columns if self.shards is not None else self.frame.columns

    def frames(self, columns: list[str]):
        """The rows as polars frames of ``columns`` (a shard at a time)."""
        if self.shards is not None:
            yield from self.shards.frames(columns)
        elif self.frame.height:
            yield self.frame.select([c for c in columns if c in self.frame.columns])

    def __len__(self) -> int:
        return len(self.shards) if self.shards is not None else self.frame.height

    def per(self, column: str) -> dict:
        """``{value: rows}`` of ``column`` (null and empty values left out)."""
        import polars as pl

        out: dict = {}
        if column not in self.columns:
            return out
        for frame in self.frames([column]):
            if column not in frame.columns or not frame.height:
                continue
            col = frame.get_column(column)
            col = col.filter(col.is_not_null())
            if col.dtype == pl.String:
                col = col.filter(col != "")
            counts = col.value_counts(name="_n")
            for value, n in zip(counts.get_column(column).to_list(), counts.get_column("_n").to_list()):
                out[value] = out.get(value, 0) + n
        return out

    def largest(self, column: str, k: int) -> tuple[int, list[str]]:
        """How many distinct values ``column`` has (as strings; null and empty left out) and the
        ``k`` with the most rows among those with more than one, most first, ties by value."""
        import polars as pl

        parts = []
        if column in self.columns:
            for frame in self.frames([column]):
                if column not in frame.columns or not frame.height:
                    continue
                col = frame.get_column(column)
                if col.dtype == pl.String:
                    col = col.filter(col.is_not_null() & (col != ""))
                else:
                    col = col.filter(col.is_not_null()).cast(pl.String)
                parts.append(col.value_counts(name="_n"))
        if not parts:
            return 0, []
        sizes = pl.concat(parts).group_by(column).agg(pl.col("_n").sum())
        top = (sizes.filter(pl.col("_n") > 1).sort(["_n", column], descending=[True, False]).head(k))
        return sizes.height, top.get_column(column).to_list()

    def where(self, column: str, values: set) -> list[dict]:
        """The rows whose ``column`` is in ``values``, in their order."""
        import polars as pl

        if self.dicts is not None:
            return [row for row in self.dicts if row.get(column) in values]
        if column not in self.columns or not values:
            return []
        out = []
        for frame in self.frames(self.columns):
            if column in frame.columns:
                out += frame.filter(pl.col(column).is_in(list(values))).to_dicts()
        return out

    def batches(self):
        """All rows as dicts, a shard at a time."""
        if self.dicts is not None:
            yield self.dicts
        else:
            for frame in self.frames(self.columns):
                yield frame.to_dicts()

    def all(self) -> list[dict]:
        return [row for batch in self.batches() for row in batch]


def _counts_of(rows: _Rows, column: str) -> list[tuple[str, int]]:
    """``_counts`` of one column, counted in polars."""
    counts: dict[str, int] = {}
    for value, n in rows.per(column).items():
        counts[str(value)] = counts.get(str(value), 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def track_summary(release: Release, articles: dict[str, dict], config: str, rows: _Rows,
                  id_column: str) -> tuple[int, list[dict]] | None:
    """How many tracks the records form, and the ``TRACKS_SHOWN`` largest with more than one record
    (as ``tracks`` gives them); None when the release has no such tracks. Only the shown tracks'
    records become dicts."""
    part = _track_subset(release, config, rows, id_column)
    return part and (part[0], tracks(release, articles, config, part[1], id_column) or [])


def _track_subset(release: Release, config: str, rows: _Rows, id_column: str) -> tuple[int, list[dict]] | None:
    """How many tracks the records form and the records of the ``TRACKS_SHOWN`` largest with more
    than one record; None when the release has no such tracks."""
    record_id = "claim_id" if id_column == "claim_track_id" else "quote_id"
    table = release.tables.get(config)
    member: dict[str, str] = {}
    if table is not None and id_column in release.columns.get(config, []):
        member = {r[record_id]: str(r[id_column]) for r in _Rows(table).all() if r.get(record_id)}
    if member:   # a track table listing its records: a small table, grouped as dicts
        sizes: dict[str, int] = {}
        for rid, n in rows.per(record_id).items():
            if member.get(rid):
                sizes[member[rid]] = sizes.get(member[rid], 0) + n
        n_tracks = len(sizes)
        shown = sorted((tid for tid, n in sizes.items() if n > 1), key=lambda tid: (-sizes[tid], tid))[:TRACKS_SHOWN]
        return n_tracks, rows.where(record_id, {rid for rid, tid in member.items() if tid in shown})
    kind = "claims" if record_id == "claim_id" else "quotations"
    if id_column not in release.columns.get(kind, []):
        return None
    n_tracks, shown = rows.largest(id_column, TRACKS_SHOWN)
    return n_tracks, [r for r in rows.where(id_column, set(shown)) if str(r[id_column]) in shown]


def tracks(release: Release, articles: dict[str, dict], config: str, rows: list[dict], id_column: str) -> list[dict] | None:
    """The records grouped by track (largest first), or None when the release has no such tracks.

    Uses ``<config>`` (e.g. ``claim_tracks``) for labels and membership when it lists record ids,
    else the track id column on the records themselves.
    """
    record_id = "claim_id" if id_column == "claim_track_id" else "quote_id"
    table = release.tables.get(config)
    member: dict[str, str] = {}
    labels: dict[str, str] = {}
    if table is not None and id_column in release.columns.get(config, []):
        for row in _Rows(table).all():
            labels.setdefault(str(row[id_column]), _track_label(row, id_column))
            if row.get(record_id):
                member[row[record_id]] = str(row[id_column])
    if not member:
        kind = "claims" if record_id == "claim_id" else "quotations"
        if id_column not in release.columns.get(kind, []):
            return None
        member = {r[record_id]: str(r[id_column]) for r in rows if r.get(id_column)}
    groups: dict[str, list[dict]] = {}
    for row in rows:
        tid = member.get(row[record_id])
        if tid:
            groups.setdefault(tid, []).append(row)
    out = []
    for tid, members in groups.items():
        points = []
        for r in members:
            a = articles.get(r["article_id"], {})
            points.append({"article_id": r["article_id"], "value": r.get("value"), "unit": r.get("unit"),
                           "date": a.get("_iso"), "title": a.get("title"), "record_id": r[record_id]})
        points.sort(key=lambda p: (p["date"] or "9999", p["article_id"], p["record_id"]))
        first = members[0]
        label = labels.get(tid) or (
            " · ".join(str(x) for x in (first.get("subject"), first.get("unit") or first.get("kind")) if x)
            if record_id == "claim_id" else first.get("speaker")) or tid
        out.append({"id": tid, "label": label, "points": points,
                    "articles": list(dict.fromkeys(p["article_id"] for p in points))})
    out.sort(key=lambda t: (-len(t["points"]), t["id"]))
    return out


def viewer_article(article: dict, quotes: list[dict], claims: list[dict]) -> dict:
    """One article as the viewer's compact JSON: text, and spans as JS (UTF-16) offsets."""
    text = article.get("text") or ""
    quotes = sorted(quotes, key=lambda q: (q["start"], -q["end"], q["quote_id"]))
    claims = sorted(claims, key=lambda c: (c["start"], -c["end"], c["claim_id"]))
    offsets = utf16_offsets(text, [o for r in quotes + claims for o in (r["start"], r["end"])])
    qindex = {q["quote_id"]: i for i, q in enumerate(quotes)}
    q_rows = []
    for i, q in enumerate(quotes):
        q_rows.append([offsets[2 * i], offsets[2 * i + 1], q["kind"], q.get("speaker"), q.get("mention"),
                       q.get("cue"), q.get("quote_track_id"), q["quote_id"]])
    base = 2 * len(quotes)
    c_rows = []
    for i, c in enumerate(claims):
        c_rows.append([offsets[base + 2 * i], offsets[base + 2 * i + 1], c["kind"], c.get("value"),
                       c.get("value_high"), c.get("unit"), c.get("qualifier"), c.get("subject"),
                       c.get("speaker"), qindex.get(c.get("quote_id"), -1), c.get("claim_track_id"), c["claim_id"]])
    return {"id": article["article_id"], "title": article.get("title") or "", "file": article.get("file") or "",
            "outlet": article.get("outlet"), "date": article.get("date"), "url": article.get("url"),
            "sources": list(article.get("sources") or []), "text": text, "q": q_rows, "c": c_rows}


def choose_articles(per_article: dict[str, int], must: list[str], cap: int) -> list[str]:
    """The articles to embed: those linked from the tracks shown first, then most records; at most ``cap``."""
    chosen: list[str] = []
    for aid in must:
        if aid in per_article and aid not in chosen and len(chosen) < cap // 2:
            chosen.append(aid)
    for aid, _ in sorted(per_article.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(chosen) >= cap:
            break
        if aid not in chosen:
            chosen.append(aid)
    return sorted(chosen, key=lambda a: (-per_article[a], a))


# --------------------------------------------------------------------------- the page

def render_report(release: Release, max_articles: int = MAX_ARTICLES) -> str:
    """The whole self-contained page as a string (a pure function of ``release``).

    Memory stays flat in the size of the release: records and articles are counted a shard at a
    time and only the articles and records the page shows become Python rows."""
    from .card import bibtex

    version, date = version_and_date(release.citation, release.card)
    art = _Rows(release.tables.get("articles", []))
    has_iso = "date_iso" in release.columns.get("articles", [])
    quotes = _Rows(release.tables.get("quotations", []))
    claims = _Rows(release.tables.get("claims", []))
    q_count, c_count = quotes.per("article_id"), claims.per("article_id")
    claim_part = _track_subset(release, "claim_tracks", claims, "claim_track_id")
    quote_part = _track_subset(release, "quote_tracks", quotes, "quote_track_id")
    point_ids = {r["article_id"] for part in (claim_part, quote_part) if part for r in part[1]}

    # One pass over the articles: what the plots count, the rows of the tracks' articles, and the
    # articles with the most records (enough of them that choose_articles picks as over all).
    keep = max_articles + 10 * TRACKS_SHOWN
    points: dict[str, dict] = {}
    per_article: dict[str, int] = {}
    best: list[tuple[int, str]] = []
    months: dict[str, list[int]] = {}
    outlets: dict[str, list[int]] = {}
    seen, total, undated = [0, 0], 0, 0
    for batch in art.batches():
        ranked = []
        for a in batch:
            aid = a["article_id"]
            iso = iso_date(a.get("date_iso") if has_iso else None, a.get("date"))
            total += 1
            undated += not iso
            counts = (q_count.get(aid, 0), c_count.get(aid, 0))
            if aid in point_ids:
                points[aid] = dict(a, _iso=iso)
                per_article[aid] = counts[0] + counts[1]
            ranked.append((-(counts[0] + counts[1]), aid))
            label = None
            for j, n in enumerate(counts):
                if n:
                    if iso:
                        months.setdefault(iso[:7], [0, 0])[j] += n
                    label = label or _outlet_label(a)
                    outlets.setdefault(label, [0, 0])[j] += n
                    seen[j] += n
        best = heapq.nsmallest(keep, best + ranked)
    for j, per in enumerate((q_count, c_count)):   # records of no article in the release
        if sum(per.values()) > seen[j]:
            outlets.setdefault(_outlet_label({}), [0, 0])[j] += sum(per.values()) - seen[j]
    per_article.update((aid, -n) for n, aid in best)

    claim_summary = claim_part and (claim_part[0], tracks(release, points, "claim_tracks", claim_part[1],
                                                          "claim_track_id") or [])
    quote_summary = quote_part and (quote_part[0], tracks(release, points, "quote_tracks", quote_part[1],
                                                          "quote_track_id") or [])
    shown_claim = claim_summary[1] if claim_summary else []
    shown_quote = quote_summary[1] if quote_summary else []
    must = [aid for t in shown_claim + shown_quote for aid in t["articles"][:5]]
    embedded = choose_articles(per_article, must, max_articles)
    articles = {}
    for a in art.where("article_id", set(embedded)):
        articles[a["article_id"]] = dict(a)
    q_by, c_by = {}, {}
    for q in quotes.where("article_id", set(embedded)):
        q_by.setdefault(q["article_id"], []).append(q)
    for c in claims.where("article_id", set(embedded)):
        c_by.setdefault(c["article_id"], []).append(c)
    if release.folder is not None and "text" in DEFERRED["articles"]:
        for aid, text in article_texts(release.folder, embedded).items():
            articles[aid]["text"] = text
    data = {"articles": [viewer_article(articles[aid], q_by.get(aid, []), c_by.get(aid, [])) for aid in embedded],
            "quote_kinds": list(QUOTE_KINDS), "total_articles": total,
            "start": first_article(embedded, q_by, per_article)}
    data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    data_json = data_json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    outlet_items = sorted(outlets.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:TOP]
    plots = [
        ("Claims by kind", bar_chart(_counts_of(claims, "kind"), "Claims by kind", color=CLAIM_COLOR)),
        ("Claims by qualifier", bar_chart(_counts_of(claims, "qualifier"), "Claims by qualifier", color=CLAIM_COLOR)),
        ("Quotations by kind", bar_chart(_counts_of(quotes, "kind"), "Quotations by kind", QUOTE_COLORS)),
        ("Most quoted speakers", bar_chart(_counts_of(quotes, "speaker")[:TOP], "Most quoted speakers")),
        ("Cue verbs", bar_chart(_counts_of(quotes, "cue")[:TOP], "Cue verbs")),
        ("Per outlet", grouped_bar_chart(outlet_items, ["quotations", "claims"], "Quotations and claims per outlet")),
    ]
    timeline = column_chart(_month_buckets(months), ["quotations", "claims"],
                            "Quotations and claims over time (by the article's date)")

    values = {
        "version": _esc(version),
        "date": _esc(date),
        "summary": _summary_html(release, version),
        "evaluation": _eval_html(release),
        "bibtex": _esc(bibtex(version, date) if re.match(r"\d{4}-\d{2}", date) else ""),
        "plots": "".join(f'<figure class="plot">{svg}</figure>' for _, svg in plots),
        "timeline": f'<figure class="plot wide">{timeline}</figure>'
                    f'<p class="note">{undated:,} of {total:,} articles have no readable date. '
                    f'Dates: {"the articles’ date_iso column" if has_iso else "parsed from articles.date (Solar Hijri converted to Gregorian)"}.</p>',
        "tracks": _tracks_html(claim_summary and claim_summary[0], shown_claim,
                               quote_summary and quote_summary[0], shown_quote, set(embedded)),
        "legend": "".join(f'<span class="chip q q-{k}">{k.replace("_", " ")}</span>' for k in QUOTE_KINDS)
                  + '<span class="chip c">numeric claim</span>',
        "cap_note": (f"All {total:,} articles are in the viewer." if len(embedded) == total else
                     f"The viewer holds {len(embedded):,} of the release’s {total:,} articles (cap {max_articles:,}): "
                     f"those linked from the tracks shown, then those with the most quotations and claims. "
                     f"Every article is in the <code>articles</code> config."),
        "css": (TEMPLATES / "report.css").read_text(encoding="utf-8"),
        "js": (TEMPLATES / "report.js").read_text(encoding="utf-8"),
        "data": data_json,
    }
    return Template((TEMPLATES / "report.html").read_text(encoding="utf-8")).substitute(values)


def _summary_html(release: Release, version: str) -> str:
    br = release.build_report
    counts = br.get("counts") or {name: len(rows) for name, rows in release.tables.items()}
    rows = "".join(f"<tr><td><code>{_esc(name)}</code></td><td class=num>{len(release.tables.get(name, [])):,}</td></tr>"
                   for name in sorted(set(counts) | set(release.tables)))
    status = br.get("file_status", {})
    status_txt = ", ".join(f"{_esc(k)}: {v:,}" for k, v in status.items()) or "not recorded"
    bad = [f for f in br.get("files", []) if f.get("status") in ("rejected", "failed")]
    bad_html = "".join(f"<li><code>{_esc(f['file'])}</code> — {_esc(f['status'])}: {_esc(f.get('reason', ''))}</li>"
                       for f in bad[:50])
    by_config = _counts(q.get("config") for q in release.quarantine)
    quarantine = (", ".join(f"{_esc(k)}: {v:,}" for k, v in by_config) if by_config else "none")
    return (f'<table class="counts"><tr><th>config</th><th>rows</th></tr>{rows}</table>'
            f'<ul class="facts"><li>Version <b>v{_esc(version)}</b></li>'
            f"<li>Files read: {br.get('files_found', 0):,} ({status_txt})</li>"
            f"<li>Rejected or failed files: {len(bad):,}{'<ul>' + bad_html + '</ul>' if bad else ''}</li>"
            f"<li>Quarantined records (failed their schema, in <code>quarantine.jsonl</code>): "
            f"{len(release.quarantine):,} ({quarantine})</li></ul>")


def _eval_html(release: Release) -> str:
    if not release.eval_figures:
        return "<p>No evaluation figures were recorded for this version.</p>"
    sets = list(dict.fromkeys(k.split(" / ", 1)[0] for k, _ in release.eval_figures if " / " in k))
    if len(sets) > 1 and all(" / " in k for k, _ in release.eval_figures):
        return _eval_by_set(release, sets)
    rows = "".join(f"<tr><td>{_esc(k)}</td><td class=num>{_esc(v)}</td></tr>" for k, v in release.eval_figures)
    return (f"<p>From {_esc(release.eval_source)} (<code>make eval</code> on the hand-annotated development set):</p>"
            f'<table class="eval"><tr><th>measure</th><th>value</th></tr>{rows}</table>')


def _eval_by_set(release: Release, sets: list[str]) -> str:
    """Figures named ``<set> / <measure>`` as one row per measure and one column per set."""
    table: dict[str, dict[str, str]] = {}
    for key, value in release.eval_figures:
        name, measure = key.split(" / ", 1)
        table.setdefault(measure, {})[name] = value
    head = "".join(f"<th>{_esc(n)}</th>" for n in sets)
    rows = "".join(f"<tr><td>{_esc(m)}</td>" + "".join(f"<td class=num>{_esc(v.get(n, ''))}</td>" for n in sets)
                   + "</tr>" for m, v in table.items())
    return (f"<p>From {_esc(release.eval_source)} (<code>make eval</code> on the hand-annotated sets; "
            f"the card describes each):</p>"
            f'<table class="eval"><tr><th>measure</th>{head}</tr>{rows}</table>')


def _tracks_html(claim_tracks: int | None, shown_claim, quote_tracks: int | None, shown_quote, embedded: set[str]) -> str:
    """The tracks section, from the number of tracks of each kind (None: no such tracks) and those shown."""
    if claim_tracks is None and quote_tracks is None:
        return '<p class="empty">No tracks in this release (no <code>claim_tracks</code> or <code>quote_tracks</code>).</p>'
    out = []
    if claim_tracks is None:
        out.append('<p class="empty">No claim tracks in this release.</p>')
    elif not shown_claim:
        out.append('<p class="empty">No claim track has more than one claim.</p>')
    else:
        out.append(f"<p>{claim_tracks:,} claim tracks; the {len(shown_claim)} largest, values in date order "
                   f"(click a dot or an article to read it):</p><div class=grid>")
        for t in shown_claim:
            out.append(f'<div class="track-box">{track_chart(t, embedded)}{_article_links(t, embedded)}</div>')
        out.append("</div>")
    if quote_tracks is None:
        out.append('<p class="empty">No quote tracks in this release.</p>')
    elif shown_quote:
        out.append(f"<h3>Quote tracks</h3><p>{quote_tracks:,} quote tracks; the largest:</p><ul class=tracks>")
        for t in shown_quote:
            out.append(f"<li><b>{_esc(t['label'])}</b> ({len(t['points'])} quotations) {_article_links(t, embedded)}</li>")
        out.append("</ul>")
    return "".join(out)


def _article_links(track: dict, embedded: set[str]) -> str:
    links = []
    titles = {p["article_id"]: (p.get("date") or "undated", p.get("title") or p["article_id"]) for p in track["points"]}
    for aid in track["articles"][:12]:
        date, title = titles.get(aid, ("undated", aid))
        text = f'{_esc(date)} <bdi dir="rtl">{_esc(_short(title, 30))}</bdi>'
        if aid in embedded:
            links.append(f'<a class="art-link" href="#a-{_esc(aid)}" title="{_esc(aid)}">{text}</a>')
        else:
            links.append(f'<span class="art-link off" title="{_esc(aid)}: not embedded in this page">{text}</span>')
    more = len(track["articles"]) - 12
    return f'<p class="links">Articles: {" · ".join(links)}{f" … and {more} more" if more > 0 else ""}</p>'
