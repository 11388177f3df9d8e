#!/usr/bin/env bash
# The region's first admin of the staff workspace (/staff/login.xhtml). There is no default admin and no
# default password: run this once on a new installation, with the portal deployed and running.
#
#   server-config/create-admin.sh --admin-port 4848 --http-port 8080 --username admin \
#       --full-name "Иванова Мария Петровна"
#
# The password is read from REGISTRATURA_ADMIN_PASSWORD, or asked for twice on the terminal: at least 12
# characters, letters and also digits or signs, without the user name. It travels only through a Payara
# password alias (registratura-first-admin-password): the application is restarted (disable + enable),
# hashes it into the staff table at its start (PBKDF2, FirstAdminBootstrap), and this script then deletes the
# alias and the settings and checks the login. At the admin's first login the workspace asks for the second factor
# (an authenticator app) to be set up before anything else. Nothing is created while an enabled admin exists already;
# further staff accounts are an admin's work in the workspace.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848
HTTP_PORT=8080
USERNAME=
FULL_NAME=
APP=registratura
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --http-port) HTTP_PORT=$2; shift 2 ;;
        --username) USERNAME=$2; shift 2 ;;
        --full-name) FULL_NAME=$2; shift 2 ;;
        --application) APP=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
[[ -n "$USERNAME" ]] || die "--username is required"
[[ "$USERNAME" =~ ^[A-Za-z0-9._-]{3,64}$ ]] || die "The user name: 3 to 64 Latin letters, digits, '.', '_' or '-'."
USERNAME=${USERNAME,,}
[[ -n "$FULL_NAME" ]] || FULL_NAME=$USERNAME

if [[ -z "${REGISTRATURA_ADMIN_PASSWORD+set}" ]]; then
    [[ -t 0 ]] || die "Set REGISTRATURA_ADMIN_PASSWORD or run on a terminal to type the password."
    read -r -s -p "Password of $USERNAME: " REGISTRATURA_ADMIN_PASSWORD
    echo
    read -r -s -p "The same password again: " again
    echo
    [[ "$REGISTRATURA_ADMIN_PASSWORD" == "$again" ]] || die "The passwords differ."
fi
password=$REGISTRATURA_ADMIN_PASSWORD
# The rules of ru.registratura.domain.staff.Passwords, checked here too for a clear message at once.
(( ${#password} >= 12 )) || die "The password must be at least 12 characters long."
[[ "${password,,}" != *"$USERNAME"* ]] || die "The password must not contain the user name."
[[ "$password" =~ [[:alpha:]] && "$password" =~ [^[:alpha:]] ]] || die "The password must have letters and also digits or signs."

cleanup() {
    asadmin_at "$ADMIN_PORT" delete-password-alias registratura-first-admin-password >/dev/null 2>&1 || true
    asadmin_at "$ADMIN_PORT" delete-config-property --source domain --propertyName registratura.staff.first-admin >/dev/null 2>&1 || true
    asadmin_at "$ADMIN_PORT" delete-config-property --source domain --propertyName registratura.staff.first-admin-name >/dev/null 2>&1 || true
}
trap cleanup EXIT

say "Handing the first admin $USERNAME to the application"
password_alias "$ADMIN_PORT" registratura-first-admin-password "$password" || die "Could not store the password alias."
asadmin_at "$ADMIN_PORT" set-config-property --source domain --propertyName registratura.staff.first-admin \
    --propertyValue "$USERNAME" >&2 || die "Could not set registratura.staff.first-admin."
asadmin_at "$ADMIN_PORT" set-config-property --source domain --propertyName registratura.staff.first-admin-name \
    --propertyValue "$FULL_NAME" >&2 || die "Could not set registratura.staff.first-admin-name."

say "Restarting the application $APP (it creates the admin at its start)"
asadmin_at "$ADMIN_PORT" disable "$APP" >&2 || die "Could not disable $APP."
asadmin_at "$ADMIN_PORT" enable "$APP" >&2 || die "Could not enable $APP."
wait_until_ready "$HTTP_PORT" 240
cleanup

say "Checking the login of $USERNAME"
jar=$(mktemp)
# The password reaches curl in a file of this user's only, never on its command line (which any user sees in ps).
secret=$(mktemp)
chmod 600 "$secret"
printf '%s' "$password" > "$secret"
page=$(curl -s -c "$jar" -b "$jar" "http://localhost:$HTTP_PORT/staff/login.xhtml")
state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
action=$(sed -n 's/.*<form id="loginForm"[^>]*action="\([^"]*\)".*/\1/p' <<<"$page" | head -1 | sed 's/&amp;/\&/g')
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "http://localhost:$HTTP_PORT$action" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$USERNAME" \
    --data-urlencode "loginForm:password@$secret" --data-urlencode "loginForm:signIn=x" \
    --data-urlencode "jakarta.faces.ViewState=$state")
rm -f "$jar" "$secret"
if [[ "$location" == */staff/index.xhtml ]]; then
    say "The admin $USERNAME can log in at http://localhost:$HTTP_PORT/staff/login.xhtml (at the first login the workspace asks to set up the second factor: an authenticator app's code)"
else
    die "The admin $USERNAME cannot log in: an admin existed already, the user name is taken, or see the server log (\"First admin\")."
fi
