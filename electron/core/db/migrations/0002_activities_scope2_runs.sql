CREATE TABLE `activity_records` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`quantity` real NOT NULL,
	`unit` text NOT NULL,
	`options_json` text,
	`source` text NOT NULL,
	`source_ref` text,
	`description` text,
	`data_quality` text NOT NULL,
	`meter` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `activity_records_site_period_idx` ON `activity_records` (`site_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `activity_records_activity_idx` ON `activity_records` (`activity_id`);--> statement-breakpoint
CREATE TABLE `calculation_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`created_at` text NOT NULL,
	`reason` text NOT NULL,
	`factor_set_ids_json` text NOT NULL,
	`pinned_factor_year` integer,
	`previous_run_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calculation_runs_number_unique` ON `calculation_runs` (`number`);--> statement-breakpoint
CREATE TABLE `emission_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`activity_record_id` text NOT NULL,
	`site_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`role` text NOT NULL,
	`scope` integer NOT NULL,
	`scope3_category` integer,
	`method` text NOT NULL,
	`co2e_kg` real NOT NULL,
	`co2_kg` real,
	`ch4_kg` real,
	`n2o_kg` real,
	`quantity` real NOT NULL,
	`quantity_unit` text NOT NULL,
	`factor_set_id` text,
	`factor_id` integer,
	`factor_row_number` integer,
	`factor_value` real NOT NULL,
	`factor_unit` text NOT NULL,
	`factor_year` integer,
	`market_step` text,
	`market_source_id` text,
	`provenance_json` text NOT NULL,
	`notes_json` text,
	FOREIGN KEY (`run_id`) REFERENCES `calculation_runs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `emission_figures_run_idx` ON `emission_figures` (`run_id`,`scope`,`scope3_category`);--> statement-breakpoint
CREATE INDEX `emission_figures_record_idx` ON `emission_figures` (`activity_record_id`);--> statement-breakpoint
CREATE TABLE `residual_mix_factors` (
	`id` text PRIMARY KEY NOT NULL,
	`market` text NOT NULL,
	`year` integer NOT NULL,
	`factor_kg_co2e_per_kwh` real NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `restatements` (
	`id` text PRIMARY KEY NOT NULL,
	`from_run_id` text NOT NULL,
	`to_run_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`base_year_change_pct` real,
	`threshold_pct` real NOT NULL,
	`base_year_recalculation_required` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scope2_instruments` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`supplier` text NOT NULL,
	`tariff` text,
	`site_id` text,
	`market` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`volume_mwh` real,
	`factor_kg_co2e_per_kwh` real NOT NULL,
	`evidence_name` text,
	`evidence_sha256` text,
	`additional` integer NOT NULL,
	`subsidised` integer NOT NULL,
	`direct_supply` integer NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `scope2_instruments_period_idx` ON `scope2_instruments` (`market`,`period_start`);