"""Dump predicted claims/mentions and uncovered number tokens for a list of articles."""
import sys, re, json
sys.path.insert(0, "/work/wt-mentions")
from builder.pipeline import extract_article
C = "/work/shared/corpus"
words = [l.split("\t")[0] for l in open("/work/wt-mentions/builder/lexicons/numbers_words.tsv") if not l.startswith("#")][1:]
ords = [l.split("\t")[0] for l in open("/work/wt-mentions/builder/lexicons/numbers_ordinals.tsv") if not l.startswith("#")][1:]
W = sorted(set(words) | set(ords) | {"يك", "يكم", "دوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم"}, key=len, reverse=True)
NUM = re.compile(r"[0-9۰-۹٠-٩][0-9۰-۹٠-٩/.,٫٬]*|(?<![\w\u200c])(?:" + "|".join(map(re.escape, W)) + r")(?:مین|م|ام|امین|ین)?(?![\w])")
def ctx(t, s, e, w=70):
    return (t[max(0, s - w):s] + "⟦" + t[s:e] + "⟧" + t[e:e + w]).replace("\n", " ¶ ")
def run(files, out):
    o = open(out, "w")
    for rel in files:
        text = open(f"{C}/{rel}", encoding="utf-8").read()
        r = extract_article(text, rel)
        o.write(f"\n######## {rel}  ({len(text)} chars)\n")
        recs = [("C", c) for c in r["claims"]] + [("M", m) for m in r["mentions"]]
        recs.sort(key=lambda x: x[1]["start"])
        cov = []
        for typ, x in recs:
            cov.append((x["start"], x["end"]))
            if typ == "C":
                d = f"C {x['kind']} v={x['value']:g}" + (f"-{x['value_high']:g}" if x.get('value_high') is not None else "") + f" u={x['unit']} q={x['qualifier']} subj={x['subject']} spk={x['speaker']}"
            else:
                d = f"M {x['kind']} v={x['value']}"
            o.write(f"[{x['start']}] {d} :: «{x['text']}»\n      {ctx(text, x['start'], x['end'])}\n")
        o.write("  -- uncovered numbers --\n")
        for m in NUM.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in cov):
                continue
            o.write(f"  U[{m.start()}] «{m.group()}»  {ctx(text, m.start(), m.end(), 50)}\n")
run([l.strip() for l in open(sys.argv[1]) if l.strip()], sys.argv[2])
