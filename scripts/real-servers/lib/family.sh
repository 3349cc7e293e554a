# shellcheck shell=bash
# Running a Debian mail server that conflicts with the installed Dovecot/Postfix (sourced by
# scripts/real-servers/start and stop).
#
# exim4-daemon-light and opensmtpd conflict with postfix (mail-transport-agent); courier-imap,
# courier-pop and cyrus-imapd conflict with dovecot-imapd/-pop3d (imap-server, pop3-server).
# Installing one would remove the other, so none of them is installed. Instead, for a family F:
#
#   $STATE/F/debs   the .deb files, fetched by `apt-get install --download-only` into a private
#                   archive directory: the package and whatever it needs that the host lacks.
#   $STATE/F/tree   those packages unpacked with `dpkg-deb -x` (bin, sbin and lib folded into
#                   usr/, as on Debian's merged /usr). Made once, reused.
#   $STATE/F/etc    an /etc layer written by the family's script: passwd and group with the
#                   package's system users added, and the server's own configuration.
#   $STATE/F/ns     scratch /var and /run, made afresh at every start.
#
# The daemons run inside `unshare --mount`: in that mount namespace the tree's usr/ lies
# read-only over /usr, the etc layer over the tree's etc/ over /etc, and the scratch /var and
# /run over the real ones. Only that process tree sees them; nothing on the host changes. The
# binaries are Debian's own, unmodified, with their compiled-in paths (/etc/courier/...,
# /var/spool/smtpd, /run/courier/...) satisfied by the overlays. The daemons' PIDs (real PIDs:
# no PID namespace) are listed in $STATE/F/pids as "NAME PID" lines, for `stop`.

# Directory of family $1.
family_dir() { printf '%s/%s' "$STATE" "$1"; }

# apt_download DIR PACKAGE...: fetches PACKAGES and what they need into DIR (download only).
apt_download() {
    local dest=$1
    shift
    mkdir -p "$dest/partial"
    # apt-get takes dpkg's frontend lock even to download: families fetch one at a time.
    local apt=(flock "$STATE/apt.lock" apt-get install -y -q --download-only --no-install-recommends
        -o "Dir::Cache::archives=$dest")
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" "$@" >>"$dest/apt.log" 2>&1; then
        log "download of $* failed; running apt-get update and retrying"
        DEBIAN_FRONTEND=noninteractive flock "$STATE/apt.lock" apt-get -q update >>"$dest/apt.log" 2>&1 \
            || die "apt-get update failed (see $dest/apt.log)"
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" "$@" >>"$dest/apt.log" 2>&1 \
            || die "apt-get could not download $* (see $dest/apt.log)"
    fi
}

# family_tree FAMILY PACKAGE...: $STATE/FAMILY/tree holds PACKAGES unpacked (see above).
family_tree() {
    local fam=$1
    shift
    local dir
    dir=$(family_dir "$fam")
    local tree=$dir/tree
    if [[ -f $tree/.packages && $(cat "$tree/.packages") == "$*" ]]; then
        return 0
    fi
    local t0 deb sub
    t0=$(date +%s.%N)
    apt_download "$dir/debs" "$@"
    rm -rf "$tree"
    mkdir -p "$tree/usr" "$tree/etc" "$tree/var"
    for deb in "$dir/debs"/*.deb; do
        dpkg-deb -x "$deb" "$tree"
    done
    for sub in bin sbin lib lib64; do
        if [[ -d $tree/$sub && ! -L $tree/$sub ]]; then
            mkdir -p "$tree/usr/$sub"
            cp -a "$tree/$sub/." "$tree/usr/$sub/"
            rm -rf "${tree:?}/$sub"
        fi
    done
    printf '%s' "$*" >"$tree/.packages"
    log "$fam: fetched and unpacked $(find "$dir/debs" -maxdepth 1 -name '*.deb' | wc -l) packages in $(since "$t0") s"
}

# The Debian version of package $2 as unpacked in family $1's tree ("?" if unknown).
family_version() {
    local deb
    deb=$(find "$(family_dir "$1")/debs" -maxdepth 1 -name "$2_*.deb" | head -n1)
    if [[ -n $deb ]]; then
        dpkg-deb -f "$deb" Version
    else
        dpkg-query -W -f '${Version}' "$2" 2>/dev/null || echo '?'
    fi
}

# etc_layer FAMILY NAME:UID:GROUP[:EXTRA_GROUP]...: a fresh $STATE/FAMILY/etc with the host's
# passwd and group plus these system users (each with its own group of the same id, or the
# named existing group, and optionally a member of EXTRA_GROUP). A name the host already has
# keeps the host's ids.
etc_layer() {
    local fam=$1
    shift
    local etc
    etc=$(family_dir "$fam")/etc
    rm -rf "$etc"
    mkdir -p "$etc"
    cp /etc/passwd /etc/group "$etc/"
    local spec name uid group extra gid
    for spec in "$@"; do
        IFS=: read -r name uid group extra <<<"$spec"
        grep -q "^$name:" "$etc/passwd" && continue
        if [[ $group == "$name" ]]; then
            printf '%s:x:%s:\n' "$name" "$uid" >>"$etc/group"
            gid=$uid
        else
            gid=$(awk -F: -v g="$group" '$1 == g { print $3 }' "$etc/group")
        fi
        printf '%s:x:%s:%s:%s:/nonexistent:/usr/sbin/nologin\n' "$name" "$uid" "$gid" "$name" >>"$etc/passwd"
        if [[ -n $extra ]]; then
            awk -F: -v g="$extra" -v u="$name" 'BEGIN { OFS = ":" }
                $1 == g { $4 = ($4 == "" ? u : $4 "," u) } { print }' "$etc/group" >"$etc/group.new"
            mv "$etc/group.new" "$etc/group"
        fi
    done
    chmod 0644 "$etc/passwd" "$etc/group"
}

# The numeric uid of user $2 in family $1's etc layer.
family_uid() { awk -F: -v u="$2" '$1 == u { print $3 }' "$(family_dir "$1")/etc/passwd"; }

# ns_start FAMILY SCRIPT: runs `sh SCRIPT` detached, in a new mount namespace with family
# FAMILY's overlays (see above). SCRIPT starts the daemons and appends "NAME PID" lines to
# $STATE/FAMILY/pids. Its output and the daemons' go to $STATE/FAMILY/log/daemons.log.
ns_start() {
    local fam=$1 script=$2 dir
    dir=$(family_dir "$fam")
    [[ $dir != *[,:]* ]] || die "the state directory may not contain ',' or ':' (overlay options)"
    local tree=$dir/tree ns=$dir/ns
    rm -rf "$ns"
    mkdir -p "$ns/etc-work" "$ns/var" "$ns/var-work" "$ns/run" "$dir/log"
    : >"$dir/pids"
    # setsid --fork: the daemons are no children of this script, outlive the caller's session
    # and never hold its terminal.
    setsid --fork unshare --mount --propagation private sh -c "
        set -e
        mount -t overlay overlay -o ro,lowerdir=$tree/usr:/usr /usr
        mount -t overlay overlay -o lowerdir=$tree/etc:/etc,upperdir=$dir/etc,workdir=$ns/etc-work /etc
        mount -t overlay overlay -o lowerdir=$tree/var:/var,upperdir=$ns/var,workdir=$ns/var-work /var
        mount --bind $ns/run /run
        exec sh $script" </dev/null >>"$dir/log/daemons.log" 2>&1
}

# Waits up to 10 s until family $1's pids file lists $2 PIDs.
wait_for_pids() {
    local file
    file=$(family_dir "$1")/pids
    local i
    for ((i = 0; i < 100; i++)); do
        [[ -s $file && $(wc -l <"$file") -ge $2 ]] && return 0
        sleep 0.1
    done
    die "$1 did not start: $(tail -n5 "$(family_dir "$1")/log/daemons.log" 2>/dev/null)"
}

# True when family $1 recorded PIDs and every one of them is alive.
family_alive() {
    local file
    file=$(family_dir "$1")/pids
    [[ -s $file ]] || return 1
    local name pid
    while read -r name pid; do
        kill -0 "$pid" 2>/dev/null || return 1
    done <"$file"
}

# True when family $1 is alive and was started by version $2 of its scripts.
family_running() {
    family_alive "$1" && [[ $(cat "$(family_dir "$1")/started-by" 2>/dev/null) == "$2" ]]
}

# Dies when something already accepts connections on one of ports $2... (for family $1): the
# family's daemons would fail to bind, while the port check after the start would pass.
ports_free() {
    local fam=$1 port
    shift
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            die "$fam: something else already listens on 127.0.0.1:$port"
        fi
    done
}

# Stops family $1's daemons by their recorded PIDs, all at once.
family_stop() {
    local dir
    dir=$(family_dir "$1")
    [[ -s $dir/pids ]] || return 0
    local name pid stoppers=()
    while read -r name pid; do
        stop_pid "$1 $name" "$pid" &
        stoppers+=($!)
    done <"$dir/pids"
    wait "${stoppers[@]}"
    rm -f "$dir/pids" "$dir/started-by"
}
