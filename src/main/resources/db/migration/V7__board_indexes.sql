-- The workboard and the claim search read "the newest claims in a state": one index walk per column
-- instead of sorting every claim of the state (docs/benchmarks.md). It replaces the state-only index.

create index claim_state_id_idx on claim (state, id);
drop index claim_state_idx;
