/** A string as a DuckDB (SQL) string literal: in single quotes, each quote doubled. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
