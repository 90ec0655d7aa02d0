import sys, os, re
sys.path.insert(0, '/work/wt-qaudit')
from builder.pipeline import extract_article
pat = re.compile(sys.argv[1]); cuepat = re.compile(sys.argv[2])
C='/work/shared/corpus'; n=0
for d in ('farsnews','irnews','headlines2025'):
    for f in sorted(os.listdir(f'{C}/{d}')):
        t=open(f'{C}/{d}/{f}').read()
        if not pat.search(t): continue
        for q in extract_article(t, f)['quotations']:
            if cuepat.search(q['cue']):
                n+=1; print(f"{d}/{f}\t{q['cue']}\t{q['mention']}\t{q['content'][:90]}")
print('total', n)
