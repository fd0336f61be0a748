-- Frozen database of schema 0006: tables exactly as migrations
-- 0001 to 0006 create them, with a few rows of real-looking data from the
-- Turkistan delegation of August 2021. Never edit this file: it stands for the
-- databases that users of that release have on their disks.
-- tests/store/test_frozen_databases.py loads it, opens it with the current
-- application (which upgrades it) and checks that every row survived.
BEGIN TRANSACTION;
CREATE TABLE activity (
	id INTEGER NOT NULL,
	program_id INTEGER NOT NULL,
	day DATE NOT NULL,
	start_time TIME,
	end_time TIME,
	position INTEGER NOT NULL,
	kind VARCHAR(40) NOT NULL,
	title VARCHAR(400) NOT NULL,
	venue_id INTEGER,
	notes TEXT NOT NULL, needs_guide BOOLEAN, summary TEXT DEFAULT '' NOT NULL, assumed JSON DEFAULT '[]' NOT NULL, revision INTEGER DEFAULT '0' NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_activity PRIMARY KEY (id),
	CONSTRAINT ck_activity_title_not_empty CHECK (length(trim(title)) > 0),
	CONSTRAINT ck_activity_end_after_start CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time),
	CONSTRAINT fk_activity_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE,
	CONSTRAINT fk_activity_venue_id_venue FOREIGN KEY(venue_id) REFERENCES venue (id) ON DELETE SET NULL
);
INSERT INTO "activity" VALUES(1,1,'2021-08-24','10:00:00.000000','11:00:00.000000',0,'courtesy_visit','Visit to the Mayor of Üsküdar',1,'Hours not given in the report: planned.',NULL,'The delegation sees how the water works serve the district.','["start_time"]',3,2);
INSERT INTO "activity" VALUES(2,1,'2021-08-24','11:30:00.000000',NULL,1,'site_visit','Tebessüm Coffeehouse',2,'',1,'A traditional coffeehouse of the city.','[]',1,2);
CREATE TABLE activity_attendee (
	activity_id INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	CONSTRAINT pk_activity_attendee PRIMARY KEY (activity_id, participant_id), 
	CONSTRAINT fk_activity_attendee_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE, 
	CONSTRAINT fk_activity_attendee_participant_id_participant FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE CASCADE
);
INSERT INTO "activity_attendee" VALUES(2,1);
INSERT INTO "activity_attendee" VALUES(2,3);
CREATE TABLE activity_host (
	id INTEGER NOT NULL,
	activity_id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	title VARCHAR(300) NOT NULL,
	organization_id INTEGER,
	position INTEGER NOT NULL,
	CONSTRAINT pk_activity_host PRIMARY KEY (id),
	CONSTRAINT fk_activity_host_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE,
	CONSTRAINT fk_activity_host_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE SET NULL,
	CONSTRAINT fk_activity_host_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE RESTRICT,
	CONSTRAINT uq_activity_host_activity_id_person_id UNIQUE (activity_id, person_id)
);
INSERT INTO "activity_host" VALUES(1,1,5,'Mayor of Üsküdar',4,0);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL,
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0006');
CREATE TABLE assignment (
	id INTEGER NOT NULL,
	activity_id INTEGER NOT NULL,
	guide_id INTEGER NOT NULL,
	role VARCHAR(20) NOT NULL,
	title VARCHAR(300) NOT NULL,
	notes TEXT NOT NULL,
	CONSTRAINT pk_assignment PRIMARY KEY (id),
	CONSTRAINT ck_assignment_role_known CHECK (role IN ('guide', 'interpreter', 'escort', 'driver', 'host_official')),
	CONSTRAINT fk_assignment_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE,
	CONSTRAINT fk_assignment_guide_id_guide FOREIGN KEY(guide_id) REFERENCES guide (id) ON DELETE CASCADE,
	CONSTRAINT uq_assignment_activity_id_guide_id UNIQUE (activity_id, guide_id)
);
INSERT INTO "assignment" VALUES(1,2,1,'host_official','Deputy Mayor of Üsküdar','');
CREATE TABLE certificate_design (
	program_id INTEGER NOT NULL, 
	background BLOB, 
	background_name VARCHAR(260) NOT NULL, 
	CONSTRAINT pk_certificate_design PRIMARY KEY (program_id), 
	CONSTRAINT fk_certificate_design_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE
);
INSERT INTO "certificate_design" VALUES(1,X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C4944415408D763F8CFC000000301010018DD8DB00000000049454E44AE426082','letterhead.png');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	user VARCHAR(200) NOT NULL, 
	program_id INTEGER, 
	record VARCHAR(40) NOT NULL, 
	record_id INTEGER NOT NULL, 
	label VARCHAR(400) NOT NULL, 
	action VARCHAR(10) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	old TEXT NOT NULL, 
	new TEXT NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'2021-08-20 09:12:00','aigerim@ofis-laptop',1,'participant',1,'Zhandos Tasov','changed','room','','214');
INSERT INTO "change_log" VALUES(2,'2021-08-20 09:14:30','aigerim@ofis-laptop',1,'activity',1,'Visit to the Mayor of Üsküdar','changed','notes','','Bring the certificates');
INSERT INTO "change_log" VALUES(3,'2021-08-21 16:02:10','murat@ofis-laptop',1,'participant',1,'Zhandos Tasov','changed','dietary','','Vegetarian');
CREATE TABLE guide (
	id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	languages JSON NOT NULL,
	roles JSON NOT NULL,
	max_hours_per_day DOUBLE,
	notes TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_guide PRIMARY KEY (id),
	CONSTRAINT ck_guide_max_hours_in_a_day CHECK (max_hours_per_day IS NULL OR (max_hours_per_day > 0 AND max_hours_per_day <= 24)),
	CONSTRAINT fk_guide_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE,
	CONSTRAINT uq_guide_person_id UNIQUE (person_id)
);
INSERT INTO "guide" VALUES(1,6,'["tr"]','["host_official"]',NULL,'',1);
CREATE TABLE guide_unavailability (
	id INTEGER NOT NULL,
	guide_id INTEGER NOT NULL,
	day DATE NOT NULL,
	start_time TIME,
	end_time TIME,
	reason VARCHAR(200) NOT NULL,
	CONSTRAINT pk_guide_unavailability PRIMARY KEY (id),
	CONSTRAINT ck_guide_unavailability_end_after_start CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time),
	CONSTRAINT fk_guide_unavailability_guide_id_guide FOREIGN KEY(guide_id) REFERENCES guide (id) ON DELETE CASCADE
);
INSERT INTO "guide_unavailability" VALUES(1,1,'2021-08-27',NULL,NULL,'council meeting');
CREATE TABLE organization (
	id INTEGER NOT NULL,
	name VARCHAR(300) NOT NULL,
	name_key VARCHAR(300) NOT NULL,
	kind VARCHAR(60) NOT NULL,
	city VARCHAR(120) NOT NULL,
	country VARCHAR(120) NOT NULL,
	notes TEXT NOT NULL,
	CONSTRAINT pk_organization PRIMARY KEY (id),
	CONSTRAINT ck_organization_name_not_empty CHECK (length(trim(name)) > 0)
);
INSERT INTO "organization" VALUES(1,'Union of Turkish World Municipalities (TDBB)','union of turkish world municipalities (tdbb)','union','Istanbul','Türkiye','');
INSERT INTO "organization" VALUES(2,'Beykoz Municipality','beykoz municipality','municipality','Istanbul','Türkiye','');
INSERT INTO "organization" VALUES(3,'Eyüpsultan Municipality','eyupsultan municipality','municipality','Istanbul','Türkiye','');
INSERT INTO "organization" VALUES(4,'Üsküdar Municipality','uskudar municipality','municipality','Istanbul','Türkiye','');
INSERT INTO "organization" VALUES(5,'Zeytinburnu Municipality','zeytinburnu municipality','municipality','Istanbul','Türkiye','');
INSERT INTO "organization" VALUES(6,'Turkistan Municipality','turkistan municipality','municipality','Turkistan','Kazakhstan','');
INSERT INTO "organization" VALUES(7,'Ahmet Yesevi Historical and Cultural Preservation Museum','ahmet yesevi historical and cultural preservation museum','museum','Turkistan','Kazakhstan','');
CREATE TABLE participant (
	id INTEGER NOT NULL,
	program_id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	role VARCHAR(20) NOT NULL,
	title VARCHAR(300) NOT NULL,
	organization_id INTEGER,
	arrival DATETIME,
	departure DATETIME,
	room VARCHAR(40) NOT NULL,
	dietary VARCHAR(200) NOT NULL,
	needs TEXT NOT NULL,
	passport_number VARCHAR(40) NOT NULL,
	birth_date DATE,
	position INTEGER NOT NULL,
	notes TEXT NOT NULL, nationality VARCHAR(120) DEFAULT '' NOT NULL, assumed JSON DEFAULT '[]' NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_participant PRIMARY KEY (id),
	CONSTRAINT ck_participant_role_known CHECK (role IN ('head', 'member', 'staff')),
	CONSTRAINT ck_participant_departure_not_before_arrival CHECK (departure IS NULL OR arrival IS NULL OR departure >= arrival),
	CONSTRAINT fk_participant_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE SET NULL,
	CONSTRAINT fk_participant_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE RESTRICT,
	CONSTRAINT fk_participant_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE,
	CONSTRAINT uq_participant_program_id_person_id UNIQUE (program_id, person_id)
);
INSERT INTO "participant" VALUES(1,1,1,'head','Deputy Mayor of Turkistan Municipality',6,'2021-08-24 06:30:00.000000','2021-08-29 21:00:00.000000','412','halal','','N12345678','1980-03-14',0,'','Kazakhstan','["role"]',2);
INSERT INTO "participant" VALUES(2,1,2,'member','Secretary General of Turkistan Municipality',6,NULL,NULL,'414','','','',NULL,1,'','Kazakhstan','[]',1);
INSERT INTO "participant" VALUES(3,1,4,'member','Ahmet Yesevi Historical and Cultural Preservation Museum Director',7,NULL,NULL,'','','ground-floor room','',NULL,3,'','Kazakhstan','[]',1);
INSERT INTO "participant" VALUES(4,1,3,'member','Head of Business and Tourism Department of Turkistan Municipality',6,NULL,NULL,'','','','',NULL,2,'','Kazakhstan','[]',1);
CREATE TABLE person (
	id INTEGER NOT NULL,
	full_name VARCHAR(200) NOT NULL,
	name_key VARCHAR(200) NOT NULL,
	title VARCHAR(300) NOT NULL,
	organization_id INTEGER,
	languages JSON NOT NULL,
	email VARCHAR(200) NOT NULL,
	phone VARCHAR(60) NOT NULL,
	notes TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_person PRIMARY KEY (id),
	CONSTRAINT ck_person_name_not_empty CHECK (length(trim(full_name)) > 0),
	CONSTRAINT fk_person_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE SET NULL
);
INSERT INTO "person" VALUES(1,'Zhandos Tasov','zhandos tasov','Deputy Mayor of Turkistan Municipality',6,'["kk", "ru"]','','','',3);
INSERT INTO "person" VALUES(2,'Maksat Tangatarov','maksat tangatarov','Secretary General of Turkistan Municipality',6,'["kk", "ru"]','','','',1);
INSERT INTO "person" VALUES(3,'Gulzhamal Dahanova','gulzhamal dahanova','Head of Business and Tourism Department of Turkistan Municipality',6,'["kk", "ru"]','','','',1);
INSERT INTO "person" VALUES(4,'Berik Baibolov','berik baibolov','Ahmet Yesevi Historical and Cultural Preservation Museum Director',7,'["kk"]','','','',1);
INSERT INTO "person" VALUES(5,'Hilmi Türkmen','hilmi turkmen','Mayor of Üsküdar',4,'["tr"]','','','',1);
INSERT INTO "person" VALUES(6,'Zekeriya Şanlıer','zekeriya sanlier','Deputy Mayor of Üsküdar',4,'["tr"]','','','',1);
INSERT INTO "person" VALUES(7,'Ömer Arısoy','omer arisoy','Mayor of Zeytinburnu',5,'["tr"]','','','',1);
CREATE TABLE produced_document (
	id INTEGER NOT NULL, 
	program_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	person_key VARCHAR(60), 
	person_name VARCHAR(200) NOT NULL, 
	file TEXT NOT NULL, 
	produced DATETIME NOT NULL, 
	language VARCHAR(5) NOT NULL, 
	paper VARCHAR(10) NOT NULL, 
	options JSON NOT NULL, 
	parts JSON NOT NULL, 
	labels JSON NOT NULL, 
	CONSTRAINT pk_produced_document PRIMARY KEY (id), 
	CONSTRAINT ck_produced_document_kind_known CHECK (kind IN ('booklet', 'programmes', 'guides', 'badges', 'tents', 'certificates', 'invitation', 'thanks', 'report')), 
	CONSTRAINT fk_produced_document_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE
);
INSERT INTO "produced_document" VALUES(1,1,'certificates','participant:1','Zhandos Tasov','Certificates.pdf','2021-08-28 16:00:00.000000','en','a4','{"badge_size": "a7"}','{"program": "3f2a9c1d0b7e6a51", "participant:1": "9d8c7b6a5f4e3d2c"}','{"program": "Turkistan visit", "participant:1": "Zhandos Tasov"}');
CREATE TABLE program (
	id INTEGER NOT NULL,
	code VARCHAR(40) NOT NULL,
	title VARCHAR(400) NOT NULL,
	organizer_id INTEGER,
	city VARCHAR(120) NOT NULL,
	country VARCHAR(120) NOT NULL,
	first_day DATE NOT NULL,
	last_day DATE NOT NULL,
	languages JSON NOT NULL,
	notes TEXT NOT NULL, time_zone VARCHAR(64) DEFAULT '' NOT NULL, assumed JSON DEFAULT '[]' NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_program PRIMARY KEY (id),
	CONSTRAINT ck_program_last_day_not_before_first CHECK (last_day >= first_day),
	CONSTRAINT ck_program_title_not_empty CHECK (length(trim(title)) > 0),
	CONSTRAINT fk_program_organizer_id_organization FOREIGN KEY(organizer_id) REFERENCES organization (id) ON DELETE SET NULL,
	CONSTRAINT uq_program_code UNIQUE (code)
);
INSERT INTO "program" VALUES(1,'KZ-TURKISTAN-2021','Turkistan Municipality Information and Experience Sharing Program',1,'Istanbul','Türkiye','2021-08-24','2021-08-29','["ru", "kk", "tr"]','','Asia/Almaty','["time_zone"]',4);
CREATE TABLE program_partner (
	program_id INTEGER NOT NULL,
	organization_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	CONSTRAINT pk_program_partner PRIMARY KEY (program_id, organization_id),
	CONSTRAINT fk_program_partner_organization_id_organization FOREIGN KEY(organization_id) REFERENCES organization (id) ON DELETE RESTRICT,
	CONSTRAINT fk_program_partner_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE
);
INSERT INTO "program_partner" VALUES(1,2,0);
INSERT INTO "program_partner" VALUES(1,3,1);
INSERT INTO "program_partner" VALUES(1,4,2);
INSERT INTO "program_partner" VALUES(1,5,3);
CREATE TABLE sheet_layout (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	layout_key VARCHAR(64) NOT NULL, 
	headers JSON NOT NULL, 
	columns JSON NOT NULL, 
	used_at DATETIME NOT NULL, 
	CONSTRAINT pk_sheet_layout PRIMARY KEY (id), 
	CONSTRAINT uq_sheet_layout_kind_layout_key UNIQUE (kind, layout_key)
);
INSERT INTO "sheet_layout" VALUES(1,'roster','a3f1c2','["No", "Adı Soyadı", "Görevi"]','{"name": 1, "title": 2}','2021-08-20 09:15:00.000000');
CREATE TABLE signatory (
	id INTEGER NOT NULL, 
	program_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	organization VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_signatory PRIMARY KEY (id), 
	CONSTRAINT ck_signatory_name_not_empty CHECK (length(trim(name)) > 0), 
	CONSTRAINT fk_signatory_program_id_program FOREIGN KEY(program_id) REFERENCES program (id) ON DELETE CASCADE
);
INSERT INTO "signatory" VALUES(1,1,0,'Fatma Şahin','President','Union of Turkish World Municipalities');
CREATE TABLE venue (
	id INTEGER NOT NULL,
	name VARCHAR(300) NOT NULL,
	name_key VARCHAR(300) NOT NULL,
	owner_id INTEGER,
	kind VARCHAR(60) NOT NULL,
	address TEXT NOT NULL,
	city VARCHAR(120) NOT NULL,
	notes TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL,
	CONSTRAINT pk_venue PRIMARY KEY (id),
	CONSTRAINT ck_venue_name_not_empty CHECK (length(trim(name)) > 0),
	CONSTRAINT fk_venue_owner_id_organization FOREIGN KEY(owner_id) REFERENCES organization (id) ON DELETE SET NULL
);
INSERT INTO "venue" VALUES(1,'Üsküdar Municipality','uskudar municipality',4,'town hall','','Istanbul','',5);
INSERT INTO "venue" VALUES(2,'Tebessüm Coffeehouse','tebessum coffeehouse',4,'cafe','','Istanbul','',5);
CREATE TABLE venue_travel (
	from_venue_id INTEGER NOT NULL, 
	to_venue_id INTEGER NOT NULL, 
	minutes INTEGER NOT NULL, 
	CONSTRAINT pk_venue_travel PRIMARY KEY (from_venue_id, to_venue_id), 
	CONSTRAINT ck_venue_travel_two_venues CHECK (from_venue_id <> to_venue_id), 
	CONSTRAINT ck_venue_travel_minutes_in_a_day CHECK (minutes >= 0 AND minutes <= 1440), 
	CONSTRAINT fk_venue_travel_from_venue_id_venue FOREIGN KEY(from_venue_id) REFERENCES venue (id) ON DELETE CASCADE, 
	CONSTRAINT fk_venue_travel_to_venue_id_venue FOREIGN KEY(to_venue_id) REFERENCES venue (id) ON DELETE CASCADE
);
INSERT INTO "venue_travel" VALUES(1,2,25);
CREATE INDEX ix_organization_name_key ON organization (name_key);
CREATE INDEX ix_person_name_key ON person (name_key);
CREATE INDEX ix_person_organization_id ON person (organization_id);
CREATE INDEX ix_program_organizer_id ON program (organizer_id);
CREATE INDEX ix_venue_name_key ON venue (name_key);
CREATE INDEX ix_venue_owner_id ON venue (owner_id);
CREATE INDEX ix_activity_program_id ON activity (program_id);
CREATE INDEX ix_activity_venue_id ON activity (venue_id);
CREATE INDEX ix_participant_organization_id ON participant (organization_id);
CREATE INDEX ix_participant_person_id ON participant (person_id);
CREATE INDEX ix_participant_program_id ON participant (program_id);
CREATE INDEX ix_activity_host_activity_id ON activity_host (activity_id);
CREATE INDEX ix_activity_host_organization_id ON activity_host (organization_id);
CREATE INDEX ix_activity_host_person_id ON activity_host (person_id);
CREATE INDEX ix_assignment_activity_id ON assignment (activity_id);
CREATE INDEX ix_assignment_guide_id ON assignment (guide_id);
CREATE INDEX ix_guide_unavailability_guide_id ON guide_unavailability (guide_id);
CREATE INDEX ix_venue_travel_to_venue_id ON venue_travel (to_venue_id);
CREATE INDEX ix_activity_attendee_participant_id ON activity_attendee (participant_id);
CREATE INDEX ix_signatory_program_id ON signatory (program_id);
CREATE INDEX ix_produced_document_program_id ON produced_document (program_id);
CREATE INDEX ix_change_log_at ON change_log (at);
CREATE INDEX ix_change_log_program_id ON change_log (program_id);
COMMIT;
