#!/usr/bin/env python3
"""Writes question sets with problems, made from real sets by simple edits, for bench/compare-check.sh.
   broken-sets.py OUT_DIR SET.yaml...   (a folder OUT_DIR/<set name>/ of edited copies of each set: evidence off
   by a paragraph, quotes and answers changed, ids duplicated, keys and types misspelt, the article misnamed or
   missing, YAML broken in several ways, an empty file). The copies name the same article file as the set, so
   check finds it in the working directory's seeds/ or beside the copies (the caller puts it there)."""
import re, sys, os

def edits(text):
    lines = text.split("\n")
    half = len(lines) // 2
    yield "paragraph-plus-one", re.sub(r"paragraph: (\d+)", lambda m: f"paragraph: {int(m.group(1)) + 1}", text)
    yield "paragraph-minus-one", re.sub(r"paragraph: (\d+)", lambda m: f"paragraph: {max(0, int(m.group(1)) - 1)}", text)
    yield "quote-first-word-dropped", re.sub(r"quote: (['\"]?)(\S+) ", r"quote: \1", text)
    yield "answers-changed", re.sub(r"(\banswers?: \[?['\"]?)", r"\1x", text)
    yield "answers-number-shifted", re.sub(r"(answers?: \[?['\"]?)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), text)
    yield "ids-duplicated", re.sub(r"- id: \S+", "- id: same", text)
    yield "keys-misspelt", text.replace("prompt:", "promt:").replace("evidence:", "evidnce:")
    yield "types-misspelt", re.sub(r"type: (\w+)", r"type: \1e", text)
    yield "article-misnamed", re.sub(r"^article: (\S+)", r"article: x\1", text, flags=re.M)
    yield "article-missing", re.sub(r"^article: .*\n", "", text, flags=re.M)
    yield "bad-indentation", "\n".join(lines[:half] + ["   - wrong: [indent"] + lines[half:])
    yield "tag", "\n".join(lines[:half] + [lines[half] + " !!str"] + lines[half + 1:]) if ":" in lines[half] else text
    yield "second-document", text + "\n---\ntitle: again\n"
    yield "truncated", text[: len(text) // 2]
    yield "tabs", text.replace("  ", "\t", 3)
    yield "empty", ""

out = sys.argv[1]
for path in sys.argv[2:]:
    name = os.path.splitext(os.path.basename(path))[0]
    text = open(path, encoding="utf-8").read()
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    for kind, edited in edits(text):
        with open(os.path.join(d, kind + ".yaml"), "w", encoding="utf-8") as f:
            f.write(edited)
