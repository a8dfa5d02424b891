-- pgbench baseline: exact look-up of the probe's number and state (already
-- parsed by the client) with the btree on (document_number, issuing_state).
\set id random(:lo, :hi)
SELECT s.id, s.document_number, s.status
  FROM bench_probe AS p
  JOIN sltd AS s ON s.document_number = p.number AND s.issuing_state = p.state
 WHERE p.id = :id;
