CREATE TABLE `factor_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`dataset` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`year` integer NOT NULL,
	`version` text NOT NULL,
	`updated_on` text,
	`source_file` text NOT NULL,
	`source_sha256` text,
	`file_sha256` text NOT NULL,
	`licence` text,
	`verified` integer NOT NULL,
	`caveat` text,
	`row_count` integer NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `factor_sets_file_sha_idx` ON `factor_sets` (`dataset`,`file_sha256`);--> statement-breakpoint
CREATE INDEX `factor_sets_dataset_year_idx` ON `factor_sets` (`dataset`,`year`);--> statement-breakpoint
CREATE TABLE `factors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`set_id` text NOT NULL,
	`row_number` integer NOT NULL,
	`external_id` text,
	`scope` text NOT NULL,
	`level1` text NOT NULL,
	`level2` text NOT NULL,
	`level3` text NOT NULL,
	`level4` text NOT NULL,
	`column_text` text NOT NULL,
	`uom` text NOT NULL,
	`ghg_unit` text NOT NULL,
	`value` real,
	`raw_value` text NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `factor_sets`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `factors_set_row_idx` ON `factors` (`set_id`,`row_number`,`column_text`,`ghg_unit`);--> statement-breakpoint
CREATE INDEX `factors_lookup_idx` ON `factors` (`set_id`,`level1`,`level2`,`level3`);