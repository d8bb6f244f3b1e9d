import { ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal confirmation: the browser's own <dialog> keeps the focus inside and closes on Escape; the focus
 * starts on Cancel (the safe choice) and returns where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  problem,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** What went wrong with the last attempt, shown inside the dialog. */
  problem?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: the parent decides (and keeps the dialog while a request is on its way).
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          <div id={bodyId} className="admin-dialog-body">
            {children}
          </div>
          {problem}
          <div className="admin-dialog-actions">
            <button type="button" className="button" onClick={onCancel} disabled={busy}>
              {t('action.cancel')}
            </button>
            <button
              type="button"
              className={danger ? 'button admin-button-danger-solid' : 'button button-primary'}
              onClick={onConfirm}
              disabled={busy}
              aria-busy={busy}
            >
              {confirmLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
