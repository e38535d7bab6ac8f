-- Multi-line mailbox field values may hold 65,535 characters (the documented limit), more than one PostgreSQL B-tree
-- entry holds (about 2.7 kB): storing a long one failed. The index now holds the first 200 characters of the value;
-- an equality search tests that prefix (indexed) and then the whole value. Written once for both databases: SQLite
-- and PostgreSQL both index the expression and both spell it substr.
DROP INDEX conversation_field_values_text;
CREATE INDEX conversation_field_values_text ON conversation_field_values (field_id, substr(value_lower, 1, 200));
