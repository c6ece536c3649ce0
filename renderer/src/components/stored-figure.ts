import { z } from 'zod';
import type { FigureView } from '../../../shared/domain/calculations';
import { factorProvenanceSchema, type FactorProvenanceDto } from '../../../shared/domain/activities';

// A stored figure keeps its provenance as the JSON it was saved with: a published factor row, or
// for a market-based slice that did not come from a factor row, the instrument / supplier mix /
// residual mix it came from with the grid factor it replaced.

const marketProvenanceSchema = z.object({
  kind: z.enum(['instrument', 'supplier-mix', 'residual-mix']),
  sourceId: z.string(),
  note: z.string(),
  gridFactor: factorProvenanceSchema,
});
export type MarketProvenanceDto = z.infer<typeof marketProvenanceSchema>;

export type StoredProvenance =
  | { kind: 'factor'; factor: FactorProvenanceDto }
  | { kind: 'market'; market: MarketProvenanceDto }
  | { kind: 'unreadable' };

export function readProvenance(figure: Pick<FigureView, 'provenance'>): StoredProvenance {
  const market = marketProvenanceSchema.safeParse(figure.provenance);
  if (market.success) return { kind: 'market', market: market.data };
  const factor = factorProvenanceSchema.safeParse(figure.provenance);
  if (factor.success) return { kind: 'factor', factor: factor.data };
  return { kind: 'unreadable' };
}
