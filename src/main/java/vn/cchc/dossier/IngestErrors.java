package vn.cchc.dossier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** Reads back the errors stored with a refused ingest. */
final class IngestErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IngestErrors() {
    }

    static List<IngestError> parse(String text) {
        List<IngestError> list = new ArrayList<>();
        for (JsonNode n : JSON.readTree(text)) {
            list.add(new IngestError(n.path("line").asLong(), n.path("column").isNull() ? null : n.path("column").asString(null),
                    n.path("message").asString("")));
        }
        return list;
    }
}
