import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** Handle of one aggregate in an AggregateQuery: read its value from the result row. */
export type Slot = number;

/**
 * One aggregate pass: several aggregate expressions over one table, run as a single
 * `SELECT agg1, agg2, ... FROM table` (one scan, whatever the column count). Numbers computed
 * by an earlier pass enter as bound DOUBLE parameters, never as SQL text.
 */
export class AggregateQuery {
  private readonly exprs: string[] = [];
  private readonly params: number[] = [];

  get size(): number {
    return this.exprs.length;
  }

  /** Adds an aggregate expression; returns its slot in the result row. */
  add(expr: string): Slot {
    this.exprs.push(expr);
    return this.exprs.length - 1;
  }

  /** `$n::DOUBLE` bound to `value`. */
  num(value: number): string {
    this.params.push(value);
    return `$${this.params.length}::DOUBLE`;
  }

  /** Runs the pass; the result row is read by slot. An empty pass runs nothing. */
  async run(conn: DuckDBConnection, from: string): Promise<AggregateRow> {
    if (this.exprs.length === 0) return new AggregateRow([]);
    const sql = `SELECT ${this.exprs.join(', ')} FROM ${from}`;
    let rows: DuckDBValue[][];
    if (this.params.length === 0) {
      rows = await (await conn.run(sql)).getRows();
    } else {
      // Typed binds: an untyped JS number such as 1e200 would be bound as an integer.
      const statement = await conn.prepare(sql);
      this.params.forEach((v, i) => {
        statement.bindDouble(i + 1, v);
      });
      rows = await (await statement.run()).getRows();
    }
    return new AggregateRow(rows[0] ?? []);
  }
}

export class AggregateRow {
  constructor(private readonly values: DuckDBValue[]) {}

  raw(slot: Slot | undefined): DuckDBValue {
    return slot === undefined ? null : (this.values[slot] ?? null);
  }

  /** A count (BIGINT): 0 when NULL (count_if over no rows is NULL). */
  count(slot: Slot | undefined): number {
    const v = this.raw(slot);
    return v === null ? 0 : Number(v);
  }

  /** A finite number, or null (NULL, NaN, ±Infinity or not a number). */
  number(slot: Slot | undefined): number | null {
    return finiteNumber(this.raw(slot));
  }
}

export function finiteNumber(v: DuckDBValue): number | null {
  if (typeof v !== 'number' && typeof v !== 'bigint') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
