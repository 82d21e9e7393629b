package app.delegations.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.model.Dataset;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated files of 1,000 and 10,000 records are valid data files: the real loader reads them with no
 * problem at all (quotes found in their notes, references resolved, dates in order), and the shipped JSON
 * Schema accepts them.
 */
class GeneratedFilesValidateTest {
    private static final String SCHEMA = "/app/delegations/data/bundled/schema/delegations.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void theLoaderReadsAGeneratedFileWithNoProblems(int records) throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(records), dir);
        LoadResult result = new DatasetLoader().load(summary.file());
        assertEquals(List.of(), result.problems().stream().limit(20).map(Problem::toString).toList());
        assertEquals(LoadResult.Status.LOADED, result.status());
        Dataset d = result.datasetOrNull();
        var c = summary.counts();
        assertEquals(List.of(summary.sources(), c.countries(), c.places(), c.venues(), c.organisations(), c.people(),
                        c.events()),
                List.of(d.sources().size(), d.countries().size(), d.places().size(), d.venues().size(),
                        d.organisations().size(), d.people().size(), d.events().size()));
        long quoted = d.places().stream().flatMap(p -> p.evidence().stream()).filter(e -> e.hasQuote()).count();
        assertEquals(c.places(), quoted, "every place's stated citation found in its note");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void theSchemaAcceptsAGeneratedFile(int records) throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(records), dir);
        List<String> errors = schema().validate(JSON.readTree(summary.file().toFile())).stream()
                .limit(20).map(ValidationMessage::toString).toList();
        assertEquals(List.of(), errors);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = GeneratedFilesValidateTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "not on the classpath: " + SCHEMA);
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
        }
    }
}
