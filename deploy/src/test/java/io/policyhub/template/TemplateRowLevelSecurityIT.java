package io.policyhub.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database keeps the library read-only for practices and practice templates private, whatever Java does. */
class TemplateRowLevelSecurityIT extends IntegrationTest {

    private static final String PLANT_LIBRARY_TEMPLATE = "insert into library_template (id, title, category, body,"
            + " variables, draft_revision, latest_version, created_at, updated_at) values (gen_random_uuid(),"
            + " 'Planted', 'x', '# Planted', '[]', 1, 0, now(), now())";

    @Test
    void aPracticeScopedTransactionReadsTheLibraryButCannotWriteIt() throws SQLException {
        TestPractice practice = newPractice("Library Writer");
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.practice_id', '" + practice.id() + "', true)");
            ResultSet library = statement.executeQuery(
                    "select count(*) from library_template where id = '" + LibraryTemplates.SOCIAL_MEDIA + "'");
            library.next();
            assertThat(library.getInt(1)).isEqualTo(1);

            assertThatThrownBy(() -> statement.execute(PLANT_LIBRARY_TEMPLATE))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.practice_id', '" + practice.id() + "', true)");
            assertThat(statement.executeUpdate("update library_template set title = 'Rewritten'"))
                    .as("row-level security hides every library row from a practice's update")
                    .isZero();
            app.rollback();
        }
    }

    @Test
    void publishedLibraryVersionsCannotBeChangedEvenByPlatformTransactions() throws SQLException {
        for (String sql : List.of(
                "update library_template_version set body = 'Rewritten'", "delete from library_template_version")) {
            try (Connection app = TestDatabase.get().applicationConnection();
                    Statement statement = app.createStatement()) {
                app.setAutoCommit(false);
                statement.execute("select set_config('app.platform_access', 'on', true)");
                assertThatThrownBy(() -> statement.executeUpdate(sql))
                        .as(sql)
                        .hasMessageContaining("permission denied");
                app.rollback();
            }
        }
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.platform_access', 'on', true)");
            assertThat(statement.executeUpdate(PLANT_LIBRARY_TEMPLATE)).isEqualTo(1);
            app.rollback();
        }
    }

    @Test
    void practiceTemplatesAreInvisibleOutsideTheirPractice() throws SQLException {
        TestPractice owner = newPractice("Template Owner");
        TestPractice other = newPractice("Template Snooper");
        assertThat(owner.editor()
                        .post(owner.path("/templates"), Map.of("libraryTemplateId", LibraryTemplates.CANCELLATION))
                        .status())
                .isEqualTo(201);

        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.practice_id', '" + other.id() + "', true)");
            ResultSet seen = statement.executeQuery("select count(*) from practice_template");
            seen.next();
            assertThat(seen.getInt(1)).isZero();
            assertThatThrownBy(
                            () -> statement.execute("insert into practice_template (practice_id, id, title, category,"
                                    + " body, variables, draft_revision, created_at, updated_at) values ('" + owner.id()
                                    + "', gen_random_uuid(), 'Planted', 'x', '# x', '[]', 1, now(), now())"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }
}
