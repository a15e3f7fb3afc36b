package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.ConditionEvaluator.Truth.FALSE;
import static io.github.duendetools.msbuild.ConditionEvaluator.Truth.TRUE;
import static io.github.duendetools.msbuild.ConditionEvaluator.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluatorTest {
    private static final PropertyExpander.Scope SCOPE = new PropertyExpander.Scope() {
        private final Map<String, String> values = Map.of("targetframework", "net8.0", "configuration", "Release",
                "empty", "", "major", "7");

        @Override
        public PropertyValue property(String name) {
            String v = values.get(name.toLowerCase(java.util.Locale.ROOT));
            return v == null ? null : PropertyValue.builtIn(name, v);
        }

        @Override
        public String function(String expression) {
            return null;
        }

        @Override
        public Boolean exists(String path) {
            return path.equals("there.props");
        }
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'$(TargetFramework)' == 'net8.0'                                   | TRUE",
        "'$(TargetFramework)'=='NET8.0'                                     | TRUE",
        "'$(TargetFramework)' != 'net8.0'                                   | FALSE",
        "'$(TargetFramework)' == 'net6.0' or '$(TargetFramework)' == 'net8.0' | TRUE",
        "'$(TargetFramework)' == 'net8.0' AND '$(Configuration)' == 'Debug'  | FALSE",
        "('$(TargetFramework)' == 'net6.0' or '$(Configuration)' == 'Release') and '$(Empty)' == '' | TRUE",
        "!('$(TargetFramework)' == 'net8.0')                                | FALSE",
        "'$(Undefined)' == ''                                               | TRUE",
        "$(TargetFramework) == net8.0                                       | TRUE",
        "'$(Major)' >= '7'                                                  | TRUE",
        "'$(Major)' < '6'                                                   | FALSE",
        "'7.0' == '7'                                                       | TRUE",
        "true                                                               | TRUE",
        "'false'                                                            | FALSE",
        "Exists('there.props')                                              | TRUE",
        "!Exists('missing.props')                                           | TRUE",
        "HasTrailingSlash('a/')                                             | TRUE",
        "$(TargetFramework.StartsWith('net8'))                              | UNKNOWN",
        "'$(TargetFramework.StartsWith(`net8`))' == 'true'                  | UNKNOWN",
        "$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0')) | UNKNOWN",
        "'$(TargetFramework)' == 'net6.0' and $(TargetFramework.StartsWith('net')) | FALSE",
        "'$(TargetFramework)' == 'net8.0' or $(TargetFramework.StartsWith('net'))  | TRUE",
        "'$(TargetFramework)' == 'net8.0' and $(TargetFramework.StartsWith('net')) | UNKNOWN",
        "'1.2.3' > '1.2'                                                    | UNKNOWN",
        "'$(TargetFramework)' == 'net8.0' garbage                           | UNKNOWN",
        "'unterminated                                                      | UNKNOWN",
        "SomeFunction('x')                                                  | UNKNOWN",
    })
    void evaluates(String condition, ConditionEvaluator.Truth expected) {
        assertEquals(expected, ConditionEvaluator.evaluate(condition, SCOPE), condition);
    }

    @Test
    void missingConditionIsTrue() {
        assertEquals(TRUE, ConditionEvaluator.evaluate(null, SCOPE));
        assertEquals(TRUE, ConditionEvaluator.evaluate("  ", SCOPE));
    }

    @Test
    void uncertainPropertyMakesTheComparisonUnknown() {
        PropertyExpander.Scope uncertain = new PropertyExpander.Scope() {
            @Override
            public PropertyValue property(String name) {
                return new PropertyValue(name, "net8.0", null, null, "condition cannot be evaluated: x", null);
            }

            @Override
            public String function(String expression) {
                return null;
            }
        };
        assertEquals(UNKNOWN, ConditionEvaluator.evaluate("'$(TargetFramework)' == 'net8.0'", uncertain));
        assertEquals(FALSE, ConditionEvaluator.evaluate("Exists('x')", SCOPE));
        assertEquals(FALSE, ConditionEvaluator.evaluate("Exists('')", SCOPE), "MSBuild treats Exists('') as false");
    }
}
