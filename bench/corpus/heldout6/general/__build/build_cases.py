"""Write ../cases.jsonl from general.txt (hand-picked, 1-based lines, character = token start + 1)
and general-random.txt (one label per line of ../random_draws.jsonl, character = token start).
Checks every keyword against /work/heldout6-input/glossary-terms.tsv and prints keywords with no term.
Run from the set folder: python3 __build/build_cases.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
GLOSS = "/work/heldout6-input/glossary-terms.tsv"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def norm(s):
    return re.sub(r"[-_ ]+", " ", s.lower())


names = []
for row in open(GLOSS, encoding="utf-8"):
    p = row.rstrip("\n").split("\t")
    if len(p) >= 2 and p[0] != "id":
        names.append((p[0], norm(p[0]), norm(p[1])))


def kw_check(kws, where):
    for k in kws:
        hits = [i for i, a, b in names if norm(k) in a or norm(k) in b]
        print(f"  kw {k!r} at {where}: {hits if hits else 'NO TERM'}", file=sys.stderr)


def rows(path):
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if raw and not raw.startswith("#"):
            yield raw.split("|")


def kws(s):
    return [k.strip() for k in s.split(",") if k.strip()]


lines_cache = {}


def lines(rel):
    if rel not in lines_cache:
        with open(os.path.join(SET, rel), encoding="utf-8") as f:
            lines_cache[rel] = f.read().split("\n")
    return lines_cache[rel]


out = []
draws = [json.loads(l) for l in open(os.path.join(SET, "random_draws.jsonl"), encoding="utf-8")]
labels = list(rows(os.path.join(HERE, "general-random.txt")))
assert len(draws) == len(labels), (len(draws), len(labels))
seen = set()
for d, lab in zip(draws, labels):
    assert d["word"] == lab[0], (d, lab)
    e = kws(lab[1])
    if e:
        kw_check(e, f"{d['file']}:{d['line']}")
    out.append(dict(d, expect=e))
    seen.add((d["file"], d["line"], d["word"]))

hand = []
for p in rows(os.path.join(HERE, "general.txt")):
    d, path, ln, word, kw = p[:5]
    nth = int(p[5]) if len(p) > 5 and p[5] else 1
    rel = f"{d}/{path}"
    text = lines(rel)[int(ln) - 1]
    ms = [m for m in TOK.finditer(text) if m.group() == word]
    assert len(ms) >= nth, (rel, ln, word, text)
    m = ms[nth - 1]
    key = (rel, int(ln) - 1, word)
    assert key not in seen, ("collides with a random draw", key)
    seen.add(key)
    e = kws(kw)
    if e:
        kw_check(e, f"{rel}:{int(ln)-1}")
    hand.append({"file": rel, "line": int(ln) - 1, "character": u16(text[: m.start()]) + 1, "word": word, "expect": e})

allc = sorted(out + hand, key=lambda c: (c["file"], c["line"], c["character"]))
with open(os.path.join(SET, "cases.jsonl"), "w", encoding="utf-8") as f:
    for c in allc:
        f.write(json.dumps({k: c[k] for k in ("file", "line", "character", "word", "expect")}) + "\n")
print(f"{len(allc)} cases ({len(out)} random, {len(hand)} hand-picked), "
      f"{sum(1 for c in allc if c['expect'])} positive", file=sys.stderr)
