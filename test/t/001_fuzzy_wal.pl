# 001_fuzzy_wal.pl - a fuzzy index on a primary and a streaming hot standby:
# after the build and after rounds of inserts, deletes and VACUUM, both give
# the same answers, equal to a sequential scan.  The primary runs with
# wal_consistency_checking = 'generic', so the standby compares every
# replayed page with a full image and stops on any difference.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 1);
$primary->append_conf('postgresql.conf', "wal_consistency_checking = 'generic'\n");
$primary->start;
$primary->safe_psql('postgres', q{
	CREATE EXTENSION travel_docs;
	CREATE TABLE reg (id int, num text, st text);
	INSERT INTO reg SELECT i, 'P' || lpad((i * 7 % 5000)::text, 6, '0'),
		(ARRAY['FRA', 'DEU', 'ITA'])[1 + i % 3] FROM generate_series(1, 5000) i;
	CREATE INDEX reg_fz ON reg USING fuzzy (num, st);
});

# A replication slot keeps the WAL a slow standby still needs (the
# consistency checks make a lot of it; without a slot a loaded machine
# let the primary recycle a segment before the standby had it).
$primary->safe_psql('postgres',
	"SELECT pg_create_physical_replication_slot('fz_standby')");
$primary->backup('bk');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'bk', has_streaming => 1);
$standby->append_conf('postgresql.conf', "primary_slot_name = 'fz_standby'\n");
$standby->start;

my @queries = (
	"SELECT string_agg(id::text, ',' ORDER BY id) FROM reg WHERE num ~% 'P001234'",
	"SELECT string_agg(id::text, ',' ORDER BY id) FROM reg WHERE num ~% 'PO0I234'",
	"SELECT string_agg(id::text, ',' ORDER BY id) FROM reg WHERE num = 'P000777'",
	"SELECT string_agg(id::text, ',' ORDER BY id) FROM reg WHERE num ~% 'P00250' AND st = 'FRA'",
	"SELECT string_agg(d::text, ',') FROM (SELECT num <~> 'P004321' AS d FROM reg ORDER BY num <~> 'P004321' LIMIT 20) s",
	"SELECT count(*) FROM reg WHERE num ~% 'Q9'");

# Answer of a query with the index forced or forbidden.
sub answer
{
	my ($node, $query, $use_index) = @_;
	my $set = $use_index
	  ? 'SET enable_seqscan = off;'
	  : 'SET enable_indexscan = off; SET enable_bitmapscan = off;';
	return $node->safe_psql('postgres', "$set $query");
}

# Compare primary (index), standby (index) and primary (seq scan).
sub check_all
{
	my ($step) = @_;
	$primary->wait_for_catchup($standby);
	foreach my $q (@queries)
	{
		my $p = answer($primary, $q, 1);
		is(answer($standby, $q, 1), $p, "$step: standby equals primary: $q");
		is(answer($primary, $q, 0), $p, "$step: index equals seq scan: $q");
	}
	my $plan = $standby->safe_psql('postgres',
		"SET enable_seqscan = off; EXPLAIN (COSTS OFF) $queries[0]");
	like($plan, qr/Index Scan (using|on) reg_fz/, "$step: standby uses the index");
}

check_all('build');
for my $round (1 .. 4)
{
	$primary->safe_psql('postgres', qq{
		DELETE FROM reg WHERE id % 4 = $round % 4;
		VACUUM reg;
		INSERT INTO reg SELECT 10000 * $round + i,
			'P' || lpad((i * 13 % 5000)::text, 6, '0'), 'FRA'
		FROM generate_series(1, 1500) i;
	});
	check_all("round $round");
}

my $verify = $primary->safe_psql('postgres',
	"SELECT string_agg(check_name || '=' || passed, ' ' ORDER BY check_name) FROM fuzzy_index_verify('reg_fz')");
is($verify, 'fences=true heap=true meta=true signatures=true', 'index verifies clean on the primary');
ok($standby->safe_psql('postgres', 'SELECT pg_is_in_recovery()') eq 't',
	'standby replayed everything with consistency checks');

$standby->stop;
$primary->stop;
done_testing();
