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
    inputs="src/test/resources/dev/lectern/fuzz/${target%%#*}Inputs/${target#*#}"
    before="$(ls "$inputs" 2>/dev/null | grep -cE '^(crash|timeout|leak|oom)-')"
    echo "fuzzing $target for $duration (log: $log)"
    # An input that runs longer than HANG (30s) is a finding (libFuzzer's -timeout, which Jazzer takes from JUnit's
    # default timeout for test templates); JUnit's own timeout is off, since all executions count as one test.
    JAZZER_FUZZ=1 mvn -o -q test -Djazzer.max_duration="$duration" -Dtest="$target" \
        -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled \
        -Djunit.jupiter.execution.timeout.testtemplate.method.default="${HANG:-30s}" >"$log" 2>&1
    rc=$?
    # libFuzzer's last status line: "#123456 DONE cov: … exec/s: …"
    execs="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')"
    # A finding is an input file libFuzzer kept for it (crash-, timeout-, leak-, oom-); a run that failed without
    # keeping one (the JVM died) counts as one too.
    after="$(ls "$inputs" 2>/dev/null | grep -cE '^(crash|timeout|leak|oom)-')"
    findings=$((after - before))
    if ((rc != 0 && findings == 0)); then findings=1; fi
    printf '%-70s executions %-10s findings %s (exit %s)\n' "$target" "${execs:-?}" "$findings" "$rc" | tee -a "$summary"
done
echo
cat "$summary"
