"""Reproducible random sampling of identifier positions (part (b) of the case selection).

For every source file in this corpus (sorted), collect every identifier token
(regex [A-Za-z_$][A-Za-z0-9_$]*, length >= 3, code or comments, excluding a few
language keywords), then draw N_PER_FILE distinct words with a fixed seed and, for
each, one random occurrence. Prints JSON lines {file, line, character, word, context}.
Labels are added by hand in cases.jsonl.
"""
import json
import os
import random
import re
import sys

SEED = 20240611
N_PER_FILE = 7
EXTS = (".py", ".js", ".ts")
SKIP = {
    "def", "return", "self", "import", "from", "class", "None", "True", "False", "for", "not",
    "and", "the", "var", "function", "this", "const", "let", "new", "else", "elif", "while",
    "try", "except", "raise", "with", "pass", "null", "undefined", "true", "false", "typeof",
    "break", "continue", "throw", "catch", "case", "switch", "default", "yield", "lambda",
}
ID = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def files(root):
    out = []
    for d, _, fs in os.walk(root):
        for f in fs:
            p = os.path.join(d, f)
            if f.endswith(EXTS) and os.path.relpath(p, root) != "sample.py":
                out.append(os.path.relpath(p, root))
    return sorted(out)


def main(root):
    rng = random.Random(SEED)
    for rel in files(root):
        with open(os.path.join(root, rel), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        occ = {}
        for i, ln in enumerate(lines):
            for m in ID.finditer(ln):
                w = m.group(0)
                if len(w) < 3 or w in SKIP:
                    continue
                occ.setdefault(w, []).append((i, m.start(), m.end()))
        words = sorted(occ)
        for w in rng.sample(words, min(N_PER_FILE, len(words))):
            i, s, e = rng.choice(occ[w])
            print(json.dumps({"file": rel, "line": i, "character": (s + e) // 2, "word": w,
                              "context": lines[i].strip()[:140]}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
