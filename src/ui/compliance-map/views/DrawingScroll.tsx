// Holds a drawing that may be wider than the page (the swimlanes). The drawing scrolls sideways inside
// this box, so it is never cut off and the page itself never scrolls sideways. While the drawing is wider
// than the box, the box is a named region that keyboard users can reach and scroll with the arrow keys.
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** `label` names the scrolling region, for example "Swimlanes drawing". */
export function DrawingScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const drawing = box.firstElementChild;
    if (drawing) observer.observe(drawing);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="map-drawing map-drawing--scroll"
      {...(overflows ? { role: 'region', 'aria-label': `${label} (scroll sideways to see more)`, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
