-- Figures' provenance snapshots and notes move to figure_details, one row per distinct pair; each
-- figure keeps a detail_id. No table is rebuilt: SQLite cannot add a NOT NULL column without a
-- default to a populated table, so detail_id is added nullable, filled for every existing figure,
-- and the two JSON columns are then dropped (no index, view or trigger uses them). insertFigures is
-- the only writer of figures and always sets it; migration-tests/0007_figure_details.test.ts
-- migrates a populated workspace and compares every figure's provenance and notes.
CREATE TABLE `figure_details` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provenance_json` text NOT NULL,
	`notes_json` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figure_details_content_idx` ON `figure_details` (`provenance_json`,`notes_json`);--> statement-breakpoint
INSERT INTO `figure_details` (`provenance_json`, `notes_json`)
	SELECT `provenance_json`, coalesce(`notes_json`, '[]') FROM `emission_figures`
	GROUP BY `provenance_json`, coalesce(`notes_json`, '[]') ORDER BY min(`id`);--> statement-breakpoint
ALTER TABLE `emission_figures` ADD `detail_id` integer REFERENCES figure_details(id);--> statement-breakpoint
UPDATE `emission_figures` SET `detail_id` = (
	SELECT d.`id` FROM `figure_details` d
	WHERE d.`provenance_json` = `emission_figures`.`provenance_json` AND d.`notes_json` = coalesce(`emission_figures`.`notes_json`, '[]')
);--> statement-breakpoint
ALTER TABLE `emission_figures` DROP COLUMN `provenance_json`;--> statement-breakpoint
ALTER TABLE `emission_figures` DROP COLUMN `notes_json`;
