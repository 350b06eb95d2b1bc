"""List every expect keyword of cases.jsonl that does not match exactly one glossary term
(substring of id or title, lowercased, '-', '_' and spaces read as one space). Run from ml/."""
import collections, json, re
n = lambda s: re.sub(r"[-_ ]+", " ", s.lower())
terms = [l.rstrip("\n").split("\t")[:2] for l in open("/work/heldout11-input/glossary-terms.tsv", encoding="utf-8")][1:]
cases = [json.loads(l) for l in open("cases.jsonl", encoding="utf-8")]
count = collections.Counter(k for c in cases for k in c["expect"])
for k in sorted(count):
    hits = [t[0] for t in terms if n(k) in n(t[0]) or n(k) in n(t[1])]
    if len(hits) != 1:
        print(f"{k!r} ({count[k]}x): {hits}")
