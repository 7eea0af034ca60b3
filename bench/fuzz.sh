#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader of outside input (src/test/java/dev/lectern/fuzz), one target at a time.
#
#   bench/fuzz.sh                 every target for 10 minutes each
#   DURATION=2m bench/fuzz.sh     shorter
#   bench/fuzz.sh 'ReadersFuzzTest#article_givesParagraphsAndSentences'   one target
#
# Jazzer keeps what it learns in .cifuzz-corpus/ (git-ignored) and writes each crashing input beside the seed corpus
# (src/test/resources/dev/lectern/fuzz/<Class>Inputs/<method>/crash-…): commit that file with the fix, and mvn verify
# replays it for ever. A summary of executions and findings per target is printed at the end and kept in
# target/fuzz/summary.txt.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration="${DURATION:-10m}"
targets=("$@")
if ((${#targets[@]} == 0)); then
    # Every @FuzzTest method, as Class#method.
    while IFS= read -r line; do targets+=("$line"); done < <(
        grep -l '@FuzzTest' src/test/java/dev/lectern/fuzz/*.java | while read -r f; do
            class="$(basename "$f" .java)"
            grep -A1 '@FuzzTest' "$f" | grep -oE 'void [A-Za-z0-9_]+' | sed "s/void /$class#/"
        done)
fi

mkdir -p target/fuzz
summary=target/fuzz/summary.txt
: >"$summary"
mvn -q -o test-compile >/dev/null || { echo "fuzz.sh: the tests do not compile" >&2; exit 2; }
for target in "${targets[@]}"; do
    log="target/fuzz/${target//#/.}.log"
    echo "fuzzing $target for $duration (log: $log)"
    JAZZER_FUZZ=1 mvn -o -q test -Djazzer.max_duration="$duration" -Dtest="$target" \
        -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1
    rc=$?
    # libFuzzer's last status line: "#123456 DONE cov: … exec/s: …"
    execs="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')"
    crashes="$(grep -cE '== Java Exception|Crash|crash-[0-9a-f]+' "$log")"
    printf '%-70s executions %-10s findings %s (exit %s)\n' "$target" "${execs:-?}" "$crashes" "$rc" | tee -a "$summary"
done
echo
cat "$summary"
