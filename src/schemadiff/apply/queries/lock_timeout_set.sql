SELECT set_config('lock_timeout', %s, false)
