package dev.assetsync.autoconfigure;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs complete and document {@code assetsync.*} settings from, as the build
 * generates it from {@link AssetSyncProperties} and the additional metadata.
 */
class ConfigurationMetadataTest {

    /** Settings that are unset unless given: their description says what happens then. */
    private static final Set<String> NO_DEFAULT = Set.of("assetsync.bucket", "assetsync.public-url",
            "assetsync.staging-dir", "assetsync.acl", "assetsync.kms-key-id");

    private final JsonNode metadata = read();

    @Test
    void everySettingHasADescriptionEndingInAFullStop() {
        assertThat(properties()).isNotEmpty().allSatisfy((name, property) -> {
            String description = property.path("description").asString("");
            assertThat(description).as(name).isNotBlank().endsWith(".");
        });
    }

    @Test
    void everySettingWithADefaultDocumentsIt() {
        assertThat(properties()).allSatisfy((name, property) -> {
            if (!NO_DEFAULT.contains(name)) {
                assertThat(property.has("defaultValue")).as(name + " has no defaultValue").isTrue();
            }
        });
        assertThat(properties().get("assetsync.compression").path("defaultValue").asString()).isEqualTo("none");
        assertThat(properties().get("assetsync.concurrency").path("defaultValue").asInt()).isEqualTo(64);
        assertThat(properties().get("assetsync.include").path("defaultValue").isArray()).isTrue();
    }

    @Test
    void listsEveryPropertyOfTheSettingsClass() {
        List<String> expected = new ArrayList<>();
        collect("assetsync.", AssetSyncProperties.class, expected);
        assertThat(properties().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readmeSettingsTableHasARowForEverySetting() throws IOException {
        // Tests run in the module's folder; the README is the project's.
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("\n## Settings\n"), readme.indexOf("\n## Limits\n"));
        assertThat(properties().keySet()).allSatisfy((name) -> assertThat(table)
            .as("README settings table").contains("| `" + name.substring("assetsync.".length()) + "` |"));
    }

    @Test
    void compressionValuesAreHinted() {
        List<String> values = new ArrayList<>();
        for (JsonNode hint : this.metadata.path("hints")) {
            if (hint.path("name").asString().equals("assetsync.compression")) {
                hint.path("values").forEach((value) -> values.add(value.path("value").asString()));
            }
        }
        assertThat(values).containsExactly("none", "gzip", "brotli", "both");
    }

    private Map<String, JsonNode> properties() {
        Map<String, JsonNode> properties = new TreeMap<>();
        for (JsonNode property : this.metadata.path("properties")) {
            String name = property.path("name").asString();
            if (name.startsWith("assetsync.")) {
                properties.put(name, property);
            }
        }
        return properties;
    }

    /** Kebab-case names of the bean properties, nested classes of the settings class followed into. */
    private static void collect(String prefix, Class<?> type, List<String> names) {
        try {
            for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type, Object.class)
                .getPropertyDescriptors()) {
                String name = prefix + descriptor.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
                Class<?> propertyType = descriptor.getPropertyType();
                if (propertyType.getDeclaringClass() == type && !propertyType.isEnum()) {
                    collect(name + ".", propertyType, names);
                }
                else {
                    names.add(name);
                }
            }
        }
        catch (java.beans.IntrospectionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JsonNode read() {
        try (InputStream in = ConfigurationMetadataTest.class
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
