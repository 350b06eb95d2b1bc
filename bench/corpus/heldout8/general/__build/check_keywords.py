"""Check that every keyword in cases.jsonl is a substring of a glossary term's id or title
(with '-', '_' and spaces read as one) and that the keywords of a case single out one term."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout8-input/glossary-terms.tsv"
norm = lambda s: re.sub(r"[-_ ]+", " ", s.lower())
terms = [(r[0], norm(r[0]) + " | " + norm(r[1])) for r in csv.reader(open(TSV, encoding="utf-8"), delimiter="\t")][1:]
bad = n = pos = 0
for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(line); n += 1
    if not c["expect"]:
        continue
    pos += 1
    sets = [{t for t, txt in terms if norm(k) in txt} for k in c["expect"]]
    common = set.intersection(*sets)
    per = [sorted(s) for s in sets]
    ok = len(common) == 1 and all(len(s) == 1 for s in sets)
    print(("ok  " if ok else "BAD "), c["file"].split("/")[0], c["line"] + 1, c["word"], c["expect"], "->", per)
    bad += not ok
print(f"{n} cases, {pos} positive, {bad} keyword problems")
sys.exit(1 if bad else 0)
