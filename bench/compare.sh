#!/usr/bin/env bash
# Byte-for-byte comparison of two builds' --batch output: grading results, messages and their order must not
# change when the hot path is made faster (bench/README.md, issue 15).
#   bench/compare.sh REF_JAR [NEW_JAR]      NEW_JAR defaults to target/lectern.jar (build it first)
# For every case both jars run with the same arguments (plain java -jar, -Xmx256m, no --record); the report file,
# stdout, stderr and exit code of each are compared with cmp. Cases: the 100,000 bench/batch.sh sheets (seed 6)
# on set 01 as CSV and JSON gradebooks; the SQuAD dev set as one set with exact match and with F1 credit against
# the 15 goals.sh prediction sets (CSV and JSON; skipped with a message when the dev set is absent); and seeded
# tricky sheets (bench/lib/tricky-sheets.py: Unicode, number spellings, malformed lines, wrong value types) for
# both bundled sets, read as JSON Lines and as CSV, reported in every format with --details and --stats.
# Settings: SHEETS (default 100000), TRICKY (tricky sheets per set, default 3000), DEV (the SQuAD dev set).
# Exit 0 when everything is identical, 1 when anything differs (each difference is listed), 2 on bad usage.
set -uo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 && -f $1 ]] || { echo "usage: bench/compare.sh REF_JAR [NEW_JAR]" >&2; exit 2; }
ref=$(realpath "$1")
new=$(realpath "${2:-target/lectern.jar}")
[[ -f $new ]] || { echo "bench/compare.sh: no $new (mvn -o -q -DskipTests package)" >&2; exit 2; }
n="${SHEETS:-100000}"
tricky="${TRICKY:-3000}"
dev="${DEV:-}"
for d in ../shared/data/squad-v1.1/dev-v1.1.json /work/shared/data/squad-v1.1/dev-v1.1.json; do
    [[ -n $dev || ! -f $d ]] || dev="$d"
done
out=bench/out/compare
rm -rf "$out"
mkdir -p "$out/ref" "$out/new" bench/out/batch bench/out/squad
need_cp() {
    [[ -n ${cp:-} ]] && return
    mvn -q -o -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
        >/dev/null || { echo "bench/compare.sh: test-compile failed" >&2; exit 2; }
    cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
}
sheets="bench/out/batch/sheets-$n.jsonl"
[[ -s $sheets ]] || { need_cp; java -cp "$cp" dev.lectern.bench.SheetGenerator "$n" 6 "$sheets"; }
if [[ -n $dev && -f $dev ]]; then
    if [[ ! -s bench/out/squad/predictions.jsonl || ! -s bench/out/squad/squad-dev.yaml ]]; then
        need_cp
        java -cp "$cp" dev.lectern.bench.SquadPredictions "$dev" bench/out/squad 15 >/dev/null
    fi
else
    echo "(SQuAD cases skipped: no dev set; DEV=path/to/dev-v1.1.json)"
fi
# The 100,000 sheets with a Latin-1 byte half-way: the refusal before grading, and its message.
python3 -c 'import sys; b = open(sys.argv[1], "rb").read(); m = len(b) // 2; open(sys.argv[2], "wb").write(b[:m] + b"\xe9" + b[m:])' \
    "$sheets" "$out/latin1.jsonl"
for s in 01-istanbul-talks 02-who-said-what; do
    python3 bench/lib/tricky-sheets.py "questions/$s.yaml" "$tricky" 15 "$out/tricky-$s.jsonl" "$out/tricky-$s.csv"
done

source bench/lib/compare-outputs.sh
failed=0 cases=0
# run NAME ARGS...: both jars; ARGS may contain @OUT@, the case's report file
run() {
    local name=$1 side jar
    shift
    for side in ref new; do
        [[ $side == ref ]] && jar=$ref || jar=$new
        local d="$out/$side" args=()
        for a in "$@"; do args+=("${a//@OUT@/$d/$name.report}"); done
        java -Xmx256m -jar "$jar" "${args[@]}" >"$d/$name.stdout" 2>"$d/$name.stderr" </dev/null
        echo $? >"$d/$name.rc"
    done
    compared "$name" 40
}

set01=questions/01-istanbul-talks.yaml
run "sheets-$n-csv" --batch "$set01" --answers "$sheets" --format csv --out @OUT@
run "sheets-$n-json" --batch "$set01" --answers "$sheets" --format json --out @OUT@
run latin1-csv --batch "$set01" --answers "$out/latin1.jsonl" --format csv --out @OUT@
if [[ -n $dev && -f $dev ]]; then
    for v in squad-dev squad-dev-f1; do
        run "$v-csv" --batch "bench/out/squad/$v.yaml" --answers bench/out/squad/predictions.jsonl --format csv \
            --out @OUT@
        run "$v-json" --batch "bench/out/squad/$v.yaml" --answers bench/out/squad/predictions.jsonl --format json \
            --details --out @OUT@
    done
fi
for s in 01-istanbul-talks 02-who-said-what; do
    for in in jsonl csv; do
        for f in text json jsonl csv; do
            run "tricky-$s-$in-$f" --batch "questions/$s.yaml" --answers "$out/tricky-$s.$in" --format "$f" \
                --details --stats --out @OUT@
        done
        run "tricky-$s-$in-stdout" --batch "questions/$s.yaml" --answers "$out/tricky-$s.$in" --details
    done
done
echo "$cases cases, $failed differ (outputs in $out/ref and $out/new)"
((failed == 0))
