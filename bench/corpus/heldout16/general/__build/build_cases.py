"""Build general/cases.jsonl from __build/general.txt (hand-picked `line|word|keywords[|nth]`, 1-based
lines, grouped under `## <file>` headers; character = token start + 1) and __build/general-random.txt
(one `word|keywords` label per line of random_draws.jsonl, in order; character = token start).
Run from general/: python3 __build/build_cases.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def kws(s):
    return [k.strip() for k in s.split(",") if k.strip()]


def main():
    files = {}
    hand = []
    cur = None
    for raw in open(os.path.join(HERE, "__build", "general.txt"), encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip():
            continue
        if raw.startswith("## "):
            cur = raw[3:].strip()
            continue
        parts = raw.split("|")
        ln, word, kw = int(parts[0]), parts[1], parts[2]
        nth = int(parts[3]) if len(parts) > 3 else 1
        if cur not in files:
            with open(os.path.join(HERE, cur), encoding="utf-8") as fh:
                files[cur] = fh.read().split("\n")
        text = files[cur][ln - 1]
        hits = [m for m in TOK.finditer(text) if m.group() == word]
        if len(hits) < nth:
            sys.exit(f"{cur}:{ln}: {word!r} not found (nth={nth}): {text.strip()[:100]!r}")
        m = hits[nth - 1]
        off = 0 if len(word) == 1 else 1  # one-character words: token start
        hand.append({"file": cur, "line": ln - 1, "character": u16(text[: m.start()]) + off,
                     "word": word, "expect": kws(kw)})
    draws = [json.loads(l) for l in open(os.path.join(HERE, "random_draws.jsonl"), encoding="utf-8")]
    labels = [l.rstrip("\n") for l in open(os.path.join(HERE, "__build", "general-random.txt"), encoding="utf-8") if l.strip()]
    if len(draws) != len(labels):
        sys.exit(f"{len(draws)} draws but {len(labels)} labels")
    rnd = []
    for d, lab in zip(draws, labels):
        w, kw = lab.split("|", 1)
        if w != d["word"]:
            sys.exit(f"label word {w!r} != draw {d}")
        rnd.append(dict(d, expect=kws(kw)))
    # drop hand-picked cases that hit the same token as a random draw
    spans = {(d["file"], d["line"], d["word"], d["character"]) for d in rnd}
    starts = {}
    for c in hand:
        pass
    out = []
    dup = 0
    for c in hand:
        if (c["file"], c["line"], c["word"], c["character"] - (0 if len(c["word"]) == 1 else 1)) in spans:
            dup += 1
            print("duplicate of a random draw, dropped:", c, file=sys.stderr)
            continue
        out.append(c)
    allc = sorted(rnd + out, key=lambda c: (c["file"], c["line"], c["character"]))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in allc:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(rnd)} random + {len(out)} hand = {len(allc)} cases ({dup} duplicates dropped)", file=sys.stderr)


if __name__ == "__main__":
    main()
