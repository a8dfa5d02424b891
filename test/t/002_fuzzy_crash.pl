# 002_fuzzy_crash.pl - immediate shutdown while sessions insert into a table
# with a fuzzy index; after crash recovery the index verifies clean and
# answers like a sequential scan.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION travel_docs;
	CREATE TABLE reg (id bigserial, num text);
	INSERT INTO reg (num) SELECT 'C' || lpad((i * 11 % 9000)::text, 7, '0')
		FROM generate_series(1, 3000) i;
	CREATE INDEX reg_fz ON reg USING fuzzy (num);
	CHECKPOINT;
});

# Two sessions inserting in small committed transactions.
my $script = q{
	DO $$
	BEGIN
		FOR i IN 1 .. 100000 LOOP
			INSERT INTO reg (num)
			SELECT 'C' || lpad((g * 17 % 9000)::text, 7, '0')
			FROM generate_series(1, 5) g;
			COMMIT;
		END LOOP;
	END $$;
};
my @sessions;
for my $s (1 .. 2)
{
	my ($in, $out, $err) = ('', '', '');
	my $h = IPC::Run::start(
		[ 'psql', '-X', '-d', $node->connstr('postgres'), '-c', $script ],
		'<', \$in, '>', \$out, '2>', \$err);
	push @sessions, $h;
}
$node->poll_query_until('postgres', 'SELECT count(*) > 8000 FROM reg')
  or die 'inserts did not progress';
$node->stop('immediate');
$_->finish for @sessions;

$node->start;
my $rows = $node->safe_psql('postgres', 'SELECT count(*) FROM reg');
ok($rows > 8000, "rows survived the crash ($rows)");
my $verify = $node->safe_psql('postgres',
	"SELECT string_agg(check_name || '=' || passed, ' ' ORDER BY check_name) FROM fuzzy_index_verify('reg_fz')");
is($verify, 'fences=true heap=true meta=true signatures=true', 'index verifies clean after recovery');

foreach my $probe ('C0001234', 'COOO1234', 'C000085', 'C00O0170', 'Z9')
{
	my $q = "SELECT string_agg(id::text, ',' ORDER BY id) FROM reg WHERE num ~% '$probe'";
	my $idx = $node->safe_psql('postgres', "SET enable_seqscan = off; $q");
	my $seq = $node->safe_psql('postgres',
		"SET enable_indexscan = off; SET enable_bitmapscan = off; $q");
	is($idx, $seq, "index equals seq scan after recovery for $probe");
}

# The index keeps working: new rows are found.
$node->safe_psql('postgres', "INSERT INTO reg (num) VALUES ('NEW12345')");
is($node->safe_psql('postgres',
		"SET enable_seqscan = off; SELECT num FROM reg WHERE num ~% 'NEWI2345'"),
	'NEW12345', 'inserts after recovery are indexed');

$node->stop;
done_testing();
