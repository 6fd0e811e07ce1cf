package io.policyhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralPrefixHandlerMappingTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(
            emptyValue = "",
            value = {
                "/portal/api/{token}/acknowledgements, /portal/api",
                "/api/v1/practices/{practiceId}/policies, /api/v1/practices",
                "/admin/**, /admin",
                "/files/{*path}, /files",
                "/files/report-?.csv, /files",
                "/api/v1/templates, /api/v1",
                "/admin, ''",
                "/{token}, ''",
                "/**, ''",
                "/, ''"
            })
    void keepsOnlyTheWholeLiteralSegmentsBeforeAnyVariableOrWildcard(String pattern, String prefix) {
        assertThat(LiteralPrefixHandlerMapping.literalSegments(pattern)).isEqualTo(prefix);
    }
}
