import sys
sys.path.insert(0, '/work/wt-qaudit')
from builder.pipeline import extract_article
for f in sys.argv[1:]:
    t=open('/work/shared/corpus/'+f).read()
    for q in extract_article(t, f)['quotations']:
        print(f"{f}\t{q['kind']}\t{q['cue']}\t{q['mention']}\t{q['start']}\t{q['content'][:100]}")
