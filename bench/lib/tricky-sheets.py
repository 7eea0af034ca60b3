#!/usr/bin/env python3
"""Seeded random answer sheets for one question set, written to compare two builds of Lectern's --batch byte for
byte (bench/compare.sh). Answers are built from the set's own words, letters, numbers in many spellings and
Unicode that takes the slow paths (curly quotes, dashes, no-break and zero-width spaces, accents, combining marks,
other scripts, astral code points), so every grading path and fast-path fallback is reached; some lines are
malformed JSON, name unknown questions or hold non-string values, so the messages are compared too.
    tricky-sheets.py SET.yaml SHEETS SEED OUT.jsonl [OUT.csv]"""
import csv, json, random, re, sys

set_path, sheets, seed, out_jsonl = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
out_csv = sys.argv[5] if len(sys.argv) > 5 else None
text = open(set_path, encoding="utf-8").read()
ids = re.findall(r"^\s*- id:\s*(\S+)", text, re.M)
words = sorted(set(re.findall(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?", text)))
phrases = sorted({m.strip().strip('"\'') for m in re.findall(r"^\s*(?:- |[a-z-]+: )(?:[a-z-]+: )?(.{1,60})$", text, re.M)})
rnd = random.Random(seed)
extras = ["zero", "one", "two", "three", "twelve", "nineteen", "twenty", "twenty-one", "thirty", "hundred",
          "a hundred", "one thousand", "1,000", "1 000", "3.5", "½", "٣", "Ⅲ", "10%", "30 days", "-4", "+7", "1e3",
          "0.50", "2,5", "five hundred and six", "the", "a", "an", "and", "yes", "no", "true", "false", "T", "F",
          "Café", "naïve", "ÆSIR", "straße", "İstanbul", "Ankara", "Киев", "北京", "ﬁnal", "e\u0301", "😀", "𝐀",
          "\u200b", "\u00a0", "\u2013", "\u2014", "“quoted”", "‘single’", "'", '"', "...", "—", "(b)", "b)", "B.",
          "a)", "[c]", "#d", "a=1", "b = 2", "c=3", "d= 4", "1-a", "x", ""]
seps = [" ", "  ", ";", "; ", ",", ", ", " = ", "=", " and ", "\u00a0", " \u2013 ", "\t", "/", " | ", "\n", "-"]


def variant(w):
    r = rnd.random()
    if r < 0.15:
        return w.upper()
    if r < 0.25:
        return w.lower()
    if r < 0.32 and len(w) > 3:  # a typo
        i = rnd.randrange(len(w))
        return w[:i] + rnd.choice("aeiourst") + w[i + 1:]
    if r < 0.36 and len(w) > 3:
        i = rnd.randrange(len(w) - 1)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if r < 0.40:
        return "“" + w + "”"
    return w


def answer():
    r = rnd.random()
    if r < 0.15:
        return rnd.choice("abcdefgh" + "ABCDEF")
    if r < 0.25:
        n = rnd.randint(1, 6)
        return rnd.choice(seps[:8]).join(rnd.sample("abcdefg", n))
    if r < 0.35:
        return "; ".join(f"{rnd.choice('abcdef')} {rnd.choice(['=', '-', ':', ''])} {rnd.randint(1, 6)}"
                         for _ in range(rnd.randint(1, 5)))
    if r < 0.6:
        return variant(rnd.choice(phrases))
    n = rnd.randint(1, 6)
    parts = [variant(rnd.choice(words if rnd.random() < 0.7 else extras)) for _ in range(n)]
    s = parts[0]
    for p in parts[1:]:
        s += rnd.choice(seps) + p
    if rnd.random() < 0.1:
        s = " " + s + rnd.choice([" ", ".", "!", "?", " .", "\u00a0"])
    return s


rows = []
with open(out_jsonl, "w", encoding="utf-8", newline="\n") as out:
    for i in range(sheets):
        r = rnd.random()
        if r < 0.01:
            out.write('{"student": "t%d", "answers": {\n' % i)
            continue
        answers = {}
        for q in ids:
            if rnd.random() < 0.1:
                continue
            answers[q] = answer()
        if r < 0.02:
            answers["no-such-question"] = "a"
        if r < 0.03 and ids:
            answers[rnd.choice(ids)] = rnd.choice([3, 2.5, True, None, ["a", "b"], {"x": 1}])
        student = "t%05d" % i if rnd.random() < 0.97 else rnd.choice(["=cmd", "Zoë “Z”", "", "\u202eevil"])
        sheet = {"student": student, "answers": answers}
        out.write(json.dumps(sheet, ensure_ascii=rnd.random() < 0.5) + "\n")
        rows.append((student, {k: v for k, v in answers.items() if isinstance(v, str) and k in ids}))
if out_csv:
    with open(out_csv, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["student"] + ids)
        for student, answers in rows:
            w.writerow([student] + [answers.get(q, "") for q in ids])
