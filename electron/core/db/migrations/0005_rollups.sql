-- Hand-edited after drizzle-kit generate: both rollup tables are WITHOUT ROWID (drizzle's schema
-- cannot say so), so a year's rows are read straight from the primary key in (run, month) order.
CREATE TABLE `figure_rollups` (
	`run_id` text NOT NULL,
	`month` text NOT NULL,
	`site_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`scope` integer NOT NULL,
	`scope3_category` integer NOT NULL,
	`method` text NOT NULL,
	`data_quality` text NOT NULL,
	`estimated` integer NOT NULL,
	`source` text NOT NULL,
	`import_id` text NOT NULL,
	`factor_set_id` text NOT NULL,
	`quantity_unit` text NOT NULL,
	`co2e_kg` real NOT NULL,
	`quantity` real NOT NULL,
	`figure_count` integer NOT NULL,
	`starting_count` integer NOT NULL,
	`min_period_start` text NOT NULL,
	PRIMARY KEY(`run_id`, `month`, `site_id`, `activity_id`, `scope`, `scope3_category`, `method`, `data_quality`, `estimated`, `source`, `import_id`, `factor_set_id`, `quantity_unit`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `meter_months` (
	`run_id` text NOT NULL,
	`month` text NOT NULL,
	`site_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`meter` text NOT NULL,
	`source` text NOT NULL,
	`figure_count` integer NOT NULL,
	PRIMARY KEY(`run_id`, `month`, `site_id`, `activity_id`, `meter`, `source`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `emission_figures_run_period_idx` ON `emission_figures` (`run_id`,`period_start`);