"""Draw the audit samples: stratified by source in proportion (largest remainder), random.Random(seed)."""
import glob, os, re, random, sys, json
C = "/work/shared/corpus"
SRCS = ["farsnews", "irnews", "headlines2025"]
excl = set()
for f in glob.glob("/work/main/eval/*-files.txt") + ["/work/shared/gold/dev-files.txt"]:
    excl |= {l.strip() for l in open(f) if l.strip()}
# /work/annot7: exclude every corpus file it names (file names or names inside its files); nothing printed
names = set()
for root, _, fs in os.walk("/work/annot7"):
    for fn in fs:
        names.add(fn)
        try:
            names |= set(re.findall(r"\d{3,4}_[0-9a-f]{16}\.txt", open(os.path.join(root, fn), errors="ignore").read()))
        except Exception:
            pass
words = [l.split("\t")[0] for l in open("/work/wt-mentions/builder/lexicons/numbers_words.tsv") if not l.startswith("#")][1:]
NUMRE = re.compile(r"[0-9۰-۹٠-٩]|(?<![^\s\u200c])(?:" + "|".join(map(re.escape, words)) + r")(?![^\s\u200c،.])")
def pool(src, extra):
    out = []
    for p in sorted(glob.glob(f"{C}/{src}/*.txt")):
        rel = f"{src}/{os.path.basename(p)}"
        if rel in excl or rel in extra or os.path.basename(p) in names:
            continue
        if NUMRE.search(open(p, encoding="utf-8").read()):
            out.append(rel)
    return out
def draw(seed, n, extra=()):
    pools = {s: pool(s, set(extra)) for s in SRCS}
    tot = sum(len(v) for v in pools.values())
    quota = {s: n * len(pools[s]) / tot for s in SRCS}
    ns = {s: int(quota[s]) for s in SRCS}
    for s in sorted(SRCS, key=lambda s: -(quota[s] - ns[s]))[: n - sum(ns.values())]:
        ns[s] += 1
    rng = random.Random(seed)
    return [f for s in SRCS for f in rng.sample(pools[s], ns[s])]
if __name__ == "__main__":
    s1 = draw(909, 25)
    open("/work/wt-mentions/.audit/sample1.txt", "w").write("\n".join(s1) + "\n")
    s2 = draw(910, 10, s1)
    open("/work/wt-mentions/.audit/sample2.txt", "w").write("\n".join(s2) + "\n")
    print(len(s1), len(s2))
