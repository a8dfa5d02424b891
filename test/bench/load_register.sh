#!/usr/bin/env bash
# test/bench/load_register.sh - fill the extension's sltd table with the
# seeded synthetic register of gen_register (see README.md), for "make demo"
# and bench_register.sh.  Sourced; needs PGHOST/PGPORT/PGUSER/PGDATABASE of a
# cluster where travel_docs is created, and build/bench/gen_register.
#
#   td_load_register ROWS SEED [keep|rebuild]
#
# The generator's rows are turned into register rows on the way (awk):
# numbers normalized as docnum_normalize does (upper case, no "-" or space:
# 1% of generated rows come as a national feed may write them), and every
# stolen_blank row whose number ends in 3 digits becomes a reported range of
# 1 to 200 blanks (range_end = the same number with the last 3 digits
# raised, at most to 999).  Progress lines come from awk as it hands rows to
# COPY; the pipe holds only a few hundred rows, so the count is what the
# server has taken.
#
# Indexes: "rebuild" (the default) drops the sltd indexes the extension
# created (except the primary key), loads, and creates them again from their
# own definitions; "keep" loads with them in place.  Both end with the same
# indexes and a VACUUM (ANALYZE).  At 1M rows on the 2-core machine: keep
# 161 s (the fuzzy index takes rows one by one at about 6,000 a second),
# rebuild 16 s (COPY 3.5 s, btree 0.9 s, fuzzy 11.2 s, ranges 0.1 s).

# Seconds since $1 (a date +%s.%N value).
td_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }

td_load_register() {
	local rows=$1 seed=$2 mode=${3:-rebuild} t0 every
	t0=$(date +%s.%N)
	every=$((rows / 10))
	[ "$every" -lt 100000 ] && every=100000
	psql -X -q -v ON_ERROR_STOP=1 -c "TRUNCATE sltd" || return 1
	if [ "$mode" = rebuild ]; then
		psql -X -q -v ON_ERROR_STOP=1 <<'SQL' || return 1
CREATE TABLE IF NOT EXISTS public.demo_sltd_indexes AS
	SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def
	  FROM pg_index WHERE indrelid = 'sltd'::regclass AND NOT indisprimary;
DO $$
DECLARE i record;
BEGIN
	FOR i IN SELECT name FROM public.demo_sltd_indexes LOOP
		EXECUTE format('DROP INDEX %s', i.name);
	END LOOP;
END $$;
SQL
	fi
	echo "== loading $rows register rows (seed $seed, indexes: $mode)"
	./build/bench/gen_register register "$rows" "$seed" |
		awk -F'\t' -v OFS='\t' -v every="$every" -v total="$rows" -v t0="$(date +%s)" '
		{
			n = toupper($2); gsub(/[- ]/, "", n)
			re = "\\N"
			if ($5 == "stolen_blank" && n ~ /[0-9][0-9][0-9]$/) {
				tail = substr(n, length(n) - 2) + 0
				e = tail + 1 + ($1 * 7919) % 200
				if (e > 999) e = 999
				if (e > tail) re = substr(n, 1, length(n) - 3) sprintf("%03d", e)
			}
			print $1, n, re, $3, $4, $5, $6, $7, $8
			if (NR % every == 0)
				printf("   %d of %d rows copied (%d s)\n", NR, total, systime() - t0) > "/dev/stderr"
		}' |
		psql -X -q -v ON_ERROR_STOP=1 -c "COPY sltd (id, document_number, range_end, issuing_state,
			document_type, status, reporting_state, event_date, report_date) FROM STDIN" || return 1
	printf '   COPY done: %.1f s\n' "$(td_since "$t0")"
	if [ "$mode" = rebuild ]; then
		echo "== creating the indexes again"
		psql -X -q -v ON_ERROR_STOP=1 <<'SQL' || return 1
SET maintenance_work_mem = '1GB';
DO $$
DECLARE i record; t timestamptz;
BEGIN
	FOR i IN SELECT name, def FROM public.demo_sltd_indexes LOOP
		t := clock_timestamp();
		EXECUTE i.def;
		RAISE NOTICE '   % built in % s', i.name,
			round(extract(epoch FROM clock_timestamp() - t)::numeric, 1);
	END LOOP;
END $$;
DROP TABLE public.demo_sltd_indexes;
SQL
	fi
	psql -X -q -v ON_ERROR_STOP=1 -c "SELECT setval('sltd_id_seq', (SELECT max(id) FROM sltd))" \
		-c "VACUUM (ANALYZE) sltd" >/dev/null || return 1
	printf '== register loaded and analyzed: %.1f s in all\n' "$(td_since "$t0")"
}
