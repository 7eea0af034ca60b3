#!/usr/bin/env python3
"""Compares Lectern's per-question SQuAD points with the official evaluate-v1.1.py's, question by question.
   squad-agree.py EVALUATE_PY DEV_JSON EM_GRADEBOOK F1_GRADEBOOK PRED_JSON...
   The gradebooks are lectern --batch CSVs of the exact-match set and of the F1-credit set (one row per prediction
   file, in order). EM must equal the script's EM; F1 credit must equal the script's F1, or 1 where EM is 1 (exact
   match comes first in Lectern), both as Lectern prints points (two decimals, half up)."""
import csv, importlib.util, json, sys
from decimal import Decimal, ROUND_HALF_UP

spec = importlib.util.spec_from_file_location("official", sys.argv[1])
official = importlib.util.module_from_spec(spec)
spec.loader.exec_module(official)
dataset = json.load(open(sys.argv[2]))["data"]
em_rows = list(csv.DictReader(open(sys.argv[3])))
f1_rows = list(csv.DictReader(open(sys.argv[4])))
preds = sys.argv[5:]

def printed(x):
    d = Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return format(d, "f") if d != d.to_integral() else str(int(d))

checked = em_bad = f1_bad = 0
for row_em, row_f1, path in zip(em_rows, f1_rows, preds):
    predictions = json.load(open(path))
    for article in dataset:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                truths = [a["text"] for a in qa["answers"]]
                p = predictions[qa["id"]]
                em = official.metric_max_over_ground_truths(official.exact_match_score, p, truths)
                f1 = official.metric_max_over_ground_truths(official.f1_score, p, truths)
                checked += 1
                if row_em["q-" + qa["id"]] != printed(1 if em else 0):
                    em_bad += 1
                    if em_bad <= 5: print("EM differs:", path, qa["id"], repr(p), em, row_em["q-" + qa["id"]])
                if row_f1["q-" + qa["id"]] != printed(1 if em else f1):
                    f1_bad += 1
                    if f1_bad <= 5: print("F1 differs:", path, qa["id"], repr(p), f1, row_f1["q-" + qa["id"]])
print(f"agreement: {checked} answers, EM {100 * (checked - em_bad) / checked:.3f} %, "
      f"F1 {100 * (checked - f1_bad) / checked:.3f} %")
sys.exit(1 if em_bad or f1_bad else 0)
