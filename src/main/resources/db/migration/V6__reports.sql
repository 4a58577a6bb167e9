-- Reports: who the claimant is (ClaimReview names a Person or an Organization), where a claim was
-- first made, and the organisation whose name, methodology and corrections policy reports print.

alter table claim add column claimant_type varchar(20);
alter table claim add column first_appearance varchar(4000);

-- One row (id = 1), edited by admins; reports read it as it is when they are generated.
create table organisation (
    id                 integer not null primary key,
    name               varchar(400) not null,
    url                varchar(4000),
    methodology        varchar(40000),
    corrections_policy varchar(40000),
    updated_at         timestamp with time zone,
    version            bigint not null default 0
);

insert into organisation (id, name, url, methodology, corrections_policy) values (1, 'Factdesk', null,
    'Each claim is checked by a reviewer against the sources listed with it and approved by an editor other than the reviewer before it is published. The verdict follows the rating scale below.',
    'When a published fact-check is found to be wrong or incomplete, an editor reopens it, the correction is researched and reviewed again, and the corrected fact-check is published with a correction note. Every correction is listed in the corrections log of the report.');
