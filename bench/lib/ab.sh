#!/usr/bin/env bash
# Interleaved whole-run timings of two jars on the same --batch run: ROUNDS rounds (default 3), each running A
# then B (B then A on odd rounds), printing wall and user+sys CPU seconds of each and the medians.
#   bench/lib/ab.sh A.jar B.jar ARGS...        (ARGS after the jar, e.g. --batch SET --answers F --out /tmp/x.csv)
set -uo pipefail
a=$1 b=$2
shift 2
rounds="${ROUNDS:-3}"
one() {
    /usr/bin/time -f '%e %U %S' -o /tmp/ab-time.$$ java -XX:-UsePerfData -Xmx256m -jar "$1" "${@:2}" \
        >/dev/null 2>&1 </dev/null
    tail -1 /tmp/ab-time.$$ | awk '{printf "%s %.2f\n", $1, $2 + $3}' # after 'Command exited with ...'
}
: >/tmp/ab-a.$$
: >/tmp/ab-b.$$
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < rounds; r++)); do
    if ((r % 2)); then
        one "$b" "$@" >>/tmp/ab-b.$$; one "$a" "$@" >>/tmp/ab-a.$$
    else
        one "$a" "$@" >>/tmp/ab-a.$$; one "$b" "$@" >>/tmp/ab-b.$$
    fi
done
med() { sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print v[int((NR + 1) / 2)]}'; }
for s in a b; do
    f=/tmp/ab-$s.$$
    printf '%s: wall %s  cpu %s   (median wall %s s, median cpu %s s)\n' "$s" "$(cut -d' ' -f1 "$f" | paste -sd' ')" \
        "$(cut -d' ' -f2 "$f" | paste -sd' ')" "$(med "$f" 1)" "$(med "$f" 2)"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f /tmp/ab-a.$$ /tmp/ab-b.$$ /tmp/ab-time.$$
