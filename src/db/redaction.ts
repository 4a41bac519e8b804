// Personal-data erasure (docs/decisions/012-personal-data-erasure.md): the SQL pieces each module's repository
// uses to overwrite its own free-text columns of a case with the marker. Null stays null; the marker stays.
import { or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The column's new value: the marker, or null when there was no text. */
export const redactedText = (col: AnyPgColumn, marker: string): SQL => sql`case when ${col} is null then null else ${marker} end`;

/** Rows that still hold text in one of `cols` (so a second erasure changes nothing and triggers see no update). */
export const holdsText = (cols: readonly AnyPgColumn[], marker: string): SQL =>
  or(...cols.map((c) => sql`(${c} is not null and ${c} <> ${marker})`)) ?? sql`false`;

/** A text kept inside a json value: the marker when present. */
export const redactString = (v: string | null | undefined, marker: string): string | null => (v == null ? null : marker);
