// Holds a data table that may be wider than a narrow screen. The table scrolls sideways inside this
// box, so the page itself never does (WCAG 1.4.10, reflow). While the table is wider than the box, the
// box is a named region that keyboard users can reach and scroll with the arrow keys.
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Wraps a table; `label` names the scrolling region (keep it different from the table's own name). */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = box.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflows ? { role: 'region', 'aria-label': `${label} (scroll sideways to see more)`, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
