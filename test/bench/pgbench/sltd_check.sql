-- pgbench: one border check of a random probe MRZ (ids :lo..:hi of bench_probe).
\set id random(:lo, :hi)
SELECT verdict, match_kind, distance, registered_number, status
  FROM sltd_check((SELECT mrz FROM bench_probe WHERE id = :id), '2026-11-30');
