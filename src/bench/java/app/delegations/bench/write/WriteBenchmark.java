package app.delegations.bench.write;

import app.delegations.bench.BenchData;
import app.delegations.bench.WholeFileRun;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing a generated file's records in canonical form with {@link CanonicalWriter} (to UTF-8 bytes in memory),
 * against the floor: Jackson's plain {@code ObjectMapper.writeValueAsBytes} of the same model records (no pretty
 * printer, no control of key order, numbers as doubles). Jackson writes a little more than the file holds (each
 * source's text, each citation's quote offsets, the coordinates' written texts beside their values).
 * Target (issue 15): canonical write ≤ 1.5 × Jackson's writeValue.
 */
public class WriteBenchmark extends WholeFileRun {

    /** The model's lists as one record, so that Jackson (which maps records by their components) sees them all. */
    public record Lists(int schemaVersion, List<Source> sources, List<Country> countries, List<Place> places,
                        List<Venue> venues, List<Organisation> organisations, List<Person> people,
                        List<Event> events) {
        static Lists of(Dataset d) {
            return new Lists(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                    d.people(), d.events());
        }
    }

    @Param({"100000"})
    public int records;

    private Dataset dataset;
    private Lists lists;
    private ObjectMapper mapper;

    @Setup
    public void setUp() {
        LoadResult r = new DatasetLoader().load(BenchData.standard(records).file());
        dataset = r.dataset().orElseThrow(() -> new IllegalStateException(r.problems().toString()));
        lists = Lists.of(dataset);
        // dates as ISO text, as the format writes them (databind has no LocalDate serializer of its own)
        mapper = new ObjectMapper().registerModule(new SimpleModule().addSerializer(LocalDate.class,
                ToStringSerializer.instance));
    }

    @Benchmark
    public byte[] canonicalWrite() {
        return CanonicalWriter.write(dataset);
    }

    @Benchmark
    public byte[] jacksonWriteValue() throws JsonProcessingException {
        return mapper.writeValueAsBytes(lists);
    }
}
