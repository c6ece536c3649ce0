import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD');

export const instrumentKinds = ['rego-tariff', 'unbundled-rego', 'ppa', 'onsite-generation', 'supplier-mix'] as const;
export const instrumentKindLabels: Record<(typeof instrumentKinds)[number], string> = {
  'rego-tariff': 'REGO-backed renewable tariff',
  'unbundled-rego': 'REGO certificates bought separately',
  ppa: 'Power purchase agreement (PPA)',
  'onsite-generation': 'On-site generation (e.g. solar panels)',
  'supplier-mix': "Supplier's published fuel mix",
};

export const markets = ['GB', 'NI'] as const;

export const instrumentInputSchema = z
  .object({
    kind: z.enum(instrumentKinds),
    supplier: z.string().trim().min(1, 'Supplier is required').max(200),
    tariff: z.string().trim().max(200).nullable().optional().transform((v) => v || null),
    siteId: z.string().min(1).nullable().optional().transform((v) => v ?? null),
    market: z.enum(markets),
    periodStart: isoDate,
    periodEnd: isoDate,
    volumeMwh: z.number().positive('Volume must be more than 0 MWh').max(10_000_000).nullable().optional().transform((v) => v ?? null),
    factorKgCo2ePerKwh: z.number().min(0, 'The emission factor cannot be negative').max(2, 'Emission factors are in kg CO2e per kWh (grid average is about 0.2)'),
    evidenceName: z.string().trim().max(300).nullable().optional().transform((v) => v || null),
    additional: z.boolean(),
    subsidised: z.boolean(),
    directSupply: z.boolean(),
    notes: z.string().trim().max(2000).nullable().optional().transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.periodEnd < value.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period must end on or after its start' });
    const certificate = value.kind === 'unbundled-rego' || value.kind === 'ppa' || value.kind === 'onsite-generation';
    if (certificate && value.volumeMwh === null) {
      ctx.addIssue({ code: 'custom', path: ['volumeMwh'], message: 'Enter the volume in MWh that the certificates or contract cover' });
    }
  });
export type InstrumentInput = z.input<typeof instrumentInputSchema>;

export const instrumentSchema = z.object({
  id: z.string(),
  kind: z.enum(instrumentKinds),
  supplier: z.string(),
  tariff: z.string().nullable(),
  siteId: z.string().nullable(),
  market: z.enum(markets),
  periodStart: z.string(),
  periodEnd: z.string(),
  volumeMwh: z.number().nullable(),
  factorKgCo2ePerKwh: z.number(),
  evidenceName: z.string().nullable(),
  additional: z.boolean(),
  subsidised: z.boolean(),
  directSupply: z.boolean(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const residualMixInputSchema = z.object({
  market: z.enum(markets),
  year: z.number().int().min(2000).max(2100),
  factorKgCo2ePerKwh: z.number().min(0).max(2, 'Residual mix factors are in kg CO2e per kWh'),
  source: z.string().trim().min(10, 'Say where this value comes from (publication, table and year), so it can be checked').max(1000),
});

export const residualMixSchema = z.object({
  id: z.string(),
  market: z.enum(markets),
  year: z.number().int(),
  factorKgCo2ePerKwh: z.number(),
  source: z.string(),
  createdAt: z.string(),
});
export type ResidualMixFactor = z.infer<typeof residualMixSchema>;
