CREATE TABLE memberships (org_id integer NOT NULL, user_id integer NOT NULL, role text);
