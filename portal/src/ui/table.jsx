// The portal's tables of records, one shape for every page: named (a caption, shown or for
// screen readers only, or the heading that names it), column headers with `scope="col"`, one
// row per record or a row that says there are none, in a wrapper that scrolls sideways on a
// phone's screen and that the keyboard reaches (so a wide table is never cut off).

/** A column given as its label alone, or as `{ label, num, hidden }`. */
const columnOf = (column) => (column && typeof column === 'object' && 'label' in column ? column : { label: column });

/**
 * A table of `rows`, each drawn by `row(item, index)` as a `<tr>` (with its `key`).
 * - `caption`: the table's name (text or elements); `hideCaption` keeps it for screen readers
 *   only. Or `labelledBy`: the id of the heading that already names it.
 * - `columns`: one per column, in order: a label, or `{ label, num, hidden }` (`num`: figures,
 *   aligned right; `hidden`: a label for screen readers only, as a column of buttons has). A
 *   false entry is left out, so that a column can depend on a condition.
 * - `empty`: what to say, in one row across every column, when there are no rows (nothing is
 *   said without it); `emptyTestId` marks that cell.
 * - `testId`: the `<table>`'s `data-testid`.
 */
export function DataTable({ caption, hideCaption = false, labelledBy, columns, rows, row, empty, emptyTestId, testId }) {
  const shown = columns.filter((c) => c !== false && c != null).map(columnOf);
  return (
    <div class="table-wrap" tabIndex={0}>
      <table data-testid={testId} aria-labelledby={caption == null ? labelledBy : undefined}>
        {caption != null && <caption class={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>}
        <thead>
          <tr>
            {shown.map((c, i) => (
              <th key={i} scope="col" class={c.num ? 'num' : undefined}>
                {c.hidden ? <span class="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty != null && (
            <tr>
              <td colSpan={shown.length} class="muted" data-testid={emptyTestId}>{empty}</td>
            </tr>
          )}
          {rows.map(row)}
        </tbody>
      </table>
    </div>
  );
}
