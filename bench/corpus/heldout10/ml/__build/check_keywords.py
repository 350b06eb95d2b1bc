"""For every keyword in cases.jsonl, list the glossary terms whose id or title contains it
(lowercased; '-', '_' and spaces read as one space). Prints keywords matching 0 or >1 terms."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout10-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[-_ ]+", " ", s.lower())
terms = []
with open(TSV, encoding="utf-8") as fh:
    rows = list(csv.reader(fh, delimiter="\t"))
for r in rows[1:]:
    terms.append((r[0], norm(r[0]), norm(r[1])))
seen = {}
for l in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(l)
    for k in c["expect"]:
        seen.setdefault(k, 0); seen[k] += 1
bad = 0
for k in sorted(seen):
    nk = norm(k)
    hits = [t[0] for t in terms if nk in t[1] or nk in t[2]]
    if len(hits) != 1:
        bad += 1
        print(f"{k!r} ({seen[k]} cases) -> {hits}")
print(f"{len(seen)} keywords, {bad} not matching exactly one term")
