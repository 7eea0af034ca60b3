#!/usr/bin/env bash
# Form-export benchmark: the time to grade a Google Forms-style export (Timestamp, Email Address, Score, Name,
# prompt-headed columns, checkboxes joined with ", ", the match and order questions as grids) of ROWS students on
# set 01, as a ratio to grading the same class, the same answers, in Lectern's own CSV layout (question ids as
# headers), measured in the same run. Each is run RUNS times through ./lectern (JVM start included); the best run
# counts. The two gradebooks must be identical, or the benchmark fails.
#   bench/forms.sh [ROWS]        default: 10000
# Settings: SEED (default 11), RUNS (default 5), LECTERN_JAVA_OPTS (passed on).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
seed="${SEED:-11}"
runs="${RUNS:-5}"
out=bench/out/forms
mkdir -p "$out"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./lectern --version >/dev/null   # build the jar and CDS archive outside the timings
google="$out/google-$rows.csv"
own="$out/lectern-$rows.csv"
java -cp "$cp" dev.lectern.bench.FormExportGenerator "$rows" "$seed" "$google" "$own"

best() {   # best wall time in ms of RUNS runs grading $1 into $2
    local file=$1 report=$2 best=0 start end ms
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        ./lectern --batch questions/01-istanbul-talks.yaml --answers "$file" --format csv --out "$report" \
            </dev/null 2>"$report.stderr" || [[ $? == 1 ]]
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        ((best == 0 || ms < best)) && best=$ms
    done
    echo "$best"
}

ref=$(best "$own" "$out/grades-lectern.csv")
form=$(best "$google" "$out/grades-google.csv")
cmp -s "$out/grades-lectern.csv" "$out/grades-google.csv" \
    || { echo "bench/forms.sh: the two gradebooks differ (see $out/)" >&2; exit 1; }
printf '%-34s %8s\n' "$rows rows" "best ms"
printf '%-34s %8s\n' "Lectern's own CSV layout (reference)" "$ref"
printf '%-34s %8s\n' "Google Forms-style export" "$form"
awk -v f="$form" -v r="$ref" 'BEGIN {printf "ratio: %.2fx the reference (identical gradebooks)\n", f / r}'
