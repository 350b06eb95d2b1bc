"""Keyword check for general/cases.jsonl: every keyword is a substring of a glossary term's id
or title (with '-', '_' and spaces read as one), and each keyword of a case on its own singles
out the same one term.  Run from general/: python3 __build/check_keywords.py [glossary-terms.tsv]"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSS = sys.argv[1] if len(sys.argv) > 1 else "/work/heldout9-input/glossary-terms.tsv"


def norm(s):
    return re.sub(r"[-_ ]+", " ", s.lower())


terms = []
with open(GLOSS, encoding="utf-8") as fh:
    rows = list(csv.reader(fh, delimiter="\t"))
for r in rows[1:]:
    terms.append((r[0], norm(r[0]), norm(r[1])))

bad = pos = 0
for n, raw in enumerate(open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"), 1):
    c = json.loads(raw)
    if not c["expect"]:
        continue
    pos += 1
    sets = []
    for k in c["expect"]:
        hit = {t for t, i, ti in terms if norm(k) in i or norm(k) in ti}
        if not hit:
            print(f"line {n}: keyword {k!r} matches no term")
            bad += 1
        sets.append(hit)
    common = set.intersection(*sets) if sets else set()
    if len(common) != 1 or any(len(h) != 1 for h in sets):
        print(f"line {n}: {c['expect']} single out {sorted(common)}")
        bad += 1
    else:
        print(f"ok {c['word']:>10} {c['expect']} -> {common.pop()}")
print(f"{pos} positive cases, {bad} keyword problems")
sys.exit(1 if bad else 0)
