#!/usr/bin/env bash
# Configures the portal's ESIA (Госуслуги) login on a running domain. For production and for the
# emulator alike (server-config/esia-emulator.sh calls it). Settings go into the domain's MicroProfile
# Config; the client keystore's password into the password alias registratura-esia-keystore-password,
# taken from REGISTRATURA_ESIA_KEYSTORE_PASSWORD or typed on the terminal. Redeploy or restart afterwards.
#
#   server-config/esia.sh --admin-port 4848 \
#       --base-url https://esia.gosuslugi.ru --issuer http://esia.gosuslugi.ru/ \
#       --client-id REGISTRATURA --portal-url https://registratura.example.ru \
#       --certificate /etc/registratura/esia-prod.cer --token-algorithm GOST3410_2012_256 \
#       --keystore /etc/registratura/registratura-gost.p12 [--key-alias NAME]
#
# Optional: --signature-format RAW|CMS, --secret-encoding BASE64URL|BASE64URL_PADDED|BASE64,
# --certificate-hash GOST3411_2012_256|SHA256, --scope "openid fullname ...",
# --allow-standard-accounts true|false, --session-max-age PT1H, --read-timeout PT10S,
# --connect-timeout PT5S, --clock-skew PT1M, --gost-signature-reversed true|false.
# The README's section "ESIA" explains each.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

ADMIN_PORT=4848
declare -A SETTINGS=()
while [[ $# -gt 0 ]]; do
    option=$1
    [[ $# -ge 2 ]] || usage
    case "$option" in
        --admin-port) ADMIN_PORT=$2 ;;
        --base-url) SETTINGS[registratura.esia.base-url]=$2 ;;
        --issuer) SETTINGS[registratura.esia.issuer]=$2 ;;
        --client-id) SETTINGS[registratura.esia.client-id]=$2 ;;
        --portal-url) SETTINGS[registratura.esia.portal-url]=$2 ;;
        --certificate) SETTINGS[registratura.esia.certificate]=$2 ;;
        --token-algorithm) SETTINGS[registratura.esia.token-algorithm]=$2 ;;
        --keystore) SETTINGS[registratura.esia.keystore]=$2 ;;
        --key-alias) SETTINGS[registratura.esia.key-alias]=$2 ;;
        --signature-format) SETTINGS[registratura.esia.signature-format]=$2 ;;
        --secret-encoding) SETTINGS[registratura.esia.secret-encoding]=$2 ;;
        --certificate-hash) SETTINGS[registratura.esia.certificate-hash]=$2 ;;
        --scope) SETTINGS[registratura.esia.scope]=$2 ;;
        --allow-standard-accounts) SETTINGS[registratura.esia.allow-standard-accounts]=$2 ;;
        --session-max-age) SETTINGS[registratura.session.max-age]=$2 ;;
        --read-timeout) SETTINGS[registratura.esia.read-timeout]=$2 ;;
        --connect-timeout) SETTINGS[registratura.esia.connect-timeout]=$2 ;;
        --clock-skew) SETTINGS[registratura.esia.clock-skew]=$2 ;;
        --gost-signature-reversed) SETTINGS[registratura.esia.gost-signature-reversed]=$2 ;;
        *) usage ;;
    esac
    shift 2
done

for required in registratura.esia.base-url registratura.esia.portal-url registratura.esia.certificate registratura.esia.keystore; do
    [[ -n "${SETTINGS[$required]:-}" ]] || die "Missing the setting $required (see --help)."
done
[[ -r "${SETTINGS[registratura.esia.certificate]}" ]] || die "Cannot read ESIA's certificate ${SETTINGS[registratura.esia.certificate]}."
[[ -r "${SETTINGS[registratura.esia.keystore]}" ]] || die "Cannot read the client keystore ${SETTINGS[registratura.esia.keystore]}."

if [[ -z "${REGISTRATURA_ESIA_KEYSTORE_PASSWORD:-}" ]]; then
    [[ -t 0 ]] || die "Set REGISTRATURA_ESIA_KEYSTORE_PASSWORD or run this on a terminal to type the keystore's password."
    read -r -s -p "Password of the keystore ${SETTINGS[registratura.esia.keystore]}: " REGISTRATURA_ESIA_KEYSTORE_PASSWORD
    echo
fi
password_alias "$ADMIN_PORT" registratura-esia-keystore-password "$REGISTRATURA_ESIA_KEYSTORE_PASSWORD" \
    || die "Could not store the keystore password alias."

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
for name in "${!SETTINGS[@]}"; do
    printf 'set-config-property --source=domain --propertyName=%s --propertyValue="%s"\n' "$name" "${SETTINGS[$name]}" >> "$commands"
done
asadmin_script "$ADMIN_PORT" "$commands" || die "Could not store the ESIA settings."
say "ESIA login configured (${SETTINGS[registratura.esia.base-url]}); redeploy the portal or restart the domain to apply it."
