"""Records of every corpus article under ROOT's code, as lines (for a diff between two code versions)."""
import sys, os, glob
sys.path.insert(0, os.environ["ROOT"])
from builder.pipeline import extract_article
out = open(sys.argv[1], "w")
files = sorted(glob.glob("/work/shared/corpus/*/*.txt"))
step = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for p in files[::step]:
    rel = "/".join(p.split("/")[-2:])
    t = open(p, encoding="utf-8").read()
    r = extract_article(t, rel)
    for c in r["claims"]:
        out.write(f"{rel}\t{c['start']}\tC {c['kind']} {c['value']:g} {c['unit']} {c['qualifier']}\t{c['text']}\t{t[max(0,c['start']-40):c['end']+30]!r}\n")
    for m in r["mentions"]:
        out.write(f"{rel}\t{m['start']}\tM {m['kind']} {m['value']}\t{m['text']}\t{t[max(0,m['start']-40):m['end']+30]!r}\n")
