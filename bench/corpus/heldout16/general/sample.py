"""Random half of the cases: for every file of this set (sorted by path), collect
every identifier token (regex [A-Za-z_$][A-Za-z0-9_$]*, length >= 3) and draw 10
occurrences with random.Random(20261282 + file_index).  Prints JSON lines with
file, line (0-based), character (0-based UTF-16 column of the token start), word."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
SKIP = {"cases.jsonl", "sample.py", "SOURCES.md", "random_draws.jsonl"}


def utf16_col(line, idx):
    return len(line[:idx].encode("utf-16-le")) // 2


def files():
    out = []
    for root, _dirs, names in os.walk(HERE):
        for n in names:
            rel = os.path.relpath(os.path.join(root, n), HERE)
            if rel in SKIP or rel.startswith("__"):
                continue
            out.append(rel.replace(os.sep, "/"))
    return sorted(out)


def main():
    for i, rel in enumerate(files()):
        with open(os.path.join(HERE, rel), encoding="utf-8") as f:
            lines = f.read().split("\n")
        toks = []
        for ln, text in enumerate(lines):
            for m in TOK.finditer(text):
                if len(m.group()) >= 3:
                    toks.append((ln, utf16_col(text, m.start()), m.group()))
        rng = random.Random(20261282 + i)
        for ln, col, w in rng.sample(toks, 10):
            print(json.dumps({"file": rel, "line": ln, "character": col, "word": w}))


if __name__ == "__main__":
    main()
