#!/usr/bin/env python3
"""Check that every case in cases.jsonl points inside an occurrence of its word.

`character` is a 0-based UTF-16 column; the word must occur on that line as a whole
identifier token whose UTF-16 span contains the column. Exit 1 on any failure.
"""
import json, os, re, sys

root = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
bad = 0
cache = {}
for n, raw in enumerate(open(os.path.join(root, "cases.jsonl"), encoding="utf-8"), 1):
    c = json.loads(raw)
    path = os.path.join(root, c["file"])
    if path not in cache:
        cache[path] = open(path, encoding="utf-8").read().split("\n")
    lines = cache[path]
    ok = False
    if 0 <= c["line"] < len(lines):
        text = lines[c["line"]]
        for m in TOK.finditer(text):
            if m.group() != c["word"]:
                continue
            s16 = len(text[: m.start()].encode("utf-16-le")) // 2
            e16 = s16 + len(m.group().encode("utf-16-le")) // 2
            if s16 <= c["character"] < e16:
                ok = True
                break
    if not ok:
        bad += 1
        print(f"case {n}: {c['word']!r} not at {c['file']}:{c['line']}:{c['character']}")
    assert isinstance(c["expect"], list) and all(k == k.lower() for k in c["expect"]), n
print(f"{n} cases checked, {bad} bad")
sys.exit(1 if bad else 0)
