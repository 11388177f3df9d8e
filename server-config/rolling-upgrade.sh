#!/usr/bin/env bash
# Rolls a new build of the portal out to a deployment group one instance at a time, the portal staying up: the
# other instances serve meanwhile, and the patients of the instance being upgraded carry on there with their sessions
# from the data grid (README, "Upgrading one instance at a time"). Used by ./registratura cluster upgrade on one
# machine, and by an admin on real hosts.
#
#   server-config/rolling-upgrade.sh --admin-port 4848 --group registratura --ear registratura.ear --version 2026.12.1 \
#       --instance node1=http://host1:28080 --instance node2=http://host2:28080 \
#       [--lb-socket /run/haproxy/admin.sock] [--lb-backend instances]
#
# 1. The EAR is deployed to the group as the application version registratura:VERSION, disabled, with its sessions
#    in the data grid (--availabilityenabled=true: a version without it would not read the others' sessions).
# 2. For each --instance NAME=URL in turn: HAProxy (through its admin socket, when --lb-socket names it) stops sending
#    it requests, and its patients go to the others; it is stopped, the old version is disabled and the new one
#    enabled on it, it is started, and once URL/health/ready says UP it takes requests again. Its first start
#    runs the new version's migrations: a release rolled out this way has expanding migrations only (README).
#    Without --lb-socket, the load balancer's health checks take the instance out and back (a few seconds of
#    refused connections that HAProxy sends elsewhere; with another balancer, drain it by hand first).
# 3. The group's own reference goes to the new version (instances added later get it), and the old versions are
#    undeployed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848 GROUP=registratura ARCHIVE= VERSION= LB_SOCKET= LB_BACKEND=instances APP=registratura
INSTANCES=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --group) GROUP=$2; shift 2 ;;
        --ear) ARCHIVE=$2; shift 2 ;;
        --version) VERSION=$2; shift 2 ;;
        --instance) INSTANCES+=("$2"); shift 2 ;;
        --lb-socket) LB_SOCKET=$2; shift 2 ;;
        --lb-backend) LB_BACKEND=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
[[ -f $ARCHIVE ]] || die "--ear must name the new build's registratura.ear (found none at '$ARCHIVE')."
[[ $VERSION =~ ^[A-Za-z0-9._-]+$ ]] || die "--version must be letters, digits, dots, dashes or underscores (was '$VERSION')."
[[ ${#INSTANCES[@]} -gt 0 ]] || die "Name every instance of the group: --instance NAME=http://host:port"
[[ -z $LB_SOCKET ]] || command -v socat >/dev/null || die "socat talks to HAProxy's admin socket: apt-get install socat"
NEW="$APP:$VERSION"

# The load balancer's state of an instance: maint (no requests at all, its sticky patients go elsewhere) or ready.
lb_state() {
    [[ -n $LB_SOCKET ]] || return 0
    local answer
    answer=$(echo "set server $LB_BACKEND/$1 state $2" | socat stdio "unix-connect:$LB_SOCKET") \
        || die "HAProxy's admin socket $LB_SOCKET did not answer."
    [[ -z ${answer//[$'\n\r ']/} ]] || die "HAProxy refused 'set server $LB_BACKEND/$1 state $2': $answer"
}

# Requests the load balancer still has under way on the instance (its "scur"), after it was put in maint.
lb_current() {
    echo "show stat" | socat stdio "unix-connect:$LB_SOCKET" \
        | awk -F, -v b="$LB_BACKEND" -v s="$1" '$1 == b && $2 == s { print $5 }'
}

wait_ready() {
    local url=$1 deadline=$((SECONDS + 600))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/health/ready" || true) == 200 ]]; do
        ((SECONDS < deadline)) || die "$url/health/ready did not say UP within 10 minutes (see the instance's server.log)."
        sleep 2
    done
}

OLD=$(asadmin_at "$ADMIN_PORT" list-applications --long=false "$GROUP" 2>/dev/null \
    | awk -v app="$APP" '$1 == app || index($1, app ":") == 1 { print $1 }' | grep -vx "$NEW" || true)
say "Deploying $NEW to $GROUP, disabled (now: ${OLD//$'\n'/, })"
asadmin_at "$ADMIN_PORT" deploy --name "$NEW" --target "$GROUP" --enabled=false --availabilityenabled=true "$ARCHIVE" >&2 \
    || die "The deployment of $NEW failed (see the administration server's log)."

# Stopped half-way (an instance that did not start, say): the instance under way goes back to the load balancer,
# whose health checks keep it out while it is not ready; nothing else is undone (run the script again, or
# "asadmin enable --target <instance> <old version>" to go back on that instance).
current=
trap '[[ -z $current ]] || lb_state "$current" ready || true' EXIT

for entry in "${INSTANCES[@]}"; do
    instance=${entry%%=*} url=${entry#*=}
    [[ $instance != "$entry" && $url =~ ^https?:// ]] || die "--instance NAME=http://host:port (was '$entry')"
    say "$instance: out of the load balancer"
    current=$instance
    lb_state "$instance" maint
    if [[ -n $LB_SOCKET ]]; then
        # The requests it is serving finish (30 s at most; the balancer's own timeout is 60 s).
        for _ in $(seq 30); do
            [[ $(lb_current "$instance") == 0 ]] && break
            sleep 1
        done
    fi
    say "$instance: stopped, $NEW enabled on it, started"
    asadmin_at "$ADMIN_PORT" stop-instance "$instance" >&2 || die "Could not stop $instance."
    # On a stopped instance the change waits in the administration server's configuration; the instance takes it
    # (and the application's files) when it starts. Enabled on a running instance, the disabled version has not
    # always been loaded there.
    # Offline, enabling one version does not disable the others: the old ones are disabled first.
    for old in $OLD; do
        asadmin_at "$ADMIN_PORT" disable --target "$instance" "$old" >&2 || die "Could not disable $old on $instance."
    done
    asadmin_at "$ADMIN_PORT" enable --target "$instance" "$NEW" >&2 || die "Could not enable $NEW on $instance."
    asadmin_at "$ADMIN_PORT" start-instance "$instance" >&2 || die "Could not start $instance."
    wait_ready "$url"
    say "$instance: $NEW ready, back in the load balancer"
    lb_state "$instance" ready
    current=
done

say "The group $GROUP itself on $NEW; the old versions undeployed"
asadmin_at "$ADMIN_PORT" enable --target "$GROUP" "$NEW" >&2 || die "Could not enable $NEW on $GROUP."
for old in $OLD; do
    asadmin_at "$ADMIN_PORT" undeploy --target domain "$old" >&2 || die "Could not undeploy $old."
done
say "Rolled out: $NEW on ${INSTANCES[*]%%=*}"
