-- Art. 30: the unit an accusation is about, which must never see it
alter table petition add column accused_unit varchar(40);
