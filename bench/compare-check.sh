#!/usr/bin/env bash
# Byte-for-byte comparison of two builds' `lectern check` output: the loader and check's start-up may be made
# faster, but no message, position, order, exit code or loaded set may change (bench/README.md, issue 15).
#   bench/compare-check.sh REF_JAR [NEW_JAR]      NEW_JAR defaults to target/lectern.jar (build it first)
# Both jars run plain `java -jar` in the repository's root with the same arguments; stdout, stderr and the exit
# code of each case are compared with cmp. Cases: questions/ and each bundled set; the test resources' valid sets
# and fuzz inputs; sets with problems made from the bundled sets by bench/lib/broken-sets.py (evidence off by a
# paragraph, answers not in their evidence, duplicate ids, misspelt keys and types, YAML errors, ...), each alone
# and all at once; the SQuAD dev set as one set (bench/out/squad/squad-dev.yaml, made by bench/goals.sh or
# bench/compare.sh; skipped with a message when absent) and broken copies of its first 300 questions. The sets are
# checked as text, as --format json, with --strict and with --show (which prints every loaded question); the
# broken files one by one as text, and each folder of them at once as text and as json.
# Exit 0 when everything is identical, 1 when anything differs (each difference is listed), 2 on bad usage.
set -uo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 && -f $1 ]] || { echo "usage: bench/compare-check.sh REF_JAR [NEW_JAR]" >&2; exit 2; }
ref=$(realpath "$1")
new=$(realpath "${2:-target/lectern.jar}")
[[ -f $new ]] || { echo "bench/compare-check.sh: no $new (mvn -o -q -DskipTests package)" >&2; exit 2; }
out=bench/out/compare-check
# The reference jar's outputs are kept by the jar's checksum: a reference checks broken sets slowly, and is run
# once however many times a new build is compared with it.
refout=bench/out/compare-check-ref/$(sha1sum "$ref" | cut -c1-12)
rm -rf "$out"
mkdir -p "$out/new" "$out/sets" "$refout"
ln -s "$(realpath "$refout")" "$out/ref"
shopt -s nullglob
python3 bench/lib/broken-sets.py "$out/sets" questions/*.yaml
squad=bench/out/squad/squad-dev.yaml
if [[ -s $squad ]]; then
    mkdir -p "$out/sets/squad-300"
    head -n 1505 "$squad" >"$out/sets/squad-300.yaml"
    python3 bench/lib/broken-sets.py "$out/sets/squad-300" "$out/sets/squad-300.yaml"
    rm "$out/sets/squad-300.yaml"
    cp bench/out/squad/squad-dev-article.txt "$out/sets/squad-300/squad-300/"
else
    echo "(SQuAD cases skipped: no $squad; bench/goals.sh or bench/compare.sh makes it)"
fi

source bench/lib/compare-outputs.sh
failed=0 cases=0
# run NAME ARGS...: both jars, the same arguments
run() {
    local name=$1 side jar
    shift
    for side in ref new; do
        [[ $side == ref ]] && jar=$ref || jar=$new
        [[ $side == ref && -e $out/ref/$name.rc ]] && continue
        COLUMNS=80 java -jar "$jar" "$@" >"$out/$side/$name.stdout" 2>"$out/$side/$name.stderr" </dev/null
        echo $? >"$out/$side/$name.rc"
    done
    compared "$name" 60
}
# every NAME PATH: the four ways of checking PATH
every() {
    run "$1" check "$2"
    run "$1-json" check --format json "$2"
    run "$1-strict" check --strict "$2"
    run "$1-show" check --show "$2"
}

every questions questions/
for f in questions/*.yaml src/test/resources/sets/valid/*.yaml; do every "$(basename "$f" .yaml)" "$f"; done
fuzz=src/test/resources/dev/lectern/fuzz/ReadersFuzzTestInputs/questionSet_givesASetOrPositionedProblems
for f in "$fuzz"/*; do run "fuzz-$(basename "$f")" check "$f"; done
run fuzz-json check --format json "$fuzz"
for d in "$out"/sets/*/ "$out"/sets/squad-300/*/; do
    files=("$d"*.yaml)
    ((${#files[@]})) || continue
    for f in "${files[@]}"; do run "$(basename "$d")-$(basename "$f" .yaml)" check "$f"; done
    run "$(basename "$d")-all" check "$d"
    run "$(basename "$d")-all-json" check --format json "$d"
done
[[ -s $squad ]] && every squad-dev "$squad"
echo "$cases cases, $failed differ (outputs in $out/ref and $out/new)"
((failed == 0))
