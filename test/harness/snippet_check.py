"""Compile Python snippets and list their imports, for test/harness/run-snippets.ts.

Reads a JSON list of {"id", "code", "partial"} on stdin and writes
{"python": version, "stdlib": [...], "results": [{"id", "ok", "line", "message", "imports"}]}.
Nothing is executed here. A partial snippet is dedented; if it still does not compile as a
module it is tried as the body of an async function, then of a plain one (so `return`,
`await` and `yield` are accepted in an excerpt), and the first error is reported otherwise.
Lines in results are 1-based lines of the snippet.
"""
import ast
import json
import sys
import textwrap


def imports_of(tree):
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append({"name": alias.name.split(".")[0], "line": node.lineno})
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.append({"name": "." * node.level + (node.module or ""), "line": node.lineno})
            elif node.module != "__future__":
                found.append({"name": node.module.split(".")[0], "line": node.lineno})
    return found


def try_compile(source, line_shift):
    """(tree, None) when it compiles, else (None, (line, message)) in snippet lines."""
    try:
        compile(source, "<snippet>", "exec", dont_inherit=True)
        return ast.parse(source), None
    except SyntaxError as e:
        line = max(1, (e.lineno or 1) - line_shift)
        return None, (line, f"{type(e).__name__}: {e.msg}")


def check(code, partial):
    source = textwrap.dedent(code) if partial else code
    tree, error = try_compile(source, 0)
    if tree is None and partial:
        body = textwrap.indent(source, "    ") or "    pass\n"
        for head in ("async def __snippet__():\n", "def __snippet__():\n"):
            tree, _ = try_compile(head + body + "\n    pass\n", 1)
            if tree is not None:
                break
    if tree is None:
        return {"ok": False, "line": error[0], "message": error[1], "imports": []}
    return {"ok": True, "imports": imports_of(tree)}


def main():
    blocks = json.load(sys.stdin)
    results = [{"id": b["id"], **check(b["code"], b.get("partial", False))} for b in blocks]
    json.dump({
        "python": ".".join(map(str, sys.version_info[:3])),
        "stdlib": sorted(sys.stdlib_module_names),
        "results": results,
    }, sys.stdout)


if __name__ == "__main__":
    main()
