"""Keyword check: every expect keyword must be a substring of some glossary term's id or title
(lowercased; '-', '_' and spaces read as one space).  Reports keywords matching no term and keywords
matching more than one term.  Run from ml/: python3 __build/check_keywords.py [glossary.tsv]"""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gl = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout9-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[-_\s]+", " ", s.lower()).strip()
terms = []
with open(gl, encoding="utf-8") as fh:
    rows = list(csv.reader(fh, delimiter="\t"))
for r in rows[1:]:
    terms.append((r[0], norm(r[0]) + " | " + norm(r[1])))
none, multi, ok = Counter(), {}, Counter()
npos = nneg = 0
for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    if c["expect"]:
        npos += 1
    else:
        nneg += 1
    for k in c["expect"]:
        hits = [tid for tid, t in terms if norm(k) in t]
        if not hits:
            none[k] += 1
        elif len(hits) > 1:
            multi[k] = hits
        else:
            ok[hits[0]] += 1
print(f"cases: {npos + nneg}, positives {npos}, negatives {nneg}")
print("keywords matching no term (intentional misses):", dict(none) or "none")
print("keywords matching several terms:", multi or "none")
print("distinct terms targeted:", len(ok))
