#!/usr/bin/env bash
# The domain's outgoing mail (appointment reminders): the Jakarta Mail session mail/registratura.
#
#   server-config/mail.sh --admin-port 4848 --host smtp.example.ru --port 25 --from noreply@registratura.example.ru
#
# Also: --target NAME (server, the default, or a deployment group); --starttls (upgrade the connection with STARTTLS; the region's relay should require it on any network
# it does not own). The portal sends to the relay without authentication: point it at the region's internal
# SMTP relay, which accepts mail from the application servers' addresses. A domain without this resource
# runs on and sends no mail (the server log says so once). Takes effect at once; no restart is needed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848 HOST=localhost PORT=25 FROM=noreply@registratura.local STARTTLS=false TARGET=server
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --host) HOST=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --from) FROM=$2; shift 2 ;;
        --starttls) STARTTLS=true; shift ;;
        --target) TARGET=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done

if asadmin_at "$ADMIN_PORT" list-javamail-resources "$TARGET" 2>/dev/null | grep -qx 'mail/registratura'; then
    asadmin_at "$ADMIN_PORT" delete-javamail-resource --target "$TARGET" mail/registratura >&2
fi
# Short timeouts: a reminder run must not hang on an unreachable relay.
asadmin_at "$ADMIN_PORT" create-javamail-resource --target "$TARGET" --mailhost "$HOST" --mailuser registratura --fromaddress "$FROM" \
    --property "mail-smtp-port=$PORT:mail-smtp-connectiontimeout=5000:mail-smtp-timeout=10000:mail-smtp-starttls-enable=$STARTTLS" \
    mail/registratura >&2 || die "Could not create the mail session mail/registratura."
say "mail/registratura sends through $HOST:$PORT as $FROM"
