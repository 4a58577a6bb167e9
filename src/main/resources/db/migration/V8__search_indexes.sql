-- A search or a board filtered on a state and a topic reads "the newest claims of this topic in this
-- state": with them in id order the database walks the index backwards and stops after the page,
-- where it read and sorted every claim of the topic before (docs/benchmarks.md).

create index claim_state_topic_id_idx on claim (state, topic_id, id);
