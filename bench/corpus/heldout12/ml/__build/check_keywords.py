"""Check that every expect keyword of cases.jsonl is a substring of at least one glossary
term's id or title (lowercased; '-', '_' and spaces read as one space); list how many terms each matches."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout12-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[\s_-]+", " ", s.lower())
terms = []
with open(TSV, encoding="utf-8") as fh:
    r = csv.reader(fh, delimiter="\t")
    next(r)
    for row in r:
        terms.append((row[0], norm(row[0]) + " | " + norm(row[1])))
seen = {}
for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    for k in json.loads(line)["expect"]:
        seen.setdefault(k, [t for t, s in terms if norm(k) in s])
bad = 0
for k, m in sorted(seen.items()):
    if not m:
        bad += 1
    if len(m) != 1:
        print(f"{k!r}: {len(m)} terms {m[:6]}")
print(f"{len(seen)} distinct keywords, {bad} matching no term")
