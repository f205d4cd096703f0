-- The build creates functions with it off (routines.py says why); the second pass turns it on.
SET check_function_bodies = on
