# Shared shell functions of the launcher and the server-config scripts. Source it; do not run it.
# Everything lives under the repository: Payara is unpacked into .payara/ from the local Maven
# repository (Maven fetches it from Maven Central), and the domains are created in .payara/domains.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$REPO_ROOT/pom.xml")
POSTGRESQL_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$REPO_ROOT/pom.xml")
PAYARA_BASE="$REPO_ROOT/.payara"
PAYARA_HOME="$PAYARA_BASE/payara6"
DOMAINS_DIR="$PAYARA_BASE/domains"
ASADMIN="$PAYARA_HOME/bin/asadmin"
EAR="$REPO_ROOT/ear/target/registratura.ear"
EMULATOR_WAR="$REPO_ROOT/esia-emulator/target/esia-emulator.war"
MVN=(mvn -B -ntp)
# asadmin's console library complains without a terminal type (CI has none).
export TERM=${TERM:-dumb}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# Payara 6 runs on Java 17 or 21; asadmin uses AS_JAVA when set, else the java on PATH.
require_java() {
    local major
    major=$(java_major "${AS_JAVA:+$AS_JAVA/bin/}java")
    if [[ "$major" == 17 || "$major" == 21 ]]; then
        return
    fi
    local candidate
    for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*17* /usr/lib/jvm/*21*; do
        if [[ -x "$candidate/bin/java" && $(java_major "$candidate/bin/java") =~ ^(17|21)$ ]]; then
            export AS_JAVA="$candidate" JAVA_HOME="$candidate"
            export PATH="$candidate/bin:$PATH"
            say "Using Java from $candidate"
            return
        fi
    done
    die "Java 17 is needed (found: ${major:-none}). Install it with 'apt-get install openjdk-17-jdk' or set AS_JAVA to a JDK 17."
}

java_major() {
    "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

require_maven() {
    command -v mvn >/dev/null || die "Maven is needed: 'apt-get install maven' (3.8 or later)."
}

# Unpacks Payara from the local Maven repository, downloading it with Maven the first time.
ensure_payara() {
    if [[ -x "$ASADMIN" ]]; then
        return
    fi
    say "Fetching Payara Server $PAYARA_VERSION through Maven"
    "${MVN[@]}" -q dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        -DoutputDirectory="$PAYARA_BASE/download" >&2 || die "Could not fetch Payara $PAYARA_VERSION from Maven Central."
    rm -rf "$PAYARA_HOME"
    unzip -q "$PAYARA_BASE/download/payara-$PAYARA_VERSION.zip" -d "$PAYARA_BASE" || die "Could not unpack Payara."
    rm -rf "$PAYARA_HOME/glassfish/domains/domain1"
    mkdir -p "$DOMAINS_DIR"
}

# The PostgreSQL JDBC driver jar (fetched through Maven), for a domain's lib/ folder.
postgresql_driver() {
    local jar="$PAYARA_BASE/download/postgresql-$POSTGRESQL_VERSION.jar"
    if [[ ! -f "$jar" ]]; then
        "${MVN[@]}" -q dependency:copy -Dartifact="org.postgresql:postgresql:$POSTGRESQL_VERSION" \
            -DoutputDirectory="$PAYARA_BASE/download" >&2 || die "Could not fetch the PostgreSQL driver."
    fi
    echo "$jar"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

domain_exists() {
    [[ -d "$DOMAINS_DIR/$1/config" ]]
}

domain_running() {
    "$ASADMIN" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null | grep -q "^$1 running"
}

# The size of a domain's server.log now, to look for what the server writes after this moment.
log_mark() {
    local log="$DOMAINS_DIR/$1/logs/server.log"
    if [[ -f "$log" ]]; then stat -c %s "$log"; else echo 0; fi
}

# start-domain returns once the admin listener answers; the server then finishes its start ("startup time" in
# the log). Waits for that line: wait_for_startup DOMAIN LOG-MARK. (Applications the domain had when it stopped
# would still be loading in threads of their own after it: see disable_applications_offline.)
wait_for_startup() {
    local log="$DOMAINS_DIR/$1/logs/server.log" mark=$2 started=$SECONDS
    while (( SECONDS - started < 300 )); do
        if [[ -f "$log" ]]; then
            (( $(stat -c %s "$log") < mark )) && mark=0 # the log was rotated
            tail -c +"$((mark + 1))" "$log" | grep -q 'startup time :' && return 0
        fi
        sleep 1
    done
    die "The domain $1 did not finish starting in 300 s; see $log"
}

# Marks the domain's copies of these applications disabled in its domain.xml, with the domain stopped, so that
# the next start does not load them: a deployment made while the server is still loading the old copies at start
# races them (seen: the emulator undeployed under its own loading, EclipseLink's persistence unit prepared twice
# with a "ClassNotFoundException" or a closed EntityManagerFactory). The launcher then undeploys them and deploys
# the new build. disable_applications_offline DOMAIN NAME...
disable_applications_offline() {
    local config="$DOMAINS_DIR/$1/config/domain.xml"
    shift
    [[ -f "$config" ]] || return 0
    NAMES="$*" perl -pi -e '
        BEGIN { %wanted = map { $_ => 1 } split / /, $ENV{NAMES}; }
        s{<application\s([^>]*)>}{
            my $attributes = $1;
            if ($attributes =~ /\bname="([^"]+)"/ && $wanted{$1}) {
                $attributes =~ s/\s*\benabled="[^"]*"//;
                "<application enabled=\"false\" $attributes>";
            } else {
                "<application $attributes>";
            }
        }ge;' "$config"
}

# asadmin against a domain's admin port: asadmin_at PORT command args...
asadmin_at() {
    local port=$1
    shift
    "$ASADMIN" --port "$port" "$@"
}

# Runs a file of asadmin commands (one per line, '#' comments) with ${VAR} placeholders filled in
# from the environment, in one asadmin process.
asadmin_script() {
    local port=$1 file=$2 rendered
    rendered=$(mktemp)
    if ! grep -v -E '^\s*(#|$)' "$file" | envsubst_safe > "$rendered"; then
        rm -f "$rendered"
        die "Could not fill in $file"
    fi
    local output rc=0
    output=$("$ASADMIN" --port "$port" multimode --file "$rendered" 2>&1) || rc=$?
    rm -f "$rendered"
    echo "$output" >&2
    # multimode reports success even when a command in it failed.
    if [[ $rc -ne 0 ]] || grep -q -E '^(Command .* failed|remote failure|Invalid command)' <<<"$output"; then
        return 1
    fi
}

# password_alias PORT NAME VALUE: creates or updates the password alias NAME, so that descriptors can
# say ${ALIAS=NAME} and no password is ever in a file of the repository.
password_alias() {
    local port=$1 name=$2 value=$3 secret
    secret=$(mktemp)
    chmod 600 "$secret"
    # asadmin reads the file as Java properties (ISO-8859-1): backslashes and non-ASCII characters escaped.
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(printf '%s' "$value" \
        | perl -CS -pe 's/\\/\\\\/g; s/([^\x00-\x7f])/sprintf("\\u%04x", ord($1))/ge')" > "$secret"
    if asadmin_at "$port" list-password-aliases 2>/dev/null | grep -qx "$name"; then
        asadmin_at "$port" --passwordfile "$secret" update-password-alias "$name" >&2 || { rm -f "$secret"; return 1; }
    else
        asadmin_at "$port" --passwordfile "$secret" create-password-alias "$name" >&2 || { rm -f "$secret"; return 1; }
    fi
    rm -f "$secret"
}

# Replaces ${NAME} with the value of the environment variable NAME (only names in capitals, so that
# Payara's own ${com.sun.aas.instanceRoot} tokens stay as they are).
envsubst_safe() {
    perl -pe 's/\$\{([A-Z_][A-Z0-9_]*)\}/exists $ENV{$1} ? $ENV{$1} : die "unset variable $1\n"/ge'
}

# Polls the readiness endpoint until the portal is ready; fails with the cause it reports.
wait_until_ready() {
    local http_port=$1 timeout=${2:-240} started=$SECONDS body code
    while (( SECONDS - started < timeout )); do
        code=$(curl -s -o /tmp/registratura-ready.$$ -w '%{http_code}' "http://localhost:$http_port/health/ready" || true)
        body=$(cat /tmp/registratura-ready.$$ 2>/dev/null || true)
        rm -f /tmp/registratura-ready.$$
        if [[ "$code" == 200 ]] && curl -s -o /dev/null -w '%{http_code}' "http://localhost:$http_port/" | grep -q 200; then
            return 0
        fi
        if [[ "$body" == *'"migration":"FAILED"'* ]]; then
            die "The database migration failed: $(sed -n 's/.*"migrationDetail":"\([^"]*\)".*/\1/p' <<<"$body" | sed 's/\\n/\n  /g')"
        fi
        sleep 2
    done
    [[ -n "$body" ]] && echo "$body" >&2
    die "The portal did not become ready in ${timeout}s; see $DOMAINS_DIR/*/logs/server.log"
}
