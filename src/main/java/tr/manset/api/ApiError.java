package tr.manset.api;

import java.util.Map;

/**
 * What every failed API call answers: a machine-readable code and a Turkish message.
 *
 * @param problems for "invalid": the message for each field that is wrong; otherwise empty
 * @param version for "conflict": the story's current version
 */
public record ApiError(String code, String message, Map<String, String> problems, Integer version) {

    static ApiError of(String code, String message) {
        return new ApiError(code, message, Map.of(), null);
    }
}
