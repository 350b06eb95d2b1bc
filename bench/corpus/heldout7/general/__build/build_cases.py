"""Write ../cases.jsonl from general.txt (hand-picked: file|line(1-based)|word|keywords|nth)
and general-random.txt (one line per draw of ../random_draws.jsonl, same order:
file|line|character|word|keywords, checked against the draw; empty keywords = []).  Hand-picked cases get character = token start + 1, random
draws the token start (0-based UTF-16 columns).  Cases are written grouped by file
(sorted), hand-picked first (by line), then that file's random draws in draw order."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def kw(s):
    return [k.strip() for k in s.split(",") if k.strip()]


def main():
    lines_cache = {}

    def src(f):
        if f not in lines_cache:
            with open(os.path.join(BASE, f), encoding="utf-8") as fh:
                lines_cache[f] = fh.read().split("\n")
        return lines_cache[f]

    cases = {}
    seen = set()
    with open(os.path.join(HERE, "general.txt"), encoding="utf-8") as fh:
        for raw in fh:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            f, ln, word, keys, nth = (raw.split("|") + [""])[:5]
            ln = int(ln) - 1
            nth = int(nth) if nth.strip() else 1
            text = src(f)[ln]
            hits = [m for m in TOK.finditer(text) if m.group() == word]
            if len(hits) < nth:
                sys.exit(f"not found: {raw!r}: {text!r}")
            m = hits[nth - 1]
            col = u16(text[: m.start()])
            seen.add((f, ln, col))
            cases.setdefault(f, [[], []])[0].append(
                {"file": f, "line": ln, "character": col + 1, "word": word, "expect": kw(keys)})
    with open(os.path.join(BASE, "random_draws.jsonl"), encoding="utf-8") as fh:
        draws = [json.loads(l) for l in fh]
    labels = []
    with open(os.path.join(HERE, "general-random.txt"), encoding="utf-8") as fh:
        for raw in fh:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            f, ln, ch, word, keys = raw.split("|")
            d = draws[len(labels)]
            if (f, int(ln), int(ch), word) != (d["file"], d["line"], d["character"], d["word"]):
                sys.exit(f"label line does not match draw {len(labels) + 1}: {raw!r}")
            labels.append(keys)
    if len(labels) != len(draws):
        sys.exit(f"{len(labels)} labels for {len(draws)} draws")
    dup = 0
    for d, lab in zip(draws, labels):
        if (d["file"], d["line"], d["character"]) in seen:
            dup += 1
            continue
        d = dict(d, expect=kw(lab))
        cases.setdefault(d["file"], [[], []])[1].append(d)
    n = 0
    with open(os.path.join(BASE, "cases.jsonl"), "w", encoding="utf-8") as out:
        for f in sorted(cases):
            for c in sorted(cases[f][0], key=lambda c: (c["line"], c["character"])) + cases[f][1]:
                out.write(json.dumps(c) + "\n")
                n += 1
    print(f"{n} cases written ({dup} random draws skipped as hand-picked duplicates)")


if __name__ == "__main__":
    main()
