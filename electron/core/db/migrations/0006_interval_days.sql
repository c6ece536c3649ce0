CREATE TABLE `interval_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`site_id` text NOT NULL,
	`meter` text NOT NULL,
	`activity_id` text NOT NULL,
	`day` text NOT NULL,
	`start_utc` text NOT NULL,
	`interval_minutes` integer NOT NULL,
	`slots` integer NOT NULL,
	`readings` integer NOT NULL,
	`energy_kwh` real NOT NULL,
	`values_kwh` blob NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interval_days_meter_day_idx` ON `interval_days` (`meter`,`day`);--> statement-breakpoint
CREATE INDEX `interval_days_import_idx` ON `interval_days` (`import_id`);