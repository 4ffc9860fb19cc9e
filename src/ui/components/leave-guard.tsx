// Asking before the person leaves a form with changes that are not saved. While `dirty`, a link or Back
// to another page of the app opens a dialog that starts on "Stay on this page"; closing or reloading the
// window asks through the browser's own warning. Once the work is saved (`dirty` false), nothing asks.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export interface LeaveGuard {
  blocker: Blocker;
  /** Lets the next move to another page go without asking: call it once the work is saved. */
  release: () => void;
}

export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const dirtyRef = useRef(dirty);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirtyRef.current &&
        (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
      [],
    ),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines show their warning only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const release = useCallback(() => {
    dirtyRef.current = false;
  }, []);
  return { blocker, release };
}

/** The question asked when a guarded page is left: staying is the default, leaving loses the changes. */
export function LeaveGuardDialog({ guard }: { guard: LeaveGuard }) {
  const { blocker } = guard;
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="You have changes that are not saved"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>If you leave this page now, what you changed here is lost. Stay on this page to save it first.</p>
    </ConfirmDialog>
  );
}
