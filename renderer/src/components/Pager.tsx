import { Button } from './Button';

export interface PagerProps {
  /** The accessible name of the navigation landmark, e.g. “Audit log pages”. */
  label: string;
  /** Zero-based. */
  page: number;
  pageSize: number;
  /** Items in the whole list, across every page. */
  total: number;
  /** Items on this page. */
  shown: number;
  /** What is counted, one and many: ['record', 'records']. */
  noun: readonly [one: string, many: string];
  /** How the total is written; as a plain number unless given. */
  formatTotal?: (total: number) => string | number;
  onPage: (page: number) => void;
}

/** “Showing 1–25 of 80 records”, with Previous page / Next page once there is more than one page. */
export function Pager({ label, page, pageSize, total, shown, noun, formatTotal = (n) => n, onPage }: PagerProps) {
  const from = page * pageSize + 1;
  const to = page * pageSize + shown;
  return (
    <nav className="pagination" aria-label={label}>
      <p aria-live="polite">
        Showing {from}–{to} of {formatTotal(total)} {total === 1 ? noun[0] : noun[1]}
      </p>
      {total > pageSize ? (
        <div className="button-row">
          <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous page
          </Button>
          <Button disabled={to >= total} onClick={() => onPage(page + 1)}>
            Next page
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
