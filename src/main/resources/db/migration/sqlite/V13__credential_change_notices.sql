-- The PostgreSQL folder's V13 notifies every node when credentials or access tokens change, so that nodes may cache
-- them. SQLite has no way to tell this process of another process's writes, so nothing is cached on it and every
-- request reads its credential (a local read, no round trip); this version only keeps the two folders in step.
SELECT 1;
