-- Delivered webhook deliveries older than webhook-retention-days are deleted (their attempts cascade); this index
-- lets the periodic prune find them without reading the pending and failed ones.
CREATE INDEX webhook_deliveries_delivered ON webhook_deliveries (delivered_at) WHERE status = 'delivered';
