#!/usr/bin/env bash
# Points a Registratura domain at PostgreSQL: the JDBC driver in the domain's lib/, the password as a
# Payara password alias, the pool RegistraturaPool and the resource jdbc/registratura.
#
#   server-config/postgresql-database.sh --admin-port 4848 --host db.example --port 5432 \
#       --database registratura --user registratura
#
# Also: --pool-max N (connections at most, default 64); --domain-lib DIR (a new, stopped domain's lib/
# folder: the driver is copied there instead of asadmin add-library); --target NAME (where the resource is:
# server, the default, or a deployment group; see server-config/deployment-group.sh).
#
# The password is read from the environment variable REGISTRATURA_DB_PASSWORD, or asked for on the
# terminal; it is stored only in the domain's password alias store. Restart the domain afterwards.
# The database must exist and the user must own it (Flyway creates the schema at deployment).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848
export REGISTRATURA_DB_HOST=127.0.0.1 REGISTRATURA_DB_PORT=5432 REGISTRATURA_DB_NAME=registratura
export REGISTRATURA_DB_USER=registratura REGISTRATURA_DB_POOL_MIN=8 REGISTRATURA_DB_POOL_MAX=64
export REGISTRATURA_TARGET=server
DOMAIN_LIB=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --host) REGISTRATURA_DB_HOST=$2; shift 2 ;;
        --port) REGISTRATURA_DB_PORT=$2; shift 2 ;;
        --database) REGISTRATURA_DB_NAME=$2; shift 2 ;;
        --user) REGISTRATURA_DB_USER=$2; shift 2 ;;
        --pool-max) REGISTRATURA_DB_POOL_MAX=$2; shift 2 ;;
        --domain-lib) DOMAIN_LIB=$2; shift 2 ;;
        --target) REGISTRATURA_TARGET=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done

if [[ -z "${REGISTRATURA_DB_PASSWORD+set}" ]]; then
    [[ -t 0 ]] || die "Set REGISTRATURA_DB_PASSWORD or run on a terminal to type the password."
    read -r -s -p "Password of PostgreSQL user $REGISTRATURA_DB_USER: " REGISTRATURA_DB_PASSWORD
    echo
fi

# The driver: into the domain's lib/ when that folder is given (a new domain, before its first start),
# else through asadmin add-library (a restart makes it visible).
driver=$(postgresql_driver)
if [[ -n "$DOMAIN_LIB" ]]; then
    cp "$driver" "$DOMAIN_LIB/"
elif ! asadmin_at "$ADMIN_PORT" list-libraries 2>/dev/null | grep -q "$(basename "$driver")"; then
    asadmin_at "$ADMIN_PORT" add-library "$driver" >&2
fi

password_alias "$ADMIN_PORT" registratura-db-password "$REGISTRATURA_DB_PASSWORD" || die "Could not store the password alias."

if asadmin_at "$ADMIN_PORT" list-jdbc-resources "$REGISTRATURA_TARGET" 2>/dev/null | grep -qx 'jdbc/registratura'; then
    asadmin_at "$ADMIN_PORT" delete-jdbc-resource --target "$REGISTRATURA_TARGET" jdbc/registratura >&2
fi
if asadmin_at "$ADMIN_PORT" list-jdbc-connection-pools 2>/dev/null | grep -qx 'RegistraturaPool'; then
    asadmin_at "$ADMIN_PORT" delete-jdbc-connection-pool RegistraturaPool >&2
fi
asadmin_script "$ADMIN_PORT" "$(dirname "$0")/postgresql-database.asadmin"
say "jdbc/registratura now points at PostgreSQL $REGISTRATURA_DB_HOST:$REGISTRATURA_DB_PORT/$REGISTRATURA_DB_NAME; restart the domain."
