-- The desk view (/desk) filters by these columns and pages newest first by (created_at, id).
CREATE INDEX reports_newest ON reports (created_at DESC, id DESC);
CREATE INDEX reports_verdict ON reports (verdict, created_at);
CREATE INDEX reports_provider ON reports (provider, created_at);
CREATE INDEX reports_host ON reports (host, created_at);
CREATE INDEX reports_ticket ON reports (ticket, created_at);
CREATE INDEX reports_vantage ON reports (vantage, created_at);
