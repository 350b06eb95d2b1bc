"""Check every keyword of ml/cases.jsonl against glossary-terms.tsv: a keyword must be a
substring of exactly one term's id or title, with '-', '_' and spaces read as one.
Keywords that match no term are listed (intended misses: concepts without a glossary term).
Run from ml/: python3 __build/check_keywords.py [path/to/glossary-terms.tsv]"""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout8-input/glossary-terms.tsv"


def norm(s):
    return re.sub(r"[-_ ]+", " ", s.lower())


terms = []
with open(TSV, encoding="utf-8") as fh:
    next(fh)
    for row in fh:
        p = row.rstrip("\n").split("\t")
        terms.append((p[0], norm(p[0]), norm(p[1])))

ambiguous = unmatched = checked = 0
for n, raw in enumerate(open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"), 1):
    c = json.loads(raw)
    for kw in c["expect"]:
        checked += 1
        k = norm(kw)
        hits = [t for t, i, ti in terms if k in i or k in ti]
        if not hits:
            unmatched += 1
            print(f"line {n}: {c['word']!r}: keyword {kw!r} matches no term (intended miss)")
        elif len(hits) > 1:
            ambiguous += 1
            print(f"line {n}: {c['word']!r}: keyword {kw!r} is ambiguous: {hits}")
print(f"{checked} keywords checked: {ambiguous} ambiguous, {unmatched} without a term")
sys.exit(1 if ambiguous else 0)
