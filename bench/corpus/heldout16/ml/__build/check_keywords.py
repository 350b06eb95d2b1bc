"""Check every keyword of ml/cases.jsonl against glossary-terms.tsv (id or title, lowercased,
-/_/spaces read as one space): prints keywords matching no term or more than one term."""
import json, re, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
norm = lambda s: re.sub(r"[-_\s]+", " ", s.lower())
terms = []
for l in open("/work/heldout16-input/glossary-terms.tsv", encoding="utf-8").read().splitlines()[1:]:
    p = l.split("\t"); terms.append((p[0], norm(p[0]), norm(p[1])))
seen = set()
for l in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    for k in json.loads(l)["expect"]:
        if k in seen: continue
        seen.add(k); nk = norm(k)
        m = [t[0] for t in terms if nk in t[1] or nk in t[2]]
        if len(m) != 1: print(repr(k), m)
