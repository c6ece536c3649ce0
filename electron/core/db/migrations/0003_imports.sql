CREATE TABLE `import_files` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text NOT NULL,
	`profile_id` text NOT NULL,
	`imported_at` text NOT NULL,
	`status` text NOT NULL,
	`undone_at` text,
	`rows_total` integer NOT NULL,
	`rows_imported` integer NOT NULL,
	`rows_rejected` integer NOT NULL,
	`rows_duplicate` integer NOT NULL,
	`intervals_imported` integer NOT NULL,
	`warnings_json` text NOT NULL,
	`evidence_gzip` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_files_sha_idx` ON `import_files` (`sha256`);--> statement-breakpoint
CREATE TABLE `import_rejects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`row_number` integer NOT NULL,
	`column_name` text,
	`reason` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `import_files`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `import_rejects_import_idx` ON `import_rejects` (`import_id`);--> statement-breakpoint
CREATE TABLE `interval_readings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`site_id` text NOT NULL,
	`meter` text NOT NULL,
	`start_utc` text NOT NULL,
	`minutes` integer NOT NULL,
	`energy_kwh` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interval_readings_meter_start_idx` ON `interval_readings` (`meter`,`start_utc`);--> statement-breakpoint
CREATE INDEX `interval_readings_import_idx` ON `interval_readings` (`import_id`);--> statement-breakpoint
CREATE TABLE `saved_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`header_signature` text NOT NULL,
	`mapping_json` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_mappings_header_signature_unique` ON `saved_mappings` (`header_signature`);--> statement-breakpoint
ALTER TABLE `activity_records` ADD `import_id` text;--> statement-breakpoint
ALTER TABLE `activity_records` ADD `estimated` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `activity_records_import_idx` ON `activity_records` (`import_id`);