-- pgbench baseline: pg_trgm similarity search (GIN, threshold 0.3) for the
-- probe's number within its state, best 10 by similarity.
\set id random(:lo, :hi)
SELECT s.id, s.document_number, s.status
  FROM bench_probe AS p
 CROSS JOIN LATERAL (SELECT r.id, r.document_number, r.status
					   FROM sltd AS r
					  WHERE r.document_number % p.number AND r.issuing_state = p.state
					  ORDER BY similarity(r.document_number, p.number) DESC
					  LIMIT 10) AS s
 WHERE p.id = :id;
