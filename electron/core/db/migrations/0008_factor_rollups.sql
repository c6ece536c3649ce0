-- Hand-edited after drizzle-kit generate: WITHOUT ROWID as in 0005, so a year's rows are read
-- straight from the primary key in (run, month) order.
CREATE TABLE `factor_rollups` (
	`run_id` text NOT NULL,
	`month` text NOT NULL,
	`site_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`scope` integer NOT NULL,
	`scope3_category` integer NOT NULL,
	`role` text NOT NULL,
	`method` text NOT NULL,
	`market_step` text NOT NULL,
	`market_source_id` text NOT NULL,
	`factor_set_id` text NOT NULL,
	`factor_id` integer NOT NULL,
	`factor_row_number` integer NOT NULL,
	`factor_value` real NOT NULL,
	`factor_unit` text NOT NULL,
	`factor_year` integer NOT NULL,
	`quantity_unit` text NOT NULL,
	`co2e_kg` real NOT NULL,
	`quantity` real NOT NULL,
	`figure_count` integer NOT NULL,
	`starting_count` integer NOT NULL,
	`min_period_start` text NOT NULL,
	`max_figure_id` integer NOT NULL,
	PRIMARY KEY(`run_id`, `month`, `site_id`, `activity_id`, `scope`, `scope3_category`, `role`, `method`, `market_step`, `market_source_id`, `factor_set_id`, `factor_id`, `factor_row_number`, `factor_value`, `factor_unit`, `factor_year`, `quantity_unit`)
) WITHOUT ROWID;
