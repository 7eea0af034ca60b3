#!/usr/bin/env python3
"""Top methods of a JFR recording's execution samples, self and inclusive (a method counted once per sample).
   jfr print --stack-depth 200 --json --events jdk.ExecutionSample REC.jfr | bench/lib/jfr-hot.py [N] [PREFIX]
   (without --stack-depth, jfr print keeps 5 frames a sample and the inclusive shares are far too low)"""
import json, sys, collections
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
prefix = (sys.argv[2] if len(sys.argv) > 2 else "").replace(".", "/")
events = json.load(sys.stdin)["recording"]["events"]
self_, incl = collections.Counter(), collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
    if names:
        self_[names[0]] += 1
    for m in set(names):
        incl[m] += 1
total = len(events)
print(f"{total} samples")
print("inclusive:")
for m, c in incl.most_common():
    if m.startswith(prefix) and n > 0:
        print(f"{100*c/total:6.1f}%  {m}"); n -= 1
print("self:")
for m, c in self_.most_common(15):
    print(f"{100*c/total:6.1f}%  {m}")
