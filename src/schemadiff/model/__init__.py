"""The immutable vocabulary both sides of a diff are written in. No I/O here."""

from .constraints import CHECK, EXCLUSION, FOREIGN_KEY, PRIMARY_KEY, UNIQUE, Constraint
from .database import Database, DbObject
from .fingerprint import fingerprint
from .ids import ObjectId
from .indexes import Index
from .namespaces import Extension, Schema
from .sequences import Sequence
from .tables import Column, IdentityOptions, Table
from .types import EnumType
from .routines import Function  # functions and procedures
from .triggers import Trigger
from .grants import PUBLIC, Grant
from .policies import Policy
from .domains import Domain
from .collations import Collation
from .default_privileges import DefaultPrivilege
from .aggregates import Aggregate
from .views import View
from .cron import CronInfo, CronJob, CronPolicy  # pg_cron jobs (issue 3 part C)

__all__ = [
    "CHECK", "EXCLUSION", "FOREIGN_KEY", "PRIMARY_KEY", "UNIQUE",
    "Column", "IdentityOptions", "Constraint", "Database", "DbObject", "EnumType", "Extension", "Index",
    "ObjectId", "Schema", "Sequence", "Table", "fingerprint",
    "Function", "Trigger",
    "Aggregate", "Collation", "DefaultPrivilege", "Domain", "Grant", "PUBLIC", "Policy", "View",
    "CronInfo", "CronJob", "CronPolicy",
]
