"""Execute plans safely: lock, guard against drift, run, verify, record."""

from .executor import Timeouts, run_batches
from .locking import migration_lock
from .proof import prove

__all__ = ["Timeouts", "migration_lock", "prove", "run_batches"]
