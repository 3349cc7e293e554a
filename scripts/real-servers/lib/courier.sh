# shellcheck shell=bash
# Courier-IMAP 5.0 and Courier POP3 (Debian's courier-imap, courier-pop, courier-authdaemon with
# a userdb), unmodified, in a private tree (lib/family.sh).
#
# authdaemond checks passwords against /etc/courier/userdb (SHA-512 crypt). Each listener is its
# own couriertcpd on 127.0.0.1, started as Debian's init scripts start them but with our ports
# and per-address limit:
#   - COURIER_IMAP_PORT / COURIER_POP3_PORT: plaintext greeting with STARTTLS / STLS, and
#     IMAP_TLS_REQUIRED=1 / POP3_TLS_REQUIRED=1: IMAP advertises LOGINDISABLED and answers a
#     LOGIN with "NO STARTTLS required"; POP3 answers USER with "-ERR TLS required to log in.".
#     Unlike Dovecot, there is no exemption for a client on the server's own address.
#   - COURIER_IMAPS_PORT / COURIER_POP3S_PORT: implicit TLS (couriertls in front).
#   - COURIER_LIMITED_PORT: IMAP as on COURIER_IMAP_PORT with -maxperip=COURIER_MAXPERIP. Past
#     it couriertcpd accepts the connection and closes it before any greeting.
# Users: alice and bob, two messages each in a Maildir owned by Debian's `mail` user.

COURIER_IMAP_PORT=${MAILDOCTOR_REAL_COURIER_IMAP_PORT:-11143}
COURIER_IMAPS_PORT=${MAILDOCTOR_REAL_COURIER_IMAPS_PORT:-11993}
COURIER_POP3_PORT=${MAILDOCTOR_REAL_COURIER_POP3_PORT:-11110}
COURIER_POP3S_PORT=${MAILDOCTOR_REAL_COURIER_POP3S_PORT:-11995}
COURIER_LIMITED_PORT=${MAILDOCTOR_REAL_COURIER_LIMITED_PORT:-11144}
COURIER_MAXPERIP=2
COURIER_UID=61002
COURIER_USERS=(alice bob)

courier_ports() {
    echo "$COURIER_IMAP_PORT $COURIER_IMAPS_PORT $COURIER_POP3_PORT $COURIER_POP3S_PORT $COURIER_LIMITED_PORT"
}

# The package's own config file $1 (from the tree) with our settings appended: the files are
# shell fragments, so a later assignment wins.
courier_config() {
    local name=$1
    shift
    {
        cat "$STATE/courier/tree/etc/courier/$name"
        printf '\n# scripts/real-servers/lib/courier.sh\n'
        printf '%s\n' "$@"
    } >"$STATE/courier/etc/courier/$name"
}

courier_etc() {
    local dir=$STATE/courier
    etc_layer courier "courier:$COURIER_UID:courier"
    mkdir -p "$dir/etc/courier"
    printf '%s\n' 'authmodulelist="authuserdb"' 'daemons=3' 'authdaemonvar=/run/courier/authdaemon' \
        'DEBUG_LOGIN=0' 'DEFAULTOPTIONS=""' 'LOGGEROPTS=""' >"$dir/etc/courier/authdaemonrc"
    local tls=(TLS_CERTFILE=/etc/courier/server.pem TLS_DHPARAMS=)
    courier_config imapd
    courier_config imapd-ssl IMAP_TLS_REQUIRED=1 "${tls[@]}"
    courier_config pop3d
    courier_config pop3d-ssl POP3_TLS_REQUIRED=1 "${tls[@]}"
    # couriertls wants the key and the certificate in one file, owned by the `courier` user.
    cat "$TLS_DIR/server.key" "$TLS_DIR/server.pem" >"$dir/etc/courier/server.pem"
    chown "$(family_uid courier courier)" "$dir/etc/courier/server.pem"
    chmod 0600 "$dir/etc/courier/server.pem"
    local user mail=$dir/mail
    : >"$dir/etc/courier/userdb"
    for user in "${COURIER_USERS[@]}"; do
        printf '%s\tuid=%s|gid=%s|home=%s|shell=/usr/sbin/nologin|systempw=%s|mail=%s\n' "$user" \
            "$(id -u mail)" "$(id -g mail)" "$mail/$user" "$(openssl passwd -6 "$(user_password "$user")")" \
            "$mail/$user/Maildir" >>"$dir/etc/courier/userdb"
        if [[ ! -d $mail/$user/Maildir/cur ]]; then
            mkdir -p "$mail/$user/Maildir"/{cur,new,tmp}
            write_two_messages "$user" "$mail/$user/Maildir/new"
        fi
    done
    chmod 0600 "$dir/etc/courier/userdb"
    chown -R "$(id -u mail):$(id -g mail)" "$mail"
}

# The script run inside the namespace: makeuserdb, authdaemond, then one couriertcpd per port,
# each under courierlogger (whose PID is recorded; stopping it stops its couriertcpd).
courier_inner() {
    local dir=$STATE/courier
    cat <<INNER
set -e
mkdir -p /run/courier/authdaemon /var/lib/courier
chown courier:courier /run/courier/authdaemon
for cache in couriersslimapcache couriersslpop3cache; do
    : >/var/lib/courier/\$cache
    chown courier:courier /var/lib/courier/\$cache
    chmod 0600 /var/lib/courier/\$cache
done
makeuserdb
authdaemond start
record() {
    for i in \$(seq 50); do [ -s "\$2" ] && break; sleep 0.1; done
    echo "\$1 \$(cat "\$2")" >>$dir/pids
}
record authdaemond /run/courier/authdaemon/pid
# tcpd NAME PORT MAXPERIP starttls|tls imap|pop3
tcpd() {
    if [ \$5 = imap ]; then
        files=". /etc/courier/imapd; . /etc/courier/imapd-ssl"
        login="/usr/lib/courier/courier/imaplogin /usr/bin/imapd Maildir"
    else
        files=". /etc/courier/pop3d; . /etc/courier/pop3d-ssl"
        login="/usr/lib/courier/courier/courierpop3login /usr/lib/courier/courier/courierpop3d Maildir"
    fi
    if [ \$4 = tls ]; then
        mode="IMAP_TLS=1; POP3_TLS=1; POP3_STARTTLS=NO; POP3_TLS_REQUIRED=0"
        login="/usr/bin/couriertls -server -tcpd -user=courier \$login"
    else
        mode="IMAP_STARTTLS=YES; POP3_STARTTLS=YES"
    fi
    /usr/bin/env -i /bin/sh -c "set -a; \$files; \$mode
        exec /usr/sbin/courierlogger -pid=/run/courier/\$1.pid -start -name=\$1 \\
            /usr/sbin/couriertcpd -address=127.0.0.1 -maxprocs=40 -maxperip=\$3 \\
                -nodnslookup -noidentlookup \$2 \$login"
    record \$1 /run/courier/\$1.pid
}
tcpd imap $COURIER_IMAP_PORT 40 starttls imap
tcpd imaps $COURIER_IMAPS_PORT 40 tls imap
tcpd pop3 $COURIER_POP3_PORT 40 starttls pop3
tcpd pop3s $COURIER_POP3S_PORT 40 tls pop3
tcpd limited $COURIER_LIMITED_PORT $COURIER_MAXPERIP starttls imap
INNER
}

courier_start() {
    local dir=$STATE/courier
    family_tree courier courier-imap courier-pop courier-authlib-userdb
    courier_etc
    courier_inner >"$dir/inner.sh"
    log "starting courier-imap $(family_version courier courier-imap)"
    ns_start courier "$dir/inner.sh"
    wait_for_pids courier 6
}

courier_env() {
    cat <<ENV
MAILDOCTOR_REAL_COURIER_VERSION=$(family_version courier courier-imap)
MAILDOCTOR_REAL_COURIER_IMAP_PORT=$COURIER_IMAP_PORT
MAILDOCTOR_REAL_COURIER_IMAPS_PORT=$COURIER_IMAPS_PORT
MAILDOCTOR_REAL_COURIER_POP3_PORT=$COURIER_POP3_PORT
MAILDOCTOR_REAL_COURIER_POP3S_PORT=$COURIER_POP3S_PORT
MAILDOCTOR_REAL_COURIER_LIMITED_PORT=$COURIER_LIMITED_PORT
MAILDOCTOR_REAL_COURIER_MAXPERIP=$COURIER_MAXPERIP
ENV
}
