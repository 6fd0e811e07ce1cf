package io.policyhub.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the login role the application uses, with no privilege beyond what the migrations grant: not a
 * superuser, owner of nothing, and unable to bypass row-level security. In production a DBA creates it.
 */
public final class ApplicationRole {

    private ApplicationRole() {}

    public static void ensure(DataSource superuser, String role, String password) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (Connection connection = superuser.getConnection()) {
            if (!exists(connection, role)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + role
                            + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                            + password.replace("'", "''") + "'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the application's database role " + role, e);
        }
    }

    private static boolean exists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, role);
            return query.executeQuery().next();
        }
    }
}
