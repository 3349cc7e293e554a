# shellcheck shell=bash
# Shared helpers of scripts/real-servers/start and stop (sourced, not run).

log() { printf 'real-servers: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# Seconds since $1 (a `date +%s.%N` value), one decimal.
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

# True when the first line of file $1 is the PID of a live process.
pid_alive() { [[ -s $1 ]] && kill -0 "$(head -n1 "$1" | tr -d ' ')" 2>/dev/null; }

# Waits up to 10 s until something accepts TCP connections on $1:$2.
wait_for_port() {
    local host=$1 port=$2 i
    for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    die "nothing answers on $host:$port after 10 s (see the logs under $STATE)"
}

# Sends SIGTERM to PID $2 (named $1 in messages), waits up to 10 s, then SIGKILL.
stop_pid() {
    local name=$1 pid=$2 i
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    log "$name (pid $pid) ignored SIGTERM for 10 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

# stop_pidfile NAME FILE: stop_pid for the PID on the first line of FILE, if any.
stop_pidfile() {
    [[ -s $2 ]] || return 0
    stop_pid "$1" "$(head -n1 "$2" | tr -d ' ')"
}
