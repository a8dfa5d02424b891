# pg_dump of a database with the register: the rows of the extension's
# configuration tables (sltd, sltd_reporter, sltd_audit) survive a dump and
# restore into a fresh database, and the border check answers the same.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->start;

$node->safe_psql('postgres', q{
	CREATE DATABASE src;
	CREATE DATABASE dst;
});
$node->safe_psql('src', q{
	CREATE EXTENSION travel_docs;
	INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state, report_date)
	SELECT 'P' || lpad(i::text, 8, '0'), 'UTO', 'P', 'stolen', 'UTO', '2024-01-01'
	  FROM generate_series(1, 500) AS i;
	INSERT INTO sltd (document_number, range_end, issuing_state, document_type, status, reporting_state, report_date)
	VALUES ('X10000000', 'X10000999', 'UTO', 'P', 'stolen_blank', 'UTO', '2024-01-01');
	CREATE ROLE regress_dump_fra;
	SELECT sltd_grant_reporter('regress_dump_fra', 'FRA');
	SET travel_docs.audit = on;
	SELECT * FROM sltd_check_document('P00000042', 'UTO');
});

my $dump = $node->basedir . '/register.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('src') ], 'pg_dump');
$node->command_ok([ 'pg_restore', '-d', $node->connstr('dst'), $dump ], 'pg_restore');

my $fingerprint = q{
	SELECT (SELECT count(*) FROM sltd) || '/' || (SELECT md5(string_agg(document_number || coalesce(range_end, ''), ',' ORDER BY id)) FROM sltd)
	    || '/' || (SELECT string_agg(role_name || '=' || reporting_state, ',') FROM sltd_reporter)
	    || '/' || (SELECT count(*) FROM sltd_audit)
};
my $before = $node->safe_psql('src', $fingerprint);
my $after = $node->safe_psql('dst', $fingerprint);
like($before, qr{^501/[0-9a-f]{32}/regress_dump_fra=FRA/1$}, 'source register as loaded');
is($after, $before, 'restored register equals the source');

my $check = q{SELECT string_agg(verdict || ':' || coalesce(match_kind, '-') || ':' || coalesce(registered_number, '-'), ',')
			   FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'X10000500', 'DOE', 'JOHN', 'UTO', '1980-01-01', 'M', '2030-01-01'), '2025-01-01')};
is($node->safe_psql('dst', $check), 'hit:range:X10000000',
	'border check answers from the restored register (P00000500, two edits away, is beyond the reach of a valid MRZ)');

# The identity sequence continues after the restored rows.
is($node->safe_psql('dst', q{
	INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state)
	VALUES ('P99999999', 'UTO', 'P', 'lost', 'UTO') RETURNING id}), '502', 'new rows get fresh ids');

$node->stop;
done_testing();
