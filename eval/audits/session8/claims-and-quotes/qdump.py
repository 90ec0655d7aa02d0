import sys, os, re
root=sys.argv[1]; sys.path.insert(0, root)
from builder.pipeline import extract_article
C='/work/shared/corpus'
pat=re.compile(sys.argv[2]) if len(sys.argv)>2 else None
for d in ('farsnews','irnews','headlines2025'):
    for f in sorted(os.listdir(f'{C}/{d}')):
        t=open(f'{C}/{d}/{f}').read()
        if pat and not pat.search(t): continue
        for q in extract_article(t, f)['quotations']:
            print(f"{d}/{f}\t{q['kind']}\t{q['cue']}\t{q['mention']}\t{q['start']}\t{q['content'][:100]}")
