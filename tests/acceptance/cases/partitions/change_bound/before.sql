CREATE TABLE events (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    kind text NOT NULL DEFAULT 'click',
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
