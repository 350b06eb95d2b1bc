"""Turn hand-picked specs (specs/<set>.txt) and labelled random draws into <set>/cases.jsonl.
(Adapted for the fourth held-out set: lives in ml/__build/ next to its specs ml.txt and ml-random.txt; run `python3 __build/build_cases.py` from ml/.)
Spec lines:  '## <file path inside the set>'  then  '<1-based line>|<word>|<kw,kw or empty>[|<nth occurrence>]'.
Random labels: specs/<set>-random.txt, one line per draw of random_draws.jsonl: '<index>|<kw,kw or empty>'.
Hand-picked cases point at token start + 1; random draws at token start (0-based UTF-16)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
def u16(s): return len(s.encode("utf-16-le")) // 2
def kws(s): return [k.strip() for k in s.split(",") if k.strip()]
def build(name):
    base = SET; out = []; seen = set(); cur = None
    for raw in open(os.path.join(HERE, name + ".txt"), encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#") and not raw.startswith("## "): continue
        if raw.startswith("## "):
            cur = raw[3:].strip(); lines = open(os.path.join(base, cur), encoding="utf-8").read().split("\n"); continue
        parts = raw.split("|"); ln = int(parts[0]) - 1; w = parts[1]; e = kws(parts[2]); nth = int(parts[3]) if len(parts) > 3 else 1
        hits = [m for m in TOK.finditer(lines[ln]) if m.group() == w]
        if len(hits) < nth: sys.exit(f"{cur}:{ln+1}: no token {w!r} in {lines[ln].strip()!r}")
        col = u16(lines[ln][: hits[nth - 1].start()])
        seen.add((cur, ln, col)); out.append({"file": cur, "line": ln, "character": col + 1, "word": w, "expect": e})
    draws = [json.loads(l) for l in open(os.path.join(base, "random_draws.jsonl"))]
    labels = {}
    for raw in open(os.path.join(HERE, name + "-random.txt"), encoding="utf-8"):
        if raw.strip():
            i, e = raw.rstrip("\n").split("|", 1); labels[int(i)] = kws(e)
    assert sorted(labels) == list(range(len(draws))), f"{name}: random labels do not cover every draw"
    for i, d in enumerate(draws):
        if (d["file"], d["line"], d["character"]) in seen: continue
        out.append({**d, "expect": labels[i]})
    out.sort(key=lambda c: (c["file"], c["line"], c["character"]))
    with open(os.path.join(base, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in out: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    pos = sum(1 for c in out if c["expect"]); print(f"{name}: {len(out)} cases, {pos} positive, {len(out)-pos} negative")
if __name__ == "__main__":
    for n in sys.argv[1:] or ["ml"]: build(n)
