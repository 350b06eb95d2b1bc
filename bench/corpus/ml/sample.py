#!/usr/bin/env python3
"""Reproducible random identifier sampling for the ml corpus (part (b) of the case selection).

For every source file under this directory (sorted), collect every identifier token
(regex [A-Za-z_$][A-Za-z0-9_$]*, length >= 3, code or comments), and draw N of them
with random.Random(SEED + file index). Prints JSON lines: file, line, character (middle of
the token, UTF-16 == code-point for these ASCII tokens), word, and the source line.
"""
import json, os, random, re, sys

SEED = 20240611
N = 7
EXTS = (".py", ".ts", ".js", ".mjs")
TOKEN = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")

def files(root):
    out = []
    for d, _, fs in os.walk(root):
        for f in fs:
            p = os.path.relpath(os.path.join(d, f), root)
            if p.endswith(EXTS) and p != "sample.py" and not p.startswith("verify"):
                out.append(p)
    return sorted(out)

def main():
    root = os.path.dirname(os.path.abspath(__file__))
    for i, rel in enumerate(files(root)):
        lines = open(os.path.join(root, rel), encoding="utf-8").read().split("\n")
        toks = []
        for ln, text in enumerate(lines):
            for m in TOKEN.finditer(text):
                if len(m.group()) >= 3:
                    toks.append((ln, m.start(), m.group()))
        rng = random.Random(SEED + i)
        for ln, start, w in sorted(rng.sample(toks, min(N, len(toks)))):
            print(json.dumps({"file": rel, "line": ln, "character": start + len(w) // 2,
                              "word": w, "src": lines[ln].strip()[:140]}))

if __name__ == "__main__":
    main()
