"""Check that every keyword in cases.jsonl is a substring of a glossary term's id or title
(lowercased; '-', '_' and spaces read as one space). Prints how many terms each keyword matches."""
import json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout15-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[-_ ]+", " ", s.lower())
terms = []
for line in open(TSV, encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2 and p[0] != "id":
        terms.append((p[0], norm(p[0]), norm(p[1])))
seen = {}
for raw in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    for k in json.loads(raw)["expect"]:
        seen.setdefault(k, 0); seen[k] += 1
for k in sorted(seen):
    hits = [t[0] for t in terms if norm(k) in t[1] or norm(k) in t[2]]
    flag = "NONE" if not hits else ("" if len(hits) == 1 else "MULTI")
    print(f"{k!r:40} x{seen[k]:<3} {flag:5} {hits[:5]}")
