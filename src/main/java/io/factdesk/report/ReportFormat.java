package io.factdesk.report;

import io.factdesk.system.ProblemException;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a report is exported in, with what each is called in {@code ?format=} and in {@code Accept}. */
public enum ReportFormat {
    HTML("html", "text/html;charset=UTF-8", "html", "HTML"),
    PDF("pdf", "application/pdf", "pdf", "PDF"),
    MARKDOWN("md", "text/markdown;charset=UTF-8", "md", "Markdown"),
    CSV("csv", "text/csv;charset=UTF-8", "csv", "CSV"),
    JSON("json", "application/json;charset=UTF-8", "json", "JSON"),
    CLAIMREVIEW("claimreview", "application/ld+json;charset=UTF-8", "jsonld", "ClaimReview JSON-LD");

    private final String id;
    private final String contentType;
    private final String extension;
    private final String label;

    ReportFormat(String id, String contentType, String extension, String label) {
        this.id = id;
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    /** How the pages name it. */
    public String label() {
        return label;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return MediaType.valueOf(contentType);
    }

    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }

    /**
     * The format asked for: {@code ?format=} wins; otherwise the first acceptable type of {@code Accept}
     * (in the client's order of preference) that a format has; otherwise JSON. An unknown
     * {@code format} is a 422; an {@code Accept} that admits none of them is a 406.
     */
    public static ReportFormat choose(String format, List<MediaType> accept) {
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.id.equals(wanted) || f.extension.equals(wanted)
                    || (f == MARKDOWN && wanted.equals("markdown"))).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("format", "Unknown format '" + format
                            + "': use one of " + ids() + "."));
        }
        if (accept == null || accept.isEmpty()) {
            return JSON;
        }
        for (MediaType type : accept) {
            if (type.isWildcardType()) {
                return JSON;
            }
            Optional<ReportFormat> match = Arrays.stream(values())
                    .filter(f -> f.mediaType().isCompatible(type) && !type.isWildcardSubtype()).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            if (type.isWildcardSubtype()) {
                Optional<ReportFormat> family = Arrays.stream(values())
                        .filter(f -> f.mediaType().getType().equalsIgnoreCase(type.getType())).findFirst();
                if (family.isPresent()) {
                    return family.get();
                }
            }
        }
        throw new ProblemException(406, "not-acceptable", "Not acceptable", "No report format matches Accept: "
                + accept.stream().map(MediaType::toString).collect(Collectors.joining(", ")) + ". Formats: "
                + Arrays.stream(values()).map(f -> f.mediaType().getType() + "/" + f.mediaType().getSubtype())
                        .collect(Collectors.joining(", ")) + ".", null, null);
    }
}
