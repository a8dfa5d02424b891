-- travel_docs 0.1: install script.
-- Sections: MRZ, document numbers and the fuzzy index, names, the register.
\echo Use "CREATE EXTENSION travel_docs" to load this file. \quit

-- ---------------------------------------------------------------------------
-- MRZ (ICAO Doc 9303)
-- ---------------------------------------------------------------------------
