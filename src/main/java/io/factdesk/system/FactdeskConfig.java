package io.factdesk.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Operator settings; each key is documented next to its default in application.properties. */
@ConfigMapping(prefix = "factdesk")
public interface FactdeskConfig {

    Admin admin();

    Demo demo();

    ArticleLimits article();

    /** The sizes of what is kept per chain head ({@link HeadCache}). */
    Caches cache();

    /**
     * Where readers reach this server, e.g. {@code https://factcheck.example.org}: the base of the
     * public pages that reports and ClaimReview link to. Unset, the address of each request is used.
     */
    Optional<String> publicUrl();

    /** The embeddable card of a published claim ({@code report.Embeds}). */
    Embed embed();

    /** Fonts for the scripts the shipped ones lack ({@code report.FallbackFonts}, which reads them first). */
    Fonts fonts();

    interface Fonts {
        /** Font files tried, in order, where DejaVu Sans has no glyph; one that is not installed is skipped. */
        Optional<List<String>> fallback();
    }

    interface Embed {
        /**
         * The CSP {@code frame-ancestors} sources that may frame the embeddable card: {@code *} (any web site,
         * the default) or a list such as {@code https://news.example.org https://*.example.com}. Every other
         * page keeps {@code frame-ancestors 'none'}.
         */
        @WithDefault("*")
        String frameAncestors();
    }

    interface Admin {
        @WithDefault("admin")
        String username();

        Optional<String> password();
    }

    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

    interface Caches {
        /** Pages and their parts, claim searches and counts ({@link PageCache}). */
        Pages pages();

        /** Rendered reports and public pages ({@code report.ReportCache}). */
        Reports reports();

        interface Pages {
            /** Bytes of rendered HTML, about: 32 MiB (a 200-claim reader page is about 200 kB). */
            @WithDefault("33554432")
            long maxWeight();
        }

        interface Reports {
            /** Bytes of rendered reports: 64 MiB (a 1,000-claim article: 2.0 MB as HTML, 2.2 MB as PDF). */
            @WithDefault("67108864")
            long maxWeight();
        }
    }

    interface ArticleLimits {
        @WithDefault("1048576")
        int maxBodyBytes();
    }
}
