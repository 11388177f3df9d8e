#!/usr/bin/env bash
# Development and tests only: sets a running domain up for the ESIA emulator (esia-emulator/), which
# ./registratura run and ./registratura test deploy beside the portal. Never use it in production.
#
#   server-config/esia-emulator.sh --admin-port 4848 --http-port 8080 --domain-dir .payara/domains/registratura
#
# It makes two RSA keys with keytool in <domain-dir>/config/esia/: the emulator's own (it signs the
# tokens; the portal trusts its certificate) and the portal's client key (it signs client_secret; the
# emulator has its certificate registered for the client REGISTRATURA). Their passwords are random and
# go into password aliases. Then it configures the emulator and, through server-config/esia.sh, the portal.
# --portal-url URL: the portal's address as browsers reach it, when it is not this domain's HTTP port (a cluster's
# load balancer; the emulator itself is then at the domain's HTTP port). --load-persons N adds the benchmark's N
# virtual patients (load-0001@bench.test, …) to the test persons.
# Further arguments (e.g. --session-max-age PT1M) are passed on to esia.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848
HTTP_PORT=8080
DOMAIN_DIR=
PORTAL_URL=
LOAD_PERSONS=0
EXTRA=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --http-port) HTTP_PORT=$2; shift 2 ;;
        --domain-dir) DOMAIN_DIR=$2; shift 2 ;;
        --portal-url) PORTAL_URL=$2; shift 2 ;;
        --load-persons) LOAD_PERSONS=$2; shift 2 ;;
        *) EXTRA+=("$1" "$2"); shift 2 ;;
    esac
done
[[ -d "$DOMAIN_DIR/config" ]] || die "--domain-dir must name the domain's folder (found no config/ in '$DOMAIN_DIR')."
command -v keytool >/dev/null || die "keytool (part of the JDK) is needed."

KEYS="$(cd "$DOMAIN_DIR" && pwd)/config/esia"
EMULATOR_URL="http://localhost:$HTTP_PORT/esia-emulator"
PORTAL_URL=${PORTAL_URL:-http://localhost:$HTTP_PORT}
mkdir -p "$KEYS"
chmod 700 "$KEYS"

random_password() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }

# new_key FILE ALIAS NAME PASSWORD: an RSA key with a self-signed certificate, and the certificate as PEM. The
# password goes to keytool through its environment, never on a command line (which any user sees in ps).
new_key() {
    rm -f "$KEYS/$1.p12" "$KEYS/$1.pem"
    KEYSTORE_PASSWORD=$4 keytool -genkeypair -alias "$2" -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 3650 \
        -dname "CN=$3, O=Registratura development" -keystore "$KEYS/$1.p12" -storetype PKCS12 \
        -storepass:env KEYSTORE_PASSWORD -keypass:env KEYSTORE_PASSWORD >/dev/null 2>&1 \
        || die "keytool could not create $1.p12"
    KEYSTORE_PASSWORD=$4 keytool -exportcert -rfc -alias "$2" -keystore "$KEYS/$1.p12" \
        -storepass:env KEYSTORE_PASSWORD -file "$KEYS/$1.pem" >/dev/null 2>&1 || die "keytool could not export $1.pem"
}

say "Keys for the ESIA emulator and the portal's client in $KEYS"
emulator_password=$(random_password)
# The test command chooses the client key's password itself, so that its protocol tests can sign requests.
client_password=${ESIA_CLIENT_KEYSTORE_PASSWORD:-$(random_password)}
new_key esia-emulator esia "ESIA emulator" "$emulator_password"
new_key registratura-client registratura "REGISTRATURA" "$client_password"
cat > "$KEYS/clients.properties" <<PROPERTIES
# Information systems registered with the ESIA emulator (written by server-config/esia-emulator.sh).
REGISTRATURA.certificate=registratura-client.pem
REGISTRATURA.redirect-uris=$PORTAL_URL/auth/esia/callback
REGISTRATURA.logout-urls=$PORTAL_URL/
PROPERTIES

password_alias "$ADMIN_PORT" esia-emulator-keystore-password "$emulator_password" || die "Could not store the emulator's password alias."
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cat > "$commands" <<COMMANDS
set-config-property --source=domain --propertyName=esia.emulator.base-url --propertyValue="$EMULATOR_URL"
set-config-property --source=domain --propertyName=esia.emulator.keystore --propertyValue="$KEYS/esia-emulator.p12"
set-config-property --source=domain --propertyName=esia.emulator.key-alias --propertyValue=esia
set-config-property --source=domain --propertyName=esia.emulator.clients --propertyValue="$KEYS/clients.properties"
set-config-property --source=domain --propertyName=esia.emulator.load-persons --propertyValue=$LOAD_PERSONS
COMMANDS
asadmin_script "$ADMIN_PORT" "$commands" || die "Could not configure the emulator."

REGISTRATURA_ESIA_KEYSTORE_PASSWORD=$client_password "$(dirname "$0")/esia.sh" --admin-port "$ADMIN_PORT" \
    --base-url "$EMULATOR_URL" --issuer "$EMULATOR_URL/" --client-id REGISTRATURA --portal-url "$PORTAL_URL" \
    --certificate "$KEYS/esia-emulator.pem" --token-algorithm RS256 \
    --keystore "$KEYS/registratura-client.p12" --key-alias registratura "${EXTRA[@]}"
