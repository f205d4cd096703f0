-- Functions may come before the tables their bodies mention; bodies are checked at the end
-- (check_function_bodies.sql turns it on for that pass).
SET check_function_bodies = off
