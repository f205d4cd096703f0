"""A fingerprint of a database read straight from pg_catalog, never through schemadiff's model.

Tests that ask "did the database reach the target?" compare these, so a feature the model does
not hold (persistence, storage parameters, validity, function attributes, ...) still shows up as
a difference. Every user object outside pg_catalog, information_schema, pg_toast and schemadiff's
own schema is described by the catalog's own deparse functions and the columns that carry
meaning. OIDs never appear: two databases built the same way give equal fingerprints.
"""

from __future__ import annotations

import psycopg

USER_NAMESPACES = """
    SELECT oid FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'schemadiff', 'cron')
      AND nspname !~ '^pg_(toast|temp)' AND nspname !~ '^pg_toast_temp'
"""
# Objects that belong to an extension are the extension's, not the schema's.
NOT_IN_EXTENSION = """NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = {cls}::regclass
                                   AND d.objid = {oid} AND d.deptype = 'e')"""


def _acl(column: str, kind: str, owner: str) -> str:
    """An ACL as its sorted entries, NULL when it grants what acldefault grants: the order GRANTs
    ran in, and an explicit ACL equal to the default (GRANT then REVOKE), are no part of the
    state. A revoked default stays visible."""
    entries = f"ARRAY(SELECT x::text FROM unnest({column}) x ORDER BY 1)"
    default = f"ARRAY(SELECT x::text FROM unnest(acldefault({kind}, {owner})) x ORDER BY 1)"
    return f"CASE WHEN {column} IS NULL OR {entries} = {default} THEN NULL ELSE {entries}::text END"

RELATION_ACL_KIND = "(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::\"char\""

QUERIES = {
    "schemas": f"""
        SELECT n.nspname, pg_get_userbyid(n.nspowner) = current_user, {_acl('n.nspacl', "'n'", 'n.nspowner')},
               obj_description(n.oid, 'pg_namespace')
        FROM pg_namespace n WHERE n.oid IN ({USER_NAMESPACES})""",
    "extensions": """
        SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace""",
    "relations": f"""
        SELECT n.nspname, c.relname, c.relkind, c.relpersistence,
               -- storage parameters as a set: their order in reloptions carries no meaning; the
               -- TOAST table's too (toast.autovacuum_enabled, ...), which lives in pg_toast
               (SELECT array_agg(o ORDER BY o) FROM unnest(c.reloptions) o)::text,
               (SELECT array_agg(o ORDER BY o) FROM pg_class t, unnest(t.reloptions) o
                 WHERE t.oid = c.reltoastrelid)::text,
               {_acl('c.relacl', RELATION_ACL_KIND, 'c.relowner')},
               c.relrowsecurity, c.relforcerowsecurity, c.relreplident, c.relispartition,
               c.relispopulated,
               pg_get_partkeydef(c.oid), pg_get_expr(c.relpartbound, c.oid),
               (SELECT array_agg(p.oid::regclass::text ORDER BY i.inhseqno) FROM pg_inherits i
                JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid),
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
               obj_description(c.oid, 'pg_class'), am.amname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_am am ON am.oid = c.relam
        WHERE c.relnamespace IN ({USER_NAMESPACES}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
          AND {NOT_IN_EXTENSION.format(cls="'pg_class'", oid='c.oid')}""",
    "columns": f"""
        SELECT n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
               a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
               co.collname, {_acl('a.attacl', "'c'", 'c.relowner')}, a.attoptions::text, a.attstorage, a.attcompression::text,
               NULLIF(COALESCE(a.attstattarget, -1), -1),
               col_description(c.oid, a.attnum), a.attislocal, a.attinhcount
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
          AND c.relnamespace IN ({USER_NAMESPACES})
          AND {NOT_IN_EXTENSION.format(cls="'pg_class'", oid='c.oid')}""",
    "constraints": f"""
        SELECT n.nspname, coalesce(c.relname, t.typname), k.conname, k.contype,
               pg_get_constraintdef(k.oid), k.convalidated, k.condeferrable, k.condeferred,
               k.connoinherit, k.conislocal, obj_description(k.oid, 'pg_constraint'),
               k.coninhcount, (SELECT pk.conname FROM pg_constraint pk WHERE pk.oid = k.conparentid)
        FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
        LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid
        WHERE k.connamespace IN ({USER_NAMESPACES})""",
    "indexes": f"""
        SELECT n.nspname, c.relname, pg_get_indexdef(i.indexrelid), i.indisvalid, i.indisready,
               i.indisprimary, i.indisreplident, ic.reloptions::text, obj_description(ic.oid, 'pg_class'),
               -- a partition's index attached to its parent's (partitioned) index
               (SELECT pi.relname FROM pg_inherits h JOIN pg_class pi ON pi.oid = h.inhparent
                 WHERE h.inhrelid = ic.oid)
        FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = ic.relnamespace
        WHERE ic.relnamespace IN ({USER_NAMESPACES})
          AND {NOT_IN_EXTENSION.format(cls="'pg_class'", oid='c.oid')}""",
    "sequences": f"""
        SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
               s.seqmax, s.seqmin, s.seqcache, s.seqcycle,
               (SELECT r.relname || '.' || a.attname FROM pg_depend d JOIN pg_class r ON r.oid = d.refobjid
                JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.refobjsubid
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relnamespace IN ({USER_NAMESPACES})""",
    "routines": f"""
        SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), p.prokind,
               pg_get_functiondef(p.oid), {_acl('p.proacl', "'f'", 'p.proowner')}, obj_description(p.oid, 'pg_proc'),
               p.proparallel, p.procost, p.prorows, p.proleakproof, p.prosecdef, p.proconfig::text
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.pronamespace IN ({USER_NAMESPACES}) AND p.prokind <> 'a'
          AND {NOT_IN_EXTENSION.format(cls="'pg_proc'", oid='p.oid')}""",
    "aggregates": f"""
        SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), a.aggtransfn::text,
               format_type(a.aggtranstype, NULL), a.aggfinalfn::text, a.agginitval, a.aggkind
        FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.pronamespace IN ({USER_NAMESPACES})
          AND {NOT_IN_EXTENSION.format(cls="'pg_proc'", oid='p.oid')}""",
    "triggers": f"""
        SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND c.relnamespace IN ({USER_NAMESPACES})""",
    "policies": f"""
        SELECT n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
               (SELECT array_agg(CASE r WHEN 0 THEN 'public' ELSE pg_get_userbyid(r) END ORDER BY 1)
                FROM unnest(p.polroles) r),
               pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
        FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relnamespace IN ({USER_NAMESPACES})""",
    "types": f"""
        SELECT n.nspname, t.typname, t.typtype, format_type(t.typbasetype, t.typtypmod), t.typnotnull,
               t.typdefault, {_acl('t.typacl', "'T'", 't.typowner')}, obj_description(t.oid, 'pg_type'),
               (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typnamespace IN ({USER_NAMESPACES}) AND t.typtype IN ('e', 'd', 'r', 'm')
          AND {NOT_IN_EXTENSION.format(cls="'pg_type'", oid='t.oid')}""",
    "default_privileges": """
        SELECT pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype,
               ARRAY(SELECT x::text FROM unnest(d.defaclacl) x ORDER BY 1)::text
        FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace""",
    "rules": f"""
        SELECT n.nspname, c.relname, r.rulename, pg_get_ruledef(r.oid)
        FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE r.rulename <> '_RETURN' AND c.relnamespace IN ({USER_NAMESPACES})""",
    "collations": f"""
        SELECT n.nspname, c.collname, c.collprovider, c.collisdeterministic
        FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
        WHERE c.collnamespace IN ({USER_NAMESPACES})""",
    "statistics": f"""
        SELECT n.nspname, s.stxname, pg_get_statisticsobjdef(s.oid)
        FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
        WHERE s.stxnamespace IN ({USER_NAMESPACES})""",
    "publications": "SELECT pubname, puballtables, pubinsert, pubupdate, pubdelete FROM pg_publication",
    "event_triggers": "SELECT evtname, evtevent, evtfoid::regproc::text, evtenabled FROM pg_event_trigger",
}


def catalog_fingerprint(url: str) -> dict[str, list[tuple]]:
    """Every user object of the database at `url`, family by family, as sorted rows."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET search_path = ''")  # deparsed text qualifies every name
        return {family: sorted((_hashable(row) for row in conn.execute(query).fetchall()), key=repr)
                for family, query in QUERIES.items()}


def _hashable(value):
    """Rows as nested tuples (array columns come back as lists), so they can be compared as sets."""
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    return value


def catalog_differences(a: dict, b: dict) -> dict[str, tuple[list, list]]:
    """family -> (rows only in a, rows only in b), for the families that differ."""
    out = {}
    for family in a:
        left, right = set(a[family]), set(b[family])
        if left != right:
            out[family] = (sorted(left - right, key=repr), sorted(right - left, key=repr))
    return out
