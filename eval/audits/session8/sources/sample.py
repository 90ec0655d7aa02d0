import glob, os, random, sys
C = "/work/shared/corpus"
excl = set()
for f in glob.glob("/work/main/eval/*-files.txt") + ["/work/shared/gold/dev-files.txt"]:
    for l in open(f, encoding="utf-8"):
        l = l.strip()
        if l:
            excl.add(l)
            excl.add(os.path.basename(l))
extra = sys.argv[3:] if len(sys.argv) > 3 else []
for e in extra:
    for l in open(e, encoding="utf-8"):
        l = l.split("\t")[0].strip()
        if l: excl.add(l); excl.add(os.path.basename(l))
seed, n = int(sys.argv[1]), int(sys.argv[2])
folders = ["farsnews", "irnews", "headlines2025"]
pools = {d: sorted(f"{d}/{x}" for x in os.listdir(f"{C}/{d}") if x.endswith(".txt") and f"{d}/{x}" not in excl and x not in excl) for d in folders}
tot = sum(len(p) for p in pools.values())
raw = {d: n * len(pools[d]) / tot for d in folders}
cnt = {d: int(raw[d]) for d in folders}
for d in sorted(folders, key=lambda d: -(raw[d] - cnt[d]))[: n - sum(cnt.values())]:
    cnt[d] += 1
rng = random.Random(seed)
out = []
for d in folders:
    out += rng.sample(pools[d], cnt[d])
rng.shuffle(out)
print(len(excl), cnt, file=sys.stderr)
print("\n".join(out))
