package org.infoshare.deploycheck;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An overlay of deploy/k8s rendered by `kubectl kustomize`, as JSON trees. */
final class Manifests {

    static final String INSTALL = "install kubectl (it embeds Kustomize: `kubectl kustomize <dir>` renders without a cluster)";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static List<JsonNode> render(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> parse(kustomize("deploy/k8s/overlays/" + o)));
    }

    static String kustomize(String dir) {
        Commands.Result result = Commands.run(List.of("kubectl", "kustomize", Repo.path(dir).toString()), Map.of(), INSTALL);
        if (result.exit() != 0) {
            fail("kubectl kustomize " + dir + " failed:\n" + result.err());
        }
        return result.out();
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            fail("the rendered manifests are not valid YAML: " + e.getMessage());
        }
        return docs;
    }

    static String id(JsonNode doc) {
        return doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static Optional<JsonNode> find(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)
                && d.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    static JsonNode get(List<JsonNode> docs, String kind, String name) {
        return find(docs, kind, name).orElseGet(() -> fail("no " + kind + " " + name + " in the rendered overlay"));
    }
}
