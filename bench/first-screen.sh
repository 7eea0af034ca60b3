#!/usr/bin/env bash
# Time to first screen, as a user sees it: from starting a command in a
# terminal (a detached 80x24 tmux pane) until its first screen is there
# (polling capture-pane every 5 ms). See bench/README.md.
#
#   bench/first-screen.sh
#
# Times three commands, interleaved, RUNS times each (default 10) after one
# untimed warm-up round:
#   hello     java -cp bench/out/first-screen Hello   (prints a line, waits for Enter)
#   lanterna  a bare Lanterna program on lectern.jar's classes (TerminalScreen,
#             two lines, refresh, waits for a key)
#   lectern   ./lectern questions/   (until "choose a question set")
#   one-set   ./lectern questions/01-istanbul-talks.yaml   (until "Question 1 of": the set is loaded first)
# and prints mean, median, min and max of each and its ratio to hello.
# Needs tmux, bash 5 and a JDK; builds the jar and its CDS archive first
# (through ./lectern), outside the timed runs. Raw times: bench/out/first-screen.tsv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-10}"
((runs >= 1)) || runs=1
out=bench/out/first-screen
tsv=bench/out/first-screen.tsv

command -v tmux >/dev/null 2>&1 || { echo "install tmux: apt-get install tmux" >&2; exit 2; }
command -v javac >/dev/null 2>&1 || { echo "bench/first-screen.sh needs a JDK (javac)" >&2; exit 2; }
[[ -n ${EPOCHREALTIME:-} ]] || { echo "bench/first-screen.sh needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }

# --- the jar, its CDS archive, and the two reference programs ----------------
./lectern --version >/dev/null
mkdir -p "$out"
cat >"$out/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) throws Exception {
        System.out.println("Hello, press Enter");
        System.in.read();
    }
}
EOF
cat >"$out/LanternaHello.java" <<'EOF'
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;

/** The least a Lanterna screen costs: the same terminal set-up as Lectern's TextUi, two lines, one key. */
public class LanternaHello {
    public static void main(String[] args) throws Exception {
        Terminal terminal = new DefaultTerminalFactory().setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        TextGraphics g = screen.newTextGraphics();
        g.putString(0, 0, "Bare Lanterna");
        g.putString(0, 1, "lanterna screen, press a key");
        screen.setCursorPosition(null);
        screen.refresh(Screen.RefreshType.DELTA);
        screen.readInput();
        screen.stopScreen();
    }
}
EOF
javac -d "$out" -cp target/lectern.jar "$out/Hello.java" "$out/LanternaHello.java"

# name|marker|keys that end it|command
commands=(
    "hello|Hello, press Enter|Enter|java -cp $out Hello"
    "lanterna|lanterna screen, press a key|q|java -cp target/lectern.jar:$out LanternaHello"
    "lectern|choose a question set|q|./lectern questions/"
    "one-set|Question 1 of|Escape|./lectern questions/01-istanbul-talks.yaml"
)

# --- one tmux server of our own for the whole run -------------------------------
source bench/lib/pane-timing.sh
pane_timing_start "$out"

echo "warm-up round (untimed)…" >&2
for c in "${commands[@]}"; do
    IFS='|' read -r name marker keys command <<<"$c"
    run_one "$name" "$keys" "$command" "$marker" >/dev/null
done

printf 'run\tcommand\tms\n' >"$tsv"
n=${#commands[@]}
for ((r = 1; r <= runs; r++)); do
    # Alternate the order, so a burst of load lands on all commands.
    order=()
    if ((r % 2)); then
        for ((i = 0; i < n; i++)); do order+=("$i"); done
    else
        for ((i = n - 1; i >= 0; i--)); do order+=("$i"); done
    fi
    line="run $r/$runs:"
    for i in "${order[@]}"; do
        IFS='|' read -r name marker keys command <<<"${commands[i]}"
        ms="$(run_one "$name" "$keys" "$command" "$marker")"
        printf '%s\t%s\t%s\n' "$r" "$name" "$ms" >>"$tsv"
        line+=" $name $ms ms"
    done
    echo "$line" >&2
done

echo
echo "== time to first screen in tmux 80x24, $runs runs each (poll every 5 ms); raw: $tsv"
awk -F'\t' '
    NR > 1 { t[$2] = t[$2] " " $3; n[$2]++; sum[$2] += $3 }
    function median(list,    a, k, i, j, x) {
        k = split(list, a, " ")
        for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
        lo = a[1]; hi = a[k]
        return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END {
        split("hello lanterna lectern one-set", names, " ")
        printf "%-9s %8s %8s %6s %6s %9s %11s\n", "command", "mean ms", "median", "min", "max", "mean/hello", "median/hello"
        hm = sum["hello"] / n["hello"]; hmed = median(t["hello"])
        for (i = 1; i <= 4; i++) {
            c = names[i]; m = sum[c] / n[c]; med = median(t[c])
            printf "%-9s %8.1f %8.1f %6d %6d %9.2fx %10.2fx\n", c, m, med, lo, hi, m / hm, med / hmed
        }
        ratio = median(t["lectern"]) / hmed
        printf "\ngoal: first screen within 3x hello-world (by median): %.2fx, %s\n", ratio, ratio <= 3 ? "met" : "NOT met"
    }' "$tsv"
