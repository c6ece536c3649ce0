CREATE TABLE `published_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`reporting_year` integer NOT NULL,
	`title` text NOT NULL,
	`run_id` text NOT NULL,
	`inputs_sha256` text NOT NULL,
	`document_json` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `published_reports_kind_year_idx` ON `published_reports` (`kind`,`reporting_year`);--> statement-breakpoint
CREATE TABLE `reduction_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`status` text NOT NULL,
	`started_on` text,
	`completed_on` text,
	`site_id` text,
	`estimated_saving_kwh` real,
	`estimated_saving_co2e_kg` real,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reduction_actions_status_idx` ON `reduction_actions` (`status`);--> statement-breakpoint
CREATE TABLE `report_inputs` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reporting_year_metrics` (
	`year` integer PRIMARY KEY NOT NULL,
	`turnover_gbp` real,
	`employees_fte` real,
	`floor_area_m2` real,
	`updated_at` text NOT NULL
);
