package io.factdesk.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Fonts installed on the server for the scripts the shipped DejaVu Sans lacks (Chinese, Japanese, Korean,
 * Devanagari …), drawn where DejaVu has no glyph: on the share cards ({@link ShareCard}) and in the PDF
 * ({@link PdfReport}). {@code factdesk.fonts.fallback} lists the font files (TrueType or OpenType, one face
 * each); a listed file that is not there is skipped, so the default can name the Debian packages' files.
 * Read once, at the first card or PDF. docs/reports.md, "Fonts".
 */
final class FallbackFonts {

    private static final Logger LOG = Logger.getLogger(FallbackFonts.class);
    static final String KEY = "factdesk.fonts.fallback";

    /** A font file found and read: its path (for the PDF) and the font (for the cards). */
    record Fallback(Path file, Font font) {
    }

    private FallbackFonts() {
    }

    /** The first fallback font that can draw {@code codePoint}, if any. */
    static Optional<Font> drawing(int codePoint) {
        return of(codePoint).map(Fallback::font);
    }

    /** The first fallback that can draw {@code codePoint}, if any. */
    static Optional<Fallback> of(int codePoint) {
        for (Fallback f : Holder.ALL) {
            if (f.font().canDisplay(codePoint)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static final class Holder {
        static final List<Fallback> ALL = load(ConfigProvider.getConfig().getOptionalValues(KEY, String.class)
                .orElse(List.of()));
    }

    static List<Fallback> load(List<String> files) {
        List<Fallback> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : files) {
            Path file = Path.of(name.strip());
            if (!Files.isReadable(file)) {
                missing.add(name.strip());
                continue;
            }
            try {
                found.add(new Fallback(file, Font.createFont(Font.TRUETYPE_FONT, file.toFile())));
            } catch (IOException | FontFormatException e) {
                LOG.warnf("The fallback font %s cannot be read (%s): skipped", file, e.getMessage());
            }
        }
        LOG.infof("Fonts for the scripts DejaVu lacks (cards and PDFs): %s%s",
                found.isEmpty() ? "none" : String.join(", ", found.stream().map(f -> f.file().toString()).toList()),
                missing.isEmpty() ? "" : "; not installed: " + String.join(", ", missing));
        return List.copyOf(found);
    }
}
