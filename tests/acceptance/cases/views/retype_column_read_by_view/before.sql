CREATE TABLE events (id integer PRIMARY KEY, kind varchar(20) NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE VIEW recent_events AS SELECT id, kind, at FROM events WHERE at > now() - interval '1 day';
CREATE VIEW recent_kinds AS SELECT kind, count(*) AS n FROM recent_events GROUP BY kind;
CREATE VIEW unrelated AS SELECT at FROM events;
