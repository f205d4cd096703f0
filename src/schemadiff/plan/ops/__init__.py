"""Typed operations: what a plan is made of. Render maps each class to SQL."""

from .base import (
    CHECK_SCAN, DELETES_DATA, INDEX_BUILD, IRREVERSIBLE, LOCKS_TABLE, TABLE_REWRITE, Hazard, Lock, LockMode, Op,
    Phase,
)
from .comments import SetComment
from .collations import CreateCollation, DropCollation
from .default_privileges import (
    GrantDefaultPrivileges, RestoreBuiltinDefaultPrivileges, RevokeBuiltinDefaultPrivileges,
    RevokeGrantedDefaultPrivileges,
)
from .aggregates import CreateAggregate, DropAggregate
from .constraints import (
    AddConstraint, AddConstraintUsingIndex, DropConstraint, RenameConstraint, ValidateConstraint,
)
from .indexes import CreateIndex, DropIndex, RenameIndex, SetIndexParameters
from .partitions import (
    AttachIndex, AttachPartition, AttachPartitionUsingCheck, CreateIndexOnOnly, DetachPartition,
    DetachPartitionConcurrently, DropPartitionCheck,
)
from .namespaces import CreateExtension, CreateSchema, DropExtension, DropSchema, SetExtensionSchema
from .sequences import AlterSequence, CreateSequence, DropSequence, SetSequenceLogged, SetSequenceOwner
from .tables import (
    AddColumn, AlterColumnType, AnalyzeTable, CreateTable, DropColumn, DropTable, RenameColumn,
    RenameTable, SetColumnCollation, SetColumnDefault, SetColumnIdentity, SetColumnNotNull,
    SetLogged, SetColumnCompression, SetColumnOptions, SetColumnStatistics, SetColumnStorage,
    SetNotNullUsingCheck, SetStorageParameters,
    SetReplicaIdentity, SetIdentityOptions, AddIdentityAfterNotNull, Inherit, NoInherit,
)
from .types import AddEnumValue, CreateEnum, DropEnum, RecreateEnum, RenameEnumValue
from .data_steps import RunDataStep, UndoDataStep  # `data:` steps, run once
from .cron import UNSCHEDULES_JOB, AlterCronJob, ScheduleCronJob, UnscheduleCronJob  # pg_cron jobs
# views, security, domains (issue 3 part B)
from .base import SECURITY
from .domains import (
    AddDomainCheck, CreateDomain, DropDomain, DropDomainCheck, SetDomainDefault, SetDomainNotNull,
    ValidateDomainCheck,
)
from .security import (
    AlterPolicy, CreatePolicy, DropPolicy, GrantPrivileges, RestoreDefaultPrivileges,
    RevokeDefaultPrivileges, RevokePrivileges, SetRowLevelSecurity,
)
from .views import CreateView, DropView, RefreshMatview, ReplaceView, SetMatviewStorageParameters
from .routines import (  # functions, procedures, triggers
    AlterFunction, CreateFunction, CreateTrigger, DropFunction, DropTrigger, ReleaseColumnDefault, ReplaceFunction,
    RestoreColumnDefault,
)

__all__ = [name for name in dir() if not name.startswith("_")]
