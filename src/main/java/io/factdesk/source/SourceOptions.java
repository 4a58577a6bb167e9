package io.factdesk.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The fixed vocabularies of sources and evidence as templates see them, tags included (which see
 * only their own parameters): {@code {#for t in inject:sourceOptions.types}}.
 */
@Named("sourceOptions")
@ApplicationScoped
public class SourceOptions {

    public SourceType[] types() {
        return SourceType.values();
    }

    public Reliability[] grades() {
        return Reliability.values();
    }

    public Stance[] stances() {
        return Stance.values();
    }
}
