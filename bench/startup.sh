#!/usr/bin/env bash
# Start-up benchmark for Lectern; see bench/README.md.
#
#   bench/startup.sh            hello-world baseline, the launcher, the plain jar
#   bench/startup.sh --flags    also each JVM start-up flag on its own
#
# Environment: RUNS per round (default 10, at least 10), WARMUP (default 3),
# ROUNDS (default 3). Each round is one hyperfine run over all commands, in
# alternating order; the table pools the rounds, so a burst of load from
# something else on the machine is spread over all commands instead of
# landing on whichever one hyperfine happened to be timing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/out
runs="${RUNS:-10}"
warmup="${WARMUP:-3}"
rounds="${ROUNDS:-3}"
((runs >= 10)) || runs=10
((rounds >= 1)) || rounds=1

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "install hyperfine: apt-get install hyperfine" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "bench/startup.sh needs python3 to read hyperfine's JSON" >&2
    exit 2
fi

mode="${1:-}"
case "$mode" in
    "" | --flags) ;;
    *) echo "usage: bench/startup.sh [--flags]" >&2; exit 2 ;;
esac

# hyperfine >= 1.13 can run commands without an intermediate shell.
shell_opt=()
if hyperfine --help 2>/dev/null | grep -q -- "--shell=none"; then
    shell_opt=(-N)
fi

mkdir -p "$out"
cat >"$out/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
EOF
javac -d "$out" "$out/Hello.java"

# Build the jar and the CDS archive outside the timed runs.
./lectern --version >/dev/null

# table JSON...: pool the rounds and print, per command, mean, standard
# deviation, median, fastest run, CPU time (user+sys) and mean relative to the
# first command (the hello-world baseline). On a busy machine, min and user+sys
# are steadier than the mean.
table() {
    python3 - "$@" <<'EOF'
import json, statistics, sys
pooled = {}
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        p = pooled.setdefault(r["command"], {"times": [], "cpu": []})
        p["times"] += r["times"]
        p["cpu"] += [r["user"] + r["system"]] * len(r["times"])
names = list(json.load(open(sys.argv[1]))["results"])
names = [r["command"] for r in names]
base = statistics.mean(pooled[names[0]]["times"])
width = max(len(n) for n in names)
print(f"{'command':<{width}}  {'mean ms':>8}  {'± ms':>6}  {'median':>7}  {'min':>6}  {'user+sys':>8}  {'x base':>7}")
for n in names:
    t = pooled[n]["times"]
    mean = statistics.mean(t)
    print(f"{n:<{width}}  {mean * 1000:8.1f}  {statistics.stdev(t) * 1000:6.1f}  "
          f"{statistics.median(t) * 1000:7.1f}  {min(t) * 1000:6.1f}  "
          f"{statistics.mean(pooled[n]['cpu']) * 1000:8.1f}  {mean / base:6.2f}x")
EOF
}

# bench NAME [hyperfine options] -- "[LABEL|]COMMAND"...
bench() {
    local name="$1"; shift
    local -a hopts=() cmds=() order=() files=()
    while [[ $1 != -- ]]; do hopts+=("$1"); shift; done
    shift
    local pair
    for pair in "$@"; do cmds+=(--command-name="${pair%%|*}" "${pair#*|}"); done
    local round i n=$#
    for ((round = 1; round <= rounds; round++)); do
        # Alternate the order (baseline first, then forwards or backwards).
        order=(0)
        if ((round % 2)); then
            for ((i = 1; i < n; i++)); do order+=("$i"); done
        else
            for ((i = n - 1; i >= 1; i--)); do order+=("$i"); done
        fi
        local -a these=()
        for i in "${order[@]}"; do these+=("${cmds[2 * i]}" "${cmds[2 * i + 1]}"); done
        local file="$out/$name-$round.json"
        if ! hyperfine ${shell_opt[@]+"${shell_opt[@]}"} --warmup "$warmup" --runs "$runs" \
                --style basic ${hopts[@]+"${hopts[@]}"} --export-json "$file" "${these[@]}" \
                >"$out/$name-$round.txt" 2>&1; then
            cat "$out/$name-$round.txt" >&2
            return 1
        fi
        files+=("$file")
    done
    echo
    echo "== $name: $rounds rounds x $runs runs (warmup $warmup); JSON: $out/$name-*.json"
    table "${files[@]}"
}

check_rc=0
./lectern check questions/ >/dev/null 2>&1 </dev/null || check_rc=$?
ignore=()
if ((check_rc != 0)); then
    ignore=(--ignore-failure)
fi

bench startup ${ignore[@]+"${ignore[@]}"} -- \
    "java -cp $out Hello" \
    "./lectern --version" \
    "./lectern check questions/" \
    "java -jar target/lectern.jar --version"

if ((check_rc != 0)); then
    echo
    echo "NOTE: './lectern check questions/' exits $check_rc (check subcommand missing or failing);"
    echo "      it was timed anyway (--ignore-failure), so its figure is not a real check run."
fi

if [[ $mode == --flags ]]; then
    # Each flag on its own against the plain jar. "static AppCDS" is the
    # launcher's own archive (target/lectern.jsa); the dynamic archives are made
    # here, each with the GC it is used with.
    jar=target/lectern.jar
    quiet='-Xlog:cds*=off'
    [[ -f target/lectern.jsa ]] || { echo "no target/lectern.jsa (LECTERN_NO_CDS set?)" >&2; exit 1; }
    java "$quiet" -XX:ArchiveClassesAtExit="$out/dynamic.jsa" -jar "$jar" --help >/dev/null 2>&1 || true
    java "$quiet" -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$out/dynamic-serial.jsa" -jar "$jar" --help >/dev/null 2>&1 || true
    bench flags -- \
        "hello world|java -cp $out Hello" \
        "plain jar|java -jar $jar --version" \
        "-Xshare:off|java -Xshare:off -jar $jar --version" \
        "-XX:TieredStopAtLevel=1|java -XX:TieredStopAtLevel=1 -jar $jar --version" \
        "-XX:+UseSerialGC|java -XX:+UseSerialGC -jar $jar --version" \
        "-XX:-UsePerfData|java -XX:-UsePerfData -jar $jar --version" \
        "dynamic AppCDS|java $quiet -XX:SharedArchiveFile=$out/dynamic.jsa -jar $jar --version" \
        "dynamic AppCDS + SerialGC|java $quiet -XX:+UseSerialGC -XX:SharedArchiveFile=$out/dynamic-serial.jsa -jar $jar --version" \
        "dynamic AppCDS + TieredStop=1|java $quiet -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$out/dynamic.jsa -jar $jar --version" \
        "static AppCDS|java $quiet -XX:SharedArchiveFile=target/lectern.jsa -jar $jar --version" \
        "static AppCDS + SerialGC|java $quiet -XX:+UseSerialGC -XX:SharedArchiveFile=target/lectern.jsa -jar $jar --version" \
        "static AppCDS + TieredStop=1|java $quiet -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/lectern.jsa -jar $jar --version" \
        "launcher's java line|java -XX:TieredStopAtLevel=1 -XX:-UsePerfData $quiet -XX:SharedArchiveFile=target/lectern.jsa -jar $jar --version"
fi
