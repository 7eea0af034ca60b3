# Sourced by bench/compare.sh and bench/compare-check.sh: the byte-for-byte verdict on one case.
# Expects $out (with ref/ and new/ beside each other) and the counters $cases and $failed.
# compared NAME WIDTH: compares NAME's report, stdout, stderr and exit code (those either side has) with cmp,
# lists each difference, counts the case, and prints its one-line verdict.
compared() {
    local name=$1 width=$2 f diff=0
    cases=$((cases + 1))
    for f in report stdout stderr rc; do
        [[ -e $out/ref/$name.$f || -e $out/new/$name.$f ]] || continue
        if ! cmp -s "$out/ref/$name.$f" "$out/new/$name.$f"; then
            echo "DIFFERS: $name ($f): $(cmp "$out/ref/$name.$f" "$out/new/$name.$f" 2>&1 | head -1)"
            diff=1
        fi
    done
    ((diff)) && failed=$((failed + 1))
    printf "%-${width}s %s\n" "$name" "$( ((diff)) && echo differs || echo "same (exit $(cat "$out/new/$name.rc"))")"
}
