#!/usr/bin/env bash
# Registers who may call the booking API (/api/v1): each issuer of tokens (the federal booking hub, a call centre,
# a kiosk network) with its own name, its `iss`, the API groups its tokens may give and its public keys. They are
# MicroProfile Config properties of the domain (registratura.api.issuers, registratura.api.issuer.<name>.iss /
# .groups / .keys), which the running application reads again within a minute: no restart, so a key is rolled
# over while the API serves.
#
#   # an issuer and its first key (or one more key of a known issuer: the new key is added, the others stay)
#   server-config/api-jwt.sh --admin-port 4848 --name hub --issuer https://hub.example.ru --groups booking-hub \
#       --public-key hub-2026-12.pem [--key-id 2026-12]
#   # once the issuer signs with its new key only: the old one is refused from then on
#   server-config/api-jwt.sh --admin-port 4848 --name hub --retire-key 2026-06
#   server-config/api-jwt.sh --admin-port 4848 --name callcentre --remove     # the issuer and all its keys
#   server-config/api-jwt.sh --admin-port 4848 --list
#
# --groups: booking-hub, call-centre, kiosk, comma-separated: a token claiming any other API group is refused (a
# call centre's key cannot make a booking hub). --key-id: the `kid` the issuer puts in its tokens' header (without
# one in a token, each key of its issuer is tried); by default the key's SHA-256 fingerprint's first 16 hex digits.
# --audience sets the `aud` every token must name (registratura.api.audience, default registratura-api).
# A public key is a PEM file (-----BEGIN PUBLIC KEY-----, RSA); it is not secret, but it decides who can book:
# keep the files under change control.
# --target NAME: on a cluster, the deployment group (or instance) whose running instances take the change at once;
# without it (the default, server) only the domain's own server does, and a cluster's instances at their next start.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848
TARGET=server
NAME=
ISSUER=
GROUPS_=
KEY_FILE=
KEY_ID=
RETIRE=
REMOVE=false
LIST=false
AUDIENCE=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --target) TARGET=$2; shift 2 ;;
        --name) NAME=$2; shift 2 ;;
        --issuer) ISSUER=$2; shift 2 ;;
        --groups) GROUPS_=$2; shift 2 ;;
        --public-key) KEY_FILE=$2; shift 2 ;;
        --key-id) KEY_ID=$2; shift 2 ;;
        --retire-key) RETIRE=$2; shift 2 ;;
        --remove) REMOVE=true; shift ;;
        --list) LIST=true; shift ;;
        --audience) AUDIENCE=$2; shift 2 ;;
        --http-port|--application) shift 2 ;;  # accepted for older calls: nothing is restarted any more
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done

# get NAME: the domain's value of a property, empty when it has none.
get() {
    asadmin_at "$ADMIN_PORT" get-config-property --source domain --propertyName "$1" 2>/dev/null \
        | grep -v '^Command get-config-property' | head -1 || true
}
put() {
    asadmin_at "$ADMIN_PORT" set-config-property --source domain --target "$TARGET" --propertyName "$1" --propertyValue "$2" >/dev/null \
        || die "Could not set $1."
}
drop() {
    asadmin_at "$ADMIN_PORT" delete-config-property --source domain --target "$TARGET" --propertyName "$1" >/dev/null 2>&1 || true
}
# has_key LIST ID: whether the issuer's key list has a key of that id (compared as text, not as a pattern).
has_key() { tr ',' '\n' <<<"$1" | awk -F: -v id="$2" '$1 == id {found = 1} END {exit !found}'; }
# Comma lists without one element / with one more.
without() { tr ',' '\n' <<<"$1" | grep -v -x -F -- "$2" | grep -v '^$' | paste -sd, - || true; }
with() { if [[ -z "$1" ]]; then printf '%s' "$2"; else printf '%s,%s' "$1" "$2"; fi; }

if [[ -n "$AUDIENCE" ]]; then
    put registratura.api.audience "$AUDIENCE"
    say "Booking API tokens must name the audience $AUDIENCE"
fi

names=$(get registratura.api.issuers)
if $LIST; then
    [[ -n "$names" ]] || { say "No issuer is registered: the booking API accepts no token."; exit 0; }
    for n in ${names//,/ }; do
        keys=$(get "registratura.api.issuer.$n.keys")
        ids=$(tr ',' '\n' <<<"$keys" | sed 's/:.*//' | paste -sd' ' -)
        printf '%s\t%s\tgroups %s\tkeys %s\n' "$n" "$(get "registratura.api.issuer.$n.iss")" \
            "$(get "registratura.api.issuer.$n.groups")" "$ids"
    done
    exit 0
fi
[[ -n "$AUDIENCE" && -z "$NAME" ]] && exit 0
[[ "$NAME" =~ ^[a-z0-9-]{1,20}$ ]] || die "--name: 1 to 20 of a-z, 0-9 and '-' (the callers' ids begin with it)"
prefix="registratura.api.issuer.$NAME"
keys=$(get "$prefix.keys")

if $REMOVE; then
    rest=$(without "$names" "$NAME")
    if [[ -n "$rest" ]]; then put registratura.api.issuers "$rest"; else drop registratura.api.issuers; fi
    drop "$prefix.iss"; drop "$prefix.groups"; drop "$prefix.keys"
    say "The issuer $NAME is removed: its tokens are refused within a minute"
    exit 0
fi

if [[ -n "$RETIRE" ]]; then
    has_key "$keys" "$RETIRE" || die "The issuer $NAME has no key $RETIRE (see --list)."
    remaining=$(tr ',' '\n' <<<"$keys" | awk -F: -v id="$RETIRE" '$1 != id' | paste -sd, - || true)
    [[ -n "$remaining" ]] || die "$RETIRE is the issuer's only key: add its new key first, or --remove the issuer."
    put "$prefix.keys" "$remaining"
    say "The key $RETIRE of $NAME is retired: tokens signed with it are refused within a minute"
    exit 0
fi

[[ -r "$KEY_FILE" ]] || die "--public-key: no readable PEM file '$KEY_FILE'"
grep -q -- '-----BEGIN PUBLIC KEY-----' "$KEY_FILE" || die "$KEY_FILE is not a PEM public key (-----BEGIN PUBLIC KEY-----)"
key=$(sed -e '/-----/d' "$KEY_FILE" | tr -d ' \r\n')
if [[ -z "$KEY_ID" ]]; then
    KEY_ID=$(base64 -d <<<"$key" | sha256sum | cut -c1-16)
fi
[[ "$KEY_ID" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "--key-id: 1 to 64 of A-Z, a-z, 0-9, '.', '_' and '-'"
if has_key "$keys" "$KEY_ID"; then
    grep -q -F "$KEY_ID:$key" <<<"$keys" || die "The issuer $NAME has another key with the id $KEY_ID."
else
    keys=$(with "$keys" "$KEY_ID:$key")
fi
if [[ -z "$ISSUER" ]]; then
    ISSUER=$(get "$prefix.iss")
    [[ -n "$ISSUER" ]] || die "--issuer is required for a new issuer"
fi
if [[ -z "$GROUPS_" ]]; then
    GROUPS_=$(get "$prefix.groups")
    [[ -n "$GROUPS_" ]] || die "--groups is required for a new issuer (booking-hub, call-centre, kiosk)"
fi
for group in ${GROUPS_//,/ }; do
    [[ "$group" =~ ^(booking-hub|call-centre|kiosk)$ ]] || die "--groups: $group is not booking-hub, call-centre or kiosk"
done
for other in ${names//,/ }; do
    if [[ "$other" != "$NAME" && "$(get "registratura.api.issuer.$other.iss")" == "$ISSUER" ]]; then
        die "The issuer $other has the iss $ISSUER already."
    fi
done

put "$prefix.iss" "$ISSUER"
put "$prefix.groups" "$GROUPS_"
put "$prefix.keys" "$keys"
tr ',' '\n' <<<"$names" | grep -q -x -F -- "$NAME" || put registratura.api.issuers "$(with "$names" "$NAME")"
say "Booking API: the issuer $NAME ($ISSUER, groups $GROUPS_) has the key $KEY_ID; the application takes it within a minute"
