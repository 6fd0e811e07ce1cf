package io.policyhub.citus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a schema's tables and keys from pg_catalog and says where a tenant table (one with a practice_id column)
 * is not keyed by its practice, which Citus needs to keep each practice's rows, and its constraints, on one shard.
 */
final class TenantKeys {

    static final String TENANT_COLUMN = "practice_id";

    private final Connection connection;
    private final String schema;

    TenantKeys(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    /** Every ordinary or partitioned table of the schema. */
    Set<String> tables() throws SQLException {
        return names("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p')""");
    }

    /** The tables with a practice_id column. */
    Set<String> tenantTables() throws SQLException {
        return names("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a
                              where a.attrelid = c.oid and a.attname = 'practice_id' and not a.attisdropped)""");
    }

    /** Each referencing table with the tables its foreign keys reference. */
    Map<String, Set<String>> references() throws SQLException {
        var references = new LinkedHashMap<String, Set<String>>();
        for (ForeignKey key : foreignKeys()) {
            references.computeIfAbsent(key.table(), table -> new TreeSet<>()).add(key.referencedTable());
        }
        return references;
    }

    /**
     * What keeps the schema from being distributed by practice: tenant tables without a primary key on
     * practice_id, unique indexes (constraints or not, partial or not) without practice_id, and foreign keys
     * between tenant tables that do not pair practice_id with practice_id. A foreign key from a tenant table to
     * a global table is Citus-ready only if that table becomes a reference table, which {@code globalTables} lists.
     */
    List<String> violations(Set<String> globalTables) throws SQLException {
        Set<String> tenantTables = tenantTables();
        var violations = new ArrayList<String>();
        for (String table : tenantTables) {
            if (primaryKey(table).isEmpty()) {
                violations.add(table + ": no primary key");
            }
        }
        for (UniqueIndex index : uniqueIndexes()) {
            if (tenantTables.contains(index.table()) && !index.columns().contains(TENANT_COLUMN)) {
                violations.add(index.table() + ": unique index " + index.name() + " " + index.columns()
                        + " does not include " + TENANT_COLUMN);
            }
        }
        for (ForeignKey key : foreignKeys()) {
            if (!tenantTables.contains(key.table())) {
                continue;
            }
            if (tenantTables.contains(key.referencedTable())) {
                int at = key.columns().indexOf(TENANT_COLUMN);
                if (at < 0 || !key.referencedColumns().get(at).equals(TENANT_COLUMN)) {
                    violations.add(key.table() + ": foreign key " + key.name() + " " + key.columns() + " -> "
                            + key.referencedTable() + key.referencedColumns() + " does not pair "
                            + TENANT_COLUMN + " with " + TENANT_COLUMN);
                }
            } else if (!globalTables.contains(key.referencedTable())) {
                violations.add(key.table() + ": foreign key " + key.name() + " references " + key.referencedTable()
                        + ", neither a tenant table nor a reference table");
            }
        }
        return violations;
    }

    private List<String> primaryKey(String table) throws SQLException {
        for (UniqueIndex index : uniqueIndexes()) {
            if (index.table().equals(table) && index.primary()) {
                return index.columns();
            }
        }
        return List.of();
    }

    private List<UniqueIndex> uniqueIndexes() throws SQLException {
        String sql = """
                select t.relname, i.relname, x.indisprimary,
                       array(select coalesce(a.attname, '(expression)')
                             from unnest(x.indkey[0:x.indnkeyatts - 1]) with ordinality k(attnum, position)
                             left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                             order by k.position)::text[]
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = ? and x.indisunique""";
        var indexes = new ArrayList<UniqueIndex>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.add(new UniqueIndex(
                            rows.getString(1), rows.getString(2), rows.getBoolean(3), strings(rows, 4)));
                }
            }
        }
        return indexes;
    }

    private List<ForeignKey> foreignKeys() throws SQLException {
        String sql = """
                select t.relname, c.conname, r.relname,
                       array(select a.attname from unnest(c.conkey) with ordinality k(attnum, position)
                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                             order by k.position)::text[],
                       array(select a.attname from unnest(c.confkey) with ordinality k(attnum, position)
                             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum
                             order by k.position)::text[]
                from pg_constraint c
                join pg_class t on t.oid = c.conrelid
                join pg_class r on r.oid = c.confrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = ? and c.contype = 'f'""";
        var keys = new ArrayList<ForeignKey>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ForeignKey(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            strings(rows, 4),
                            strings(rows, 5)));
                }
            }
        }
        return keys;
    }

    private Set<String> names(String sql) throws SQLException {
        var names = new TreeSet<String>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> strings(ResultSet rows, int column) throws SQLException {
        return List.of((String[]) rows.getArray(column).getArray());
    }

    record UniqueIndex(String table, String name, boolean primary, List<String> columns) {}

    record ForeignKey(
            String table, String name, String referencedTable, List<String> columns, List<String> referencedColumns) {}
}
