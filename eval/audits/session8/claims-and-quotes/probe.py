import sys
sys.path.insert(0, "/work/wt-mentions")
from builder.pipeline import extract_article
def probe(s):
    r = extract_article("## عنوان\n\n" + s + "\n", "x.txt")
    out = [("C", c["kind"], c["text"], c["value"], c.get("unit"), c["qualifier"]) for c in r["claims"]] + \
          [("M", m["kind"], m["text"], m["value"]) for m in r["mentions"]]
    return out
if __name__ == "__main__":
    for s in sys.argv[1:]:
        print(s, "=>", probe(s))
