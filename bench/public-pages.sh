#!/usr/bin/env bash
# One visitor on the public pages of a running portal (bench/RESULTS.md): for each page, 500 requests to warm up,
# then N requests in a row over one keep-alive connection (one curl process); prints the median and the 90th
# percentile of curl's time_total, and the Payara process's CPU per request (utime + stime from /proc).
#
#   bench/public-pages.sh [BASE-URL] [N] [DOMAIN]     defaults: http://localhost:8080 2000 registratura
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-2000}
domain=${3:-registratura}
pid=$(ps -eo pid,args | grep "[A]SMain" | grep "/domains/$domain/" | awk '{print $1}' | head -n 1)
[[ -n $pid ]] || { echo "No running Payara domain $domain" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
config=$(mktemp)
trap 'rm -f "$config" "$config.times"' EXIT

ask() { # ask URL COUNT: the times, one per line, sorted
    : > "$config"
    for _ in $(seq 1 "$2"); do printf 'url = "%s"\noutput = /dev/null\n' "$1" >> "$config"; done
    curl -s -K "$config" -w '%{time_total}\n' | sort -n
}

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

for page in / /institutions.xhtml; do
    ask "$base$page" 500 > /dev/null
    before=$(cpu)
    ask "$base$page" "$n" > "$config.times"
    after=$(cpu)
    printf '%-22s n=%d  p50=%.1f ms  p90=%.1f ms  server CPU/request=%.2f ms\n' "$page" "$n" \
        "$(awk -v q=$((n / 2)) 'NR == q {print $1 * 1000}' "$config.times")" \
        "$(awk -v q=$((n * 9 / 10)) 'NR == q {print $1 * 1000}' "$config.times")" \
        "$(echo "($after - $before) * 1000 / $ticks / $n" | bc -l)"
done
