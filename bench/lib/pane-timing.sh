# Timing what a user sees in a terminal: sourced by bench/first-screen.sh and bench/start-history.sh.
#
# pane_timing_start DIR   one tmux server of our own (with a pane that only holds it up, so no run pays for
#                         starting it) and a FIFO in DIR for 5 ms pauses without forking; cleaned up on exit
# run_one NAME KEYS COMMAND MARKER [MARKER...]
#                         starts COMMAND in a fresh 80x24 pane, polls capture-pane every 5 ms and prints the
#                         milliseconds until each MARKER is on screen (space-separated, in the order given),
#                         then ends it with KEYS as a user would and waits until it is gone
# TIMEOUT (seconds, default 30) bounds each wait.

pane_timing_start() {
    local dir="$1"
    unset TMUX
    pt_sock="lectern-bench-$$"
    pt_fifo="$dir/tick.$$"
    pt_socket_path=""
    trap pane_timing_stop EXIT
    tm new-session -d -s hold -x 80 -y 24 "exec sleep 86400"
    pt_socket_path="$(tm display-message -p '#{socket_path}')"
    rm -f "$pt_fifo"
    mkfifo "$pt_fifo"
    exec 7<>"$pt_fifo"
}

pane_timing_stop() {
    tm kill-server >/dev/null 2>&1 || true
    # tmux leaves its socket file behind.
    [[ -n ${pt_socket_path:-} && $pt_socket_path == */"$pt_sock" ]] && rm -f "$pt_socket_path"
    exec 7>&- 2>/dev/null || true
    rm -f "${pt_fifo:-}"
}

tm() { tmux -L "$pt_sock" -f /dev/null "$@"; }

# 5 ms without forking: a read with a timeout on a FIFO nobody writes to.
pause() { read -r -t 0.005 -u 7 _ || true; }

run_one() {
    local name="$1" keys="$2" command="$3"
    shift 3
    local markers=("$@") session="run$RANDOM" screen times="" i=0
    local t0="${EPOCHREALTIME/[.,]/}" now deadline
    deadline=$((10#$t0 + ${TIMEOUT:-30} * 1000000))
    tm new-session -d -s "$session" -x 80 -y 24 "$command"
    while ((i < ${#markers[@]})); do
        if ! screen="$(tm capture-pane -p -t "$session" 2>/dev/null)"; then
            echo "$name: the command ended before showing '${markers[i]}': $command" >&2
            return 1
        fi
        now="${EPOCHREALTIME/[.,]/}"
        # Several markers may be there in the same poll.
        while ((i < ${#markers[@]})) && [[ $screen == *"${markers[i]}"* ]]; do
            times+="${times:+ }$(((10#$now - 10#$t0 + 500) / 1000))"
            i=$((i + 1))
        done
        ((i < ${#markers[@]})) || break
        if ((10#$now > deadline)); then
            printf '%s: no "%s" after %s s; the pane shows:\n%s\n' "$name" "${markers[i]}" "${TIMEOUT:-30}" \
                "$screen" >&2
            tm kill-session -t "$session" 2>/dev/null || true
            return 1
        fi
        pause
    done
    # End it the way a user would, and wait until it is gone (a JVM still exiting would steal CPU from the next
    # run).
    tm send-keys -t "$session" "$keys"
    local n
    for ((n = 0; n < 2000; n++)); do
        tm has-session -t "$session" 2>/dev/null || break
        pause
    done
    tm kill-session -t "$session" 2>/dev/null || true
    echo "$times"
}
