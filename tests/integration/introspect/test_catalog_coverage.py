"""Every column of the catalogs that describe user objects is read, refused, or irrelevant.

A column the map below does not classify (a new PostgreSQL version's) fails the test naming it,
so a feature cannot slip by silently. `read` and `refused` entries name what reads them; the test
checks that name really occurs in the query texts (queries/*.sql for read, unsupported.sql for
refused), so the map cannot claim coverage the queries do not have. The map holds the columns of
PostgreSQL 15 and 18 alike; only the columns present on a server must be classified.
"""

from __future__ import annotations

from importlib.resources import files

import psycopg
import pytest

QUERIES = files("schemadiff.introspect").joinpath("queries")
UNSUPPORTED = QUERIES.joinpath("unsupported.sql").read_text(encoding="utf-8")
READ = "\n".join(p.read_text(encoding="utf-8") for p in QUERIES.iterdir()
                 if p.name.endswith(".sql") and p.name != "unsupported.sql")


def read(via: str, field: str = "") -> tuple[str, str, str]:
    """Read into a model field; `via` (a column or a deparsing function) occurs in a query."""
    return ("read", via, field)


def refused(via: str, feature: str = "") -> tuple[str, str, str]:
    """Refused by unsupported.sql; `via` occurs there."""
    return ("refused", via, feature)


def irrelevant(reason: str) -> tuple[str, str, str]:
    return ("irrelevant", "", reason)


OID = irrelevant("row identity, joined on, never compared")
STATS = irrelevant("planner statistics or storage bookkeeping, not schema")
PHYSICAL = irrelevant("derived physical layout, follows from the type")
OWNER = irrelevant("ownership is not modelled; the applying role owns what it creates")

INDEXDEF = read("pg_get_indexdef", "Index fields (read with pglast: method, keys, include, ...)")
CONDEF = read("pg_get_constraintdef", "Constraint.definition")
TRIGDEF = read("pg_get_triggerdef", "Trigger.definition")

COLUMNS: dict[str, dict[str, tuple[str, str, str]]] = {
    "pg_class": {
        "oid": OID, "relname": read("relname", "name"), "relnamespace": read("relnamespace", "schema"),
        "reltype": irrelevant("the row type comes with the table"),
        "reloftype": refused("reloftype", "OF type (typed table)"),
        "relowner": OWNER, "relam": refused("relam", "table access method (an index's is Index.method)"),
        "relfilenode": STATS, "reltablespace": refused("reltablespace", "TABLESPACE"),
        "relpages": STATS, "reltuples": STATS, "relallvisible": STATS, "relallfrozen": STATS,
        "reltoastrelid": read("reltoastrelid", "Table.options, View.options toast.*"),
        "relhasindex": STATS, "relisshared": irrelevant("only system catalogs are shared"),
        "relpersistence": read("relpersistence", "Table.unlogged, Sequence.unlogged; unlogged matviews refused"),
        "relkind": read("relkind", "kind of object; f, c refused"), "relnatts": PHYSICAL,
        "relchecks": irrelevant("count of CHECK constraints, read from pg_constraint"),
        "relhasrules": irrelevant("flag; rules are refused from pg_rewrite"),
        "relhastriggers": irrelevant("flag; triggers read from pg_trigger"),
        "relhassubclass": irrelevant("flag; inheritance is read from pg_inherits"),
        "relrowsecurity": read("relrowsecurity", "Table.rls_enabled"),
        "relforcerowsecurity": read("relforcerowsecurity", "Table.rls_forced"),
        "relispopulated": read("relispopulated", "View.populated (materialized views)"),
        "relreplident": read("relreplident", "Table.replica_identity; USING a dropped index refused"),
        "relispartition": read("relispartition", "Table.partition_of"),
        "relrewrite": irrelevant("transient, during a table rewrite"),
        "relfrozenxid": STATS, "relminmxid": STATS,
        "relacl": read("relacl", "Grant"), "reloptions": read("reloptions", "View.options (materialized views too), Table.options, Index.parameters, Constraint.parameters; refused for foreign tables"),
        "relpartbound": read("relpartbound", "Table.partition_of.bound (and .constraint, pg_get_partition_constraintdef: not compared)"),
    },
    "pg_attribute": {
        "attrelid": OID, "attname": read("attname", "Column.name"),
        "atttypid": read("atttypid", "Column.type"), "atttypmod": read("atttypmod", "Column.type"),
        "attstattarget": read("attstattarget", "Column.statistics; an index's refused"),
        "attlen": PHYSICAL, "attnum": read("attnum", "column order"), "attndims": PHYSICAL,
        "attcacheoff": PHYSICAL, "attbyval": PHYSICAL, "attalign": PHYSICAL,
        "attstorage": read("attstorage", "Column.storage; a matview's, a partition's or undeclared inherited column's own refused"),
        "attcompression": read("attcompression", "Column.compression; a matview's or index's refused"),
        "attnotnull": read("attnotnull", "Column.not_null"),
        "atthasdef": irrelevant("flag; the default is read from pg_attrdef"),
        "atthasmissing": irrelevant("fast-default bookkeeping"),
        "attmissingval": irrelevant("fast-default bookkeeping"),
        "attidentity": read("attidentity", "Column.identity"),
        "attgenerated": read("attgenerated", "Column.generated; virtual refused"),
        "attisdropped": read("attisdropped", "dropped columns are skipped"),
        "attislocal": read("attislocal", "Table.columns holds a child's own columns only"),
        "attinhcount": irrelevant("attislocal says whether the child declares it"),
        "attcollation": read("attcollation", "Column.collation"),
        "attacl": read("attacl", "Grant (object_kind column); refused on views"),
        "attoptions": read("attoptions", "Column.options; a matview's, a partition's or an index's refused"),
        "attfdwoptions": irrelevant("foreign tables only, which are refused"),
    },
    "pg_constraint": {
        "oid": OID, "conname": read("conname", "Constraint.name"),
        "connamespace": irrelevant("always the table's schema"),
        "contype": read("contype", "Constraint.kind; t is a CONSTRAINT TRIGGER's row, read as the trigger"),
        "condeferrable": CONDEF, "condeferred": CONDEF,
        "conenforced": refused("conenforced", "NOT ENFORCED"),
        "convalidated": read("convalidated", "Constraint.validated"),
        "conrelid": read("conrelid", "Constraint.table"), "contypid": read("contypid", "Domain.checks"),
        "conindid": read("conindid", "backing index"), "conparentid": read("conparentid", "clones skipped"),
        "confrelid": read("confrelid", "Constraint.ref_table"),
        "confupdtype": CONDEF, "confdeltype": CONDEF, "confmatchtype": CONDEF,
        "conislocal": read("conislocal", "inherited checks skipped"),
        "coninhcount": irrelevant("conislocal says whether the child declares it"),
        "connoinherit": read("pg_get_constraintdef", "CHECK ... NO INHERIT in Constraint.definition; NOT NULL NO INHERIT refused"),
        "conperiod": CONDEF, "conkey": read("conkey", "Constraint.columns"),
        "confkey": read("confkey", "Constraint.ref_columns"), "conpfeqop": CONDEF,
        "conppeqop": CONDEF, "conffeqop": CONDEF, "confdelsetcols": CONDEF, "conexclop": CONDEF,
        "conbin": CONDEF,
    },
    "pg_index": {
        "indexrelid": OID, "indrelid": read("indrelid", "Index.table"), "indnatts": INDEXDEF,
        "indnkeyatts": INDEXDEF, "indisunique": read("indisunique", "Index.unique"),
        "indnullsnotdistinct": INDEXDEF,
        "indisprimary": irrelevant("primary keys are read from pg_constraint"),
        "indisexclusion": irrelevant("exclusion constraints are read from pg_constraint"),
        "indimmediate": irrelevant("deferrability is read from pg_constraint"),
        "indisclustered": refused("indisclustered", "CLUSTER ON"),
        "indisvalid": read("indisvalid", "Index.valid"), "indcheckxmin": STATS,
        "indisready": read("indisready", "Index.valid"), "indislive": read("indislive", "Index.valid"),
        "indisreplident": read("indisreplident", "Table.replica_index"),
        "indkey": INDEXDEF, "indcollation": INDEXDEF, "indclass": INDEXDEF, "indoption": INDEXDEF,
        "indexprs": INDEXDEF, "indpred": INDEXDEF,
    },
    "pg_proc": {
        "oid": OID, "proname": read("proname", "Function.name"),
        "pronamespace": read("pronamespace", "Function.schema"), "proowner": OWNER,
        "prolang": refused("lanname IN ('c', 'internal')", "LANGUAGE c/internal; others read"),
        "procost": read("procost", "Function.cost"), "prorows": read("prorows", "Function.rows"),
        "provariadic": read("pg_get_function_arguments", "Function.arguments"),
        "prosupport": refused("prosupport", "SUPPORT"),
        "prokind": read("prokind", "Function.kind; a, w refused"),
        "prosecdef": read("prosecdef", "Function.security_definer"),
        "proleakproof": read("proleakproof", "Function.leakproof"),
        "proisstrict": read("proisstrict", "Function.strict"),
        "proretset": read("pg_get_function_result", "Function.result"),
        "provolatile": read("provolatile", "Function.volatility"),
        "proparallel": read("proparallel", "Function.parallel"),
        "pronargs": read("proargtypes", "Function.signature"),
        "pronargdefaults": read("pg_get_function_arguments", "Function.arguments"),
        "prorettype": read("pg_get_function_result", "Function.result"),
        "proargtypes": read("proargtypes", "Function.signature"),
        "proallargtypes": read("pg_get_function_arguments", "Function.arguments"),
        "proargmodes": read("pg_get_function_arguments", "Function.arguments"),
        "proargnames": read("pg_get_function_arguments", "Function.arguments"),
        "proargdefaults": read("pg_get_function_arguments", "Function.arguments"),
        "protrftypes": refused("protrftypes", "TRANSFORM"),
        "prosrc": read("prosrc", "Function.body"),
        "probin": refused("lanname IN ('c', 'internal')", "only C functions have one"),
        "prosqlbody": read("prosqlbody", "Function.body"),
        "proconfig": read("proconfig", "Function.config"), "proacl": read("proacl", "Grant"),
    },
    "pg_type": {
        "oid": OID, "typname": read("typname", "name"), "typnamespace": read("typnamespace", "schema"),
        "typowner": OWNER, "typlen": PHYSICAL, "typbyval": PHYSICAL,
        "typtype": read("typtype", "enum, domain; c, r, b, p refused"), "typcategory": PHYSICAL,
        "typispreferred": PHYSICAL, "typisdefined": refused("typisdefined", "shell types"),
        "typdelim": PHYSICAL, "typrelid": refused("typrelid", "composite types"),
        "typsubscript": PHYSICAL, "typelem": PHYSICAL,
        "typarray": read("typarray", "array types follow their element"),
        "typinput": refused("'b' THEN 'base types", "base types"), "typoutput": refused("'b' THEN 'base types"),
        "typreceive": refused("'b' THEN 'base types"), "typsend": refused("'b' THEN 'base types"),
        "typmodin": refused("'b' THEN 'base types"), "typmodout": refused("'b' THEN 'base types"),
        "typanalyze": refused("'b' THEN 'base types"), "typalign": PHYSICAL, "typstorage": PHYSICAL,
        "typnotnull": read("typnotnull", "Domain.not_null"),
        "typbasetype": read("typbasetype", "Domain.base_type"),
        "typtypmod": read("typtypmod", "Domain.base_type"), "typndims": PHYSICAL,
        "typcollation": refused("typcollation", "domain COLLATE"),
        "typdefaultbin": read("typdefaultbin", "Domain.default"),
        "typdefault": irrelevant("source text of typdefaultbin, which is read"),
        "typacl": read("typacl", "Grant (enums and domains)"),
    },
    "pg_trigger": {
        "oid": OID, "tgrelid": read("tgrelid", "Trigger.table"),
        "tgparentid": read("tgparentid", "clones skipped"), "tgname": read("tgname", "Trigger.name"),
        "tgfoid": read("tgfoid", "Trigger.function"), "tgtype": TRIGDEF,
        "tgenabled": refused("tgenabled", "DISABLE / ENABLE REPLICA / ALWAYS"),
        "tgisinternal": read("tgisinternal", "internal triggers skipped"),
        # a CONSTRAINT TRIGGER's FROM and deferral are in pg_get_triggerdef()'s text
        "tgconstrrelid": TRIGDEF, "tgconstraint": TRIGDEF, "tgdeferrable": TRIGDEF,
        "tginitdeferred": TRIGDEF,
        "tgconstrindid": irrelevant("set only on the internal triggers of keys, which are skipped"),
        "tgnargs": TRIGDEF, "tgattr": TRIGDEF, "tgargs": TRIGDEF, "tgqual": TRIGDEF,
        "tgoldtable": TRIGDEF, "tgnewtable": TRIGDEF,
    },
    "pg_policy": {
        "oid": OID, "polname": read("polname", "Policy.name"), "polrelid": read("polrelid", "Policy.table"),
        "polcmd": read("polcmd", "Policy.command"), "polpermissive": read("polpermissive", "Policy.permissive"),
        "polroles": read("polroles", "Policy.roles"), "polqual": read("polqual", "Policy.using"),
        "polwithcheck": read("polwithcheck", "Policy.with_check"),
    },
    "pg_namespace": {
        "oid": OID, "nspname": read("nspname", "Schema.name"), "nspowner": OWNER,
        "nspacl": read("nspacl", "Grant"),
    },
    "pg_sequence": {
        "seqrelid": OID, "seqtypid": read("seqtypid", "Sequence.data_type"),
        "seqstart": read("seqstart", "Sequence.start, Column.identity_options"),
        "seqincrement": read("seqincrement", "Sequence.increment"),
        "seqmax": read("seqmax", "Sequence.max_value"), "seqmin": read("seqmin", "Sequence.min_value"),
        "seqcache": read("seqcache", "Sequence.cache"), "seqcycle": read("seqcycle", "Sequence.cycle"),
    },
    "pg_attrdef": {
        "oid": OID, "adrelid": read("adrelid", "Column.default"), "adnum": read("adnum", "Column.default"),
        "adbin": read("adbin", "Column.default / generated"),
    },
    "pg_extension": {
        "oid": OID, "extname": read("extname", "Extension.name"), "extowner": OWNER,
        "extnamespace": read("extnamespace", "Extension.schema"),
        "extrelocatable": irrelevant("a property of the extension's control file"),
        "extversion": read("extversion", "Extension.version"),
        "extconfig": irrelevant("the extension's own config tables (pg_dump data), not schema"),
        "extcondition": irrelevant("the extension's own config tables (pg_dump data), not schema"),
    },
    "pg_rewrite": {
        "oid": OID, "rulename": refused("rulename", "RULE"),
        "ev_class": read("ev_class", "a view's query"), "ev_type": refused("rulename", "RULE"),
        "ev_enabled": refused("rulename", "RULE"), "is_instead": refused("rulename", "RULE"),
        "ev_qual": refused("rulename", "RULE"),
        "ev_action": read("pg_get_viewdef", "View.definition"),
    },
    "pg_inherits": {
        "inhrelid": read("inhrelid", "Table.partition_of, Table.inherits"),
        "inhparent": read("inhparent", "Table.partition_of, Table.inherits"),
        "inhseqno": read("inhseqno", "Table.inherits (the order of parents)"),
        "inhdetachpending": refused("inhdetachpending", "DETACH PARTITION CONCURRENTLY left pending"),
    },
    "pg_partitioned_table": {
        column: read("pg_get_partkeydef", "Table.partition_by")
        for column in ("partrelid", "partstrat", "partnatts", "partdefid", "partattrs",
                       "partclass", "partcollation", "partexprs")
    },
    "pg_statistic_ext": {
        column: refused("pg_statistic_ext", "statistics objects")
        for column in ("oid", "stxrelid", "stxname", "stxnamespace", "stxowner",
                       "stxstattarget", "stxkeys", "stxkind", "stxexprs")
    },
    "pg_event_trigger": {
        column: refused("pg_event_trigger", "event triggers")
        for column in ("oid", "evtname", "evtevent", "evtowner", "evtfoid", "evtenabled",
                       "evttags")
    },
    "pg_publication": {
        column: refused("pg_publication", "publications")
        for column in ("oid", "pubname", "pubowner", "puballtables", "pubinsert", "pubupdate",
                       "pubdelete", "pubtruncate", "pubviaroot", "pubgencols")
    },
    "pg_aggregate": {  # plain aggregates are modelled (model/aggregates.py); the rest refused
        "aggfnoid": read("aggfnoid", "Aggregate (its pg_proc row)"),
        "aggtransfn": read("aggtransfn", "Aggregate.sfunc"),
        "aggtranstype": read("aggtranstype", "Aggregate.stype"),
        "aggfinalfn": read("aggfinalfn", "Aggregate.finalfunc"),
        "aggcombinefn": read("aggcombinefn", "Aggregate.combinefunc"),
        "agginitval": read("agginitval", "Aggregate.initcond"),
        "aggkind": refused("aggkind", "ordered-set aggregates"),
        "aggnumdirectargs": refused("aggkind", "only ordered-set aggregates have direct args"),
        "aggserialfn": refused("aggserialfn", "SERIALFUNC"),
        "aggdeserialfn": refused("DESERIALFUNC", "comes with SERIALFUNC"),
        "aggfinalextra": refused("aggfinalextra", "FINALFUNC_EXTRA"),
        "aggfinalmodify": refused("aggfinalmodify", "FINALFUNC_MODIFY"),
        "aggsortop": refused("aggsortop", "SORTOP"),
        "aggtransspace": refused("aggtransspace", "SSPACE"),
        **{column: refused("aggmtransfn", "moving-aggregate options come with MSFUNC")
           for column in ("aggmtransfn", "aggminvtransfn", "aggmfinalfn", "aggmfinalextra",
                          "aggmfinalmodify", "aggmtranstype", "aggmtransspace", "aggminitval")},
    },
    "pg_default_acl": {
        "oid": OID,
        "defaclrole": read("defaclrole", "DefaultPrivilege.for_role"),
        "defaclnamespace": read("defaclnamespace", "DefaultPrivilege.schema"),
        "defaclobjtype": read("defaclobjtype", "DefaultPrivilege.on"),
        "defaclacl": read("defaclacl", "DefaultPrivilege.privileges, .revoked, .with_grant_option"),
    },
}


def columns_of(conn: psycopg.Connection, catalog: str) -> list[str]:
    return [name for (name,) in conn.execute(
        "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = %s::regclass"
        " AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (f"pg_catalog.{catalog}",))]


def test_every_catalog_column_is_classified(db_conn):
    unknown = [f"{catalog}.{column}" for catalog in COLUMNS for column in columns_of(db_conn, catalog)
               if column not in COLUMNS[catalog]]
    assert not unknown, f"catalog columns neither read, refused nor irrelevant: {unknown}"


@pytest.mark.parametrize("catalog", sorted(COLUMNS))
def test_the_map_points_at_real_query_text(catalog):
    """A `read` entry's column or function occurs in a family query, a `refused` one in
    unsupported.sql: the map cannot claim what the queries do not do."""
    wrong = [f"{catalog}.{column} ({how} via {via!r})"
             for column, (how, via, _) in COLUMNS[catalog].items()
             if (how == "read" and via not in READ) or (how == "refused" and via not in UNSUPPORTED)]
    assert not wrong
