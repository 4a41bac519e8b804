-- pg_trgm backs the free-text search over case descriptions (on PGlite it is loaded as an extension module).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
