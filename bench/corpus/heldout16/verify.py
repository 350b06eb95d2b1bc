"""Check every case of the given set folders (default: ml general): the file exists,
fields are well-formed, and `word` is a whole identifier token on `line` whose
UTF-16 span [start, end) contains `character`.  Exit 1 on any failure."""
import json, os, re, sys

TOK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
HERE = os.path.dirname(os.path.abspath(__file__))


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def check_set(name):
    base = os.path.join(HERE, name)
    bad = total = 0
    cache = {}
    with open(os.path.join(base, "cases.jsonl"), encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            total += 1
            try:
                c = json.loads(raw)
                f, ln, ch, w, e = c["file"], c["line"], c["character"], c["word"], c["expect"]
                assert isinstance(ln, int) and isinstance(ch, int) and ln >= 0 and ch >= 0
                assert isinstance(e, list) and len(e) <= 3
                assert all(isinstance(k, str) and k == k.lower() and k.strip() for k in e)
                if f not in cache:
                    with open(os.path.join(base, f), encoding="utf-8") as src:
                        cache[f] = re.split(r"\r\n|\r|\n", src.read())
                text = cache[f][ln]
                ok = False
                for m in TOK.finditer(text):
                    a = u16(text[: m.start()])
                    b = a + u16(m.group())
                    if a <= ch < b:
                        ok = m.group() == w
                        break
                if not ok:
                    raise AssertionError(f"token at {ln}:{ch} is not {w!r}: {text.strip()[:100]!r}")
            except Exception as ex:  # noqa: BLE001
                bad += 1
                print(f"{name}/cases.jsonl:{n}: BAD {type(ex).__name__}: {ex}")
    print(f"{name}: {total} cases, {bad} bad")
    return bad


if __name__ == "__main__":
    sets = sys.argv[1:] or ["ml", "general"]
    sys.exit(1 if sum(check_set(s) for s in sets) else 0)
