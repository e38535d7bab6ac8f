package io.frontdesk.admin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Json;
import org.yaml.snakeyaml.LoaderOptions;

import java.util.Locale;
import java.util.Set;

/** A pack's two spellings, JSON and YAML: one tree, read by {@link PackReader} and written by {@link PackWriter}. */
public enum PackFormat {
    JSON("application/json"),
    YAML("application/yaml");

    /** The media types a YAML pack is sent as; none is registered, and clients use each of them. */
    static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml");

    private static final ObjectMapper YAML_MAPPER = yamlMapper();

    private final String mediaType;

    PackFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type names; null when it names neither. */
    static PackFormat ofMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return JSON;
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.endsWith("+json")) {
            return JSON;
        }
        return YAML_TYPES.contains(media) || media.endsWith("+yaml") ? YAML : null;
    }

    /** The format a file is named for: YAML for .yaml and .yml, JSON otherwise. */
    public static PackFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /** The pack in {@code bytes}; unparseable text is a 400 (malformed body), a bad shape a 400 naming its paths. */
    public Pack read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = (this == JSON ? Json.MAPPER : YAML_MAPPER).readTree(bytes);
        } catch (JacksonException e) {
            // the parser's own message names the line and column, never our classes
            throw new ApiException(ErrorKind.MALFORMED_BODY, "The pack is not valid " + name() + ": "
                    + firstLine(e.getOriginalMessage()) + location(e));
        } catch (java.io.IOException e) {
            throw new ApiException(ErrorKind.MALFORMED_BODY, "The pack could not be read");
        }
        return PackReader.read(tree);
    }

    public String write(Pack pack) {
        try {
            JsonNode tree = PackWriter.write(pack);
            return this == JSON ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n"
                    : YAML_MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pack could not be written", e);
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions loader = new LoaderOptions();
        // the same ceiling as a JSON body's: a pack carries attachments in base64
        loader.setCodePointLimit((int) BodyLimit.LARGEST);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                        .maxStringLength((int) BodyLimit.LARGEST).build())
                .build();
        return new YAMLMapper(factory).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
