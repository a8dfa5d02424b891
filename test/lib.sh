# test/lib.sh - shared by run-tests.sh, run-suites.sh and demo.sh: the Debian
# packages the project needs, and a private PostgreSQL cluster on a unix socket.
# Sourced, not run.

PG_MAJOR=${PG_MAJOR:-15}
PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin

# Everything the build, the tests, the fuzzer, the benchmarks and the demo use.
TD_PACKAGES="make gcc pkg-config postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR
 libicu-dev libcmocka-dev libipc-run-perl clang libclang-rt-14-dev util-linux"

# Install whatever of TD_PACKAGES is missing (needs root; otherwise just says).
td_ensure_packages() {
	local missing=()
	for p in $TD_PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "missing Debian packages: ${missing[*]} (run as root to install them)" >&2
		return 1
	fi
	echo "== installing: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Run a command as the cluster owner: "postgres" when we are root.
td_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Start a throwaway cluster in $1 (data dir) with its socket in $2.
# Sets PGHOST, PGPORT, PGUSER, PGDATABASE for the caller.
td_cluster_start() {
	local data=$1 sock=$2
	rm -rf "$data"
	mkdir -p "$sock" "$data"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$sock" "$data" "$(dirname "$data")"
	# the log goes beside the data directory: a fixed name under /tmp could
	# belong to another user from an earlier run
	td_as_owner "$PG_BINDIR/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
		>"$(dirname "$data")/initdb.log" 2>&1 || { cat "$(dirname "$data")/initdb.log"; return 1; }
	export PGPORT=${PGPORT_TD:-$((54000 + RANDOM % 1000))}
	cat >>"$data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$sock'
port = $PGPORT
fsync = off
shared_buffers = 256MB
max_wal_size = 2GB
CONF
	# The server must not inherit any open descriptor beyond 0-2: a caller
	# holding the test lock (flock) would otherwise keep it as long as the
	# server runs.
	(
		for fd in /proc/$BASHPID/fd/*; do
			fd=${fd##*/}
			[ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
		done
		td_as_owner "$PG_BINDIR/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
	) || { cat "$data/server.log"; return 1; }
	export PGHOST=$sock PGUSER=postgres PGDATABASE=postgres
}

# Stop the cluster in $1 if it runs.
td_cluster_stop() {
	[ -f "$1/postmaster.pid" ] && td_as_owner "$PG_BINDIR/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1
	return 0
}
