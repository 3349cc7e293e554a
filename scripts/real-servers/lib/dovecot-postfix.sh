# shellcheck shell=bash
# Dovecot 2.3 and Postfix 3.7, installed from Debian's packages (sourced by
# scripts/real-servers/start).
#
# One Dovecot instance (IMAP, IMAPS, POP3, POP3S on 127.0.0.1 and 127.0.0.2) and one Postfix
# submission service (STARTTLS, implicit TLS, STARTTLS with AUTH LOGIN only) whose SASL goes
# through Dovecot. Their configuration is generated under $STATE; nothing is read from
# /etc/dovecot, and Postfix only borrows /etc/postfix as its meta_directory.

IMAP_PORT=${MAILDOCTOR_REAL_IMAP_PORT:-10143}
IMAPS_PORT=${MAILDOCTOR_REAL_IMAPS_PORT:-10993}
POP3_PORT=${MAILDOCTOR_REAL_POP3_PORT:-10110}
POP3S_PORT=${MAILDOCTOR_REAL_POP3S_PORT:-10995}
SUBMISSION_PORT=${MAILDOCTOR_REAL_SUBMISSION_PORT:-10587}
SMTPS_PORT=${MAILDOCTOR_REAL_SMTPS_PORT:-10465}
# Submission with STARTTLS that offers only AUTH LOGIN (smtpd_sasl_mechanism_filter).
SUBMISSION_LOGIN_PORT=${MAILDOCTOR_REAL_SUBMISSION_LOGIN_PORT:-10588}
# Dovecot's mail_max_userip_connections (IMAP and POP3 each): low, so a test can reach it.
CONNECTION_LIMIT=3
# carol's large folder: more than maildoctor's 10,000-message threshold.
LARGE_FOLDER=Archive
LARGE_COUNT=12000

DOVECOT_DIR=$STATE/dovecot
DOVECOT_RUN=$STATE/dovecot-run
POSTFIX_DIR=$STATE/postfix
POSTFIX_QUEUE=$STATE/postfix-queue
MAIL_DIR=$STATE/mail

# Userdb extra fields: gina's quota is two messages, and she has two (100 %).
declare -A USER_EXTRA=([gina]='userdb_quota_rule=*:messages=2')

dovecot_postfix_packages_present() {
    command -v dovecot >/dev/null && [[ -x /usr/lib/dovecot/imap && -x /usr/lib/dovecot/pop3 ]] \
        && command -v postfix >/dev/null
}

# Dovecot's passwd-file of every user in USERS. Mail belongs to Debian's `mail` user (uid/gid
# 8), so no account is created.
write_dovecot_users() {
    local uid gid entry user
    uid=$(id -u mail)
    gid=$(id -g mail)
    mkdir -p "$DOVECOT_DIR"
    : >"$DOVECOT_DIR/users"
    for entry in "${USERS[@]}"; do
        user=${entry%%:*}
        printf '%s:{PLAIN}%s:%s:%s::%s::%s\n' "$user" "${entry#*:}" "$uid" "$gid" \
            "$MAIL_DIR/$user" "${USER_EXTRA[$user]:-}" >>"$DOVECOT_DIR/users"
    done
    chmod 0640 "$DOVECOT_DIR/users"
    chgrp dovecot "$DOVECOT_DIR/users"
    MAIL_UID=$uid
}

# Every user's Maildir with two messages in INBOX, and carol's large folder.
make_mailstore() {
    local entry user
    for entry in "${USERS[@]}"; do
        user=${entry%%:*}
        if [[ ! -d $MAIL_DIR/$user/Maildir/cur ]]; then
            mkdir -p "$MAIL_DIR/$user/Maildir"/{cur,new,tmp}
            write_two_messages "$user" "$MAIL_DIR/$user/Maildir/new"
        fi
    done
    make_large_folder "$MAIL_DIR/carol/Maildir"
    chown -R "$(id -u mail):$(id -g mail)" "$MAIL_DIR"
    chmod 0755 "$MAIL_DIR"
}

# carol's $LARGE_FOLDER: $LARGE_COUNT small messages written straight into a Maildir++ folder
# (cur/, already seen), by one awk process: about 0.3 s. Made once; reused while the count is
# right. Dovecot indexes it on first access (index_large_folder, after Dovecot is up).
make_large_folder() {
    local folder=$1/.$LARGE_FOLDER have=0
    if [[ -d $folder/cur ]]; then
        have=$(find "$folder/cur" -maxdepth 1 -type f -name '*.maildoctor*' | wc -l)
        [[ $have -eq $LARGE_COUNT ]] && return 0
        rm -rf "$folder"
    fi
    local t0
    t0=$(date +%s.%N)
    mkdir -p "$folder"/{cur,new,tmp}
    : >"$folder/maildirfolder"
    awk -v dir="$folder/cur" -v count="$LARGE_COUNT" 'BEGIN {
        for (i = 1; i <= count; i++) {
            file = sprintf("%s/%d.M%dP1.maildoctor:2,S", dir, 1700000000 + i, i)
            printf "From: archive@example.test\r\nTo: carol@example.test\r\nSubject: archived %d\r\nMessage-ID: <%d.archive@example.test>\r\n\r\nOld mail %d.\r\n", i, i, i > file
            close(file)
        }
    }'
    printf '%s\n' "$LARGE_FOLDER" >"$1/subscriptions"
    log "wrote $LARGE_COUNT messages into carol's $LARGE_FOLDER folder in $(since "$t0") s"
}

# Builds Dovecot's index of the large folder now, so the first test that lists it does not
# pay for it (about 1-2 s once; the index lives in the folder and is reused).
index_large_folder() {
    local t0
    t0=$(date +%s.%N)
    if doveadm -c "$DOVECOT_DIR/dovecot.conf" index -u carol "$LARGE_FOLDER" </dev/null >>"$STATE/dovecot.stderr" 2>&1; then
        log "indexed carol's $LARGE_FOLDER in $(since "$t0") s"
    else
        log "warning: doveadm index of carol's $LARGE_FOLDER failed (see $STATE/dovecot.stderr)"
    fi
}

# ---------------------------------------------------------------------------------------------
# Dovecot
# ---------------------------------------------------------------------------------------------
# OAuth2 sign-in (XOAUTH2, OAUTHBEARER) checked by Dovecot's oauth2 passdb with local JWT
# validation: HS256 tokens signed with this key (base64, in MAILDOCTOR_REAL_OAUTH_KEY; the
# tests mint their own tokens with it), the user name from the `sub` claim. The key dict path
# is shared/<azp>/<alg>/<kid> with azp and kid "default" (src/lib-oauth2/oauth2-jwt.c).
write_dovecot_oauth2() {
    local keys=$DOVECOT_DIR/oauth2-keys
    [[ -s $DOVECOT_DIR/oauth2-key ]] || openssl rand -base64 32 | tr -d '\n' >"$DOVECOT_DIR/oauth2-key"
    mkdir -p "$keys/default/HS256" "$keys/shared/default/HS256"
    cp "$DOVECOT_DIR/oauth2-key" "$keys/default/HS256/default"
    cp "$DOVECOT_DIR/oauth2-key" "$keys/shared/default/HS256/default"
    chmod -R a+rX "$keys"
    printf '%s\n' "introspection_mode = local" "local_validation_key_dict = fs:posix:prefix=$keys/" \
        "username_attribute = sub" >"$DOVECOT_DIR/oauth2.conf"
    chmod 0644 "$DOVECOT_DIR/oauth2.conf"
}

write_dovecot_conf() {
    mkdir -p "$DOVECOT_DIR"
    write_dovecot_oauth2
    cat >"$DOVECOT_DIR/dovecot.conf" <<EOF
# Generated by scripts/real-servers/start. A standalone instance: nothing from /etc/dovecot.
instance_name = maildoctor-real
base_dir = $DOVECOT_RUN
state_dir = $STATE/dovecot-state
log_path = $STATE/dovecot.log
protocols = imap pop3
# 127.0.0.2 as well: Dovecot treats client IP == server IP as secure, so plaintext LOGIN from
# 127.0.0.1 to 127.0.0.1 is allowed; connect to 127.0.0.2 to see the real refusal.
listen = 127.0.0.1, 127.0.0.2
ssl = yes
ssl_cert = <$TLS_DIR/server.pem
ssl_key = <$TLS_DIR/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain login oauthbearer xoauth2
auth_failure_delay = 1 secs
first_valid_uid = $MAIL_UID
last_valid_uid = $MAIL_UID
first_valid_gid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $DOVECOT_DIR/oauth2.conf
}
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN $DOVECOT_DIR/users
}
userdb {
  driver = passwd-file
  args = $DOVECOT_DIR/users
}
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $POP3_PORT
  }
  inet_listener pop3s {
    port = $POP3S_PORT
    ssl = yes
  }
}
service auth {
  # SASL for Postfix submission.
  unix_listener $POSTFIX_QUEUE/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
# No growing per-IP penalty across failed logins: it would slow later tests.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
# Quota by message count (no limit unless the user has a quota_rule: see USER_EXTRA).
mail_plugins = \$mail_plugins quota
plugin {
  quota = count:User quota
  quota_vsizes = yes
}
# Low, so the tests can reach it: the next sign-in from the same user and client IP gets
# "[LIMIT] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=N)".
protocol imap {
  mail_max_userip_connections = $CONNECTION_LIMIT
  mail_plugins = \$mail_plugins imap_quota
}
protocol pop3 {
  mail_max_userip_connections = $CONNECTION_LIMIT
}
EOF
}

start_dovecot() {
    mkdir -p "$STATE/dovecot-state"
    log "starting dovecot ($(dovecot --version | cut -d' ' -f1))"
    # The daemon keeps whatever stderr it was given: never hand it our pipe, or a caller such
    # as `start | tail` would wait forever.
    dovecot -c "$DOVECOT_DIR/dovecot.conf" </dev/null >>"$STATE/dovecot.stderr" 2>&1 \
        || die "dovecot did not start: $(tail -n5 "$STATE/dovecot.stderr" "$STATE/dovecot.log" 2>/dev/null)"
}

# ---------------------------------------------------------------------------------------------
# Postfix
# ---------------------------------------------------------------------------------------------
write_postfix_conf() {
    mkdir -p "$POSTFIX_DIR" "$POSTFIX_QUEUE" "$STATE/postfix-data"
    chown postfix:postfix "$STATE/postfix-data"
    cat >"$POSTFIX_DIR/main.cf" <<EOF
# Generated by scripts/real-servers/start: submission only, loopback only, everything discarded.
compatibility_level = 3.6
queue_directory = $POSTFIX_QUEUE
meta_directory = /etc/postfix
data_directory = $STATE/postfix-data
maillog_file_prefixes = /var, /dev/stdout, $STATE
maillog_file = $STATE/postfix.log
myhostname = mail.example.test
mydomain = example.test
myorigin = example.test
mydestination =
relay_domains =
mynetworks = 127.0.0.0/8
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
alias_maps =
alias_database =
local_recipient_maps =
default_transport = discard
local_transport = discard
relay_transport = discard
virtual_transport = discard
smtp_dns_support_level = disabled
smtpd_peername_lookup = no
disable_dns_lookups = yes
smtpd_banner = \$myhostname ESMTP Postfix
smtpd_tls_chain_files = $TLS_DIR/server.key, $TLS_DIR/server.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
# Who may send as which address (the send check's real refusal): alice owns only her address.
smtpd_sender_login_maps = inline:{ alice@example.test=alice, bob@example.test=bob }
smtpd_sender_restrictions = reject_sender_login_mismatch
EOF
    cat >"$POSTFIX_DIR/master.cf" <<EOF
# service            type  private unpriv chroot wakeup maxproc command
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
127.0.0.1:$SUBMISSION_LOGIN_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission-login
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_mechanism_filter=login
pickup     unix  n - n 60 1 pickup
cleanup    unix  n - n - 0 cleanup
qmgr       unix  n - n 300 1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n - - trivial-rewrite
bounce     unix  - - n - 0 bounce
defer      unix  - - n - 0 bounce
trace      unix  - - n - 0 bounce
verify     unix  - - n - 1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n - - proxymap
error      unix  - - n - - error
retry      unix  - - n - - error
discard    unix  - - n - - discard
anvil      unix  - - n - 1 anvil
scache     unix  - - n - 1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
}

start_postfix() {
    log "starting postfix ($(postconf -d -h mail_version 2>/dev/null))"
    postfix -c "$POSTFIX_DIR" start </dev/null >>"$STATE/postfix.stderr" 2>&1 \
        || die "postfix did not start: $(tail -n5 "$STATE/postfix.stderr" "$STATE/postfix.log" 2>/dev/null)"
}

# The files Dovecot and Postfix run with, and the certificate: when these are unchanged, a
# running pair is kept (see dovecot_postfix_up).
dovecot_postfix_config_hash() {
    {
        cat "$DOVECOT_DIR/dovecot.conf" "$DOVECOT_DIR/users" "$POSTFIX_DIR/main.cf" \
            "$POSTFIX_DIR/master.cf" "$TLS_DIR/server.pem" 2>/dev/null || true
    } | sha256sum | cut -d' ' -f1
}

# Starts Dovecot and Postfix, or keeps them running when they run from this state directory
# with the configuration this script writes (restarting them would disturb whoever is using
# them). The configuration they were started with is recorded as a hash in
# dovecot-postfix.started-with; a pair started before that record existed is kept when the
# files on disk do not change.
dovecot_postfix_up() {
    local before after recorded
    before=$(dovecot_postfix_config_hash)
    write_dovecot_users
    write_postfix_conf
    write_dovecot_conf
    after=$(dovecot_postfix_config_hash)
    recorded=$(cat "$STATE/dovecot-postfix.started-with" 2>/dev/null || true)
    if pid_alive "$DOVECOT_RUN/master.pid" && pid_alive "$POSTFIX_QUEUE/pid/master.pid" \
        && [[ $recorded == "$after" || (-z $recorded && $before == "$after") ]]; then
        log "dovecot and postfix already running from $STATE with this configuration"
        echo "$after" >"$STATE/dovecot-postfix.started-with"
        return 0
    fi
    dovecot_postfix_stop
    rm -f "$STATE/dovecot-postfix.started-with"
    make_mailstore
    # `check` creates the queue directories, incl. private/ where Dovecot puts its socket.
    postfix -c "$POSTFIX_DIR" check </dev/null >>"$STATE/postfix.stderr" 2>&1 \
        || die "postfix check failed: $(tail -n5 "$STATE/postfix.stderr" "$STATE/postfix.log" 2>/dev/null)"
    start_dovecot
    start_postfix
    index_large_folder
    local i
    for ((i = 0; i < 50; i++)); do
        [[ -s $POSTFIX_QUEUE/pid/master.pid ]] && break
        sleep 0.1
    done
    echo "$after" >"$STATE/dovecot-postfix.started-with"
}

dovecot_postfix_wait() {
    local port
    for port in "$IMAP_PORT" "$IMAPS_PORT" "$POP3_PORT" "$POP3S_PORT"; do
        wait_for_port 127.0.0.1 "$port"
        wait_for_port 127.0.0.2 "$port"
    done
    wait_for_port 127.0.0.1 "$SUBMISSION_PORT"
    wait_for_port 127.0.0.1 "$SMTPS_PORT"
    wait_for_port 127.0.0.1 "$SUBMISSION_LOGIN_PORT"
}

# Both at once: Dovecot's master takes about 3 s to wind down, Postfix's about 1.5 s.
dovecot_postfix_stop() {
    stop_pidfile postfix "$POSTFIX_QUEUE/pid/master.pid" &
    local postfix=$!
    stop_pidfile dovecot "$DOVECOT_RUN/master.pid"
    wait "$postfix"
}

dovecot_postfix_env() {
    cat <<ENV
MAILDOCTOR_REAL_IMAP_PORT=$IMAP_PORT
MAILDOCTOR_REAL_IMAPS_PORT=$IMAPS_PORT
MAILDOCTOR_REAL_POP3_PORT=$POP3_PORT
MAILDOCTOR_REAL_POP3S_PORT=$POP3S_PORT
MAILDOCTOR_REAL_SUBMISSION_PORT=$SUBMISSION_PORT
MAILDOCTOR_REAL_SMTPS_PORT=$SMTPS_PORT
MAILDOCTOR_REAL_SUBMISSION_LOGIN_PORT=$SUBMISSION_LOGIN_PORT
MAILDOCTOR_REAL_POSTFIX_QUEUE=$POSTFIX_QUEUE
MAILDOCTOR_REAL_OAUTH_KEY=$(cat "$DOVECOT_DIR/oauth2-key")
MAILDOCTOR_REAL_LARGE_USER=carol
MAILDOCTOR_REAL_LARGE_PASSWORD=$(user_password carol)
MAILDOCTOR_REAL_LARGE_FOLDER=$LARGE_FOLDER
MAILDOCTOR_REAL_LARGE_COUNT=$LARGE_COUNT
MAILDOCTOR_REAL_LIMIT_USER=dave
MAILDOCTOR_REAL_LIMIT_PASSWORD=$(user_password dave)
MAILDOCTOR_REAL_HELD_USER=erin
MAILDOCTOR_REAL_HELD_PASSWORD=$(user_password erin)
MAILDOCTOR_REAL_CONNECTION_LIMIT=$CONNECTION_LIMIT
MAILDOCTOR_REAL_QUOTA_USER=gina
MAILDOCTOR_REAL_QUOTA_PASSWORD=$(user_password gina)
MAILDOCTOR_REAL_UNICODE_USER=frank
MAILDOCTOR_REAL_UNICODE_PASSWORD=$(user_password frank)
MAILDOCTOR_REAL_DOVECOT_PID=$(head -n1 "$DOVECOT_RUN/master.pid")
MAILDOCTOR_REAL_POSTFIX_PID=$(head -n1 "$POSTFIX_QUEUE/pid/master.pid" | tr -d ' ')
ENV
}
