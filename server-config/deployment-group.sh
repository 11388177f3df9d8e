#!/usr/bin/env bash
# Sets a running domain administration server (DAS) up for a Registratura cluster: a configuration of its own for
# the portal's instances (the settings of domain.asadmin, HTTP sessions replicated through the domain's data grid),
# a deployment group, and its instances on the given nodes. Used by ./registratura cluster on one machine, and by an
# admin on real hosts (README, "Operation: a cluster").
#
#   server-config/deployment-group.sh --admin-port 4848 --group registratura \
#       --instance node1@host1-node:28000 --instance node2@host2-node:28000
#
# --instance NAME@NODE:PORTBASE: an instance NAME on the node NODE (made beforehand: a config node with
# create-node-config, or an SSH node with create-node-ssh), its ports from PORTBASE (HTTP PORTBASE+80, admin +48,
# data grid +59...). --config NAME: the configuration's name (default: the group's name + "-config").
# The portal's settings come from the environment as for a single domain (REGISTRATURA_REGION_ZONE, REGISTRATURA_HEAP,
# ...; see domain.asadmin). Afterwards: the database and mail resources with --target GROUP
# (postgresql-database.sh, mail.sh), the EAR deployed with --target GROUP --availabilityenabled=true, and
# asadmin start-deployment-group GROUP.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADMIN_PORT=4848 GROUP=registratura CONFIG=
INSTANCES=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --group) GROUP=$2; shift 2 ;;
        --config) CONFIG=$2; shift 2 ;;
        --instance) INSTANCES+=("$2"); shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
CONFIG=${CONFIG:-$GROUP-config}
[[ ${#INSTANCES[@]} -gt 0 ]] || die "Name at least one --instance NAME@NODE:PORTBASE."

if ! asadmin_at "$ADMIN_PORT" list-configs 2>/dev/null | grep -qx "$CONFIG"; then
    asadmin_at "$ADMIN_PORT" copy-config default-config "$CONFIG" >&2 || die "Could not create the configuration $CONFIG."
fi
REGISTRATURA_CONFIG=$CONFIG asadmin_script "$ADMIN_PORT" "$(dirname "$0")/domain.asadmin" \
    || die "Could not apply the portal's settings to $CONFIG."
# Sessions in the data grid: after every request that changed a session (web-method, modified-session), its
# attributes are written to the grid, so that the other instances read it when the load balancer sends them a
# patient whose instance died. The web module is <distributable/>; deploy with --availabilityenabled=true.
asadmin_at "$ADMIN_PORT" set \
    "configs.config.$CONFIG.availability-service.web-container-availability.availability-enabled=true" \
    "configs.config.$CONFIG.availability-service.web-container-availability.persistence-type=hazelcast" \
    "configs.config.$CONFIG.availability-service.web-container-availability.persistence-frequency=web-method" \
    "configs.config.$CONFIG.availability-service.web-container-availability.persistence-scope=modified-session" \
    >&2 || die "Could not turn session replication on in $CONFIG."
# The EJB timer service keeps its (persistent) timers in the data grid, not in an embedded database file of each
# instance (which an instance does not have: "EJB Timer Service is not available"). The portal's own timers are not
# persistent; which instance runs a job is decided by a lease in the portal's database (JobLeases).
asadmin_at "$ADMIN_PORT" set "configs.config.$CONFIG.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >&2 \
    || die "Could not point $CONFIG's timer service at the data grid."

if ! asadmin_at "$ADMIN_PORT" list-deployment-groups 2>/dev/null | grep -q "^$GROUP\b"; then
    asadmin_at "$ADMIN_PORT" create-deployment-group "$GROUP" >&2 || die "Could not create the deployment group $GROUP."
fi
existing=$(asadmin_at "$ADMIN_PORT" list-instances 2>/dev/null | awk '{print $1}')
for spec in "${INSTANCES[@]}"; do
    [[ $spec =~ ^([A-Za-z0-9_.-]+)@([A-Za-z0-9_.-]+):([0-9]+)$ ]] || die "--instance $spec: expected NAME@NODE:PORTBASE"
    name=${BASH_REMATCH[1]} node=${BASH_REMATCH[2]} portbase=${BASH_REMATCH[3]}
    if ! grep -qx "$name" <<<"$existing"; then
        asadmin_at "$ADMIN_PORT" create-instance --node "$node" --config "$CONFIG" --portbase "$portbase" "$name" >&2 \
            || die "Could not create the instance $name on $node."
    fi
    asadmin_at "$ADMIN_PORT" add-instance-to-deployment-group --instance "$name" --deploymentgroup "$GROUP" >/dev/null 2>&1 || true
    say "Instance $name on $node: HTTP port $((portbase + 80))"
done
