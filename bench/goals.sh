#!/usr/bin/env bash
# Every row of issue 15's table, each as measured / reference in the same run (see bench/README.md, "Goals").
#   bench/goals.sh                 all rows; the 1,000,000-sheet file is made once (450 MB in bench/out/batch)
# Settings: RUNS (repeats of the short commands, median; default 5), DEV (the SQuAD dev set, default
# /work/shared/data/squad-v1.1/dev-v1.1.json or ../shared/data/squad-v1.1/dev-v1.1.json), EVAL (the official
# evaluate-v1.1.py, default bench/out/evaluate-v1.1.py: it is not in the repository, see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
dev="${DEV:-}"
for d in ../shared/data/squad-v1.1/dev-v1.1.json /work/shared/data/squad-v1.1/dev-v1.1.json; do
    [[ -n $dev || ! -f $d ]] || dev="$d"
done
eval_py="${EVAL:-bench/out/evaluate-v1.1.py}"
[[ -x /usr/bin/time ]] || { echo "bench/goals.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p bench/out/batch bench/out/squad bench/out/goals
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./lectern --version >/dev/null
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    >bench/out/goals/Hello.java
javac -d bench/out/goals bench/out/goals/Hello.java

# wall seconds of one run of "$@" (output discarded)
wall() {
    local t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.3f", b - a}'
}
# median wall seconds of $runs runs
median() {
    local ts=()
    for ((i = 0; i < runs; i++)); do ts+=("$(wall "$@")"); done
    printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
row() { printf '%-62s %10s %10s %8s   %s\n' "$@"; }
pyload='import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    try: json.loads(line)
    except ValueError: pass'
sheets() {
    local f="bench/out/batch/sheets-$1.jsonl"
    [[ -s $f ]] || java -cp "$cp" dev.lectern.bench.SheetGenerator "$1" 6 "$f"
    echo "$f"
}
# wall and max RSS of one --batch run of set 01 on $1 sheets
batch() {
    /usr/bin/time -f '%e %M' -o bench/out/goals/time.txt env LECTERN_JAVA_OPTS="${2:-}" ./lectern --batch \
        questions/01-istanbul-talks.yaml --answers "$(sheets "$1")" --format csv --out "bench/out/goals/grades-$1.csv" \
        >/dev/null 2>&1 </dev/null || true
    tail -1 bench/out/goals/time.txt
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
row measure measured reference ratio goal
f100k=$(sheets 100000)
read -r b100k _ < <(batch 100000 -Xmx256m)
p100k=$(wall python3 -c "$pyload" "$f100k")
row "100,000 sheets x 13, JSONL -> CSV (s) / python json.loads" "$b100k" "$p100k" "$(ratio "$b100k" "$p100k")" \
    "<= 0.5x and < 5 s"
# The floor under that row: a JVM with the launcher's --batch flags that only reads the same file line by line
# and parses each line with the project's jackson-core (bench/lib/JsonLinesFloor.java), nothing else.
jackson=$(tr ':' '\n' <target/test-classpath.txt | grep -m1 '/jackson-core-')
mkdir -p bench/out/floor
javac -d bench/out/floor -cp "$jackson" bench/lib/JsonLinesFloor.java
floor=$(wall java -XX:-UsePerfData '-Xlog:cds*=off' -XX:+UseParallelGC -XX:TieredStopAtLevel=1 \
    -cp "bench/out/floor:$jackson" JsonLinesFloor "$f100k")
echo "    floor: JVM + Jackson parse only $floor s, $(ratio "$floor" "$p100k") of json.loads"

if [[ -n $dev && -f $eval_py ]]; then
    java -cp "$cp" dev.lectern.bench.SquadPredictions "$dev" bench/out/squad 15 >/dev/null
    lsq=$(wall ./lectern --batch bench/out/squad/squad-dev-f1.yaml --answers bench/out/squad/predictions.jsonl \
        --format csv --out bench/out/squad/squad-dev-f1.csv)
    t0=$EPOCHREALTIME
    for f in bench/out/squad/pred-*.json; do python3 "$eval_py" "$dev" "$f" >/dev/null; done
    psq=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.3f", b - a}')
    row "SQuAD dev, 15 prediction sets: --batch (s) / evaluate-v1.1.py x15" "$lsq" "$psq" "$(ratio "$lsq" "$psq")" \
        "<= 0.2x"
    ./lectern --batch bench/out/squad/squad-dev.yaml --answers bench/out/squad/predictions.jsonl --format csv \
        --out bench/out/squad/squad-dev.csv >/dev/null 2>&1 || true
    echo "    $(python3 bench/lib/squad-agree.py "$eval_py" "$dev" bench/out/squad/squad-dev.csv \
        bench/out/squad/squad-dev-f1.csv bench/out/squad/pred-*.json | tail -1)"
    hello=$(median java -Xshare:auto -cp bench/out/goals Hello)
    csq=$(median ./lectern check bench/out/squad/squad-dev.yaml)
    row "SQuAD dev as one set, lectern check (s) / java Hello" "$csq" "$hello" "$(ratio "$csq" "$hello")" "<= 0.5 s"
    # A floor under that row: a JVM with the launcher's flags that only composes the same YAML with the project's
    # snakeyaml-engine (bench/lib/YamlFloor.java): the machine's speed drifts, this is measured in the same run.
    snake=$(tr ':' '\n' <target/test-classpath.txt | grep -m1 '/snakeyaml-engine-')
    javac -d bench/out/floor -cp "$snake" bench/lib/YamlFloor.java
    yfloor=$(median java -XX:TieredStopAtLevel=1 -XX:-UsePerfData -cp "bench/out/floor:$snake" YamlFloor \
        bench/out/squad/squad-dev.yaml)
    echo "    floor: JVM + SnakeYAML compose only $yfloor s; check is $(ratio "$csq" "$yfloor") of it"
else
    echo "    (SQuAD rows skipped: need the dev set (DEV=) and the official script (EVAL=, see bench/README.md))"
    hello=$(median java -cp bench/out/goals Hello)
fi
chk=$(median ./lectern check questions/)
row "lectern check questions/ (s) / java Hello" "$chk" "$hello" "$(ratio "$chk" "$hello")" "<= 4x"

f1m=$(sheets 1000000)
read -r b1m rss < <(batch 1000000 -Xmx256m)
p1m=$(wall python3 -c "$pyload" "$f1m")
row "1,000,000 sheets in -Xmx256m (s) / python json.loads" "$b1m" "$p1m" "$(ratio "$b1m" "$p1m")" "<= 8 s"
echo "    peak RSS of the 1,000,000-sheet run: $((rss / 1024)) MB"
if command -v tmux >/dev/null; then
    RUNS="$runs" bench/first-screen.sh 2>/dev/null | grep -E '^(command|hello|lectern) |^goal' \
        | sed 's/^/    first screen: /' || true
else
    echo "    (first screen: needs tmux; run bench/first-screen.sh)"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
