-- Document numbers: normalisation, OCR-weighted distance, ~% and <~>.
SELECT docnum_normalize('ab-12 3/4.5<x') AS n1,
       docnum_normalize('') AS empty,
       docnum_normalize(' - / . < ') AS only_separators,
       docnum_normalize('çé-x1') AS non_ascii,
       docnum_normalize(NULL) AS null_in;

-- distances: equal after normalisation, OCR pairs, transpositions, drops
SELECT a, b, docnum_distance(a, b) AS d, a <~> b AS op
FROM (VALUES
  ('AB123456', 'ab-123-456'),
  ('AB123456', 'A8123456'),      -- B/8 OCR
  ('C0L123', 'COL123'),          -- 0/O OCR
  ('C0L123', 'COI123'),          -- two OCR confusions
  ('X25G1', 'XZ561'),            -- 2/Z, G/6: one OCR each
  ('AB123456', 'AB124356'),      -- swap of adjacent characters
  ('AB123456', 'AB12456'),       -- dropped character
  ('AB123456', 'AB1234567'),     -- added character
  ('AB123456', 'AX123456'),      -- plain substitution
  ('AB123456', 'XB12345'),       -- substitution and drop
  ('CA', 'ABC'),                 -- restricted Damerau: 3, not 2
  ('', ''),
  ('', 'ABC'),
  ('é1', 'E1'),                  -- non-ASCII is one character
  ('ÄÖÜ', 'äöü'),                -- only ASCII is upper-cased
  ('X12345678', 'Y87654321')
) AS t(a, b);

-- symmetric, and NULL in gives NULL out
SELECT docnum_distance('L0O8', '10D') = docnum_distance('10D', 'L0O8') AS symmetric,
       docnum_distance(NULL, 'A') IS NULL AS null_left,
       'A' <~> NULL IS NULL AS null_op,
       (NULL::text ~% 'A') IS NULL AS null_match;

-- very long strings
SELECT docnum_distance(repeat('AB12', 5000), repeat('AB12', 5000)) AS same_long,
       docnum_distance(repeat('AB12', 5000), repeat('AB12', 4999) || 'AB1') AS long_drop,
       docnum_distance(repeat('A', 3000), repeat('B', 3000)) AS long_apart,
       docnum_distance(repeat('A', 100000), 'A') AS long_short,
       repeat('X', 50000) ~% repeat('X', 49999) AS long_match,
       length(docnum_normalize(repeat('a-', 100000))) AS long_norm;

-- ~% follows travel_docs.docnum_max_distance
SHOW travel_docs.docnum_max_distance;
SELECT 'AB123456' ~% 'AB124356' AS swap, 'AB123456' ~% 'XX123456' AS two,
       'AB123456' ~% 'XXX23456' AS three;
SET travel_docs.docnum_max_distance = 1;
SELECT 'AB123456' ~% 'AB124356' AS swap, 'AB123456' ~% 'XX123456' AS two,
       'AB123456' ~% 'A8I23456' AS two_ocr;
SET travel_docs.docnum_max_distance = 0.5;
SELECT 'AB123456' ~% 'A8123456' AS one_ocr, 'AB123456' ~% 'AB12345' AS drop1;
SET travel_docs.docnum_max_distance = 0;
SELECT 'ab 123' ~% 'AB-123' AS normalised_equal, 'AB123' ~% 'A8123' AS ocr;
SET travel_docs.docnum_max_distance = 3;
SET travel_docs.docnum_max_distance = -1;
RESET travel_docs.docnum_max_distance;

-- operators are commutative and usable in both directions
SELECT oprname, oprcom::regoperator FROM pg_operator
WHERE oprname IN ('~%', '<~>') ORDER BY 1;
