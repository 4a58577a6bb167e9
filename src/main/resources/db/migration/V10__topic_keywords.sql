-- Topic keywords (docs/suggestions.md, "Topic"): the words and phrases that make the suggestion
-- engine propose a topic for a sentence, one a line, edited by editors on /topics and over the API.
-- Portable SQL (H2 2.x, PostgreSQL 13+). Empty: the topic is never proposed by keywords. The limits
-- (how many, how long) are the application's (system.Limits); the column holds any list they allow.
alter table topic add column keywords varchar not null default '';

-- The default topics (V1) by name, on existing desks and new ones alike ("Other" has none, so it is
-- never proposed by keywords). A desk that renamed one gets no keywords for it: its editors add them.
update topic set keywords = 'killed
killing
dead
death
died
casualt
wounded
injured
displac
refugee
victim
civilian
massacre
bodies' where lower(name) = 'casualty figures';

update topic set keywords = 'ceasefire
cease-fire
truce
talks
negotiat
peace process
peace effort
agreement
deadline
resumption
settlement
peace deal' where lower(name) = 'ceasefire timeline';

update topic set keywords = 'military
air strike
airstrike
troops
joint
cooperat
forces
army
weapon
coordinat
bombing
flights' where lower(name) = 'military cooperation';

update topic set keywords = 'transition
step aside
step down
departure
regime
election
successor
power-sharing
interim government
president' where lower(name) = 'political transition';
