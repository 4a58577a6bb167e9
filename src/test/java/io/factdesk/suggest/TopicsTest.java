package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposed topic, or none, always with why. */
class TopicsTest {

    private static final List<Topics.TopicKeywords> TOPICS = List.of(
            new Topics.TopicKeywords("Casualty figures", SeededKeywords.of("Casualty figures")),
            new Topics.TopicKeywords("Ceasefire timeline", SeededKeywords.of("Ceasefire timeline")),
            new Topics.TopicKeywords("Other", List.of()));

    @Test
    void theTopicWithMostKeywordsWins() {
        Topics.Proposal p = Topics.propose("At least 37 civilians were killed and 112 wounded.", TOPICS);
        assertThat(p.topic()).isEqualTo("Casualty figures");
        assertThat(p.why()).isEqualTo("keywords: killed, wounded, civilian");
    }

    @Test
    void keywordsMatchAtTheStartOfAWord() {
        assertThat(Topics.propose("Negotiations resumed.", TOPICS).topic()).isEqualTo("Ceasefire timeline");
        assertThat(Topics.propose("Nothing was stalked.", List.of(new Topics.TopicKeywords("T", List.of("talk")))).topic())
                .isNull();
    }

    @Test
    void noneSaysWhy() {
        Topics.Proposal none = Topics.propose("The sun rose over the hills.", TOPICS);
        assertThat(none.topic()).isNull();
        assertThat(none.why()).isEqualTo("no topic's keywords appear in the sentence");
        Topics.Proposal tie = Topics.propose("The ceasefire failed and 12 were killed.", TOPICS);
        assertThat(tie.topic()).isNull();
        assertThat(tie.why()).contains("Casualty figures").contains("Ceasefire timeline");
        assertThat(Topics.propose("anything", List.of()).why()).isEqualTo("no topics to choose from");
    }
}
