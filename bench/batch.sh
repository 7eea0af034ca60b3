#!/usr/bin/env bash
# Batch grading benchmark: generates deterministic JSON Lines answer sheets for the bundled set 01 (seeded mix
# of right, partly right, wrong and blank answers, about 1 line in 200 malformed) and times
#   ./lectern --batch questions/01-istanbul-talks.yaml --answers SHEETS --format csv --out OUT
# through the launcher (JVM start included), printing sheets per second and peak memory (max RSS, from
# /usr/bin/time -v) for each size. Exit 2 from lectern is expected (the malformed lines).
#   bench/batch.sh [SIZES...]        default: 10000 100000 1000000 (the million takes about 30 s)
# Settings: SEED (default 6), LECTERN_JAVA_OPTS (passed on, e.g. -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)
seed="${SEED:-6}"
[[ -x /usr/bin/time ]] || { echo "bench/batch.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
out=bench/out/batch
mkdir -p "$out"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./lectern --version >/dev/null   # build the jar and CDS archive outside the timings

printf '%-10s %10s %12s %12s %12s\n' sheets seconds sheets/s "max RSS MB" "exit"
for n in "${sizes[@]}"; do
    sheets="$out/sheets-$n.jsonl"
    [[ -s $sheets ]] || java -cp "$cp" dev.lectern.bench.SheetGenerator "$n" "$seed" "$sheets"
    rc=0
    /usr/bin/time -v -o "$out/time-$n.txt" ./lectern --batch questions/01-istanbul-talks.yaml \
        --answers "$sheets" --format csv --out "$out/grades-$n.csv" </dev/null 2>"$out/stderr-$n.txt" || rc=$?
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$out/time-$n.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time-$n.txt")
    rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.0f", n / s}')
    printf '%-10s %10s %12s %12s %12s\n' "$n" "$secs" "$rate" "$rss" "$rc"
done
echo "gradebooks, stderr and /usr/bin/time output in $out/"
