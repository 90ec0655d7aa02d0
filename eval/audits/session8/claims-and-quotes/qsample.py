import random, glob, os
C='/work/shared/corpus'
ex=set()
for f in glob.glob('/work/main/eval/*-files.txt')+['/work/shared/gold/dev-files.txt']:
    ex|={l.strip() for l in open(f) if l.strip()}
base=set()
for root,_,fs in os.walk('/work/annot7'):
    for x in fs: base.add(x)
exb={os.path.basename(e) for e in ex}|base
dirs={'farsnews':4,'irnews':8,'headlines2025':0}
rng=random.Random(1212); out=[]
for d,n in dirs.items():
    pool=sorted(f'{d}/{x}' for x in os.listdir(f'{C}/{d}') if x.endswith('.txt'))
    pool=[p for p in pool if p not in ex and os.path.basename(p) not in exb and len(open(f'{C}/{p}').read())<=5000]
    out+=rng.sample(pool,n)
print('\n'.join(out))
