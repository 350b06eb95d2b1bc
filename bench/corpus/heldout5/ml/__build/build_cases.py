"""Write ../cases.jsonl from random_draws.jsonl + __build/ml-random.txt (one `word|kw1,kw2` label per draw,
in draw order) and __build/ml.txt (hand-picked `file|line(1-based)|word|kw1,kw2[|nth]`; character = start + 1).
Run from ml/: python3 __build/build_cases.py"""
import json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
u16 = lambda s: len(s.encode("utf-16-le")) // 2
kws = lambda s: [k.strip() for k in s.split(",") if k.strip()]
draws = [json.loads(l) for l in open(os.path.join(HERE, "random_draws.jsonl"))]
labels = [l.rstrip("\n") for l in open(os.path.join(HERE, "__build/ml-random.txt")) if l.strip() and not l.startswith("#")]
by_file = {}
for d, lab in zip(draws, labels):
    w, k = lab.split("|", 1)
    assert w == d["word"], (w, d)
    by_file.setdefault(d["file"], []).append((d["line"], d["character"], d["word"], kws(k)))
seen = {(d["file"], d["line"], d["character"]) for d in draws}
for raw in open(os.path.join(HERE, "__build/ml.txt")):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    p = raw.split("|")
    f, ln, w, k = p[0], int(p[1]) - 1, p[2], kws(p[3])
    nth = int(p[4]) if len(p) > 4 and p[4] else 1
    text = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")[ln]
    hits = [m for m in TOK.finditer(text) if m.group() == w]
    assert len(hits) >= nth, (raw, text)
    m = hits[nth - 1]
    start = u16(text[: m.start()])
    if (f, ln, start) in seen:
        print("skip, same as a draw:", raw)
        continue
    by_file.setdefault(f, []).append((ln, start + 1, w, k))
with open(os.path.join(HERE, "cases.jsonl"), "w") as out:
    for f in sorted(by_file):
        for ln, ch, w, k in sorted(by_file[f]):
            out.write(json.dumps({"file": f, "line": ln, "character": ch, "word": w, "expect": k}) + "\n")
print(sum(len(v) for v in by_file.values()), "cases")
