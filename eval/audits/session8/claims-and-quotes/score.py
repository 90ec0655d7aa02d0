"""Write the audit TSV and count: claim precision, mention precision / recall, by judgement module."""
import sys, importlib.util, collections
import os; sys.path.insert(0, os.environ.get("ROOT", "/work/wt-mentions"))
from builder.pipeline import extract_article
C = "/work/shared/corpus"
def load(p):
    spec = importlib.util.spec_from_file_location("j", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
def run(files, judge, out, label):
    J = load(judge)
    rows, st = [], collections.Counter()
    groups = collections.Counter()
    seen = set(); found = set()
    for rel in files:
        text = open(f"{C}/{rel}", encoding="utf-8").read()
        r = extract_article(text, rel)
        for typ, recs in (("claim", r["claims"]), ("mention", r["mentions"])):
            for x in recs:
                key = (rel, x["start"])
                # judgements are keyed by the record's text too, so a record that moved is not judged by an old key
                mk = getattr(J, "MENTION_KEYS", {})
                v = J.WRONG.get(key) if ((typ == "mention") == (key in mk)) and (typ == "claim" or mk[key] == x["kind"]) else None
                if v is not None and typ == "claim" and v[0] in ("wrong_kind", "wrong_qualifier", "wrong_value"):
                    verdict, reason = v[0], v[1]; st[typ + "_ok"] += 1
                elif v is not None:
                    verdict, reason = "wrong:" + v[0], v[1]; groups[v[0]] += 1
                else:
                    verdict, reason = "ok", ""; st[typ + "_ok"] += 1
                seen.add(key)
                if verdict == "ok" or not verdict.startswith("wrong"):
                    found.add((rel, x["start"], typ))
                st[typ] += 1
                pred = f"{x['kind']} v={x['value']}" + (f" u={x.get('unit')} q={x.get('qualifier')}" if typ == "claim" else "")
                rows.append((rel, x["text"], f"{typ}: {pred}", verdict, reason))
    missed = collections.Counter()
    for rel, s, typ, t, reason in J.MISSED:
        if rel in files and (rel, s, typ) not in found:
            rows.append((rel, t, "none", "missed_" + typ, reason)); missed[typ] += 1
    with open(out, "w") as o:
        o.write("file\ttext\tpredicted\tverdict\treason\n")
        for row in rows:
            o.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    cp = st["claim_ok"] / st["claim"]; mp = st["mention_ok"] / st["mention"]
    mr = st["mention_ok"] / (st["mention_ok"] + missed["mention"])
    print(f"{label}: claims {st['claim']} P={cp:.3f} (missed {missed['claim']}); mentions {st['mention']} P={mp:.3f} R={mr:.3f} "
          f"(missed {missed['mention']}); wrong by group {dict(groups)}")
if __name__ == "__main__":
    run([l.strip() for l in open(sys.argv[1]) if l.strip()], sys.argv[2], sys.argv[3], sys.argv[4])
