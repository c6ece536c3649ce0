// SQLite limits the variables of one statement (32,766), and one huge IN list is slow: long id
// lists are queried in batches of this size.
export const ID_BATCH = 500;

export function idBatches<T>(ids: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) out.push(ids.slice(i, i + ID_BATCH));
  return out;
}
