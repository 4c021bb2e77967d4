-- One-time codes issued for one dossier. The code row keeps the dossier's code only while the code is live: the
-- statement that uses or replaces the code clears it, so a used code's row (which shares its transaction id with the
-- response) names no dossier. Voided: replaced by a newer code for the same dossier, opens nothing.
alter table survey_code add column dossier_code varchar(64), add column voided boolean not null default false;
-- at most one live code per dossier
create unique index survey_code_live_dossier on survey_code (dossier_code) where dossier_code is not null;

-- That a dossier was given a code in a campaign (written only when a code is issued, never when it is used): with no
-- live code left, the dossier's code was used, and is not replaced. Its row is locked by each issue, so issues for
-- one dossier run one after the other.
create table survey_dossier_code (
    dossier_code varchar(64) not null,
    campaign_id bigint not null references survey_campaign (id),
    issued int not null check (issued >= 1),
    primary key (dossier_code, campaign_id)
);
