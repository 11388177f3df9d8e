#!/usr/bin/env bash
# Configures who may call the booking API (/api/v1): the issuer (iss) and audience (aud) its JWTs must carry and
# the public key that verifies their signature (RS256), as MicroProfile Config properties of the domain
# (mp.jwt.verify.issuer, mp.jwt.verify.audiences, mp.jwt.verify.publickey), then restarts the application,
# which reads them at its start.
#
#   server-config/api-jwt.sh --admin-port 4848 --http-port 8080 --issuer https://hub.example.ru \
#       --audience registratura-api --public-key /path/to/issuer-public.pem
#
# The public key is a PEM file (-----BEGIN PUBLIC KEY-----) of the issuer (the region's identity provider or
# the federal hub's); it is not secret, but it decides who can book: keep the file under change control.
# Also: --application NAME (default registratura).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848
HTTP_PORT=8080
ISSUER=
AUDIENCE=registratura-api
KEY_FILE=
APP=registratura
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --http-port) HTTP_PORT=$2; shift 2 ;;
        --issuer) ISSUER=$2; shift 2 ;;
        --audience) AUDIENCE=$2; shift 2 ;;
        --public-key) KEY_FILE=$2; shift 2 ;;
        --application) APP=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
[[ -n "$ISSUER" ]] || die "--issuer is required"
[[ -r "$KEY_FILE" ]] || die "--public-key: no readable PEM file '$KEY_FILE'"
grep -q -- '-----BEGIN PUBLIC KEY-----' "$KEY_FILE" || die "$KEY_FILE is not a PEM public key (-----BEGIN PUBLIC KEY-----)"
key=$(sed -e '/-----/d' "$KEY_FILE" | tr -d ' \r\n')

say "Booking API tokens: issuer $ISSUER, audience $AUDIENCE, key from $KEY_FILE"
for pair in "mp.jwt.verify.issuer=$ISSUER" "mp.jwt.verify.audiences=$AUDIENCE" "mp.jwt.verify.publickey=$key"; do
    asadmin_at "$ADMIN_PORT" set-config-property --source domain --propertyName "${pair%%=*}" \
        --propertyValue "${pair#*=}" >&2 || die "Could not set ${pair%%=*}."
done

say "Restarting the application $APP (it reads the settings at its start)"
asadmin_at "$ADMIN_PORT" disable "$APP" >&2 || die "Could not disable $APP."
asadmin_at "$ADMIN_PORT" enable "$APP" >&2 || die "Could not enable $APP."
wait_until_ready "$HTTP_PORT" 240
say "The booking API at http://localhost:$HTTP_PORT/api/v1 accepts tokens of $ISSUER for $AUDIENCE"
