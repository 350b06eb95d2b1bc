"""Check every keyword of ml/cases.jsonl against the glossary: prints keywords that match no term
(intended misses) or more than one term (id or title, lowercased; '-', '_' and spaces read as one)."""
import json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = "/work/heldout14-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[-_ ]+", " ", s.lower())
terms = []
for i, line in enumerate(open(TSV, encoding="utf-8")):
    p = line.rstrip("\n").split("\t")
    if i == 0 or len(p) < 2:
        continue
    terms.append((p[0], norm(p[0]), norm(p[1])))
kws = {}
for l in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    for k in json.loads(l)["expect"]:
        kws[k] = kws.get(k, 0) + 1
for k, n in sorted(kws.items()):
    hits = [t[0] for t in terms if norm(k) in t[1] or norm(k) in t[2]]
    if len(hits) != 1:
        print(f"{k!r} x{n}: {hits}")
print(len(kws), "distinct keywords")
