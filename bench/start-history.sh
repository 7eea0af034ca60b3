#!/usr/bin/env bash
# The start screen with a long history, as a user sees it: ./lectern questions/ in a detached 80x24 tmux pane,
# timed (polling capture-pane every 5 ms) to three moments:
#   first     the first screen ("choose a question set")
#   sets      the sets loaded ("13 questions ·")
#   history   what the history knows drawn: best and last score, due counts ("due for review")
# once with an empty history and once with ANSWERS recorded answers (default 100,000: 20 sets, sessions of 13
# over a year, made by dev.lectern.bench.HistoryGenerator through the store itself), RUNS times each (default
# 10, interleaved) after an untimed warm-up round. See bench/README.md.
#
#   bench/start-history.sh
#   ANSWERS=1000000 RUNS=5 bench/start-history.sh
#
# Needs tmux, bash 5, a JDK and Maven (for the generator). Raw times: bench/out/start-history.tsv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-10}"
((runs >= 1)) || runs=1
answers="${ANSWERS:-100000}"
out=bench/out/start-history
tsv=bench/out/start-history.tsv

command -v tmux >/dev/null 2>&1 || { echo "install tmux: apt-get install tmux" >&2; exit 2; }
[[ -n ${EPOCHREALTIME:-} ]] || { echo "bench/start-history.sh needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }

# --- the jar, its CDS archive, and the two histories --------------------------------
./lectern --version >/dev/null
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
mkdir -p "$out/empty"
rm -f "$out"/empty/progress.db*
java -cp "$cp" dev.lectern.bench.HistoryGenerator "$out/long" "$answers" 7 2>/dev/null
rows="$(command -v sqlite3 >/dev/null && sqlite3 "$out/long/progress.db" 'select count(*) from attempts' || echo "$answers")"

source bench/lib/pane-timing.sh
pane_timing_start "$out"

# name|keys that end it|command|markers (comma-separated, in the order they appear)
commands=(
    "empty|q|LECTERN_HOME=$out/empty ./lectern questions/|choose a question set,13 questions ·"
    "long|q|LECTERN_HOME=$out/long ./lectern questions/|choose a question set,13 questions ·,due for review"
)

run() {
    local name keys command markers
    IFS='|' read -r name keys command markers <<<"$1"
    IFS=',' read -r -a list <<<"$markers"
    run_one "$name" "$keys" "$command" "${list[@]}"
}

echo "warm-up round (untimed)…" >&2
for c in "${commands[@]}"; do run "$c" >/dev/null; done

printf 'run\tcommand\tfirst\tsets\thistory\n' >"$tsv"
for ((r = 1; r <= runs; r++)); do
    line="run $r/$runs:"
    order=(0 1)
    ((r % 2)) || order=(1 0)
    for i in "${order[@]}"; do
        c="${commands[i]}"
        ms="$(run "$c")"
        read -r first sets history <<<"$ms"
        printf '%s\t%s\t%s\t%s\t%s\n' "$r" "${c%%|*}" "$first" "$sets" "${history:--}" >>"$tsv"
        line+=" ${c%%|*} $ms ms"
    done
    echo "$line" >&2
done

echo
echo "== start screen in tmux 80x24, $runs runs each (poll every 5 ms); long history: $rows answers; raw: $tsv"
awk -F'\t' '
    function median(list,    a, k, i, j, x) {
        k = split(list, a, " ")
        for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
        return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    NR > 1 { f[$2] = f[$2] " " $3; s[$2] = s[$2] " " $4; if ($5 != "-") h[$2] = h[$2] " " $5 }
    END {
        printf "%-8s %18s %18s %22s\n", "history", "first screen (ms)", "sets loaded (ms)", "history shown (ms)"
        printf "%-8s %18.1f %18.1f %22s\n", "empty", median(f["empty"]), median(s["empty"]), "(nothing to show)"
        printf "%-8s %18.1f %18.1f %22.1f\n", "long", median(f["long"]), median(s["long"]), median(h["long"])
        printf "\nmedians; the history is read after the sets load, and the first screen never waits for it.\n"
    }' "$tsv"
